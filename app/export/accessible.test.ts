import JSZip from "jszip";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import type { ExportImage } from "./document.server.ts";
import { toDocx } from "./docx.server.ts";
import { toHtmlDocument } from "./html.server.ts";
import { toMarkdown } from "./markdown.server.ts";
import { toPdf } from "./pdf.server.ts";
import { dutchLabels, LINK, richEssay } from "./test-fixture.ts";

// The exports as accessible documents: these tests read the structure of the produced files
// (the PDF's structure tree, Word's XML, the HTML's elements), not only their text.

async function image(): Promise<ExportImage> {
  const data = await sharp({
    create: { width: 40, height: 30, channels: 3, background: "#1f4e8c" },
  })
    .png()
    .toBuffer();
  return { data, type: "png", width: 40, height: 30 };
}

/** The objects of a PDF written without compression, by number. */
function objects(pdf: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const m of pdf.matchAll(/(\d+) 0 obj\n([\s\S]*?)\nendobj/g)) map.set(Number(m[1]), m[2]!);
  return map;
}

const ref = (dict: string, key: string): number | null => {
  const m = new RegExp(`/${key} (\\d+) 0 R`).exec(dict);
  return m ? Number(m[1]) : null;
};

type Element = { type: string; alt: string | null; children: Element[] };

/** The structure tree from the catalog's /StructTreeRoot down, in the order it is read. */
function structureTree(pdf: string): { catalog: string; info: string; root: Element[] } {
  const objs = objects(pdf);
  const catalog = [...objs.values()].find((o) => /\/Type \/Catalog/.test(o))!;
  const info = objs.get(Number(/\/Info (\d+) 0 R/.exec(pdf)![1]))!;
  const element = (n: number): Element | null => {
    const dict = objs.get(n) ?? "";
    const type = /^<<\n\/S \/(\w+)/m.exec(dict)?.[1];
    if (!type) return null;
    const kids = /\/K \[([^\]]*)\]/.exec(dict)?.[1] ?? "";
    return {
      type,
      alt: /\/Alt \(([^)]*)\)/.exec(dict)?.[1] ?? null,
      children: [...kids.matchAll(/(\d+) 0 R/g)]
        .map((m) => element(Number(m[1])))
        .filter((e): e is Element => e !== null),
    };
  };
  const treeRoot = objs.get(ref(catalog, "StructTreeRoot")!)!;
  const kids = /\/K \[([^\]]*)\]/.exec(treeRoot)![1]!;
  const root = [...kids.matchAll(/(\d+) 0 R/g)].map((m) => element(Number(m[1]))!);
  return { catalog, info: objs.get(ref(info, "Title")!) ?? "", root };
}

const preorder = (elements: Element[]): Element[] =>
  elements.flatMap((e) => [e, ...preorder(e.children)]);
const shape = (e: Element): string =>
  e.children.length ? `${e.type}(${e.children.map(shape).join(",")})` : e.type;

describe("the tagged PDF", async () => {
  const withImage = { ...richEssay, images: new Map([["/bijlagen/7", await image()]]) };
  const pdf = (await toPdf(withImage, dutchLabels, { compress: false })).toString("latin1");
  const { catalog, info, root } = structureTree(pdf);
  const all = preorder(root);

  it("is marked as tagged, with a structure tree, a language and its title shown", () => {
    const objs = objects(pdf);
    expect(objs.get(ref(catalog, "MarkInfo")!)).toMatch(/\/Marked true/);
    expect(catalog).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(catalog).toContain("/Lang (nl-NL)");
    expect(objs.get(ref(catalog, "ViewerPreferences")!) ?? catalog).toMatch(
      /\/DisplayDocTitle true/,
    );
    expect(info).toBe("(Samen sterker: de sociale basis in Hilversum & Zeist)");
  });

  it("tags headings, paragraphs, tables, figures and lists, in reading order", () => {
    expect(root.map((e) => e.type)).toEqual(["Document"]);
    const body = root[0]!.children.map((e) => e.type);
    expect(body[0]).toBe("H1"); // the title
    // After the title page: the body in the order it is read, then the footnotes as a list.
    expect(body.slice(body.indexOf("H2"))).toEqual(["H2", "P", "Table", "Figure", "P", "H2", "L"]);
    const table = all.find((e) => e.type === "Table")!;
    expect(shape(table)).toBe("Table(TR(TH,TH),TR(TD,TD))");
    const notes = root[0]!.children.at(-1)!;
    expect(shape(notes)).toBe("L(LI(Lbl(Link),LBody(P)),LI(Lbl(Link),LBody(P)))");
  });

  it("gives the figure its alt text and marks the header cells as column headers", () => {
    expect(all.find((e) => e.type === "Figure")!.alt).toBe("Kaart van de wijken");
    expect(pdf).toMatch(/\/Scope \/Column/);
  });

  it("nests lists and quotes as the editor does", async () => {
    const { essay } = await import("./test-fixture.ts");
    const plain = (await toPdf(essay, dutchLabels, { compress: false })).toString("latin1");
    const tree = structureTree(plain).root[0]!.children;
    const lists = tree.filter((e) => e.type === "L").map(shape);
    // "Wat we hoorden": three items, the second holding a nested list of two.
    expect(lists[0]).toBe(
      "L(LI(Lbl,LBody(P)),LI(Lbl,LBody(P,L(LI(Lbl,LBody(P)),LI(Lbl,LBody(P))))),LI(Lbl,LBody(P)))",
    );
    expect(shape(tree.find((e) => e.type === "BlockQuote")!)).toBe(
      "BlockQuote(P,L(LI(Lbl,LBody(P)),LI(Lbl,LBody(P))))",
    );
  });

  it("makes each link a Link element holding its annotation: to a source, a note and back", () => {
    const paragraph = all.find((e) => e.type === "P" && e.children.some((c) => c.type === "Link"));
    expect(paragraph).toBeDefined();
    const objs = objects(pdf);
    const parentTree = [...objs.values()].find((o) => /\/Nums \[/.test(o))!;
    const actions = [...objs]
      .filter(([, o]) => /^<<\n\/S \/Link/.test(o))
      .map(([linkNumber, link]) => {
        // The Link holds an object reference to the annotation, and the annotation points back
        // through the parent tree (its StructParent).
        const annotation = objs.get(Number(/\/Type \/OBJR\s*\/Obj (\d+) 0 R/.exec(link)![1]))!;
        expect(annotation).toMatch(/\/Subtype \/Link/);
        const key = /\/StructParent (\d+)/.exec(annotation)![1];
        expect(parentTree).toMatch(new RegExp(`\\b${key} ${linkNumber} 0 R`));
        return objs.get(ref(annotation, "A")!)!;
      });
    expect(actions.some((a) => a.includes(`/URI (${LINK})`))).toBe(true);
    expect(actions.some((a) => a.includes("/D (voetnoot-1)"))).toBe(true);
    expect(actions.some((a) => a.includes("/D (voetnoot-ref-1)"))).toBe(true);
    // No link annotation is left outside the structure.
    const annotations = [...objs.values()].filter((o) => /\/Subtype \/Link/.test(o));
    expect(annotations).toHaveLength(actions.length);
  });

  it("marks page numbers and rules as artifacts, outside the structure", () => {
    expect(pdf).toMatch(/\/Artifact <<\s*\/Type \/Pagination\s*>> BDC/);
  });
});

describe("the Word export", async () => {
  const withImage = { ...richEssay, images: new Map([["/bijlagen/7", await image()]]) };
  const zip = await JSZip.loadAsync(await toDocx(withImage, dutchLabels));
  const xml = await zip.file("word/document.xml")!.async("string");

  it("marks the table's header row as its header, repeated on every page", () => {
    expect(xml).toMatch(/<w:tbl>/);
    expect(xml).toMatch(/<w:trPr>[\s\S]*?<w:tblHeader\/>[\s\S]*?<\/w:trPr>/);
    // Only the first row is the header.
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
  });

  it("gives the image its alt text", () => {
    expect(xml).toMatch(/<wp:docPr [^>]*descr="Kaart van de wijken"/);
    expect(Object.keys(zip.files).some((name) => name.startsWith("word/media/"))).toBe(true);
  });

  it("turns footnotes into Word endnotes with their text", async () => {
    expect(xml.match(/<w:endnoteReference w:id="\d+"\/>/g)).toHaveLength(2);
    const endnotes = await zip.file("word/endnotes.xml")!.async("string");
    expect(endnotes).toContain("Movisie, Sterke sociale basis (2021).");
    expect(endnotes).toContain("Zie ook de notities van 12 maart &amp; &lt;later&gt;.");
  });

  it("writes an image whose file it does not have as its alt text", async () => {
    const plain = await JSZip.loadAsync(await toDocx(richEssay, dutchLabels));
    expect(await plain.file("word/document.xml")!.async("string")).toContain("Kaart van de wijken");
  });
});

describe("the HTML export", () => {
  const html = toHtmlDocument(richEssay, dutchLabels);

  it("keeps header cells with their scope, the image's alt text and the link", () => {
    expect(html).toContain('<th colspan="1" rowspan="1" scope="col"><p>Gemeente</p></th>');
    expect(html).toContain('<td colspan="1" rowspan="1"><p>Hilversum</p></td>');
    expect(html).toContain('<img src="/bijlagen/7" alt="Kaart van de wijken">');
    expect(html).toContain(`href="${LINK.replace(/&/g, "&amp;")}"`);
  });

  it("numbers the footnotes and lists them at the end, linked both ways", () => {
    expect(html).toContain(
      '<sup class="leerkring-footnote" id="voetnoot-ref-1"><a href="#voetnoot-1" role="doc-noteref">1</a></sup>',
    );
    expect(html).toMatch(
      /<section class="leerkring-footnotes" role="doc-endnotes"><h2[^>]*>Voetnoten<\/h2><ol>/,
    );
    expect(html).toContain(
      '<li id="voetnoot-2">Zie ook de notities van 12 maart &amp; &lt;later&gt;. <a href="#voetnoot-ref-2" role="doc-backlink" aria-label="Terug naar voetnoot 2 in de tekst">↩</a></li>',
    );
  });
});

describe("the Markdown export", () => {
  const md = toMarkdown(richEssay, dutchLabels);

  it("writes a table, an image with its alt text and footnotes", () => {
    expect(md).toContain(
      "| Gemeente | Aanpak |\n| --- | --- |\n| Hilversum | Buurtteams \\| wijkcafés |",
    );
    expect(md).toContain("![Kaart van de wijken](/bijlagen/7)");
    expect(md).toContain(`Buurtteams werken[^1] volgens [het onderzoek](${LINK}).[^2]`);
    expect(md).toContain("[^1]: Movisie, Sterke sociale basis (2021).");
    expect(md).toContain("[^2]: Zie ook de notities van 12 maart \\& \\<later>.");
  });
});
