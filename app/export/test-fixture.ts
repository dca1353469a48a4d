import type { ProseMirrorJSON } from "#shared/editor/render.ts";
import type { ExportDocument, ExportLabels } from "./document.server.ts";

// One essay that uses every node and mark of the editor schema, with Dutch accents and text that
// Markdown and HTML would take for markup. Shared by the exporters' tests; not used by the app.

const text = (value: string, ...marks: ProseMirrorJSON[]): ProseMirrorJSON =>
  marks.length ? { type: "text", text: value, marks } : { type: "text", text: value };
const paragraph = (...content: ProseMirrorJSON[]): ProseMirrorJSON => ({
  type: "paragraph",
  content,
});
const heading = (level: number, value: string): ProseMirrorJSON => ({
  type: "heading",
  attrs: { level },
  content: [text(value)],
});
const item = (...content: ProseMirrorJSON[]): ProseMirrorJSON => ({ type: "listItem", content });
const bullets = (...items: ProseMirrorJSON[]): ProseMirrorJSON => ({
  type: "bulletList",
  content: items,
});
const numbered = (start: number, ...items: ProseMirrorJSON[]): ProseMirrorJSON => ({
  type: "orderedList",
  attrs: { start, type: null },
  content: items,
});
const mark = (type: string, attrs?: Record<string, unknown>): ProseMirrorJSON =>
  attrs ? { type, attrs } : { type };

export const LINK = "https://www.movisie.nl/sociale-basis?x=1&y=2";

export const essayJSON: ProseMirrorJSON = {
  type: "doc",
  content: [
    heading(1, "Inleiding tot de sociale basis"),
    paragraph(
      text("De "),
      text("financiële", mark("bold")),
      text(" ruimte is "),
      text("één", mark("italic")),
      text(" van de "),
      text("vragen", mark("underline")),
      text(", niet "),
      text("de enige", mark("strike")),
      text(". Zie "),
      text("leerkring.config", mark("code")),
      text(" en "),
      text("het kennisdossier", mark("link", { href: LINK })),
      text("."),
    ),
    paragraph(
      text("Sterretjes *niet vet* en _geen nadruk_, <script>alert('x')</script> & [geen](link)"),
    ),
    paragraph(text("Eerste regel"), { type: "hardBreak" }, text("# geen kop, - geen lijst")),
    heading(2, "Wat we hoorden"),
    bullets(
      item(paragraph(text("Buurtteams in Hilversum"))),
      item(
        paragraph(text("Vrijwilligers")),
        bullets(item(paragraph(text("Mantelzorg"))), item(paragraph(text("Taalmaatjes")))),
      ),
      item(paragraph(text("Welzijn op recept"))),
    ),
    heading(3, "Volgende stappen"),
    numbered(
      1,
      item(paragraph(text("Inventariseren"))),
      item(
        paragraph(text("Afspraken maken")),
        numbered(
          1,
          item(paragraph(text("Met de gemeente"))),
          item(paragraph(text("Met partners"))),
        ),
      ),
      item(paragraph(text("Evalueren"))),
    ),
    numbered(4, item(paragraph(text("Vierde punt"))), item(paragraph(text("Vijfde punt")))),
    {
      type: "blockquote",
      content: [
        paragraph(text("Wij zagen dat het café een ontmoetingsplek werd.")),
        bullets(item(paragraph(text("Citaatpunt één"))), item(paragraph(text("Citaatpunt twee")))),
      ],
    },
    paragraph(text("Slotwoord van Şükrü Yılmaz en Łukasz Nowak.")),
  ],
};

export const essay: ExportDocument = {
  title: "Samen sterker: de sociale basis in Hilversum & Zeist",
  subtitle: "Essay bij de themabijeenkomst ‘Wijkgericht werken’",
  summary: "Wat gemeenten leerden over één loket en de financiële kant <van> samenwerking.",
  authors: ["Anna de Vries", "Bram Jansen"],
  date: new Date("2026-03-04T23:30:00Z"), // 5 maart in Amsterdam
  meta: [
    { label: "Thema", value: "Wijkgericht werken" },
    { label: "Gemeente", value: "Hilversum" },
  ],
  json: essayJSON,
  locale: "nl",
  source: "https://leerkring.example/essays/samen-sterker",
};

export const dutchLabels: ExportLabels = {
  author: "Auteur",
  authors: "Auteurs",
  date: "Datum",
  summary: "Samenvatting",
  page: "Pagina {page} van {pages}",
  footnotes: "Voetnoten",
  footnoteBack: "Terug naar voetnoot {number} in de tekst",
};

/** A document with the richer nodes: a table with a header row, an image, footnotes, a link. */
export const richJSON: ProseMirrorJSON = {
  type: "doc",
  content: [
    heading(2, "Wat werkt"),
    paragraph(
      text("Buurtteams werken"),
      { type: "footnote", attrs: { content: "Movisie, Sterke sociale basis (2021)." } },
      text(" volgens "),
      text("het onderzoek", mark("link", { href: LINK })),
      text("."),
      { type: "footnote", attrs: { content: "Zie ook de notities van 12 maart & <later>." } },
    ),
    {
      type: "table",
      content: [
        {
          type: "tableRow",
          content: [
            { type: "tableHeader", content: [paragraph(text("Gemeente"))] },
            { type: "tableHeader", content: [paragraph(text("Aanpak"))] },
          ],
        },
        {
          type: "tableRow",
          content: [
            { type: "tableCell", content: [paragraph(text("Hilversum"))] },
            { type: "tableCell", content: [paragraph(text("Buurtteams | wijkcafés"))] },
          ],
        },
      ],
    },
    { type: "image", attrs: { src: "/bijlagen/7", alt: "Kaart van de wijken" } },
    paragraph(text("Tot slot.")),
  ],
};

export const richEssay: ExportDocument = { ...essay, json: richJSON };
