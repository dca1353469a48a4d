import { eq } from "drizzle-orm";
import type { Socket } from "socket.io-client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Awareness, encodeAwarenessUpdate } from "y-protocols/awareness";
import * as Y from "yjs";
import { resetLoginThrottle } from "#app/auth/throttle.server.ts";
import {
  EVENTS,
  notitiesDocumentName,
  type Access,
  type CollabError,
  type JoinResult,
} from "#shared/collab/protocol.ts";
import { getDb } from "#db/client.ts";
import { documentUpdates, organisations, users } from "#db/schema.ts";
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

// An open socket follows its person's rights as they are now (issue 9, B2), and a caret belongs
// to its person even while they reconnect (B13). Real server, real socket.io clients.

const app = startTestApp({ collab: { unloadDelayMs: 50, rightsCheckMs: 100 } });

const open: Editor[] = [];
const sockets: Socket[] = [];
beforeEach(() => resetLoginThrottle());
afterEach(() => {
  for (const e of open.splice(0)) e.close();
  for (const s of sockets.splice(0)) s.disconnect();
});

async function person(role: "projectleider" | "medewerker" | "deelnemer", circle = 1) {
  const organisation = createOrganisation({ circle });
  const user = await createUser({ role, organisationId: organisation.id });
  const client = await signIn(app, user.email);
  return { user, organisation, client, cookie: client.cookieHeader };
}

async function editor(cookie: string, name: string) {
  const e = await openEditor(app, cookie, name);
  open.push(e);
  return e;
}

async function rawSocket(cookie: string) {
  const socket = await connectSocket(app, cookie);
  sockets.push(socket);
  return socket;
}

function change(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText("t").insert(0, text);
  return updateMessage(Y.encodeStateAsUpdate(doc));
}

/** Everything the server stored for a document, as text. */
async function storedText(name: string): Promise<string> {
  const reader = await editor((await person("projectleider")).cookie, name);
  return reader.text();
}

// These change the database directly: a role change through the beheer pages also ends the
// person's sessions (tested in tests/integration/beheer.test.ts), which would hide what is
// tested here — that the socket follows rights that change while its session lives.
function setRole(userId: number, role: "medewerker" | "deelnemer") {
  getDb().update(users).set({ role }).where(eq(users.id, userId)).run();
}

function setCircle(organisationId: number, circle: 1 | 2) {
  getDb().update(organisations).set({ circle }).where(eq(organisations.id, organisationId)).run();
}

describe("rights that change while a socket is open", () => {
  it("refuses the very next update of a person who may now only read, and says so", async () => {
    const name = notitiesDocumentName(createBijeenkomst({ kind: "thema" }).id);
    const bob = await person("medewerker");
    const e = await editor(bob.cookie, name);
    e.type("voor ");
    await eventually(() => e.provider.pendingCount === 0);
    const accessPushed: Access[] = [];
    e.socket.on(EVENTS.access, (_n: string, access: Access) => accessPushed.push(access));

    setRole(bob.user.id, "deelnemer");
    const socket = e.socket;
    const result = await emitWithAck(socket, EVENTS.sync, name, change("na "));
    expect(result).toMatchObject({ ok: false, error: "alleen-lezen" });
    expect(accessPushed).toEqual(["view"]);
    expect(e.provider.access).toBe("view");
    expect(await emitWithAck<JoinResult>(socket, EVENTS.join, name)).toMatchObject({
      ok: true,
      access: "view",
    });
    expect(await storedText(name)).toBe("voor ");
  });

  it("tells an idle socket that its access was lowered or raised", async () => {
    const name = notitiesDocumentName(createBijeenkomst({ kind: "thema" }).id);
    const bob = await person("medewerker");
    const socket = await rawSocket(bob.cookie);
    expect(await emitWithAck(socket, EVENTS.join, name)).toMatchObject({ access: "edit" });
    const pushed: Access[] = [];
    socket.on(EVENTS.access, (_n: string, access: Access) => pushed.push(access));

    setRole(bob.user.id, "deelnemer");
    await eventually(() => pushed.length === 1);
    setRole(bob.user.id, "medewerker");
    await eventually(() => pushed.length === 2);
    expect(pushed).toEqual(["view", "edit"]);
    expect(await emitWithAck(socket, EVENTS.sync, name, change("weer"))).toEqual({ ok: true });
  });

  it("takes a socket out of a document its person may no longer read", async () => {
    // Intervision notes are for the first circle: a municipality moved to the second loses them.
    const name = notitiesDocumentName(createBijeenkomst({ kind: "intervisie" }).id);
    const member = await person("deelnemer", 1);
    const socket = await rawSocket(member.cookie);
    expect(await emitWithAck(socket, EVENTS.join, name)).toMatchObject({ access: "edit" });
    const errors: CollabError[] = [];
    socket.on(EVENTS.error, (_n: string, e: CollabError) => errors.push(e));

    setCircle(member.organisation.id, 2);
    await eventually(() => errors.length === 1);
    expect(errors[0]).toMatchObject({ error: "geen-toegang" });
    expect(await emitWithAck(socket, EVENTS.sync, name, change("geheim"))).toMatchObject({
      ok: false,
      error: "niet-geopend",
    });
    expect(await emitWithAck(socket, EVENTS.join, name)).toMatchObject({
      ok: false,
      error: "geen-toegang",
    });
    expect(await storedText(name)).toBe("");
  });

  it("stores nothing sent after a logout, and closes the socket", async () => {
    const name = notitiesDocumentName(createBijeenkomst({ kind: "thema" }).id);
    const alice = await person("projectleider");
    const e = await editor(alice.cookie, name);
    e.type("bewaard");
    await eventually(() => e.provider.pendingCount === 0);
    const before = getDb()
      .select()
      .from(documentUpdates)
      .where(eq(documentUpdates.documentName, name))
      .all().length;
    const disconnected = new Promise((resolve) => e.socket.once("disconnect", resolve));

    await alice.client.post("/uitloggen", {});
    e.type(" na het uitloggen"); // sent at once, long before the periodic check
    await disconnected;
    expect(e.errors).toContainEqual(expect.objectContaining({ error: "sessie-beeindigd" }));
    const after = getDb()
      .select()
      .from(documentUpdates)
      .where(eq(documentUpdates.documentName, name))
      .all().length;
    expect(after).toBe(before);
    expect(await storedText(name)).toBe("bewaard");
  });
});

describe("presence belongs to its person", () => {
  it("keeps an editor's caret theirs while they reconnect", async () => {
    const name = notitiesDocumentName(createBijeenkomst({ kind: "thema" }).id);
    const alice = await person("projectleider");
    const a = await editor(alice.cookie, name);
    a.provider.awareness.setLocalStateField("cursor", null);
    const b = await editor((await person("medewerker")).cookie, name);
    const victim = a.doc.clientID;
    await eventually(() => b.provider.awareness.getStates().has(victim));

    a.socket.disconnect();
    await eventually(() => !b.provider.awareness.getStates().has(victim));

    // Mallory speaks for Alice's client id, then for her own; the server forwards only the latter.
    const mallory = await rawSocket((await person("medewerker")).cookie);
    await emitWithAck(mallory, EVENTS.join, name);
    const forged = new Y.Doc();
    forged.clientID = victim;
    const forgedAwareness = new Awareness(forged);
    forgedAwareness.setLocalState({ cursor: null });
    mallory.emit(EVENTS.awareness, name, encodeAwarenessUpdate(forgedAwareness, [victim]));
    const own = new Awareness(new Y.Doc());
    own.setLocalState({ cursor: null });
    mallory.emit(EVENTS.awareness, name, encodeAwarenessUpdate(own, [own.clientID]));
    await eventually(() => b.provider.awareness.getStates().has(own.clientID));
    expect(b.provider.awareness.getStates().has(victim)).toBe(false);

    a.socket.connect();
    await eventually(() => b.provider.awareness.getStates().has(victim));
    const seen = b.provider.awareness.getStates().get(victim) as { user: { name: string } };
    expect(seen.user.name).toBe(alice.user.name);
  });
});
