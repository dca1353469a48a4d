import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { resetLoginThrottle } from "#app/auth/throttle.server.ts";
import { notitiesDocumentName } from "#shared/collab/protocol.ts";
import { FRAGMENT } from "#shared/editor/extensions.ts";
import { renderFragment } from "#shared/editor/render.ts";
import { createBijeenkomst, createUser } from "#tests/factories.ts";
import { eventually, openEditor, signIn, type Editor } from "#tests/setup/collab.ts";
import { startTestApp } from "#tests/setup/http.ts";
import { listVersions, loadStoredDocument, readRenderedDocument } from "./persistence.ts";

const app = startTestApp({ collab: { unloadDelayMs: 20 } });
const open: Editor[] = [];
beforeEach(() => resetLoginThrottle());
afterEach(() => {
  for (const e of open.splice(0)) e.close();
});

function setParagraphs(doc: Y.Doc, paragraphs: string[]) {
  const fragment = doc.getXmlFragment(FRAGMENT);
  doc.transact(() => {
    fragment.delete(0, fragment.length);
    fragment.insert(
      0,
      paragraphs.map((text) => {
        const p = new Y.XmlElement("paragraph");
        p.insert(0, [new Y.XmlText(text)]);
        return p;
      }),
    );
  });
}

const textOf = (doc: Y.Doc) => renderFragment(doc.getXmlFragment(FRAGMENT)).text;

async function twoEditors() {
  const name = notitiesDocumentName(createBijeenkomst().id);
  const user = await createUser({ role: "projectleider" });
  const cookie = (await signIn(app, user.email)).cookieHeader;
  const alice = await openEditor(app, cookie, name);
  const bob = await openEditor(app, cookie, name);
  open.push(alice, bob);
  return { name, user, alice, bob };
}

describe("versions", () => {
  it("saves a named version and restores it as a new change that everyone receives", async () => {
    const { name, user, alice, bob } = await twoEditors();
    const registry = app.collab.registry;
    setParagraphs(alice.doc, ["eerste opzet"]);
    await eventually(() => alice.provider.pendingCount === 0);
    const saved = registry.saveVersion(name, "Na de eerste ronde", user.id);
    expect(saved).toMatchObject({ kind: "benoemd", label: "Na de eerste ronde" });

    setParagraphs(bob.doc, ["iets heel anders", "en nog meer"]);
    await eventually(() => textOf(alice.doc) === "iets heel anders\n\nen nog meer");
    const logBefore = loadStoredDocument(name)!.updates.length;

    expect(registry.restoreVersion(name, saved.id, user.id)).toBe(true);
    await eventually(() => textOf(alice.doc) === "eerste opzet");
    await eventually(() => textOf(bob.doc) === "eerste opzet");
    expect(readRenderedDocument(name)?.text).toBe("eerste opzet");
    // History is kept: the restore is one more update, and the text before it is a version.
    expect(loadStoredDocument(name)!.updates.length).toBe(logBefore + 1);
    const versions = listVersions(name);
    expect(versions.map((v) => v.kind)).toEqual(["herstel", "benoemd"]);

    // Undoing the restore by restoring the "herstel" version brings the later text back.
    registry.restoreVersion(name, versions[0]!.id, user.id);
    await eventually(() => textOf(bob.doc) === "iets heel anders\n\nen nog meer");
  });

  it("restores a version while nobody has the document open", async () => {
    const { name, user, alice, bob } = await twoEditors();
    const registry = app.collab.registry;
    setParagraphs(alice.doc, ["versie een"]);
    await eventually(() => alice.provider.pendingCount === 0);
    const saved = registry.saveVersion(name, null, user.id);
    setParagraphs(alice.doc, ["versie twee"]);
    await eventually(() => alice.provider.pendingCount === 0);
    alice.close();
    bob.close();
    open.splice(0);
    await eventually(() => !registry.documents.has(name));
    expect(registry.restoreVersion(name, saved.id, user.id)).toBe(true);
    await eventually(() => !registry.documents.has(name));
    expect(readRenderedDocument(name)?.text).toBe("versie een");
  });

  it("keeps an automatic version when the last person leaves after editing", async () => {
    const { name, alice, bob } = await twoEditors();
    setParagraphs(alice.doc, ["automatisch bewaard"]);
    await eventually(() => alice.provider.pendingCount === 0);
    alice.close();
    bob.close();
    open.splice(0);
    await eventually(() => !app.collab.registry.documents.has(name));
    const versions = listVersions(name);
    expect(versions.map((v) => v.kind)).toEqual(["automatisch"]);
  });

  it("answers false for a version of another document", async () => {
    const { name, user } = await twoEditors();
    const registry = app.collab.registry;
    const other = notitiesDocumentName(createBijeenkomst().id);
    const foreign = registry.saveVersion(other, null, user.id);
    expect(registry.restoreVersion(name, foreign.id, user.id)).toBe(false);
  });
});
