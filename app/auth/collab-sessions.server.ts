import type { CollabSessions } from "#server/collab/index.ts";
import { mfaRequiredFor } from "./mfa-policy.server.ts";
import {
  readSessionToken,
  validateSession,
  validateSessionToken,
  type SessionUser,
  type ValidSession,
} from "./session.server.ts";

// The co-editing engine's sockets log in with the same session cookie as the pages, and like the
// pages (user.server.ts) refuse a person who must set up two-factor login first.
const usable = (valid: ValidSession | null) =>
  valid && (valid.mfaEnabled || !mfaRequiredFor(valid.user.role)) ? valid : null;

export const collabSessions: CollabSessions<SessionUser> = {
  fromCookie(cookieHeader) {
    const token = readSessionToken(cookieHeader);
    const valid = usable(token ? validateSessionToken(token) : null);
    return valid ? { sessionId: valid.session.id, user: valid.user } : null;
  },
  current(sessionId, { activity }) {
    return usable(validateSession(sessionId, { activity }))?.user ?? null;
  },
};
