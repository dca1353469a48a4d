import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { FRAGMENT } from "#shared/editor/extensions.ts";
import { anchorPassage, resolveAnchor } from "./anchors.ts";

function docWith(...paragraphs: string[]) {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment(FRAGMENT);
  fragment.insert(
    0,
    paragraphs.map((p) => {
      const el = new Y.XmlElement("paragraph");
      el.insert(0, [new Y.XmlText(p)]);
      return el;
    }),
  );
  return doc;
}

const textOf = (doc: Y.Doc, paragraph: number) =>
  (doc.getXmlFragment(FRAGMENT).get(paragraph) as Y.XmlElement).get(0) as Y.XmlText;

describe("comment anchors", () => {
  it("finds a passage and points at it", () => {
    const doc = docWith("Inleiding.", "Vertrouwen groeit in de wijk, niet op het stadhuis.");
    const anchor = anchorPassage(doc, "niet op het stadhuis")!;
    expect(resolveAnchor(doc, anchor)).toBe("niet op het stadhuis");
    expect(anchorPassage(doc, "komt niet voor")).toBeNull();
  });

  it("keeps pointing at the same words through concurrent edits on another replica", () => {
    const a = docWith("Vertrouwen groeit in de wijk, niet op het stadhuis.");
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const anchor = anchorPassage(a, "in de wijk")!;
    // Someone else types before and inside the sentence at the same time.
    textOf(b, 0).insert(0, "Juist nu: ");
    textOf(a, 0).insert(textOf(a, 0).length, " Zeker in Oost.");
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(textOf(b, 0).toString()).toBe(
      "Juist nu: Vertrouwen groeit in de wijk, niet op het stadhuis. Zeker in Oost.",
    );
    expect(resolveAnchor(b, anchor)).toBe("in de wijk");
    // Words typed inside the passage become part of it.
    const inside = textOf(b, 0).toString().indexOf("de wijk");
    textOf(b, 0).insert(inside, "hele ");
    expect(resolveAnchor(b, anchor)).toBe("in hele de wijk");
  });

  it("reports a passage that was deleted", () => {
    const doc = docWith("Te schrappen zin. Blijft staan.");
    const anchor = anchorPassage(doc, "Te schrappen zin.")!;
    textOf(doc, 0).delete(0, "Te schrappen zin.".length);
    expect(resolveAnchor(doc, anchor)).toBeNull();
    expect(resolveAnchor(doc, { start: "onzin", end: 3 })).toBeNull();
  });
});
