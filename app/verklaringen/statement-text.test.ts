import { describe, expect, it } from "vitest";
import { inlineParts, parseStatement } from "./statement-text.ts";

describe("a statement's text", () => {
  it("reads headings, paragraphs and lists, split on blank lines", () => {
    const text = [
      "Eerste alinea",
      "met een tweede regel.",
      "",
      "## Kop",
      "### Tussenkop",
      "- een",
      "- twee",
      "  loopt door",
      "",
      "# Ook een kop",
      "Laatste.",
    ].join("\r\n");
    expect(parseStatement(text)).toEqual([
      { type: "paragraph", lines: ["Eerste alinea", "met een tweede regel."] },
      { type: "heading", level: 2, text: "Kop" },
      { type: "heading", level: 3, text: "Tussenkop" },
      { type: "list", items: ["een", "twee loopt door"] },
      { type: "heading", level: 2, text: "Ook een kop" },
      { type: "paragraph", lines: ["Laatste."] },
    ]);
  });

  it("keeps markup as text", () => {
    expect(parseStatement("<script>alert(1)</script>")).toEqual([
      { type: "paragraph", lines: ["<script>alert(1)</script>"] },
    ]);
    expect(parseStatement("")).toEqual([]);
  });

  it("links web and e-mail addresses only, without the full stop after them", () => {
    expect(
      inlineParts("Zie https://autoriteitpersoonsgegevens.nl. Of mail privacy@example.nl"),
    ).toEqual([
      { text: "Zie " },
      {
        text: "https://autoriteitpersoonsgegevens.nl",
        href: "https://autoriteitpersoonsgegevens.nl",
      },
      { text: ". Of mail " },
      { text: "privacy@example.nl", href: "mailto:privacy@example.nl" },
    ]);
    expect(inlineParts("javascript:alert(1) (https://a.nl/x)")).toEqual([
      { text: "javascript:alert(1) (" },
      { text: "https://a.nl/x", href: "https://a.nl/x" },
      { text: ")" },
    ]);
  });
});
