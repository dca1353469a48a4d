import type { Namespace, Server } from "socket.io";
import { readSessionToken, validateSessionToken } from "#app/auth/session.server.ts";

/**
 * The `/collab` namespace. This module authenticates every socket from the session cookie; the
 * document engine (sync, awareness, persistence) attaches its handlers here.
 */
export function attachCollab(io: Server): Namespace {
  const collab = io.of("/collab");
  collab.use((socket, next) => {
    const token = readSessionToken(socket.handshake.headers.cookie);
    const auth = token ? validateSessionToken(token) : null;
    if (!auth) return next(new Error("niet-ingelogd"));
    socket.data.user = auth.user;
    socket.data.sessionId = auth.session.id;
    next();
  });
  return collab;
}
