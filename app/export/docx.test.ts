import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { toDocx } from "./docx.server.ts";
import { dutchLabels, essay, LINK } from "./test-fixture.ts";

type WordParagraph = { style?: string; level?: number; numId?: string; text: string; xml: string };

const decode = (xml: string) =>
  xml
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

function paragraphs(xml: string): WordParagraph[] {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>/gs)].map(([, inner = ""]) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(inner)?.[1],
    level: Number(/<w:ilvl w:val="(\d+)"\/>/.exec(inner)?.[1] ?? Number.NaN),
    numId: /<w:numId w:val="(\d+)"\/>/.exec(inner)?.[1],
    text: decode([...inner.matchAll(/<w:t[^>]*>(.*?)<\/w:t>/g)].map((m) => m[1]).join("")),
    xml: inner,
  }));
}

async function open() {
  const zip = await JSZip.loadAsync(await toDocx(essay, dutchLabels));
  const read = (path: string) => zip.file(path)!.async("string");
  const document = await read("word/document.xml");
  const numbering = await read("word/numbering.xml");
  /** The format and start of a list level, through w:num to its w:abstractNum. */
  const levelOf = (numId: string, level: number) => {
    const abstractId = new RegExp(
      `<w:num w:numId="${numId}"[^>]*><w:abstractNumId w:val="(\\d+)"/>`,
    ).exec(numbering)?.[1];
    const abstract = new RegExp(
      `<w:abstractNum w:abstractNumId="${abstractId}".*?</w:abstractNum>`,
      "s",
    ).exec(numbering)?.[0];
    const lvl = new RegExp(`<w:lvl w:ilvl="${level}".*?</w:lvl>`, "s").exec(abstract ?? "")?.[0];
    return {
      format: /<w:numFmt w:val="(\w+)"/.exec(lvl ?? "")?.[1],
      start: Number(/<w:start w:val="(\d+)"/.exec(lvl ?? "")?.[1]),
    };
  };
  return {
    document,
    paragraphs: paragraphs(document),
    levelOf,
    rels: await read("word/_rels/document.xml.rels"),
    styles: await read("word/styles.xml"),
    footer: await read("word/footer1.xml"),
    core: await read("docProps/core.xml"),
  };
}

describe("the Word export", () => {
  it("uses Word's heading styles and a title block", async () => {
    const { paragraphs, styles, core } = await open();
    const styled = (style: string) =>
      paragraphs.filter((p) => p.style === style).map((p) => p.text);
    expect(styled("Title")).toEqual([essay.title]);
    expect(styled("Subtitle")).toEqual([essay.subtitle]);
    expect(styled("Heading1")).toEqual(["Inleiding tot de sociale basis"]);
    expect(styled("Heading2")).toEqual(["Wat we hoorden"]);
    expect(styled("Heading3")).toEqual(["Volgende stappen"]);
    expect(styles).toContain('w:styleId="Heading1"');
    expect(paragraphs.map((p) => p.text)).toEqual(
      expect.arrayContaining([
        "Auteurs: Anna de Vries en Bram Jansen",
        "Datum: 5 maart 2026",
        "Thema: Wijkgericht werken",
        "Samenvatting",
      ]),
    );
    expect(core).toContain("<dc:title>Samen sterker: de sociale basis in Hilversum &amp; Zeist");
    expect(core).toContain("<dc:creator>Anna de Vries, Bram Jansen</dc:creator>");
  });

  it("makes real lists: numbering definitions, nested levels, each list counting on its own", async () => {
    const { paragraphs, levelOf } = await open();
    const item = (text: string) => paragraphs.find((p) => p.text === text)!;

    expect(item("Vrijwilligers")).toMatchObject({ level: 0 });
    expect(item("Mantelzorg")).toMatchObject({ level: 1 });
    expect(levelOf(item("Vrijwilligers").numId!, 0).format).toBe("bullet");
    expect(levelOf(item("Mantelzorg").numId!, 1).format).toBe("bullet");

    const top = item("Inventariseren");
    expect(item("Evalueren")).toMatchObject({ level: 0, numId: top.numId });
    expect(levelOf(top.numId!, 0)).toEqual({ format: "decimal", start: 1 });
    const nested = item("Met de gemeente");
    expect(nested).toMatchObject({ level: 1 });
    expect(item("Met partners").numId).toBe(nested.numId);
    expect(nested.numId).not.toBe(top.numId);
    expect(levelOf(nested.numId!, 1)).toEqual({ format: "decimal", start: 1 });
    const fourth = item("Vierde punt");
    expect(fourth.numId).not.toBe(top.numId);
    expect(levelOf(fourth.numId!, 0)).toEqual({ format: "decimal", start: 4 });

    // Text that only continues an item carries no number.
    expect(paragraphs.filter((p) => p.numId).map((p) => p.text)).not.toContain(
      "Slotwoord van Şükrü Yılmaz en Łukasz Nowak.",
    );
  });

  it("sets quotes in the Quote style, lists inside them too", async () => {
    const { paragraphs, styles } = await open();
    expect(paragraphs.find((p) => p.text.startsWith("Wij zagen"))).toMatchObject({
      style: "Quote",
    });
    expect(paragraphs.find((p) => p.text === "Citaatpunt één")).toMatchObject({
      style: "Quote",
      level: 0,
    });
    expect(styles).toContain('w:styleId="Quote"');
  });

  it("keeps marks, the hard break and a real hyperlink", async () => {
    const { paragraphs, rels } = await open();
    const first = paragraphs.find((p) => p.text.startsWith("De financiële"))!;
    const run = (text: string) => new RegExp(`<w:r><w:rPr>(.*?)</w:rPr><w:t[^>]*>${text}</w:t>`);
    expect(run("financiële").exec(first.xml)?.[1]).toContain("<w:b/>");
    expect(run("één").exec(first.xml)?.[1]).toContain("<w:i/>");
    expect(run("vragen").exec(first.xml)?.[1]).toContain('<w:u w:val="single"/>');
    expect(run("de enige").exec(first.xml)?.[1]).toContain("<w:strike/>");
    expect(run("leerkring.config").exec(first.xml)?.[1]).toContain('w:ascii="Consolas"');

    const link = /<w:hyperlink[^>]*r:id="([^"]+)"[^>]*>(.*?)<\/w:hyperlink>/.exec(first.xml);
    expect(link?.[2]).toContain("het kennisdossier");
    const relationship = new RegExp(`<Relationship Id="${link?.[1]}"[^>]*/>`).exec(rels)?.[0];
    expect(relationship).toContain(`Target="${LINK.replace(/&/g, "&amp;")}"`);
    expect(relationship).toContain('TargetMode="External"');

    const broken = paragraphs.find((p) => p.text.startsWith("Eerste regel"))!;
    expect(broken.xml).toContain("<w:br/>");
    expect(broken.text).toBe("Eerste regel# geen kop, - geen lijst");
  });

  it("escapes text and keeps accents", async () => {
    const { document, paragraphs } = await open();
    expect(document).not.toContain("<script>");
    expect(document).toContain("&lt;script&gt;");
    expect(paragraphs.map((p) => p.text)).toEqual(
      expect.arrayContaining([
        "Sterretjes *niet vet* en _geen nadruk_, <script>alert('x')</script> & [geen](link)",
        "Slotwoord van Şükrü Yılmaz en Łukasz Nowak.",
      ]),
    );
  });

  it("numbers pages in the body's footer from the label's placeholders", async () => {
    const { footer } = await open();
    expect(footer).toMatch(
      /Pagina <\/w:t>.*<w:instrText[^>]*>PAGE<\/w:instrText>.*> van <\/w:t>.*<w:instrText[^>]*>NUMPAGES<\/w:instrText>/s,
    );
  });
});
