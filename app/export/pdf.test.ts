import { PDFParse } from "pdf-parse";
import { describe, expect, it } from "vitest";
import type { ProseMirrorJSON } from "#shared/editor/render.ts";
import { toPdf } from "./pdf.server.ts";
import { dutchLabels, essay, LINK } from "./test-fixture.ts";

async function readPdf(pdf: Buffer) {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const text = await parser.getText();
    const info = await parser.getInfo({ parsePageInfo: true });
    return { text, info };
  } finally {
    await parser.destroy();
  }
}

const lines = (text: string) => text.split("\n").map((line) => line.trim());

describe("the PDF export", () => {
  it("opens with a title page that holds the title and the metadata", async () => {
    const { text } = await readPdf(await toPdf(essay, dutchLabels));
    const titlePage = text.pages[0]!.text;
    expect(titlePage.replace(/\s+/g, " ")).toContain(
      "Samen sterker: de sociale basis in Hilversum & Zeist",
    );
    expect(titlePage).toContain("Essay bij de themabijeenkomst ‘Wijkgericht werken’");
    expect(lines(titlePage)).toEqual(
      expect.arrayContaining([
        "Auteurs Anna de Vries en Bram Jansen",
        "Datum 5 maart 2026",
        "Thema Wijkgericht werken",
        "Gemeente Hilversum",
        "Samenvatting",
        "Wat gemeenten leerden over één loket en de financiële kant <van> samenwerking.",
        "https://leerkring.example/essays/samen-sterker",
      ]),
    );
    expect(titlePage).not.toContain("Inleiding tot de sociale basis");
    expect(titlePage).not.toContain("Pagina");
  });

  it("sets the body with headings, numbered and nested lists, quotes and accents", async () => {
    const { text } = await readPdf(await toPdf(essay, dutchLabels));
    expect(text.total).toBeGreaterThanOrEqual(2);
    const body = lines(
      text.pages
        .slice(1)
        .map((page) => page.text)
        .join("\n"),
    );
    const order = [
      "Inleiding tot de sociale basis",
      "Sterretjes *niet vet* en _geen nadruk_, <script>alert('x')</script> & [geen](link)",
      "Eerste regel",
      "# geen kop, - geen lijst",
      "Wat we hoorden",
      "• Buurtteams in Hilversum",
      "• Vrijwilligers",
      "– Mantelzorg",
      "– Taalmaatjes",
      "• Welzijn op recept",
      "Volgende stappen",
      "1. Inventariseren",
      "2. Afspraken maken",
      "1. Met de gemeente",
      "2. Met partners",
      "3. Evalueren",
      "4. Vierde punt",
      "5. Vijfde punt",
      "Wij zagen dat het café een ontmoetingsplek werd.",
      "• Citaatpunt één",
      "• Citaatpunt twee",
      "Slotwoord van Şükrü Yılmaz en Łukasz Nowak.",
    ];
    const positions = order.map((line) => body.indexOf(line));
    expect(positions).not.toContain(-1);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(body.join(" ")).toContain(
      "De financiële ruimte is één van de vragen, niet de enige. Zie leerkring.config en het",
    );
  });

  it("carries metadata, A4 pages, page numbers, bookmarks and a clickable link", async () => {
    const { text, info } = await readPdf(await toPdf(essay, dutchLabels));
    expect(info.info).toMatchObject({
      Title: essay.title,
      Author: "Anna de Vries, Bram Jansen",
      Subject: essay.subtitle,
      Language: "nl-NL",
    });
    for (const page of info.pages) {
      expect([Math.round(page.width), Math.round(page.height)]).toEqual([595, 842]);
    }
    expect(text.pages[1]!.text).toContain(`Pagina 2 van ${text.total}`);
    expect(info.pages.flatMap((page) => page.links).map((link) => link.url)).toContain(LINK);
    const outline = info.outline?.map((item) => [item.title, item.items.map((i) => i.title)]);
    expect(outline).toEqual([["Inleiding tot de sociale basis", ["Wat we hoorden"]]]);
  });

  it("numbers every page of a long document and keeps a long quote whole", async () => {
    const sentence = "Een zin over de sociale basis die de bladzijde vult. ".repeat(20);
    const paragraph: ProseMirrorJSON = {
      type: "paragraph",
      content: [{ type: "text", text: sentence }],
    };
    const json: ProseMirrorJSON = {
      type: "doc",
      content: [
        ...Array<ProseMirrorJSON>(4).fill(paragraph),
        { type: "blockquote", content: Array<ProseMirrorJSON>(4).fill(paragraph) },
        paragraph,
      ],
    };
    const { text } = await readPdf(await toPdf({ ...essay, json }, dutchLabels));
    expect(text.total).toBeGreaterThanOrEqual(4);
    for (const page of text.pages.slice(1)) {
      expect(page.text).toContain(`Pagina ${page.num} van ${text.total}`);
    }
    expect(text.text.match(/bladzijde/g)).toHaveLength(9 * 20);
  });

  it("is only a title page when the document is empty", async () => {
    const empty = { ...essay, json: { type: "doc", content: [{ type: "paragraph" }] } };
    const { text } = await readPdf(await toPdf(empty, dutchLabels));
    // An empty paragraph still makes a body page; a document without blocks has none.
    expect(text.total).toBe(2);
    const none = { ...essay, json: { type: "doc", content: [] } };
    expect((await readPdf(await toPdf(none, dutchLabels))).text.total).toBe(1);
  });
});
