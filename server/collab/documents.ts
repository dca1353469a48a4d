import * as encoding from "lib0/encoding";
import type { Namespace, Socket } from "socket.io";
import { applyAwarenessUpdate, Awareness, removeAwarenessStates } from "y-protocols/awareness";
import { messageYjsUpdate } from "y-protocols/sync";
import * as Y from "yjs";
import type { Node as PmNode } from "@tiptap/pm/model";
import {
  type Access,
  type ErrorCode,
  EVENTS,
  ERROR_MESSAGES,
  syncMessage,
  toWire,
} from "#shared/collab/protocol.ts";
import { FRAGMENT } from "#shared/editor/extensions.ts";
import {
  editorSchema,
  fragmentToJSON,
  renderFragment,
  type ProseMirrorJSON,
} from "#shared/editor/render.ts";
import { getDb } from "#db/client.ts";
import type { DocumentVersionKind } from "#db/schema.ts";
import { logger } from "../logger.ts";
import { GroupCommit, type AppendResult } from "./group-commit.ts";
import type { StoredChange } from "./kinds.ts";
import type { CollabLimits } from "./limits.ts";
import { profile } from "./profile.ts";
import { nodeOfState, replaceFragment } from "./text.ts";
import {
  docFromStored,
  ensureDocument,
  getVersion,
  insertVersion,
  rewriteVersions,
  lastUpdateId,
  latestVersionAt,
  loadStoredDocument,
  storeCompacted,
  type VersionSummary,
} from "./persistence.ts";

// The registry of open documents: one Y.Doc and Awareness per document that has someone
// connected, loaded from SQLite on first join and unloaded (after compaction) when the last
// person has left. Every change passes through acceptUpdate: validated and applied at once, then
// appended to SQLite with the others of the same event-loop turn in one fsync'd transaction
// (group-commit.ts), and only after that commit acknowledged and broadcast.

export type DocumentOptions = {
  limits: CollabLimits;
  /** How long a document with nobody connected stays loaded. */
  unloadDelayMs: number;
  /** Compact after this many appended updates. */
  compactEvery: number;
  /** Compact loaded documents with new updates this often (keeps the rendered HTML fresh). */
  compactIntervalMs: number;
  /** An automatic version at compaction, at most this often while people edit. */
  autoVersionEveryMs: number;
  /** Group commit: 0 commits the updates of one event-loop turn together; more waits this long. */
  commitWindowMs?: number;
};

export type Connection = {
  socket: Socket;
  access: Access;
  userId: number;
  /** Awareness client ids this connection has used. */
  awarenessIds: Set<number>;
};

export type LiveDocument = {
  name: string;
  room: string;
  doc: Y.Doc;
  awareness: Awareness;
  connections: Map<string, Connection>;
  /**
   * Who each awareness client id belongs to (a person's id), for as long as the document is
   * loaded: a caret stays its person's while they reconnect, and nobody else can take it over.
   */
  awarenessOwners: Map<number, number>;
  /** Stored state plus appended updates, in bytes: what the document-size limit counts. */
  bytes: number;
  /** Updates appended since the last compaction, and the id of the last one. */
  pendingUpdates: number;
  lastUpdateId: number;
  changedSinceVersion: boolean;
  /** Who appended the updates since the last compaction (told to the kind's onChange). */
  editors: Set<number>;
  lastVersionAt: number;
  unloadTimer: NodeJS.Timeout | null;
  /** Changes stored but not yet broadcast, and who sent them (null: the server itself). */
  outbox: Uint8Array[];
  outboxSenders: Set<Socket | null>;
  /** When the outbox holds one change that came as a `messageYjsUpdate` message: that message. */
  outboxMessage: Uint8Array | undefined;
  lastFlushAt: number;
  /** Changes counted in the current rate window (to tell a busy document from a quiet one). */
  rateWindowStart: number;
  rateCount: number;
  /** Operations running on the document while nobody is connected (restore, versions). */
  holds: number;
  /** Set by the document's afterTransaction listener: did the last transaction change anything? */
  changed: boolean;
  /** A flush of the outbox is scheduled. */
  flushScheduled: boolean;
};

/** Who sent an update: a socket (null: the server itself) and their person. */
export type UpdateSource = {
  socket: Socket | null;
  userId: number | null;
  /** The sync message as received, when it is `messageYjsUpdate` + `update`: broadcast as is. */
  message?: Uint8Array;
};

export type Outcome = { ok: true } | { ok: false; error: ErrorCode };
const refused = (error: ErrorCode): Outcome => ({ ok: false, error });

const SERVER_ORIGIN = Symbol("server");
/** Awareness client ids one connection may use (one per editor; a few for reconnects). */
const MAX_AWARENESS_IDS = 4;
/** Broadcast batching: above this many changes a second a document is busy… */
const BUSY_RATE = 150;
/** …and then sends at most one batch per this many milliseconds. */
const BUSY_WINDOW_MS = 10;
const RATE_WINDOW_MS = 200;

/** True when a Yjs update holds no items and no deletions (e.g. a sync reply with nothing new). */
export function isEmptyUpdate(update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  return structs.length === 0 && ds.clients.size === 0;
}

/** Yjs's own test for "this transaction changed something" (writeUpdateMessageFromTransaction). */
function transactionChanged(transaction: Y.Transaction): boolean {
  if (transaction.deleteSet.clients.size > 0) return true;
  for (const [client, clock] of transaction.afterState) {
    if (transaction.beforeState.get(client) !== clock) return true;
  }
  return false;
}

export class DocumentRegistry {
  readonly documents = new Map<string, LiveDocument>();
  /** The batch writer of appended updates (one transaction and one fsync per batch). */
  readonly writer: GroupCommit;
  private compactTimer: NodeJS.Timeout;

  constructor(
    private readonly namespace: Namespace,
    readonly options: DocumentOptions,
    /** Told the name of a document whose text was just stored (at compaction), and by whom. */
    private readonly onStored: (name: string, change: StoredChange) => void = () => {},
  ) {
    this.writer = new GroupCommit(getDb, options.commitWindowMs ?? 0);
    this.compactTimer = setInterval(() => {
      for (const live of this.documents.values()) {
        if (live.pendingUpdates > 0) this.tryCompact(live);
      }
    }, options.compactIntervalMs);
    this.compactTimer.unref();
  }

  /** The loaded document, loading it from SQLite if needed. */
  open(name: string): LiveDocument {
    const loaded = this.documents.get(name);
    if (loaded) {
      if (loaded.unloadTimer) clearTimeout(loaded.unloadTimer);
      loaded.unloadTimer = null;
      return loaded;
    }
    // Updates of an evicted copy may still be queued: stored first, so that this load has them.
    this.writer.flush();
    ensureDocument(name);
    const stored = loadStoredDocument(name);
    const doc = docFromStored(stored);
    const awareness = new Awareness(doc);
    awareness.setLocalState(null); // the server has no presence of its own
    const live: LiveDocument = {
      name,
      room: `doc:${name}`,
      doc,
      awareness,
      connections: new Map(),
      awarenessOwners: new Map(),
      bytes:
        (stored?.state.byteLength ?? 0) +
        (stored?.updates.reduce((n, u) => n + u.update.byteLength, 0) ?? 0),
      pendingUpdates: stored?.updates.length ?? 0,
      lastUpdateId: stored?.updates.at(-1)?.id ?? lastUpdateId(name),
      changedSinceVersion: (stored?.updates.length ?? 0) > 0,
      editors: new Set(),
      lastVersionAt: latestVersionAt(name)?.getTime() ?? 0,
      unloadTimer: null,
      outbox: [],
      outboxSenders: new Set(),
      outboxMessage: undefined,
      lastFlushAt: 0,
      rateWindowStart: 0,
      rateCount: 0,
      holds: 0,
      changed: false,
      flushScheduled: false,
    };
    doc.on("afterTransaction", (transaction: Y.Transaction) => {
      live.changed = transactionChanged(transaction);
    });
    this.documents.set(name, live);
    return live;
  }

  connect(live: LiveDocument, socket: Socket, access: Access, userId: number): Outcome {
    if (!live.connections.has(socket.id)) {
      if (live.connections.size >= this.options.limits.maxClientsPerDocument) {
        this.releaseIfIdle(live);
        return { ok: false, error: "document-vol" };
      }
      live.connections.set(socket.id, { socket, access, userId, awarenessIds: new Set() });
      void socket.join(live.room);
    }
    return { ok: true };
  }

  disconnect(live: LiveDocument, socket: Socket): void {
    const connection = live.connections.get(socket.id);
    if (!connection) return;
    live.connections.delete(socket.id);
    void socket.leave(live.room);
    const ids = [...connection.awarenessIds].filter((id) => live.awareness.states.has(id));
    if (ids.length) {
      removeAwarenessStates(live.awareness, ids, SERVER_ORIGIN);
      // Tell the others these carets are gone: a null state at the clock they had is a removal.
      const update = encodeAwarenessRemoval(live.awareness, ids);
      this.namespace.to(live.room).emit(EVENTS.awareness, live.name, toWire(update));
    }
    this.releaseIfIdle(live);
  }

  /**
   * The one path of a change into a document: validate and apply now (a refused update is answered
   * at once and never reaches the database), then append it with the others of this event-loop
   * turn in one transaction; after that commit, `done` is told (the caller acknowledges) and the
   * change is broadcast. An update from the server itself (`socket: null`: a restore) is committed
   * before this returns.
   */
  acceptUpdate(
    live: LiveDocument,
    update: Uint8Array,
    from: UpdateSource,
    done: (outcome: Outcome) => void = () => {},
  ): void {
    const { limits } = this.options;
    if (update.byteLength > limits.maxMessageBytes) return done(refused("bericht-te-groot"));
    if (live.bytes + update.byteLength > limits.maxDocumentBytes) {
      return done(refused("document-te-groot"));
    }
    const started = profile.enabled ? performance.now() : 0;
    const store = live.doc.store;
    const pendingBefore = [store.pendingStructs, store.pendingDs];
    live.changed = false;
    try {
      // Decoded once, by the apply itself: Yjs reads all of an update's items before it integrates
      // any, so bytes that are not an update fail here with the document untouched.
      Y.applyUpdate(live.doc, update, from.socket ?? SERVER_ORIGIN);
    } catch {
      const touched =
        live.changed ||
        store.pendingStructs !== pendingBefore[0] ||
        store.pendingDs !== pendingBefore[1];
      // An update that failed half-way (its items integrated, its deletions not) left the
      // in-memory copy with what the database never saw: reload it from the database.
      if (touched) this.evict(live, "ongeldig-bericht");
      return done(refused("ongeldig-bericht"));
    }
    if (profile.enabled) profile.lap("apply", started);
    const pendingChanged =
      store.pendingStructs !== pendingBefore[0] || store.pendingDs !== pendingBefore[1];
    if (!live.changed && !pendingChanged) return done({ ok: true }); // nothing new (a resend)

    // Counted now, so that the size limit also sees updates still waiting for their commit.
    live.bytes += update.byteLength;
    this.writer.add(live.name, update, from.userId, (result) =>
      this.stored(live, update, from, result, done),
    );
    if (from.socket === null) this.writer.flush();
  }

  /** After the commit of an update's batch: bookkeeping, broadcast, acknowledgement. */
  private stored(
    live: LiveDocument,
    update: Uint8Array,
    from: UpdateSource,
    result: AppendResult,
    done: (outcome: Outcome) => void,
  ): void {
    const current = this.documents.get(live.name) === live;
    if (!result.ok) {
      logger.error({ err: result.error, document: live.name }, "collab: could not store an update");
      // The in-memory copy has a change the database does not: drop it, the clients resend.
      if (current) this.evict(live, "serverfout");
      return done(refused("serverfout"));
    }
    if (current) {
      live.lastUpdateId = result.id;
      live.pendingUpdates++;
      live.changedSinceVersion = true;
      if (from.userId !== null) live.editors.add(from.userId);
      this.broadcast(live, update, from);
      if (live.pendingUpdates >= this.options.compactEvery) {
        setImmediate(() => {
          if (this.documents.get(live.name) === live && live.pendingUpdates > 0) {
            this.tryCompact(live);
          }
        });
      }
    }
    // An evicted copy's update is stored all the same: acknowledged, the client may forget it.
    done({ ok: true });
  }

  /**
   * Sends stored changes to everyone else in the room, batched: the changes of one commit (one
   * event-loop turn) go out as one merged update, and while a document is busy (more than
   * BUSY_RATE changes a second, e.g. a hundred people typing) at most one batch per BUSY_WINDOW_MS.
   * Each client then applies a few larger messages instead of hundreds of tiny ones; when it is
   * quiet a batch holds one change and goes out right after its commit.
   */
  private broadcast(live: LiveDocument, change: Uint8Array, from: UpdateSource): void {
    const now = performance.now();
    if (now - live.rateWindowStart > RATE_WINDOW_MS) {
      live.rateWindowStart = now;
      live.rateCount = 0;
    }
    live.rateCount++;
    live.outbox.push(change);
    live.outboxSenders.add(from.socket);
    // One change on its own: its message as received is the message to send.
    live.outboxMessage = live.outbox.length === 1 ? from.message : undefined;
    if (live.flushScheduled) return;
    live.flushScheduled = true;
    const busy = live.rateCount > (BUSY_RATE * RATE_WINDOW_MS) / 1000;
    const wait = busy ? live.lastFlushAt + BUSY_WINDOW_MS - now : 0;
    // Not busy: after the commit's other acknowledgements (a microtask), so one commit's changes
    // for this document go out as one message.
    if (wait > 0) setTimeout(() => this.flush(live), wait);
    else queueMicrotask(() => this.flush(live));
  }

  private flush(live: LiveDocument): void {
    const started = performance.now();
    live.lastFlushAt = started;
    live.flushScheduled = false;
    const changes = live.outbox;
    const senders = live.outboxSenders;
    const received = live.outboxMessage;
    live.outbox = [];
    live.outboxSenders = new Set();
    live.outboxMessage = undefined;
    if (changes.length === 0 || this.documents.get(live.name) !== live) return;
    const message = toWire(
      received ??
        syncMessage(messageYjsUpdate, changes.length === 1 ? changes[0]! : Y.mergeUpdates(changes)),
    );
    const only = senders.size === 1 ? senders.values().next().value : null;
    // One sender: everyone but that sender. Several: everyone (a sender's own change comes back
    // with the others; Yjs skips what it already has).
    if (only) only.to(live.room).emit(EVENTS.sync, live.name, message);
    else this.namespace.to(live.room).emit(EVENTS.sync, live.name, message);
    if (profile.enabled) profile.add("broadcast", performance.now() - started);
  }

  /** Applies a sanitised awareness update from a connection and forwards it to the others. */
  acceptAwareness(live: LiveDocument, connection: Connection, update: Uint8Array): void {
    applyAwarenessUpdate(live.awareness, update, connection.socket);
    connection.socket.to(live.room).emit(EVENTS.awareness, live.name, toWire(update));
  }

  /**
   * Whether `connection` may speak for awareness client id `clientId`: the id is its person's, or
   * nobody's yet and then becomes theirs. A connection uses at most MAX_AWARENESS_IDS ids.
   */
  claimAwareness(live: LiveDocument, connection: Connection, clientId: number): boolean {
    const owner = live.awarenessOwners.get(clientId);
    if (owner !== undefined) {
      if (owner !== connection.userId) return false;
    } else {
      if (connection.awarenessIds.size >= MAX_AWARENESS_IDS) return false;
      if (
        live.awarenessOwners.size >=
        MAX_AWARENESS_IDS * this.options.limits.maxClientsPerDocument
      ) {
        this.forgetAbsentOwners(live);
      }
      live.awarenessOwners.set(clientId, connection.userId);
    }
    connection.awarenessIds.add(clientId);
    return true;
  }

  /** Forgets the awareness ids of people no longer connected to the document. */
  private forgetAbsentOwners(live: LiveDocument): void {
    const present = new Set([...live.connections.values()].map((c) => c.userId));
    for (const [clientId, userId] of live.awarenessOwners) {
      if (!present.has(userId)) live.awarenessOwners.delete(clientId);
    }
  }

  /** Merges the appended updates into the stored state (and maybe saves an automatic version). */
  compact(live: LiveDocument, options: { final?: boolean } = {}): void {
    // Everything in the in-memory copy must be in the append log first: the compacted state
    // replaces the rows up to lastUpdateId.
    this.writer.flush();
    if (this.documents.get(live.name) !== live) return; // a failed commit evicted it
    const merged = Y.encodeStateAsUpdate(live.doc);
    const rendered = renderFragment(live.doc.getXmlFragment(FRAGMENT));
    storeCompacted(live.name, merged, rendered, live.lastUpdateId);
    live.pendingUpdates = 0;
    live.bytes = merged.byteLength;
    const due = Date.now() - live.lastVersionAt >= this.options.autoVersionEveryMs;
    if (live.changedSinceVersion && (due || options.final)) {
      this.recordVersion(live, "automatisch", null, null, merged, rendered);
    }
    const editors = [...live.editors];
    live.editors.clear();
    this.onStored(live.name, { editors, rendered });
  }

  /** Compaction from a timer: a failure is logged, never thrown (the append log still has it all). */
  private tryCompact(live: LiveDocument): void {
    try {
      this.compact(live);
    } catch (error) {
      logger.error({ err: error, document: live.name }, "collab: compaction failed");
    }
  }

  private recordVersion(
    live: LiveDocument,
    kind: DocumentVersionKind,
    label: string | null,
    userId: number | null,
    state = Y.encodeStateAsUpdate(live.doc),
    rendered = renderFragment(live.doc.getXmlFragment(FRAGMENT)),
  ): VersionSummary {
    const version = insertVersion({ name: live.name, kind, label, state, rendered, userId });
    live.changedSinceVersion = false;
    live.lastVersionAt = version.createdAt.getTime();
    return version;
  }

  /** Saves the current text as a version (named, by someone with edit rights). */
  saveVersion(name: string, label: string | null, userId: number): VersionSummary {
    return this.withDocument(name, (live) => this.recordVersion(live, "benoemd", label, userId));
  }

  /**
   * Restores a version as a new change on top: the text becomes that of the version, history and
   * all versions stay. The text just before is kept as a version of kind "herstel".
   */
  restoreVersion(name: string, versionId: number, userId: number): boolean {
    const version = getVersion(name, versionId);
    if (!version) return false;
    const target = nodeOfState(version.state);
    return this.withDocument(name, (live) => {
      this.recordVersion(live, "herstel", null, userId);
      return this.replaceText(live, target, userId);
    });
  }

  /**
   * Changes a document's text on the server, in its current text and in every saved version
   * (an erased person's name, docs/security.md). The change goes the ordinary way (stored,
   * broadcast to who has it open) and the document is compacted at once, so that the text it
   * replaced is no longer in the append log. Says whether anything changed.
   */
  rewriteText(name: string, transform: (json: ProseMirrorJSON) => ProseMirrorJSON): boolean {
    const versions = rewriteVersions(name, transform);
    const current = this.withDocument(name, (live) => {
      const json = fragmentToJSON(live.doc.getXmlFragment(FRAGMENT));
      const next = transform(json);
      if (next === json) return false;
      this.replaceText(live, editorSchema().nodeFromJSON(next), null);
      this.compact(live);
      return true;
    });
    return current || versions > 0;
  }

  /** Makes the text `target` as one change through the ordinary path (stored, broadcast). */
  private replaceText(live: LiveDocument, target: PmNode, userId: number | null): boolean {
    // Computed on a copy, then sent through acceptUpdate like a change from a socket.
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(live.doc));
    const before = Y.encodeStateVector(copy);
    replaceFragment(copy, target);
    const change = Y.encodeStateAsUpdate(copy, before);
    copy.destroy();
    let ok = false;
    this.acceptUpdate(live, change, { socket: null, userId }, (outcome) => (ok = outcome.ok));
    return ok;
  }

  /** Runs `fn` on the loaded document, loading it for the moment if nobody has it open. */
  private withDocument<T>(name: string, fn: (live: LiveDocument) => T): T {
    const live = this.open(name);
    live.holds++;
    try {
      return fn(live);
    } finally {
      live.holds--;
      this.releaseIfIdle(live);
    }
  }

  private releaseIfIdle(live: LiveDocument): void {
    if (live.connections.size > 0 || live.holds > 0 || live.unloadTimer) return;
    live.unloadTimer = setTimeout(() => this.unload(live), this.options.unloadDelayMs);
    live.unloadTimer.unref();
  }

  /** Persists (compacts) and forgets a document nobody has open. */
  unload(live: LiveDocument): void {
    live.unloadTimer = null;
    this.writer.flush();
    if (live.connections.size > 0 || live.holds > 0) return;
    if (this.documents.get(live.name) !== live) return;
    try {
      if (live.pendingUpdates > 0 || live.changedSinceVersion) this.compact(live, { final: true });
    } catch (error) {
      // Every update is already in the append log; compaction can be retried at the next load.
      logger.error({ err: error, document: live.name }, "collab: compaction failed");
    }
    this.documents.delete(live.name);
    live.awareness.destroy();
    live.doc.destroy();
  }

  /**
   * Drops the in-memory copy and sends everyone away with `error`; their clients join again and
   * resend what the server has not acknowledged. The database is the truth.
   */
  evict(live: LiveDocument, error: "serverfout" | "ongeldig-bericht"): void {
    this.documents.delete(live.name);
    if (live.unloadTimer) clearTimeout(live.unloadTimer);
    for (const connection of live.connections.values()) {
      connection.socket.emit(EVENTS.error, live.name, { error, message: ERROR_MESSAGES[error] });
      void connection.socket.leave(live.room);
      (connection.socket.data.documents as Map<string, LiveDocument> | undefined)?.delete(
        live.name,
      );
    }
    live.connections.clear();
    live.awareness.destroy();
    live.doc.destroy();
  }

  /** For shutdown: compact every loaded document. */
  close(): void {
    clearInterval(this.compactTimer);
    this.writer.flush();
    for (const live of [...this.documents.values()]) {
      if (live.unloadTimer) clearTimeout(live.unloadTimer);
      try {
        if (live.pendingUpdates > 0) this.compact(live, { final: true });
      } catch (error) {
        logger.error({ err: error, document: live.name }, "collab: compaction at shutdown failed");
      }
      live.awareness.destroy();
      live.doc.destroy();
    }
    this.documents.clear();
  }
}

function encodeAwarenessRemoval(awareness: Awareness, ids: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, ids.length);
  for (const id of ids) {
    encoding.writeVarUint(encoder, id);
    encoding.writeVarUint(encoder, awareness.meta.get(id)?.clock ?? 0);
    encoding.writeVarString(encoder, "null");
  }
  return encoding.toUint8Array(encoder);
}
