import { eq } from "drizzle-orm";
import type { Socket } from "socket.io-client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { resetLoginThrottle } from "#app/auth/throttle.server.ts";
import { EVENTS, notitiesDocumentName, type JoinResult } from "#shared/collab/protocol.ts";
import { getDb } from "#db/client.ts";
import { documents, documentUpdates } from "#db/schema.ts";
import { createBijeenkomst, createOrganisation, createUser } from "#tests/factories.ts";
import {
  connectSocket,
  emitWithAck,
  eventually,
  openEditor,
  signIn,
  updateMessage,
  type Editor,
} from "#tests/setup/collab.ts";
import { startTestApp } from "#tests/setup/http.ts";

const app = startTestApp({
  collab: {
    unloadDelayMs: 50,
    rightsCheckMs: 100,
    limits: { maxMessageBytes: 16_000, maxDocumentBytes: 60_000, maxClientsPerDocument: 3 },
  },
});

const open: Editor[] = [];
const sockets: Socket[] = [];
beforeEach(() => resetLoginThrottle());
afterEach(() => {
  for (const e of open.splice(0)) e.close();
  for (const s of sockets.splice(0)) s.disconnect();
});

async function person(
  role: "projectleider" | "medewerker" | "deelnemer" | "beheerder",
  circle = 1,
) {
  const organisation = createOrganisation({ circle });
  const user = await createUser({ role, organisationId: organisation.id });
  const client = await signIn(app, user.email);
  return { user, client, cookie: client.cookieHeader };
}

async function editor(cookie: string, name: string, options = {}) {
  const e = await openEditor(app, cookie, name, options);
  open.push(e);
  return e;
}

function storedUpdates(name: string) {
  return getDb().select().from(documentUpdates).where(eq(documentUpdates.documentName, name)).all();
}

function rawSocket(cookie: string) {
  return connectSocket(app, cookie).then((s) => {
    sockets.push(s);
    return s;
  });
}

describe("joining and syncing", () => {
  it("shows each editor's text to the other, stored before it is acknowledged", async () => {
    const meeting = createBijeenkomst();
    const name = notitiesDocumentName(meeting.id);
    const a = await person("projectleider");
    const b = await person("medewerker");
    const alice = await editor(a.cookie, name);
    const bob = await editor(b.cookie, name);
    expect(alice.provider.access).toBe("edit");

    let storedAtAck = -1;
    alice.provider.on("acknowledged", () => (storedAtAck = storedUpdates(name).length));
    alice.type("Hallo ");
    await eventually(() => bob.text() === "Hallo ");
    await eventually(() => storedAtAck >= 1);
    bob.type("wereld");
    await eventually(() => alice.text() === "Hallo wereld");

    const late = await editor((await person("medewerker")).cookie, name);
    expect(late.text()).toBe("Hallo wereld");
  });

  it("shares presence, with the name from the session rather than the one a client claims", async () => {
    const name = notitiesDocumentName(createBijeenkomst().id);
    const a = await person("projectleider");
    const b = await person("medewerker");
    const alice = await editor(a.cookie, name);
    const bob = await editor(b.cookie, name);
    alice.provider.awareness.setLocalStateField("user", { name: "Mallory", color: "#ff0000" });
    type Seen = { user?: { name: string; color: string } } | undefined;
    const seen = () => bob.provider.awareness.getStates().get(alice.doc.clientID) as Seen;
    // Alice's plain presence from her join may arrive first; wait for the state she set.
    await eventually(() => seen()?.user?.color === "#ff0000");
    expect(seen()?.user).toMatchObject({ name: a.user.name, color: "#ff0000" });

    alice.close();
    open.splice(open.indexOf(alice), 1);
    await eventually(() => !bob.provider.awareness.getStates().has(alice.doc.clientID));
  });

  it("sends unacknowledged updates again after a reconnect", async () => {
    const name = notitiesDocumentName(createBijeenkomst().id);
    const a = await person("projectleider");
    const alice = await editor(a.cookie, name);
    const bob = await editor((await person("medewerker")).cookie, name);
    alice.socket.disconnect();
    alice.type("offline geschreven");
    expect(alice.provider.pendingCount).toBe(1);
    alice.socket.connect();
    await eventually(() => bob.text() === "offline geschreven");
    await eventually(() => alice.provider.pendingCount === 0);
  });
});

describe("permissions", () => {
  it("lets a second-circle deelnemer read along but refuses their updates, once", async () => {
    // Theme-meeting notes: intervision is closed to the second circle altogether.
    const name = notitiesDocumentName(createBijeenkomst({ kind: "thema" }).id);
    const writer = await editor((await person("projectleider")).cookie, name);
    writer.type("notulen");
    await eventually(() => writer.provider.pendingCount === 0);

    const guest = await editor((await person("deelnemer", 2)).cookie, name);
    expect(guest.provider.access).toBe("view");
    expect(guest.text()).toBe("notulen");

    const socket = await rawSocket((await person("deelnemer", 2)).cookie);
    const joined = await emitWithAck<JoinResult>(socket, EVENTS.join, name);
    expect(joined).toMatchObject({ ok: true, access: "view" });
    const reported: unknown[] = [];
    socket.on(EVENTS.error, (_n, e) => reported.push(e));
    const change = new Y.Doc();
    change.getText("t").insert(0, "ingebroken ");
    const message = updateMessage(Y.encodeStateAsUpdate(change));
    const result = await emitWithAck(socket, EVENTS.sync, name, message);
    expect(result).toMatchObject({ ok: false, error: "alleen-lezen" });
    // Answered in the acknowledgement only; without one, as a single collab-error event.
    socket.emit(EVENTS.sync, name, message);
    await eventually(() => reported.length === 1);
    await emitWithAck(socket, EVENTS.join, name); // answered after anything sent before it
    expect(reported).toEqual([expect.objectContaining({ error: "alleen-lezen" })]);

    writer.type(" en meer");
    await eventually(() => guest.text() === "notulen en meer");
  });

  it("gives first-circle deelnemers edit rights in intervision notes only", async () => {
    const intervisie = notitiesDocumentName(createBijeenkomst({ kind: "intervisie" }).id);
    const thema = notitiesDocumentName(createBijeenkomst({ kind: "thema" }).id);
    const { cookie } = await person("deelnemer", 1);
    const socket = await rawSocket(cookie);
    expect(await emitWithAck(socket, EVENTS.join, intervisie)).toMatchObject({ access: "edit" });
    expect(await emitWithAck(socket, EVENTS.join, thema)).toMatchObject({ access: "view" });
    const beheerder = await rawSocket((await person("beheerder")).cookie);
    expect(await emitWithAck(beheerder, EVENTS.join, intervisie)).toMatchObject({ access: "view" });
  });

  it("answers unknown meetings and invalid names with onbekend-document", async () => {
    const socket = await rawSocket((await person("projectleider")).cookie);
    for (const name of ["bijeenkomst:999999:notities", "essay:1", "../etc", 42, null]) {
      expect(await emitWithAck(socket, EVENTS.join, name)).toMatchObject({
        ok: false,
        error: "onbekend-document",
      });
    }
  });

  it("disconnects the sockets of a session that ends", async () => {
    const name = notitiesDocumentName(createBijeenkomst().id);
    const { client, cookie } = await person("projectleider");
    const e = await editor(cookie, name);
    const ended = new Promise((resolve) => e.socket.once(EVENTS.error, (_n, err) => resolve(err)));
    const disconnected = new Promise((resolve) => e.socket.once("disconnect", resolve));
    await client.post("/uitloggen", {});
    expect(await ended).toMatchObject({ error: "sessie-beeindigd" });
    await disconnected;
  });
});

describe("limits and hostile messages", () => {
  it("refuses oversized messages and documents that grow too large", async () => {
    const name = notitiesDocumentName(createBijeenkomst().id);
    const socket = await rawSocket((await person("projectleider")).cookie);
    await emitWithAck(socket, EVENTS.join, name);
    const big = new Y.Doc();
    big.getText("t").insert(0, "x".repeat(20_000));
    expect(
      await emitWithAck(socket, EVENTS.sync, name, updateMessage(Y.encodeStateAsUpdate(big))),
    ).toMatchObject({ ok: false, error: "bericht-te-groot" });

    const growing = new Y.Doc();
    const results: unknown[] = [];
    for (let i = 0; i < 6; i++) {
      const before = Y.encodeStateVector(growing);
      growing.getText("t").insert(0, "y".repeat(12_000));
      results.push(
        await emitWithAck(
          socket,
          EVENTS.sync,
          name,
          updateMessage(Y.encodeStateAsUpdate(growing, before)),
        ),
      );
    }
    expect(results.slice(0, 4)).toEqual(Array(4).fill({ ok: true }));
    expect(results.at(-1)).toMatchObject({ ok: false, error: "document-te-groot" });
  });

  it("refuses a fourth person when a document allows three", async () => {
    const name = notitiesDocumentName(createBijeenkomst().id);
    for (let i = 0; i < 3; i++) await editor((await person("medewerker")).cookie, name);
    const socket = await rawSocket((await person("medewerker")).cookie);
    expect(await emitWithAck(socket, EVENTS.join, name)).toMatchObject({
      ok: false,
      error: "document-vol",
    });
  });

  it("survives malformed messages without changing the document", async () => {
    const name = notitiesDocumentName(createBijeenkomst().id);
    const { cookie } = await person("projectleider");
    const alice = await editor(cookie, name);
    alice.type("heel");
    await eventually(() => alice.provider.pendingCount === 0);

    const socket = await rawSocket(cookie);
    expect(await emitWithAck(socket, EVENTS.sync, name, new Uint8Array([2, 1]))).toMatchObject({
      error: "niet-geopend",
    });
    await emitWithAck(socket, EVENTS.join, name);
    const garbage = [
      new Uint8Array([2, 5, 1, 2]), // length beyond the end
      updateMessage(new Uint8Array([1, 200, 3, 7, 7, 7, 7])), // not a Yjs update
      updateMessage(new Uint8Array(64).fill(255)),
      new Uint8Array([9, 0]), // unknown message type
      "tekst",
      { update: [1, 2, 3] },
    ];
    for (const payload of garbage) {
      expect(await emitWithAck(socket, EVENTS.sync, name, payload)).toMatchObject({
        ok: false,
        error: "ongeldig-bericht",
      });
    }
    const errors: unknown[] = [];
    socket.on(EVENTS.error, (_n, e) => errors.push(e));
    socket.emit(EVENTS.awareness, name, new Uint8Array([1, 5, 1, 3, 123, 34, 120]));
    socket.emit(EVENTS.awareness, name, "geen bytes");
    socket.emit(EVENTS.join, { name });
    socket.emit("onbekend-event", 1, 2, 3);
    await eventually(() => errors.length === 2);

    alice.type(" gebleven");
    const bob = await editor((await person("medewerker")).cookie, name);
    await eventually(() => bob.text() === "heel gebleven");
    // Refused without touching the document: nobody else was sent away to rejoin.
    expect(alice.errors).toEqual([]);
  });
});

describe("group commit", () => {
  it("acknowledges each of a burst only once stored, and refuses a malformed one among them alone", async () => {
    const name = notitiesDocumentName(createBijeenkomst().id);
    const { cookie } = await person("projectleider");
    const socket = await rawSocket(cookie);
    await emitWithAck(socket, EVENTS.join, name);
    const doc = new Y.Doc();
    const changes: Uint8Array[] = [];
    doc.on("update", (u: Uint8Array) => changes.push(u));
    for (const word of ["een ", "twee ", "drie ", "vier"]) {
      doc.getText("t").insert(doc.getText("t").length, word);
    }
    // Emitted in one go, so they reach the server together; the third is not a Yjs update.
    const messages = changes.map(updateMessage);
    messages.splice(2, 0, updateMessage(new Uint8Array(64).fill(255)));
    const answers = await Promise.all(
      messages.map(
        (message) =>
          new Promise<{ ok: boolean; error?: string; storedThen: number }>((resolve) =>
            socket.emit(EVENTS.sync, name, message, (result: { ok: boolean; error?: string }) =>
              resolve({ ...result, storedThen: storedUpdates(name).length }),
            ),
          ),
      ),
    );
    expect(answers.map((a) => a.ok)).toEqual([true, true, false, true, true]);
    expect(answers[2]).toMatchObject({ error: "ongeldig-bericht" });
    // Each acknowledgement came after its own row (and those before it) was committed.
    expect(answers[0]!.storedThen).toBeGreaterThanOrEqual(1);
    expect(answers[1]!.storedThen).toBeGreaterThanOrEqual(2);
    expect(answers[4]!.storedThen).toBe(4);
    const reader = await editor((await person("medewerker")).cookie, name);
    expect(reader.text()).toBe("een twee drie vier");
  });
});

describe("loading and unloading", () => {
  it("unloads a document nobody has open, after compacting it, and loads it again", async () => {
    const name = notitiesDocumentName(createBijeenkomst().id);
    const { cookie } = await person("projectleider");
    const alice = await editor(cookie, name);
    alice.type("bewaard");
    await eventually(() => alice.provider.pendingCount === 0);
    expect(app.collab.registry.documents.has(name)).toBe(true);
    alice.close();
    open.splice(0);
    await eventually(() => !app.collab.registry.documents.has(name));
    expect(storedUpdates(name)).toHaveLength(0);
    const row = getDb().select().from(documents).where(eq(documents.name, name)).get()!;
    const stored = new Y.Doc();
    Y.applyUpdate(stored, row.state);
    expect(stored.getText("t").toString()).toBe("bewaard");

    const again = await editor(cookie, name);
    expect(again.text()).toBe("bewaard");
  });
});
