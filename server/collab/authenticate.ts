import type { Socket } from "socket.io";
import {
  readSessionToken,
  validateSession,
  validateSessionToken,
} from "#app/auth/session.server.ts";
import type { SessionUser } from "#app/auth/session.server.ts";
import { EVENTS, ERROR_MESSAGES } from "#shared/collab/protocol.ts";
import type { LiveDocument } from "./documents.ts";

// Who is on the other end of a socket: the session cookie at the handshake, and afterwards the
// same session looked up again, so that a logout, expiry or deactivation ends the socket too.

export type SocketData = {
  user: SessionUser;
  sessionId: string;
  /** The documents this socket has joined, by name. */
  documents: Map<string, LiveDocument>;
};

export function authenticateHandshake(socket: Socket, next: (error?: Error) => void): void {
  const token = readSessionToken(socket.handshake.headers.cookie);
  const auth = token ? validateSessionToken(token) : null;
  if (!auth) return next(new Error("niet-ingelogd"));
  const data = socket.data as SocketData;
  data.user = auth.user;
  data.sessionId = auth.session.id;
  data.documents = new Map();
  next();
}

/**
 * The socket's person as they are now (role, organisation, name), or null when their session has
 * ended: the socket is then told `sessie-beeindigd` and closed. A message the person sends counts
 * as activity; the periodic check (`activity: false`) does not, so an open tab expires as usual.
 */
export function currentUser(socket: Socket, { activity = true } = {}): SessionUser | null {
  const data = socket.data as SocketData;
  const valid = validateSession(data.sessionId, { activity });
  if (!valid) {
    socket.emit(EVENTS.error, null, {
      error: "sessie-beeindigd",
      message: ERROR_MESSAGES["sessie-beeindigd"],
    });
    socket.disconnect(true);
    return null;
  }
  data.user = valid.user;
  return valid.user;
}
