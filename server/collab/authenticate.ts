import type { Socket } from "socket.io";
import { EVENTS, ERROR_MESSAGES } from "#shared/collab/protocol.ts";
import type { LiveDocument } from "./documents.ts";
import type { CollabUser } from "./kinds.ts";

// Who is on the other end of a socket: the session cookie at the handshake, and afterwards the
// same session looked up again, so that a logout, expiry or deactivation ends the socket too.
// The sessions themselves are the app's (app/auth/session.server.ts), handed in by server/app.ts.

export type CollabSessions<U extends CollabUser> = {
  /** The session a handshake's Cookie header carries, or null when there is none or it ended. */
  fromCookie(cookieHeader: string | undefined): { sessionId: string; user: U } | null;
  /** The session's person as they are now, or null when it has ended. */
  current(sessionId: string, options: { activity: boolean }): U | null;
};

export type SocketData<U extends CollabUser> = {
  user: U;
  sessionId: string;
  /** The documents this socket has joined, by name. */
  documents: Map<string, LiveDocument>;
};

export function authenticateHandshake<U extends CollabUser>(sessions: CollabSessions<U>) {
  return (socket: Socket, next: (error?: Error) => void): void => {
    const auth = sessions.fromCookie(socket.handshake.headers.cookie);
    if (!auth) return next(new Error("niet-ingelogd"));
    const data = socket.data as SocketData<U>;
    data.user = auth.user;
    data.sessionId = auth.sessionId;
    data.documents = new Map();
    next();
  };
}

/**
 * The socket's person as they are now (role, organisation, name), or null when their session has
 * ended: the socket is then told `sessie-beeindigd` and closed. A message the person sends counts
 * as activity; the periodic check (`activity: false`) does not, so an open tab expires as usual.
 */
export function currentUser<U extends CollabUser>(
  socket: Socket,
  sessions: CollabSessions<U>,
  { activity = true } = {},
): U | null {
  const data = socket.data as SocketData<U>;
  const user = sessions.current(data.sessionId, { activity });
  if (!user) {
    socket.emit(EVENTS.error, null, {
      error: "sessie-beeindigd",
      message: ERROR_MESSAGES["sessie-beeindigd"],
    });
    socket.disconnect(true);
    return null;
  }
  data.user = user;
  return user;
}
