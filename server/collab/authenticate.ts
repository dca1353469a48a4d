import { and, eq, gt, inArray } from "drizzle-orm";
import type { Namespace, Socket } from "socket.io";
import { readSessionToken, validateSessionToken } from "#app/auth/session.server.ts";
import type { SessionUser } from "#app/auth/session.server.ts";
import { EVENTS, ERROR_MESSAGES } from "#app/collab/protocol.ts";
import { getDb } from "#db/client.ts";
import { sessions, users } from "#db/schema.ts";

// Who is on the other end of a socket: the session cookie at the handshake, and afterwards a
// periodic check that the session still exists (logout, expiry and deactivation end it).

export type SocketData = { user: SessionUser; sessionId: string };

export function authenticateHandshake(socket: Socket, next: (error?: Error) => void): void {
  const token = readSessionToken(socket.handshake.headers.cookie);
  const auth = token ? validateSessionToken(token) : null;
  if (!auth) return next(new Error("niet-ingelogd"));
  socket.data.user = auth.user;
  socket.data.sessionId = auth.session.id;
  next();
}

/** The ids among `sessionIds` whose session is still valid now. */
export function liveSessionIds(sessionIds: string[], now = Date.now()): Set<string> {
  if (sessionIds.length === 0) return new Set();
  const at = new Date(now);
  const rows = getDb()
    .select({ id: sessions.id })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        inArray(sessions.id, sessionIds),
        gt(sessions.idleExpiresAt, at),
        gt(sessions.absoluteExpiresAt, at),
        eq(users.active, true),
      ),
    )
    .all();
  return new Set(rows.map((r) => r.id));
}

/** Disconnects, every `intervalMs`, the sockets whose session has ended. Returns a stop function. */
export function watchSessions(namespace: Namespace, intervalMs: number): () => void {
  const timer = setInterval(() => {
    const sockets = [...namespace.sockets.values()];
    const ids = [...new Set(sockets.map((s) => (s.data as SocketData).sessionId))];
    const live = liveSessionIds(ids);
    for (const socket of sockets) {
      if (live.has((socket.data as SocketData).sessionId)) continue;
      socket.emit(EVENTS.error, null, {
        error: "sessie-beeindigd",
        message: ERROR_MESSAGES["sessie-beeindigd"],
      });
      socket.disconnect(true);
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
