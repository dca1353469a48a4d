import {
  AlignmentType,
  BorderStyle,
  Document,
  EndnoteReferenceRun,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  SectionType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ILevelsOptions,
  type IParagraphOptions,
  type ParagraphChild,
} from "docx";
import {
  flatten,
  markerLabel,
  type Block,
  type ListMarker,
  type Run,
  type TableCellBlock,
} from "./blocks.server.ts";
import {
  languageTag,
  metadataRows,
  pageLabelParts,
  parseBody,
  type ExportDocument,
  type ExportImage,
  type ExportLabels,
  type ListStyle,
} from "./document.server.ts";

// Word documents that stay editable: headings use Word's own Heading styles (navigation pane,
// table of contents), lists are real numbering definitions, quotes the built-in Quote style.
// Measures are in twentieths of a point, as in WordprocessingML.

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;
const LIST_INDENT = 420;
const HANGING = 300;
const QUOTE_INDENT = 567;
const WORD_LEVELS = 9;
const FORMATS: Record<ListStyle, (typeof LevelFormat)[keyof typeof LevelFormat]> = {
  "1": LevelFormat.DECIMAL,
  a: LevelFormat.LOWER_LETTER,
  A: LevelFormat.UPPER_LETTER,
  i: LevelFormat.LOWER_ROMAN,
  I: LevelFormat.UPPER_ROMAN,
};
const BULLETS = "bullets";

/** A .docx with a title block (title, subtitle, metadata, summary), then the body. */
export async function toDocx(doc: ExportDocument, labels: ExportLabels): Promise<Buffer> {
  const { blocks, footnotes } = flatten(parseBody(doc.json));
  const word = new Document({
    title: doc.title,
    creator: doc.authors.join(", "),
    ...(doc.subtitle ? { subject: doc.subtitle } : {}),
    ...(doc.summary ? { description: doc.summary } : {}),
    styles: styles(doc),
    numbering: { config: numbering(blocks) },
    // The footnotes as Word endnotes: numbered, at the end, each linked both ways by Word itself.
    endnotes: Object.fromEntries(
      footnotes.map((text, i) => [String(i + 1), { children: [new Paragraph(text)] }]),
    ),
    sections: [
      { children: titleBlock(doc, labels) },
      {
        properties: { type: SectionType.NEXT_PAGE },
        footers: { default: footer(labels.page) },
        children: blocks.map((block) => childOf(block, doc.images)),
      },
    ],
  });
  return Packer.toBuffer(word);
}

function styles(doc: ExportDocument) {
  const heading = (size: number, before: number) => ({
    run: { size, bold: true, color: "1A1A1A" },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: { size: 22, language: { value: languageTag(doc.locale) } },
        // lineRule spelled out: LibreOffice reads a bare w:line as an exact height.
        paragraph: { spacing: { after: 140, line: 288, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { size: 52, bold: true, color: "1A1A1A" },
        paragraph: { spacing: { after: 120 } },
      },
      heading1: heading(36, 360),
      heading2: heading(30, 300),
      heading3: heading(25, 240),
      heading4: heading(22, 200),
      heading5: heading(22, 200),
      heading6: heading(22, 200),
    },
    paragraphStyles: [
      {
        id: "Subtitle",
        name: "Subtitle",
        basedOn: "Normal",
        next: "Normal",
        quickFormat: true,
        run: { italics: true, size: 28, color: "595959" },
        paragraph: { spacing: { after: 360 } },
      },
      {
        id: "Footer",
        name: "footer",
        basedOn: "Normal",
        run: { size: 18, color: "5A5A5A" },
        paragraph: { alignment: AlignmentType.RIGHT, spacing: { after: 0 } },
      },
      {
        id: "Quote",
        name: "Quote",
        basedOn: "Normal",
        next: "Normal",
        quickFormat: true,
        run: { color: "404040" },
        paragraph: {
          indent: { left: QUOTE_INDENT },
          border: { left: { style: BorderStyle.SINGLE, size: 12, color: "B5B5B5", space: 8 } },
        },
      },
    ],
  };
}

function titleBlock(doc: ExportDocument, labels: ExportLabels): Paragraph[] {
  const labelled = (label: string, value: string) =>
    new Paragraph({
      spacing: { after: 60 },
      children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)],
    });
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }),
    ...(doc.subtitle ? [new Paragraph({ style: "Subtitle", text: doc.subtitle })] : []),
    ...metadataRows(doc, labels).map((row) => labelled(row.label, row.value)),
    ...(doc.summary
      ? [
          new Paragraph({
            spacing: { before: 360 },
            children: [new TextRun({ text: labels.summary, bold: true })],
          }),
          new Paragraph(doc.summary),
        ]
      : []),
    ...(doc.source ? [new Paragraph({ spacing: { before: 360 }, text: doc.source })] : []),
  ];
}

function footer(pageLabel: string): Footer {
  const parts = pageLabelParts(pageLabel).map((part) =>
    part === "{page}" ? PageNumber.CURRENT : part === "{pages}" ? PageNumber.TOTAL_PAGES : part,
  );
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        // A run per part: a page field shares no formatting with text in its run in every reader.
        children: parts.map((part) => new TextRun({ children: [part], size: 18, color: "5A5A5A" })),
      }),
    ],
  });
}

function reference(marker: ListMarker): string {
  return marker.ordered ? `list-${marker.list}` : BULLETS;
}

/**
 * One numbering definition per ordered list, so each counts from its own start (Word would
 * otherwise continue a list's numbers in the next one); all bullet lists share one.
 */
function numbering(blocks: Block[]) {
  const lists = new Map<string, ListMarker>();
  for (const block of blocks) {
    if (block.marker) lists.set(reference(block.marker), block.marker);
  }
  return [...lists].map(([ref, marker]) => ({
    reference: ref,
    levels: Array.from({ length: WORD_LEVELS }, (_, level): ILevelsOptions => {
      const indent = { left: (level + 1) * LIST_INDENT, hanging: HANGING };
      return marker.ordered
        ? {
            level,
            format: FORMATS[marker.style],
            text: `%${level + 1}.`,
            start: marker.start,
            alignment: AlignmentType.START,
            style: { paragraph: { indent } },
          }
        : {
            level,
            format: LevelFormat.BULLET,
            text: markerLabel(marker, level),
            alignment: AlignmentType.START,
            style: { paragraph: { indent } },
          };
    }),
  }));
}

function childOf(block: Block, images: ExportDocument["images"]): Paragraph | Table {
  if (block.rows) return tableOf(block.rows);
  if (block.image) return imageOf(block.image, images?.get(block.image.src));
  return paragraphOf(block);
}

/** A Word table; the editor's header row repeats on every page and is marked as the header. */
function tableOf(rows: TableCellBlock[][]): Table {
  const columns = Math.max(1, ...rows.map((r) => r.reduce((n, c) => n + c.colspan, 0)));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: Array.from({ length: columns }, () => Math.floor(9000 / columns)),
    rows: rows.map(
      (cells, index) =>
        new TableRow({
          tableHeader: index === 0 && cells.length > 0 && cells.every((c) => c.header),
          cantSplit: true,
          children: cells.map(
            (cell) =>
              new TableCell({
                ...(cell.colspan > 1 ? { columnSpan: cell.colspan } : {}),
                ...(cell.rowspan > 1 ? { rowSpan: cell.rowspan } : {}),
                children: (cell.paragraphs.length ? cell.paragraphs : [[]]).map(
                  (runs) =>
                    new Paragraph({
                      spacing: { after: 60 },
                      children: childrenOf(
                        cell.header
                          ? runs.map((r) => (r.kind === "text" ? { ...r, bold: true } : r))
                          : runs,
                      ),
                    }),
                ),
              }),
          ),
        }),
    ),
  });
}

/** An image with its alt text (Word's "Alternatieve tekst"); without its file, the alt text. */
function imageOf(image: { src: string; alt: string }, file: ExportImage | undefined): Paragraph {
  if (!file) return new Paragraph({ children: [new TextRun({ text: image.alt, italics: true })] });
  const width = Math.min(file.width, 600);
  return new Paragraph({
    children: [
      new ImageRun({
        type: file.type,
        data: file.data,
        transformation: { width, height: Math.round((file.height * width) / file.width) },
        altText: { name: image.src, title: image.alt, description: image.alt },
      }),
    ],
  });
}

function paragraphOf(block: Block): Paragraph {
  const left = block.quoteDepth * QUOTE_INDENT + block.listDepth * LIST_INDENT;
  const options: IParagraphOptions = {
    children: childrenOf(block.runs),
    // Set on every paragraph, so quotes and the text under a list item line up when nested.
    ...(left > 0 ? { indent: { left, ...(block.marker ? { hanging: HANGING } : {}) } } : {}),
    ...(block.marker
      ? {
          numbering: { reference: reference(block.marker), level: block.listDepth - 1 },
          spacing: { after: 60 },
        }
      : {}),
  };
  if (block.kind === "heading")
    return new Paragraph({ ...options, heading: HEADINGS[block.level - 1] });
  return new Paragraph(block.quoteDepth > 0 ? { ...options, style: "Quote" } : options);
}

function childrenOf(runs: Run[]): ParagraphChild[] {
  // Neighbouring runs with the same link become one hyperlink, as in the editor.
  const groups: { href: string | null; runs: (TextRun | EndnoteReferenceRun)[] }[] = [];
  for (const run of runs) {
    if (run.kind === "footnote") {
      groups.push({ href: null, runs: [new EndnoteReferenceRun(run.number)] });
      continue;
    }
    const href = run.kind === "text" ? run.href : null;
    const last = groups.at(-1);
    const group = last && last.href === href ? last : { href, runs: [] };
    if (group !== last) groups.push(group);
    group.runs.push(
      run.kind === "break"
        ? new TextRun({ break: 1 })
        : new TextRun({
            text: run.text,
            // Unset rather than false: false would override the style, e.g. a heading's bold.
            bold: run.bold || undefined,
            italics: run.italic || undefined,
            strike: run.strike || undefined,
            ...(run.underline ? { underline: {} } : {}),
            ...(run.code ? { font: "Consolas" } : {}),
            ...(href ? { style: "Hyperlink" } : {}),
          }),
    );
  }
  return groups.flatMap((group): ParagraphChild[] =>
    group.href ? [new ExternalHyperlink({ link: group.href, children: group.runs })] : group.runs,
  );
}
