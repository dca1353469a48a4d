import * as decoding from "lib0/decoding";
import type { Socket } from "socket.io-client";
import {
  applyAwarenessUpdate,
  Awareness,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from "y-protocols/awareness";
import { messageYjsSyncStep1, messageYjsSyncStep2, messageYjsUpdate } from "y-protocols/sync";
import * as Y from "yjs";
import {
  EVENTS,
  type Access,
  type CollabError,
  type ErrorCode,
  type JoinResult,
  type UpdateResult,
  syncMessage,
  toWire,
} from "#shared/collab/protocol.ts";

// The client side of the /collab protocol for one document: used by the browser editor, the
// tests and the benchmark. It keeps every local update until the server acknowledges it (the
// server stores an update before it acknowledges) and sends the unacknowledged ones again after a
// reconnect; Yjs updates are idempotent, so a duplicate does no harm.

export type ProviderEvents = {
  /** Connected to the server and joined the document, or not. */
  status: (status: { connected: boolean; synced: boolean }) => void;
  /** The first sync with the server after a join is complete. */
  synced: () => void;
  /** A refusal: of a join, of an update (e.g. `alleen-lezen`), or the end of the session. */
  error: (error: CollabError) => void;
  /** The server changed this person's access to the document (their rights changed). */
  access: (access: Access) => void;
  /** Local updates the server has acknowledged, i.e. stored (the durability test checks these). */
  acknowledged: (updates: Uint8Array[]) => void;
};

type Listener<K extends keyof ProviderEvents> = ProviderEvents[K];

/** Errors after which sending the same update again cannot succeed. */
const FINAL: ErrorCode[] = [
  "alleen-lezen",
  "bericht-te-groot",
  "document-te-groot",
  "ongeldig-bericht",
];

const RETRY_JOIN_MS = 5_000;

function bytes(value: unknown): Uint8Array {
  return value instanceof Uint8Array ? value : new Uint8Array(value as ArrayBuffer);
}

export class CollabProvider {
  readonly awareness: Awareness;
  access: Access | null = null;
  joined = false;
  synced = false;
  private unacknowledged = new Map<number, Uint8Array>();
  private sequence = 0;
  private listeners = new Map<keyof ProviderEvents, Set<(...args: never[]) => void>>();
  private destroyed = false;
  /** Taken out of the document by the server (access withdrawn): no more sending. */
  private withdrawn = false;
  private localOrigins: Set<unknown>;

  constructor(
    readonly socket: Socket,
    readonly name: string,
    readonly doc: Y.Doc,
    options: {
      awareness?: Awareness;
      /** Origins of updates that are not typed here (e.g. IndexedDB): the sync sends those. */
      localOrigins?: unknown[];
    } = {},
  ) {
    this.awareness = options.awareness ?? new Awareness(doc);
    this.localOrigins = new Set(options.localOrigins ?? []);
    doc.on("update", this.onDocUpdate);
    this.awareness.on("update", this.onAwarenessUpdate);
    socket.on("connect", this.join);
    socket.on("disconnect", this.onDisconnect);
    socket.on(EVENTS.sync, this.onSync);
    socket.on(EVENTS.awareness, this.onAwareness);
    socket.on(EVENTS.error, this.onError);
    socket.on(EVENTS.access, this.onAccess);
    if (socket.connected) this.join();
  }

  on<K extends keyof ProviderEvents>(event: K, listener: Listener<K>): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener as (...args: never[]) => void);
    return () => set.delete(listener as (...args: never[]) => void);
  }

  private emit<K extends keyof ProviderEvents>(event: K, ...args: Parameters<ProviderEvents[K]>) {
    for (const listener of this.listeners.get(event) ?? []) {
      (listener as (...a: Parameters<ProviderEvents[K]>) => void)(...args);
    }
  }

  /** Local updates the server has not acknowledged yet. */
  get pendingCount(): number {
    return this.unacknowledged.size;
  }

  private emitStatus() {
    this.emit("status", { connected: this.joined, synced: this.synced });
  }

  private join = () => {
    if (this.destroyed) return;
    this.socket.emit(EVENTS.join, this.name, (result: JoinResult) => {
      if (this.destroyed) return;
      if (!result.ok) {
        this.emit("error", { error: result.error, message: result.message });
        // Full, or too many joins from this address: try again in a while.
        if (result.error === "document-vol" || result.error === "te-veel-verzoeken") {
          setTimeout(() => {
            if (this.socket.connected && !this.joined) this.join();
          }, RETRY_JOIN_MS);
        }
        return;
      }
      this.access = result.access;
      this.joined = true;
      this.emitStatus();
      this.socket.emit(
        EVENTS.sync,
        this.name,
        toWire(syncMessage(messageYjsSyncStep1, Y.encodeStateVector(this.doc))),
      );
      const presence = this.awareness.getLocalState();
      // Set again, which advances its clock: the others dropped it at the clock it had when this
      // socket went away, and would ignore the same clock again (onAwarenessUpdate sends it).
      if (presence !== null) this.awareness.setLocalState(presence);
      this.resend();
    });
  };

  private onDisconnect = () => {
    this.joined = false;
    this.synced = false;
    const others = [...this.awareness.getStates().keys()].filter((id) => id !== this.doc.clientID);
    removeAwarenessStates(this.awareness, others, this);
    this.emitStatus();
  };

  private onSync = (name: string, message: unknown) => {
    if (name !== this.name) return;
    let type: number;
    let payload: Uint8Array;
    try {
      const decoder = decoding.createDecoder(bytes(message));
      type = decoding.readVarUint(decoder);
      payload = decoding.readVarUint8Array(decoder);
    } catch {
      return; // not a sync message: ignore
    }
    if (type === messageYjsSyncStep1) {
      // The server's state vector: send what it lacks (offline edits), if we may edit.
      if (this.access === "edit") this.send(Y.encodeStateAsUpdate(this.doc, payload));
    } else if (type === messageYjsSyncStep2 || type === messageYjsUpdate) {
      Y.applyUpdate(this.doc, payload, this);
      if (type === messageYjsSyncStep2 && !this.synced) {
        this.synced = true;
        this.emitStatus();
        this.emit("synced");
      }
    }
  };

  private onAwareness = (name: string, update: unknown) => {
    if (name !== this.name) return;
    applyAwarenessUpdate(this.awareness, bytes(update), this);
  };

  private onAccess = (name: string, access: Access) => {
    if (name !== this.name || (access !== "edit" && access !== "view")) return;
    this.access = access;
    this.emit("access", access);
  };

  private onError = (name: string | null, error: CollabError) => {
    if (name !== null && name !== this.name) return;
    if (
      name === this.name &&
      (error.error === "geen-toegang" || error.error === "onbekend-document")
    ) {
      // The server took this socket out of the document: nothing more to send or receive.
      this.withdrawn = true;
      this.joined = false;
      this.synced = false;
      this.unacknowledged.clear();
      this.emitStatus();
    }
    this.emit("error", error);
    if (
      name === this.name &&
      (error.error === "serverfout" || error.error === "ongeldig-bericht")
    ) {
      // The server dropped its copy of the document: join again and resend what is unacknowledged.
      this.joined = false;
      this.synced = false;
      this.emitStatus();
      if (this.socket.connected) setTimeout(this.join, 100);
    }
  };

  private onDocUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === this || this.localOrigins.has(origin)) return; // from the server, or stored
    if (this.access === "view" || this.withdrawn) return;
    this.send(update);
  };

  private onAwarenessUpdate = (
    changes: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ) => {
    if (origin === this || !this.joined) return;
    const own = [...changes.added, ...changes.updated, ...changes.removed].filter(
      (id) => id === this.doc.clientID,
    );
    if (own.length === 0) return;
    this.socket.emit(
      EVENTS.awareness,
      this.name,
      toWire(encodeAwarenessUpdate(this.awareness, own)),
    );
  };

  /** Keeps the update until acknowledged; sends it now if joined (else at the next join). */
  private send(update: Uint8Array) {
    const seq = ++this.sequence;
    this.unacknowledged.set(seq, update);
    if (this.joined && this.socket.connected) this.transmit([seq], update);
  }

  private resend() {
    if (this.unacknowledged.size === 0) return;
    const seqs = [...this.unacknowledged.keys()];
    this.transmit(seqs, Y.mergeUpdates([...this.unacknowledged.values()]));
  }

  private transmit(seqs: number[], update: Uint8Array) {
    this.socket.emit(
      EVENTS.sync,
      this.name,
      toWire(syncMessage(messageYjsUpdate, update)),
      (result: UpdateResult) => {
        if (result.ok) {
          const stored: Uint8Array[] = [];
          for (const seq of seqs) {
            const update = this.unacknowledged.get(seq);
            if (update && this.unacknowledged.delete(seq)) stored.push(update);
          }
          if (stored.length) this.emit("acknowledged", stored);
        } else if (FINAL.includes(result.error)) {
          for (const seq of seqs) this.unacknowledged.delete(seq);
          this.emit("error", { error: result.error, message: result.message });
        }
        // Otherwise (serverfout): kept, and sent again after the next join.
      },
    );
  }

  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    if (this.joined) {
      this.awareness.setLocalState(null); // sent to the others by onAwarenessUpdate
      this.socket.emit(EVENTS.leave, this.name);
    }
    this.doc.off("update", this.onDocUpdate);
    this.awareness.off("update", this.onAwarenessUpdate);
    this.socket.off("connect", this.join);
    this.socket.off("disconnect", this.onDisconnect);
    this.socket.off(EVENTS.sync, this.onSync);
    this.socket.off(EVENTS.awareness, this.onAwareness);
    this.socket.off(EVENTS.error, this.onError);
    this.socket.off(EVENTS.access, this.onAccess);
  }
}
