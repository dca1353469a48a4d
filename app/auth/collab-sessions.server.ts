import type { CollabSessions } from "#server/collab/index.ts";
import {
  readSessionToken,
  validateSession,
  validateSessionToken,
  type SessionUser,
} from "./session.server.ts";

// The co-editing engine's sockets log in with the same session cookie as the pages.
export const collabSessions: CollabSessions<SessionUser> = {
  fromCookie(cookieHeader) {
    const token = readSessionToken(cookieHeader);
    const valid = token ? validateSessionToken(token) : null;
    return valid ? { sessionId: valid.session.id, user: valid.user } : null;
  },
  current(sessionId, { activity }) {
    return validateSession(sessionId, { activity })?.user ?? null;
  },
};
