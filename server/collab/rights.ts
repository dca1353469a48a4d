import type { Namespace, Socket } from "socket.io";
import { ERROR_MESSAGES, EVENTS, type Access } from "#shared/collab/protocol.ts";
import { currentUser, type CollabSessions, type SocketData } from "./authenticate.ts";
import type { DocumentRegistry, LiveDocument } from "./documents.ts";
import type { CollabUser, DocumentKinds } from "./kinds.ts";

// An open socket follows its person's rights as they are now, not as they were when it connected:
// every join and every message looks them up again (rechecked before anything is stored), and a
// periodic check tells idle sockets. Access that is raised or lowered is pushed to the client
// (`access`); access that is withdrawn takes the socket out of the document (`geen-toegang`).

/**
 * This socket's access to a joined document now, after telling the client of any change; null
 * when it may no longer read it (the socket has then left the document).
 */
export function recheckAccess<U extends CollabUser>(
  socket: Socket,
  registry: DocumentRegistry,
  kinds: DocumentKinds<U>,
  user: U,
  live: LiveDocument,
): Access | null {
  const connection = live.connections.get(socket.id);
  if (!connection) return null;
  const access = kinds.access(user, live.name);
  if (access === "forbidden" || access === "not-found") {
    (socket.data as SocketData<U>).documents.delete(live.name);
    registry.disconnect(live, socket);
    const error = access === "forbidden" ? "geen-toegang" : "onbekend-document";
    socket.emit(EVENTS.error, live.name, { error, message: ERROR_MESSAGES[error] });
    return null;
  }
  if (access !== connection.access) {
    connection.access = access;
    socket.emit(EVENTS.access, live.name, access);
  }
  return access;
}

/** Checks, every `intervalMs`, each connected socket's session and its access to what it joined. */
export function watchRights<U extends CollabUser>(
  namespace: Namespace,
  registry: DocumentRegistry,
  rules: { sessions: CollabSessions<U>; kinds: DocumentKinds<U> },
  intervalMs: number,
): () => void {
  const timer = setInterval(() => {
    for (const socket of namespace.sockets.values()) {
      const user = currentUser(socket, rules.sessions, { activity: false });
      if (!user) continue;
      for (const live of [...(socket.data as SocketData<U>).documents.values()]) {
        recheckAccess(socket, registry, rules.kinds, user, live);
      }
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
