import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { io, type Socket } from "socket.io-client";
import parser from "socket.io-msgpack-parser";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createBijeenkomst, createUser, TEST_PASSWORD } from "#tests/factories.ts";
import { startTestApp } from "#tests/setup/http.ts";

// The raw-protocol example of docs/collab-protocol.md, run against the real server: a client
// written only from the document, with socket.io-client, yjs and lib0 — not the project's own
// provider or protocol module. Keep the two in step.

const app = startTestApp();

/** Logs in over HTTP and returns the session cookie (`name=value`). */
async function login(baseUrl: string, email: string, password: string): Promise<string> {
  // Leerkring's CSRF protection checks Origin on every POST, as a browser sends it.
  const response = await fetch(`${baseUrl}/inloggen`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: baseUrl },
    body: new URLSearchParams({ email, password }),
  });
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .find((c) => c?.includes("leerkring_session="));
  if (!session) throw new Error(`login failed: ${response.status}`);
  return session;
}

const STEP1 = 0;
const STEP2 = 1;
const UPDATE = 2;

function syncMessage(type: number, payload: Uint8Array): Buffer {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  encoding.writeVarUint8Array(encoder, payload);
  return Buffer.from(encoding.toUint8Array(encoder)); // exactly these bytes, as MessagePack bin
}

function readSyncMessage(bytes: Uint8Array): { type: number; payload: Uint8Array } {
  const decoder = decoding.createDecoder(bytes);
  return { type: decoding.readVarUint(decoder), payload: decoding.readVarUint8Array(decoder) };
}

/** Joins `name`, appends `text` to the Y.Text `t`, waits until it is stored, returns the text. */
async function rawClientEdit(
  baseUrl: string,
  cookie: string,
  name: string,
  text: string,
): Promise<string> {
  const socket: Socket = io(`${baseUrl}/collab`, {
    transports: ["websocket"],
    parser,
    extraHeaders: { Cookie: cookie, Origin: baseUrl },
    reconnection: false,
  });
  const doc = new Y.Doc();
  try {
    // The server's step 1 comes in the same tick as the join ack: listen before joining.
    const synced = new Promise<void>((resolve) => {
      socket.on("sync", (docName: string, message: Uint8Array) => {
        if (docName !== name) return;
        const { type, payload } = readSyncMessage(message);
        if (type === STEP1) return; // we have no offline edits to send
        Y.applyUpdate(doc, payload, "server");
        if (type === STEP2) resolve();
      });
    });
    const joined = await socket.emitWithAck("join", name);
    if (!joined.ok) throw new Error(joined.error);
    socket.emit("sync", name, syncMessage(STEP1, Y.encodeStateVector(doc)));
    await synced;

    const before = Y.encodeStateVector(doc);
    doc.getText("t").insert(doc.getText("t").length, text);
    const update = Y.encodeStateAsUpdate(doc, before);
    const stored = await socket.emitWithAck("sync", name, syncMessage(UPDATE, update));
    if (!stored.ok) throw new Error(stored.error); // ok: the update is on disk
    return doc.getText("t").toString();
  } finally {
    socket.disconnect();
    doc.destroy();
  }
}

describe("the raw-protocol example of docs/collab-protocol.md", () => {
  it("joins, syncs, writes and reads back what another raw client stored", async () => {
    const user = await createUser({ role: "projectleider" });
    const cookie = await login(app.url, user.email, TEST_PASSWORD);
    const name = `bijeenkomst:${createBijeenkomst({ kind: "thema" }).id}:notities`;

    expect(await rawClientEdit(app.url, cookie, name, "Eerste regel. ")).toBe("Eerste regel. ");
    expect(await rawClientEdit(app.url, cookie, name, "Tweede.")).toBe("Eerste regel. Tweede.");
  });
});
