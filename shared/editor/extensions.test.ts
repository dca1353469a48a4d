import { describe, expect, it } from "vitest";
import { anonymiseMentions } from "./extensions.ts";

describe("anonymiseMentions", () => {
  const doc = {
    type: "doc",
    content: [
      {
        type: "paragraph",
        content: [
          { type: "text", text: "Dank " },
          { type: "mention", attrs: { id: "7", label: "Ruben Bakker" } },
          { type: "text", text: " en " },
          { type: "mention", attrs: { id: "8", label: "Fatima Ouali" } },
        ],
      },
      { type: "paragraph", content: [{ type: "text", text: "Verder niets." }] },
    ],
  };

  it("takes the person's id and name out of their mentions, and only theirs", () => {
    const out = anonymiseMentions(doc, 7, "voormalig deelnemer");
    expect(out.content[0]!.content).toEqual([
      { type: "text", text: "Dank " },
      { type: "mention", attrs: { id: null, label: "voormalig deelnemer" } },
      { type: "text", text: " en " },
      { type: "mention", attrs: { id: "8", label: "Fatima Ouali" } },
    ]);
    // What holds no mention of them is the same object (callers see that nothing changed).
    expect(out.content[1]).toBe(doc.content[1]);
    expect(doc.content[0]!.content[1]!.attrs).toEqual({ id: "7", label: "Ruben Bakker" });
  });

  it("answers the document itself when it does not mention the person", () => {
    expect(anonymiseMentions(doc, 9, "voormalig deelnemer")).toBe(doc);
  });
});
