// The wire protocol of the /collab namespace, shared by the server (server/collab/) and every
// client (the browser editor, the tests, the benchmark). docs/collab-protocol.md describes it in
// prose; this module is its single source of truth in code.

import * as encoding from "lib0/encoding";

export const COLLAB_NAMESPACE = "/collab";

/**
 * The bytes of a message as they must be handed to socket.io: the MessagePack encoder writes a
 * typed array's whole underlying buffer, not the view, and lib0's encoders return views into larger
 * buffers. In Node a Buffer over exactly the view (sent as MessagePack `bin`); in browsers an
 * ArrayBuffer of exactly those bytes (also `bin`).
 */
export function toWire(bytes: Uint8Array): Uint8Array | ArrayBuffer {
  if (typeof Buffer !== "undefined") {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? (bytes.buffer as ArrayBuffer)
    : (bytes.slice().buffer as ArrayBuffer);
}

/** A y-protocols sync message: its type (messageYjsSyncStep1, …SyncStep2, …Update), then the payload. */
export function syncMessage(type: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** Event names. Payloads: see docs/collab-protocol.md. */
export const EVENTS = {
  /** client → server: (name, ack(JoinResult)) */
  join: "join",
  /** client → server: (name) */
  leave: "leave",
  /** both ways: (name, y-protocols sync message, ack?(UpdateResult)) */
  sync: "sync",
  /** both ways: (name, y-protocols awareness update) */
  awareness: "awareness",
  /** server → client: (name | null, CollabError) — a refusal the client did not ask an answer for */
  error: "collab-error",
  /** server → client: (name, Access) — your access to a joined document changed (e.g. a new role) */
  access: "access",
} as const;

export type Access = "edit" | "view";

export const ERROR_CODES = [
  "niet-ingelogd",
  "sessie-beeindigd",
  "ongeldig-bericht",
  "onbekend-document",
  "geen-toegang",
  "alleen-lezen",
  "niet-geopend",
  "bericht-te-groot",
  "document-te-groot",
  "document-vol",
  "te-veel-verzoeken",
  "serverfout",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type CollabError = { error: ErrorCode; message: string };
export type JoinResult = ({ ok: true; access: Access } | ({ ok: false } & CollabError)) & {
  name?: string;
};
export type UpdateResult = { ok: true } | ({ ok: false } & CollabError);

/** English explanations sent with every error code, for logs and client developers. */
export const ERROR_MESSAGES: Record<ErrorCode, string> = {
  "niet-ingelogd": "No valid session cookie at the handshake.",
  "sessie-beeindigd": "The session ended (logout, expiry or deactivation); the socket is closed.",
  "ongeldig-bericht": "The payload is malformed or is not a valid Yjs / awareness message.",
  "onbekend-document": "No document with this name exists.",
  "geen-toegang": "You may not open this document (any more); you have left it.",
  "alleen-lezen": "You may read this document but not change it; the update was refused.",
  "niet-geopend": "Join the document before sending messages about it.",
  "bericht-te-groot": "The message is larger than the server accepts.",
  "document-te-groot": "The document would grow beyond its size limit; the update was refused.",
  "document-vol": "The document has the maximum number of people connected.",
  "te-veel-verzoeken": "Too many documents opened from this address; wait a moment.",
  serverfout: "The server could not store the update; it was not applied. Send it again.",
};

/** Document names: `kind:part[:part…]`, lower case, e.g. `bijeenkomst:12:notities`. */
export const DOCUMENT_NAME = /^[a-z][a-z0-9-]{0,39}(:[a-z0-9-]{1,40}){1,4}$/;

export function notitiesDocumentName(bijeenkomstId: number): string {
  return `bijeenkomst:${bijeenkomstId}:notities`;
}

export function essayDocumentName(essayId: number): string {
  return `essay:${essayId}`;
}
