import { parse } from "parse5";
import type { DefaultTreeAdapterTypes as T } from "parse5";
import { describe, expect, it } from "vitest";
import { toHtmlDocument } from "./html.server.ts";
import { dutchLabels, essay, LINK } from "./test-fixture.ts";

const html = toHtmlDocument(essay, dutchLabels);
const document = parse(html);

function elements(node: T.ParentNode = document): T.Element[] {
  return node.childNodes.flatMap((child) =>
    "tagName" in child ? [child, ...elements(child)] : [],
  );
}
function textOf(node: T.ParentNode): string {
  return node.childNodes
    .map((child) =>
      "value" in child && child.nodeName === "#text"
        ? child.value
        : "tagName" in child
          ? textOf(child)
          : "",
    )
    .join("");
}
const attr = (element: T.Element, name: string) =>
  element.attrs.find((a) => a.name === name)?.value;
const byTag = (tag: string) => elements().filter((e) => e.tagName === tag);

describe("the HTML export", () => {
  it("is a standalone HTML5 document in the document's language", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(attr(byTag("html")[0]!, "lang")).toBe("nl");
    expect(textOf(byTag("title")[0]!)).toBe(essay.title);
    const meta = Object.fromEntries(
      byTag("meta").map((m) => [attr(m, "name") ?? attr(m, "http-equiv") ?? "charset", m]),
    );
    expect(attr(meta.author!, "content")).toBe("Anna de Vries, Bram Jansen");
    expect(attr(meta.description!, "content")).toBe(essay.summary);
    expect(attr(meta["Content-Security-Policy"]!, "content")).toContain("default-src 'none'");
    expect(byTag("style")).toHaveLength(1);
  });

  it("shows the title block and the body rendered by the editor schema", () => {
    const headings = elements().filter((e) => /^h[1-6]$/.test(e.tagName));
    expect(headings.map((h) => [h.tagName, textOf(h)])).toEqual([
      ["h1", essay.title],
      ["h1", "Inleiding tot de sociale basis"],
      ["h2", "Wat we hoorden"],
      ["h3", "Volgende stappen"],
    ]);
    const facts = byTag("dt").map((dt, i) => [textOf(dt), textOf(byTag("dd")[i]!)]);
    expect(facts).toEqual([
      ["Auteurs", "Anna de Vries en Bram Jansen"],
      ["Datum", "5 maart 2026"],
      ["Thema", "Wijkgericht werken"],
      ["Gemeente", "Hilversum"],
    ]);
    const link = byTag("a")[0]!;
    expect([attr(link, "href"), textOf(link)]).toEqual([LINK, "het kennisdossier"]);
    const nested = byTag("ol")[0]!;
    expect(
      elements(nested)
        .filter((e) => e.tagName === "li")
        .map((li) => textOf(li)),
    ).toContain("Met de gemeente");
    expect(attr(byTag("ol")[2]!, "start")).toBe("4");
    expect(elements(byTag("blockquote")[0]!).map((e) => e.tagName)).toEqual(
      expect.arrayContaining(["p", "ul", "li"]),
    );
  });

  it("escapes every text, so markup in it stays text", () => {
    expect(html).not.toMatch(/<script/i);
    expect(byTag("script")).toHaveLength(0);
    const paragraphs = byTag("p").map((p) => textOf(p));
    expect(paragraphs).toContain(
      "Sterretjes *niet vet* en _geen nadruk_, <script>alert('x')</script> & [geen](link)",
    );
    expect(paragraphs).toContain(
      "Samenvatting: Wat gemeenten leerden over één loket en de financiële kant <van> samenwerking.",
    );
    const hostile = toHtmlDocument(
      { ...essay, title: `"><img src=x onerror=alert(1)>`, authors: [`"'><b>`] },
      dutchLabels,
    );
    const parsed = parse(hostile);
    expect(elements(parsed).filter((e) => e.tagName === "img" || e.tagName === "b")).toHaveLength(
      0,
    );
    expect(textOf(elements(parsed).find((e) => e.tagName === "title")!)).toBe(
      `"><img src=x onerror=alert(1)>`,
    );
  });
});
