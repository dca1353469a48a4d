import * as encoding from "lib0/encoding";
import { io, type Socket } from "socket.io-client";
import { messageYjsUpdate } from "y-protocols/sync";
import * as Y from "yjs";
import { CollabProvider } from "#app/collab/provider.ts";
import { COLLAB_NAMESPACE, type CollabError } from "#shared/collab/protocol.ts";
import { SOCKET_PARSER } from "#shared/socket-parser.ts";
import { TEST_PASSWORD } from "#tests/factories.ts";
import { Client } from "./http.ts";

// Real socket.io clients for the collaboration tests: each with its own Y.Doc.

export async function signIn(app: { url: string }, email: string): Promise<Client> {
  const client = new Client(app);
  await client.login(email, TEST_PASSWORD);
  return client;
}

export function connectSocket(
  app: { url: string },
  cookie: string,
  options: { reconnection?: boolean } = {},
): Promise<Socket> {
  const socket = io(app.url + COLLAB_NAMESPACE, {
    transports: ["websocket"],
    parser: SOCKET_PARSER,
    extraHeaders: { Cookie: cookie, Origin: app.url },
    reconnection: options.reconnection ?? false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", reject);
  });
}

export type Editor = {
  socket: Socket;
  doc: Y.Doc;
  provider: CollabProvider;
  errors: CollabError[];
  text(): string;
  type(text: string): void;
  close(): void;
};

/** Opens a document as one person: connected, joined and synced (or refused: see errors). */
export async function openEditor(
  app: { url: string },
  cookie: string,
  name: string,
  options: { reconnection?: boolean; waitForSync?: boolean } = {},
): Promise<Editor> {
  const socket = await connectSocket(app, cookie, options);
  const doc = new Y.Doc();
  const provider = new CollabProvider(socket, name, doc);
  const errors: CollabError[] = [];
  provider.on("error", (e) => errors.push(e));
  if (options.waitForSync !== false) {
    await new Promise<void>((resolve, reject) => {
      provider.on("synced", resolve);
      provider.on("error", (e) => reject(new Error(e.error)));
    });
  }
  const text = doc.getText("t");
  return {
    socket,
    doc,
    provider,
    errors,
    text: () => text.toString(),
    type: (s) => text.insert(text.length, s),
    close() {
      provider.destroy();
      socket.disconnect();
    },
  };
}

/** Resolves when `check` holds, polling; rejects after `ms`. */
export async function eventually(check: () => boolean, ms = 5_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error("condition not reached in time");
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Emits an event and resolves with the server's acknowledgement. */
export function emitWithAck<T>(socket: Socket, event: string, ...args: unknown[]): Promise<T> {
  return new Promise((resolve) => socket.emit(event, ...args, resolve));
}

/** A y-protocols sync "update" message carrying `update`. */
export function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageYjsUpdate);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}
