import type { Server } from "socket.io";
import { processEvents } from "#shared/events.server.ts";
import { NOTIFICATIONS_NAMESPACE, UNREAD_COUNT_EVENT } from "#shared/notifications/live.ts";

// The unread count in the header, kept live: each socket of the `/meldingen` namespace logs in
// with the session cookie (the same sessions as /collab, handed in by server/app.ts), joins its
// person's room and hears the new count whenever processEvents says their notifications changed.
// It knows no feature: how a session is read and how a count is made are handed in.

type Sessions = {
  fromCookie(cookieHeader: string | undefined): { sessionId: string; user: { id: number } } | null;
  current(sessionId: string, options: { activity: boolean }): { id: number } | null;
};

const room = (userId: number) => `person:${userId}`;

export function attachNotificationCounts(
  io: Server,
  sessions: Sessions,
  unreadCount: (userId: number) => number,
): { close(): void } {
  const namespace = io.of(NOTIFICATIONS_NAMESPACE);
  namespace.use((socket, next) => {
    const auth = sessions.fromCookie(socket.handshake.headers.cookie);
    if (!auth) return next(new Error("niet-ingelogd"));
    socket.data = { userId: auth.user.id, sessionId: auth.sessionId };
    next();
  });
  namespace.on("connection", (socket) => {
    const { userId } = socket.data as { userId: number };
    void socket.join(room(userId));
    socket.emit(UNREAD_COUNT_EVENT, unreadCount(userId));
  });
  const onChanged = (userIds: number[]) => {
    for (const userId of new Set(userIds)) {
      const sockets = namespace.adapter.rooms.get(room(userId));
      if (!sockets?.size) continue;
      // A session that ended (logout, expiry) hears nothing more.
      for (const id of sockets) {
        const socket = namespace.sockets.get(id);
        const { sessionId } = (socket?.data ?? {}) as { sessionId?: string };
        if (socket && (!sessionId || !sessions.current(sessionId, { activity: false }))) {
          socket.disconnect(true);
        }
      }
      namespace.to(room(userId)).emit(UNREAD_COUNT_EVENT, unreadCount(userId));
    }
  };
  processEvents.on("notifications:changed", onChanged);
  return {
    close() {
      processEvents.off("notifications:changed", onChanged);
    },
  };
}
