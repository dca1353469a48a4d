import { describe, expect, it } from "vitest";
import { asDocument } from "./as-document.ts";

describe("asDocument", () => {
  it("makes paragraphs, and hard breaks of single line breaks", () => {
    expect(asDocument("Een\ntwee\n\nDrie")).toEqual({
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Een" },
            { type: "hardBreak" },
            { type: "text", text: "twee" },
          ],
        },
        { type: "paragraph", content: [{ type: "text", text: "Drie" }] },
      ],
    });
  });
});
