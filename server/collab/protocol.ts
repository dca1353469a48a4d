import * as decoding from "lib0/decoding";
import type { Socket } from "socket.io";
import { messageYjsSyncStep1, messageYjsSyncStep2, messageYjsUpdate } from "y-protocols/sync";
import { encodeAwarenessUpdate } from "y-protocols/awareness";
import * as Y from "yjs";
import {
  DOCUMENT_NAME,
  ERROR_MESSAGES,
  EVENTS,
  type CollabError,
  type ErrorCode,
  type JoinResult,
  type UpdateResult,
  syncMessage,
  toWire,
} from "#shared/collab/protocol.ts";
import { logger } from "../logger.ts";
import { decodeAwarenessUpdate, encodeAwarenessEntries, stampUser } from "./awareness.ts";
import { currentUser, type CollabSessions, type SocketData } from "./authenticate.ts";
import { type DocumentRegistry, isEmptyUpdate } from "./documents.ts";
import type { CollabUser, DocumentKinds } from "./kinds.ts";
import { MAX_AWARENESS_BYTES, type JoinRateLimiter } from "./limits.ts";
import { profile } from "./profile.ts";
import { recheckAccess } from "./rights.ts";

// The socket handlers of /collab: every payload is checked here before the registry sees it.
// docs/collab-protocol.md describes the same protocol for people who write a client.

type Ack<T> = ((result: T) => void) | undefined;

function fail(error: ErrorCode): CollabError & { ok: false } {
  return { ok: false, error, message: ERROR_MESSAGES[error] };
}

function isName(value: unknown): value is string {
  return typeof value === "string" && DOCUMENT_NAME.test(value);
}

function asBytes(value: unknown): Uint8Array | null {
  if (value instanceof Uint8Array) return value; // a Node Buffer is a Uint8Array
  if (value instanceof ArrayBuffer) return new Uint8Array(value); // MessagePack's binary
  return null;
}

export function handleConnection<U extends CollabUser>(
  socket: Socket,
  registry: DocumentRegistry,
  joinLimiter: JoinRateLimiter,
  { sessions, kinds }: { sessions: CollabSessions<U>; kinds: DocumentKinds<U> },
): void {
  const joined = (socket.data as SocketData<U>).documents;
  const { limits } = registry.options;

  const report = (name: string | null, error: ErrorCode) =>
    socket.emit(EVENTS.error, name, { error, message: ERROR_MESSAGES[error] });

  /** Never lets a handler's exception reach socket.io (where it would end the process). */
  const on = (event: string, handler: (...args: unknown[]) => void) =>
    socket.on(event, (...args: unknown[]) => {
      try {
        handler(...args);
      } catch (error) {
        logger.error({ err: error, event }, "collab: a socket handler failed");
        const ack = args.at(-1);
        if (typeof ack === "function") ack(fail("serverfout"));
      }
    });

  on(EVENTS.join, (name, ackArg) => {
    const ack = (typeof ackArg === "function" ? ackArg : undefined) as Ack<JoinResult>;
    if (!isName(name)) return ack?.(fail("onbekend-document"));
    const already = joined.get(name);
    if (!already && !joinLimiter.take(socket.handshake.address)) {
      return ack?.(fail("te-veel-verzoeken"));
    }
    const user = currentUser(socket, sessions);
    if (!user) return ack?.(fail("sessie-beeindigd"));
    if (already) {
      // Joined already: answered with the access as it is now, and not counted as a join.
      const access = recheckAccess(socket, registry, kinds, user, already);
      return ack?.(access ? { ok: true, access, name } : fail("geen-toegang"));
    }
    const access = kinds.access(user, name);
    if (access === "not-found") return ack?.(fail("onbekend-document"));
    if (access === "forbidden") return ack?.(fail("geen-toegang"));
    const live = registry.open(name);
    const connected = registry.connect(live, socket, access, user.id);
    if (!connected.ok) return ack?.(fail(connected.error));
    joined.set(name, live);
    ack?.({ ok: true, access, name });
    // Start the sync: our state vector (the client answers with what we lack) and who is here.
    socket.emit(
      EVENTS.sync,
      name,
      toWire(syncMessage(messageYjsSyncStep1, Y.encodeStateVector(live.doc))),
    );
    if (live.awareness.states.size > 0) {
      const ids = [...live.awareness.states.keys()];
      socket.emit(EVENTS.awareness, name, toWire(encodeAwarenessUpdate(live.awareness, ids)));
    }
  });

  on(EVENTS.leave, (name) => {
    if (!isName(name)) return;
    const live = joined.get(name);
    if (!live) return;
    joined.delete(name);
    registry.disconnect(live, socket);
  });

  on(EVENTS.sync, (name, messageArg, ackArg) => {
    let started = profile.enabled ? performance.now() : 0;
    const ack = (typeof ackArg === "function" ? ackArg : undefined) as Ack<UpdateResult>;
    const answer = (result: UpdateResult) => {
      if (ack) ack(result);
      else if (!result.ok) report(isName(name) ? name : null, result.error);
    };
    const message = asBytes(messageArg);
    if (!isName(name) || !message) return answer(fail("ongeldig-bericht"));
    const live = joined.get(name);
    if (!live) return answer(fail("niet-geopend"));
    if (message.byteLength > limits.maxMessageBytes) return answer(fail("bericht-te-groot"));
    const connection = live.connections.get(socket.id);
    if (!connection) return answer(fail("niet-geopend"));

    let type: number;
    let payload: Uint8Array;
    try {
      const decoder = decoding.createDecoder(message);
      type = decoding.readVarUint(decoder);
      payload = decoding.readVarUint8Array(decoder);
    } catch {
      return answer(fail("ongeldig-bericht"));
    }
    if (profile.enabled) started = profile.lap("parse", started);

    // The person's rights as they are now decide, before anything is read or stored.
    const user = currentUser(socket, sessions);
    if (!user) return ack?.(fail("sessie-beeindigd"));
    if (profile.enabled) started = profile.lap("session", started);
    const access = recheckAccess(socket, registry, kinds, user, live);
    if (!access) return ack?.(fail("geen-toegang"));
    if (profile.enabled) profile.lap("access", started);

    if (type === messageYjsSyncStep1) {
      let diff: Uint8Array;
      try {
        diff = Y.encodeStateAsUpdate(live.doc, payload);
      } catch {
        return answer(fail("ongeldig-bericht"));
      }
      socket.emit(EVENTS.sync, name, toWire(syncMessage(messageYjsSyncStep2, diff)));
      return ack?.({ ok: true });
    }
    if (type !== messageYjsSyncStep2 && type !== messageYjsUpdate) {
      return answer(fail("ongeldig-bericht"));
    }
    if (access !== "edit") {
      // A reader's sync reply that holds nothing is fine; any change is refused, once.
      let empty = false;
      try {
        empty = isEmptyUpdate(payload);
      } catch {
        return answer(fail("ongeldig-bericht"));
      }
      return answer(empty ? { ok: true } : fail("alleen-lezen"));
    }
    // Acknowledged after the commit of its batch (a refusal at once).
    registry.acceptUpdate(
      live,
      payload,
      { socket, userId: user.id, message: type === messageYjsUpdate ? message : undefined },
      (outcome) => {
        const acked = profile.enabled ? performance.now() : 0;
        answer(outcome.ok ? { ok: true } : fail(outcome.error));
        if (profile.enabled) profile.add("ack", performance.now() - acked);
      },
    );
  });

  on(EVENTS.awareness, (name, updateArg) => {
    const update = asBytes(updateArg);
    if (!isName(name) || !update) return report(null, "ongeldig-bericht");
    const live = joined.get(name);
    const connection = live?.connections.get(socket.id);
    if (!live || !connection) return report(name, "niet-geopend");
    if (update.byteLength > MAX_AWARENESS_BYTES) return report(name, "bericht-te-groot");
    let entries;
    try {
      entries = decodeAwarenessUpdate(update);
    } catch {
      return report(name, "ongeldig-bericht");
    }
    const user = currentUser(socket, sessions);
    if (!user) return;
    const access = recheckAccess(socket, registry, kinds, user, live);
    if (!access) return;
    // Only the person's own client ids: another's caret cannot be moved, renamed or hidden.
    const own = entries.filter((entry) =>
      registry.claimAwareness(live, connection, entry.clientId),
    );
    if (own.length === 0) return;
    for (const entry of own) entry.state = stampUser(entry.state, user, access);
    registry.acceptAwareness(live, connection, encodeAwarenessEntries(own));
  });

  socket.on("disconnect", () => {
    for (const live of joined.values()) registry.disconnect(live, socket);
    joined.clear();
  });
}
