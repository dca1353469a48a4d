import { prosemirrorJSONToYXmlFragment } from "@tiptap/y-tiptap";
import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { FRAGMENT } from "#shared/editor/extensions.ts";
import { editorSchema } from "#shared/editor/render.ts";
import { getDb } from "#db/client.ts";
import { documents, documentUpdates } from "#db/schema.ts";
import { logger } from "../logger.ts";
import {
  appendUpdate,
  compactStored,
  docFromStored,
  ensureDocument,
  loadStoredDocument,
  readRenderedDocument,
} from "./persistence.ts";

// Against the real SQLite file of this test worker (tests/setup/db.ts).

let n = 0;
const newName = () => `bijeenkomst:${900_000 + ++n}:notities`;

/** A document written paragraph by paragraph, each change appended as one update. */
function writeParagraphs(name: string, paragraphs: string[]) {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on("update", (u: Uint8Array) => updates.push(u));
  const fragment = doc.getXmlFragment(FRAGMENT);
  for (const text of paragraphs) {
    const p = new Y.XmlElement("paragraph");
    p.insert(0, [new Y.XmlText(text)]);
    fragment.insert(fragment.length, [p]);
  }
  ensureDocument(name);
  for (const u of updates) appendUpdate(name, u, null);
  return doc;
}

describe("the append log", () => {
  it("keeps every update until compaction, and rebuilds the same document from it", () => {
    const name = newName();
    const original = writeParagraphs(name, ["een", "twee", "drie"]);
    const stored = loadStoredDocument(name)!;
    expect(stored.updates).toHaveLength(3);
    const rebuilt = docFromStored(stored);
    expect(rebuilt.getXmlFragment(FRAGMENT).toString()).toBe(
      original.getXmlFragment(FRAGMENT).toString(),
    );
  });

  it("skips a damaged stored update with a warning that names the document", () => {
    const name = newName();
    writeParagraphs(name, ["heel"]);
    getDb()
      .insert(documentUpdates)
      .values({ documentName: name, update: Buffer.alloc(64, 255), userId: null })
      .run();
    const warn = vi.spyOn(logger, "warn");
    const doc = docFromStored(loadStoredDocument(name));
    expect(doc.getXmlFragment(FRAGMENT).toString()).toBe("<paragraph>heel</paragraph>");
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({ document: name, err: expect.any(Error) }),
      expect.any(String),
    );
    warn.mockRestore();
  });

  it("renders the current text for SSR even before compaction", () => {
    const name = newName();
    writeParagraphs(name, ["nog niet samengevoegd"]);
    expect(readRenderedDocument(name)?.html).toBe("<p>nog niet samengevoegd</p>");
    expect(readRenderedDocument("bijeenkomst:1:bestaat-niet")).toBeNull();
  });
});

describe("compaction", () => {
  it("merges the updates into the stored state and refreshes JSON, HTML and text in one go", () => {
    const name = newName();
    writeParagraphs(name, ["alpha", "beta"]);
    compactStored(name);
    const db = getDb();
    expect(
      db.select().from(documentUpdates).where(eq(documentUpdates.documentName, name)).all(),
    ).toHaveLength(0);
    const row = db.select().from(documents).where(eq(documents.name, name)).get()!;
    expect(row.html).toBe("<p>alpha</p><p>beta</p>");
    expect(row.text).toBe("alpha\n\nbeta");
    expect(JSON.parse(row.json).content).toHaveLength(2);
    expect(row.stateBytes).toBe(row.state.byteLength);
    expect(docFromStored(loadStoredDocument(name)).getXmlFragment(FRAGMENT).toString()).toBe(
      "<paragraph>alpha</paragraph><paragraph>beta</paragraph>",
    );
  });

  it("keeps updates appended after the compacted ones", () => {
    const name = newName();
    const doc = writeParagraphs(name, ["eerst"]);
    compactStored(name);
    const before = Y.encodeStateVector(doc);
    const p = new Y.XmlElement("paragraph");
    p.insert(0, [new Y.XmlText("daarna")]);
    doc.getXmlFragment(FRAGMENT).push([p]);
    appendUpdate(name, Y.encodeStateAsUpdate(doc, before), null);
    expect(readRenderedDocument(name)?.text).toBe("eerst\n\ndaarna");
    compactStored(name);
    expect(readRenderedDocument(name)?.text).toBe("eerst\n\ndaarna");
  });

  it("leaves the stored document untouched when the transaction fails half-way", () => {
    const name = newName();
    writeParagraphs(name, ["veilig"]);
    const db = getDb();
    expect(() =>
      db.transaction(() => {
        compactStored(name);
        throw new Error("crash midden in de compactie");
      }),
    ).toThrow("crash");
    expect(loadStoredDocument(name)!.updates).toHaveLength(1);
    expect(readRenderedDocument(name)?.text).toBe("veilig");
  });

  it("stores rich text from the editor schema", () => {
    const name = newName();
    const doc = new Y.Doc();
    prosemirrorJSONToYXmlFragment(
      editorSchema(),
      {
        type: "doc",
        content: [
          { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Agenda" }] },
        ],
      },
      doc.getXmlFragment(FRAGMENT),
    );
    ensureDocument(name);
    appendUpdate(name, Y.encodeStateAsUpdate(doc), null);
    compactStored(name);
    expect(readRenderedDocument(name)?.html).toBe("<h2>Agenda</h2>");
  });
});
