import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import { describe, expect, it } from "vitest";
import { toMarkdown } from "./markdown.server.ts";
import { dutchLabels, essay, LINK } from "./test-fixture.ts";

// The Markdown is read back with markdown-it (CommonMark, HTML on so unescaped tags would show)
// and its token stream compared with the document.
const tokens = MarkdownIt({ html: true }).parse(toMarkdown(essay, dutchLabels), {});

/** The text a reader sees: what is left once the inline markup is parsed away. */
function plainText(inline: Token): string {
  return (inline.children ?? [])
    .map((t) =>
      t.type === "hardbreak"
        ? "\n"
        : t.type === "text" || t.type === "code_inline"
          ? t.content
          : "",
    )
    .join("");
}

/** Each block with its text, its kind and the lists and quotes around it. */
function blocks() {
  const stack: string[] = [];
  const out: { text: string; kind: string; around: string[]; inline: Token }[] = [];
  let info = "";
  for (const [i, token] of tokens.entries()) {
    if (token.type === "list_item_open") info = `${token.info}${token.markup}`;
    if (token.nesting === 1 && /^(bullet_list|ordered_list|blockquote)_open$/.test(token.type)) {
      stack.push(
        token.type === "ordered_list_open" ? `ol@${token.attrGet("start") ?? 1}` : token.tag,
      );
    }
    if (token.nesting === -1 && /^(bullet_list|ordered_list|blockquote)_close$/.test(token.type)) {
      stack.pop();
    }
    if (token.type === "inline") {
      const opener = tokens[i - 1]!;
      out.push({
        text: plainText(token),
        kind: opener.tag === "p" && info ? `li ${info}` : opener.tag,
        around: [...stack],
        inline: token,
      });
      info = "";
    }
  }
  return out;
}

const block = (text: string) => blocks().find((b) => b.text === text);

describe("the Markdown export", () => {
  it("starts with the title and the metadata lines", () => {
    const [title, subtitle, meta, summary, source] = blocks();
    expect(title).toMatchObject({ kind: "h1", text: essay.title });
    expect(subtitle).toMatchObject({ kind: "p", text: essay.subtitle });
    expect(subtitle!.inline.children!.map((t) => t.type)).toEqual(["em_open", "text", "em_close"]);
    expect(meta!.text).toBe(
      "Auteurs: Anna de Vries en Bram Jansen\nDatum: 5 maart 2026\n" +
        "Thema: Wijkgericht werken\nGemeente: Hilversum",
    );
    const labels = meta!.inline.children!.filter((t, i, all) => all[i - 1]?.type === "strong_open");
    expect(labels.map((t) => t.content)).toEqual(["Auteurs:", "Datum:", "Thema:", "Gemeente:"]);
    expect(summary!.text).toBe(
      "Samenvatting: Wat gemeenten leerden over één loket en de financiële kant <van> samenwerking.",
    );
    expect(source!.text).toBe(essay.source);
    expect(tokens.filter((t) => t.type === "hr")).toHaveLength(1);
  });

  it("round-trips headings with their levels", () => {
    const headings = blocks().filter((b) => /^h\d$/.test(b.kind));
    expect(headings.map((h) => [h.kind, h.text])).toEqual([
      ["h1", essay.title],
      ["h1", "Inleiding tot de sociale basis"],
      ["h2", "Wat we hoorden"],
      ["h3", "Volgende stappen"],
    ]);
  });

  it("round-trips nested bullet and ordered lists with their numbers", () => {
    expect(block("Buurtteams in Hilversum")).toMatchObject({ kind: "li -", around: ["ul"] });
    expect(block("Mantelzorg")).toMatchObject({ kind: "li -", around: ["ul", "ul"] });
    expect(block("Welzijn op recept")).toMatchObject({ around: ["ul"] });
    expect(block("Inventariseren")).toMatchObject({ kind: "li 1.", around: ["ol@1"] });
    expect(block("Afspraken maken")).toMatchObject({ kind: "li 2.", around: ["ol@1"] });
    expect(block("Met partners")).toMatchObject({ kind: "li 2.", around: ["ol@1", "ol@1"] });
    expect(block("Evalueren")).toMatchObject({ kind: "li 3.", around: ["ol@1"] });
    // A second list right after the first stays a list of its own, with its own start.
    expect(block("Vierde punt")).toMatchObject({ kind: "li 4)", around: ["ol@4"] });
    expect(block("Vijfde punt")).toMatchObject({ kind: "li 5)", around: ["ol@4"] });
    expect(tokens.filter((t) => t.type === "ordered_list_open")).toHaveLength(3);
  });

  it("round-trips a quote with a paragraph and a list", () => {
    expect(block("Wij zagen dat het café een ontmoetingsplek werd.")).toMatchObject({
      kind: "p",
      around: ["blockquote"],
    });
    expect(block("Citaatpunt twee")).toMatchObject({ kind: "li -", around: ["blockquote", "ul"] });
    expect(block("Slotwoord van Şükrü Yılmaz en Łukasz Nowak.")).toMatchObject({ around: [] });
  });

  it("round-trips marks, the link and the hard break", () => {
    const paragraph = blocks().find((b) => b.text.startsWith("De "))!;
    const children = paragraph.inline.children!;
    const inside = (open: string) =>
      children[children.findIndex((t) => t.type === open) + 1]!.content;
    expect(inside("strong_open")).toBe("financiële");
    expect(inside("em_open")).toBe("één");
    expect(inside("s_open")).toBe("de enige");
    expect(children.find((t) => t.type === "code_inline")?.content).toBe("leerkring.config");
    const link = children.find((t) => t.type === "link_open")!;
    expect(link.attrGet("href")).toBe(LINK);
    expect(inside("link_open")).toBe("het kennisdossier");
    // Markdown has no underline: the word stays, as plain text.
    expect(plainText(paragraph.inline)).toContain(" van de vragen, niet ");

    const broken = blocks().find((b) => b.text.startsWith("Eerste regel"))!.inline.children!;
    expect(broken.map((t) => t.type)).toEqual(["text", "hardbreak", "text"]);
    expect(broken[2]!.content).toBe("# geen kop, - geen lijst");
  });

  it("keeps Markdown- and HTML-special characters as text", () => {
    const special = blocks().find((b) => b.text.startsWith("Sterretjes"))!.inline.children!;
    expect(special.every((t) => t.type === "text")).toBe(true);
    expect(special.map((t) => t.content).join("")).toBe(
      "Sterretjes *niet vet* en _geen nadruk_, <script>alert('x')</script> & [geen](link)",
    );
    expect(tokens.some((t) => t.type === "html_block" || t.type === "html_inline")).toBe(false);
  });

  it("escapes what would start a block, at a paragraph's start and after a hard break", () => {
    const hostile = [
      "1) nee",
      "12. nee",
      "+ nee",
      "- nee",
      "* nee",
      "> nee",
      "# nee",
      "---",
      "===",
      "<div>nee</div>",
      "`nee`",
      "~~nee~~",
      "**nee**",
      "[nee]: /url",
      "![nee](x.png)",
      "&amp; &#65;",
      "back\\slash",
      "snake_case_naam",
    ];
    const text = (value: string) => ({ type: "text", text: value });
    const json = {
      type: "doc",
      content: hostile.flatMap((value) => [
        { type: "paragraph", content: [text(value)] },
        { type: "paragraph", content: [text("regel"), { type: "hardBreak" }, text(value)] },
      ]),
    };
    const parsed = MarkdownIt({ html: true }).parse(
      toMarkdown({ ...essay, json }, dutchLabels),
      {},
    );
    const body = parsed.slice(parsed.findIndex((t) => t.type === "hr"));
    expect(body.filter((t) => t.type === "paragraph_open")).toHaveLength(hostile.length * 2);
    const texts = body.filter((t) => t.type === "inline").map(plainText);
    expect(texts).toEqual(hostile.flatMap((value) => [value, `regel\n${value}`]));
    const kinds = new Set(body.flatMap((t) => [t.type, ...(t.children ?? []).map((c) => c.type)]));
    expect([...kinds].sort()).toEqual(
      ["hardbreak", "hr", "inline", "paragraph_close", "paragraph_open", "text"].sort(),
    );
  });
});
