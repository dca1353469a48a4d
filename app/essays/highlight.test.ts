import { describe, expect, it } from "vitest";
import { highlightPassages } from "./highlight.ts";

describe("highlightPassages", () => {
  it("marks the first occurrence of each passage, with an id the comment links to", () => {
    const html =
      "<p>Vertrouwen groeit in de wijk, niet op het stadhuis.</p><p>Slot &amp; einde.</p>";
    expect(
      highlightPassages(html, [
        { id: 3, text: "niet op het stadhuis" },
        { id: 4, text: "Slot & einde" },
      ]),
    ).toBe(
      '<p>Vertrouwen groeit in de wijk, <mark class="leerkring-passage" id="passage-3">niet op het stadhuis</mark>.</p>' +
        '<p><mark class="leerkring-passage" id="passage-4">Slot &amp; einde</mark>.</p>',
    );
  });

  it("never matches inside a tag and leaves absent passages alone", () => {
    const html = '<p><a href="https://example.org/wijk">de wijk</a></p>';
    expect(highlightPassages(html, [{ id: 1, text: "example" }])).toBe(html);
    expect(highlightPassages(html, [{ id: 2, text: "" }])).toBe(html);
  });
});
