import fs from "node:fs";
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import {
  flatten,
  markerLabel,
  type Block,
  type Container,
  type Run,
  type TableCellBlock,
  type TextStyle,
} from "./blocks.server.ts";
import {
  languageTag,
  metadataRows,
  parseBody,
  type ExportDocument,
  type ExportImage,
  type ExportLabels,
} from "./document.server.ts";

// Source Serif 4 and Source Code Pro are embedded (subset by pdfkit) rather than the standard PDF
// fonts: those only know WinAnsi, and names such as "Şükrü Yılmaz" or "Łukasz" must print too.
const require = createRequire(import.meta.url);
const FONT_FILES = {
  regular: "@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf",
  italic: "@expo-google-fonts/source-serif-4/400Regular_Italic/SourceSerif4_400Regular_Italic.ttf",
  semibold: "@expo-google-fonts/source-serif-4/600SemiBold/SourceSerif4_600SemiBold.ttf",
  bold: "@expo-google-fonts/source-serif-4/700Bold/SourceSerif4_700Bold.ttf",
  boldItalic: "@expo-google-fonts/source-serif-4/700Bold_Italic/SourceSerif4_700Bold_Italic.ttf",
  mono: "@expo-google-fonts/source-code-pro/400Regular/SourceCodePro_400Regular.ttf",
} as const;
type Font = keyof typeof FONT_FILES;

let fontData: [Font, Buffer][] | undefined;
function loadFonts(): [Font, Buffer][] {
  fontData ??= Object.entries(FONT_FILES).map(([name, file]) => [
    name as Font,
    fs.readFileSync(require.resolve(file)),
  ]);
  return fontData;
}

const MARGIN = { top: 72, bottom: 72, left: 80, right: 80 };
const BODY = { size: 10.5, lineGap: 4 };
const HEADINGS: Record<number, { size: number; before: number; after: number }> = {
  1: { size: 19, before: 22, after: 8 },
  2: { size: 15, before: 18, after: 6 },
  3: { size: 12.5, before: 14, after: 4 },
};
const MINOR_HEADING = { size: 11, before: 12, after: 3 };
const PARAGRAPH_GAP = 7;
const LIST_ITEM_GAP = 3;
const QUOTE_INDENT = 20;
const LIST_INDENT = 20;
const MARKER_GAP = 6;
const COLOR = {
  text: "#1a1a1a",
  muted: "#5a5a5a",
  quote: "#333333",
  link: "#1f4e8c",
  rule: "#b5b5b5",
};

type Position = { page: number; y: number };
type Struct = PDFKit.PDFStructureElement;

/** Options for tests: `compress: false` leaves the content and structure readable. */
export type PdfOptions = { compress?: boolean };

/**
 * A4 PDF: a title page with the metadata, then the body, with page numbers in the footer. It is a
 * tagged PDF (PDF/UA's structure): every piece of text belongs to a structure element (H1–H6, P,
 * L/LI/Lbl/LBody, BlockQuote, Table/TR/TH/TD, Figure with its alt text, Link) in reading order,
 * and what is only decoration (rules, footers) is marked as an artifact.
 */
export async function toPdf(
  doc: ExportDocument,
  labels: ExportLabels,
  options: PdfOptions = {},
): Promise<Buffer> {
  const { blocks, footnotes } = flatten(parseBody(doc.json));
  const pdf = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    bufferPages: true, // footers and quote rules are drawn once all pages exist
    tagged: true,
    pdfVersion: "1.7",
    compress: options.compress ?? true,
    lang: languageTag(doc.locale),
    displayTitle: true,
    font: require.resolve(FONT_FILES.regular),
    info: {
      Title: doc.title,
      Author: doc.authors.join(", "),
      ...(doc.subtitle ? { Subject: doc.subtitle } : {}),
    },
  });
  for (const [name, data] of loadFonts()) pdf.registerFont(name, data);
  jumpsInLinkElements(pdf);
  const done = collect(pdf);
  const root = pdf.struct("Document");
  pdf.addStructure(root);

  titlePage(pdf, root, doc, labels);
  if (blocks.length > 0) {
    pdf.addPage();
    body(pdf, root, blocks, doc.images);
    if (footnotes.length > 0) notes(pdf, root, footnotes, labels.footnotes);
  }
  root.end();
  footers(pdf, doc.title, labels.page);
  pdf.end();
  return done;
}

/** Adds a structure element of this type under `parent`, with what `draw` puts on the page. */
function tag(
  pdf: PDFKit.PDFDocument,
  parent: Struct,
  type: string,
  draw: (() => void) | null,
  options: PDFKit.Mixins.StructureElementOptions = {},
): Struct {
  const element = pdf.struct(type, options);
  parent.add(element);
  if (draw) {
    element.add(draw);
    element.end();
  }
  return element;
}

/** Draws decoration that a screen reader skips. */
function artifact(
  pdf: PDFKit.PDFDocument,
  draw: () => void,
  type: "Layout" | "Pagination" = "Layout",
): void {
  pdf.markContent("Artifact", { type });
  draw();
  pdf.endMarkedContent();
}

/**
 * pdfkit gives a text's web link annotation to the Link element it is drawn in, but draws an
 * internal jump (a footnote's number, its way back) without one. This does for the jumps what
 * pdfkit does for web links, so a screen reader announces them as links too.
 */
function jumpsInLinkElements(pdf: PDFKit.PDFDocument): void {
  // What pdfkit reads for web links and @types/pdfkit does not declare: the element being drawn,
  // and an annotation's structure parent.
  type Drawing = { _currentStructureElement?: Struct & { dictionary: { data: { S: string } } } };
  type Jump = PDFKit.Mixins.AnnotationOption & { structParent?: Struct };
  const goTo = pdf.goTo.bind(pdf);
  pdf.goTo = (x, y, w, h, name, options = {}) => {
    const current = (pdf as unknown as Drawing)._currentStructureElement;
    const jump: Jump =
      current?.dictionary.data.S === "Link"
        ? { ...options, structParent: current, Contents: "" }
        : options;
    return goTo(x, y, w, h, name, jump);
  };
}

function collect(pdf: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });
}

function contentWidth(pdf: PDFKit.PDFDocument): number {
  return pdf.page.width - MARGIN.left - MARGIN.right;
}

function bottom(pdf: PDFKit.PDFDocument): number {
  return pdf.page.height - MARGIN.bottom;
}

/** The height of one line of body text at this size, as pdfkit advances it. */
function lineHeightOf(pdf: PDFKit.PDFDocument, size: number): number {
  return pdf.font("regular").fontSize(size).currentLineHeight(true) + BODY.lineGap;
}

function currentPage(pdf: PDFKit.PDFDocument): number {
  const range = pdf.bufferedPageRange();
  return range.start + range.count - 1;
}

function titlePage(
  pdf: PDFKit.PDFDocument,
  root: Struct,
  doc: ExportDocument,
  labels: ExportLabels,
): void {
  const width = contentWidth(pdf);
  const x = MARGIN.left;
  pdf.y = MARGIN.top + 120;
  tag(pdf, root, "H1", () => {
    pdf.font("semibold").fontSize(26).fillColor(COLOR.text);
    pdf.text(doc.title, x, pdf.y, { width, lineGap: 2 });
  });
  if (doc.subtitle) {
    tag(pdf, root, "P", () => {
      pdf.moveDown(0.4).font("italic").fontSize(13).fillColor(COLOR.muted);
      pdf.text(doc.subtitle!, x, pdf.y, { width, lineGap: 2 });
    });
  }
  pdf.y += 22;
  artifact(pdf, () =>
    pdf
      .moveTo(x, pdf.y)
      .lineTo(x + 60, pdf.y)
      .lineWidth(1.5)
      .strokeColor(COLOR.link)
      .stroke(),
  );
  pdf.y += 22;

  const labelWidth = 110;
  for (const row of metadataRows(doc, labels)) {
    const y = pdf.y;
    let labelEnd = y;
    // One paragraph per fact, "label value", in reading order.
    tag(pdf, root, "P", () => {
      pdf.font("semibold").fontSize(9).fillColor(COLOR.muted);
      pdf.text(row.label, x, y + 1, { width: labelWidth - 10 });
      labelEnd = pdf.y;
      pdf.font("regular").fontSize(BODY.size).fillColor(COLOR.text);
      pdf.text(row.value, x + labelWidth, y, { width: width - labelWidth, lineGap: 2 });
    });
    pdf.y = Math.max(pdf.y, labelEnd) + 6;
  }

  if (doc.summary) {
    pdf.y += 18;
    tag(pdf, root, "P", () => {
      pdf.font("semibold").fontSize(9).fillColor(COLOR.muted);
      pdf.text(labels.summary, x, pdf.y, { width });
    });
    tag(pdf, root, "P", () => {
      pdf.moveDown(0.4).font("regular").fontSize(BODY.size).fillColor(COLOR.text);
      pdf.text(doc.summary!, x, pdf.y, { width, lineGap: BODY.lineGap });
    });
  }

  if (doc.source) {
    pdf.font("regular").fontSize(9).fillColor(COLOR.muted);
    const height = pdf.heightOfString(doc.source, { width });
    // At the foot of the title page, unless the summary already reaches there.
    const y = Math.max(pdf.y + 18, bottom(pdf) - height);
    tag(pdf, root, "P", () => belowMargin(pdf, () => pdf.text(doc.source!, x, y, { width })));
  }
}

/** The open structure elements of the containers around the current block (quotes, lists). */
type OpenContainer = { id: number; element: Struct; content: Struct };

function openContainers(
  pdf: PDFKit.PDFDocument,
  root: Struct,
  stack: OpenContainer[],
  path: Container[],
  drawMarker: (container: Extract<Container, { kind: "item" }>) => void,
): Struct {
  let same = 0;
  while (same < stack.length && same < path.length && stack[same]!.id === path[same]!.id) same++;
  while (stack.length > same) {
    const closed = stack.pop()!;
    closed.content.end();
    closed.element.end();
  }
  for (const container of path.slice(same)) {
    const parent = stack.at(-1)?.content ?? root;
    if (container.kind === "item") {
      const item = tag(pdf, parent, "LI", null);
      tag(pdf, item, "Lbl", () => drawMarker(container));
      stack.push({ id: container.id, element: item, content: tag(pdf, item, "LBody", null) });
    } else {
      const element = tag(pdf, parent, container.kind === "list" ? "L" : "BlockQuote", null);
      stack.push({ id: container.id, element, content: element });
    }
  }
  return stack.at(-1)?.content ?? root;
}

function closeContainers(stack: OpenContainer[]): void {
  while (stack.length > 0) {
    const closed = stack.pop()!;
    closed.content.end();
    closed.element.end();
  }
}

function body(
  pdf: PDFKit.PDFDocument,
  root: Struct,
  blocks: Block[],
  images: ExportDocument["images"],
): void {
  const stack: OpenContainer[] = [];
  const quotes: { from: Position; to: Position; depth: number }[] = [];
  const open: Position[] = []; // open[d - 1]: where the quote at depth d began
  const outline: { level: number; item: PDFKit.PDFOutline }[] = [];
  let end: Position = { page: currentPage(pdf), y: pdf.y };

  blocks.forEach((block, index) => {
    if (block.kind === "table" || block.kind === "image") {
      while (open.length > block.quoteDepth) {
        quotes.push({ from: open.pop()!, to: end, depth: open.length + 1 });
      }
      if (pdf.y + lineHeightOf(pdf, BODY.size) * 2 > bottom(pdf)) pdf.addPage();
      while (open.length < block.quoteDepth) open.push({ page: currentPage(pdf), y: pdf.y });
      const parent = openContainers(pdf, root, stack, block.path, () => undefined);
      const x = MARGIN.left + block.quoteDepth * QUOTE_INDENT + block.listDepth * LIST_INDENT;
      const width = pdf.page.width - MARGIN.right - x;
      if (block.rows) table(pdf, parent, block.rows, x, width);
      else figure(pdf, parent, block.image!, images?.get(block.image!.src), x, width);
      end = { page: currentPage(pdf), y: pdf.y };
      pdf.y += PARAGRAPH_GAP;
      return;
    }
    const heading = block.kind === "heading" ? (HEADINGS[block.level] ?? MINOR_HEADING) : null;
    const size = heading?.size ?? BODY.size;
    const lineHeight = lineHeightOf(pdf, size);
    while (open.length > block.quoteDepth) {
      quotes.push({ from: open.pop()!, to: end, depth: open.length + 1 });
    }
    if (heading && pdf.y > MARGIN.top) pdf.y += heading.before;
    // A heading keeps two lines of what follows on its page; a list marker its item's first line.
    const needed = heading
      ? lineHeight + heading.after + 2 * lineHeightOf(pdf, BODY.size)
      : lineHeight;
    if (pdf.y + needed > bottom(pdf)) pdf.addPage();
    while (open.length < block.quoteDepth) open.push({ page: currentPage(pdf), y: pdf.y });
    if (heading) {
      // Bookmarks in the viewer's sidebar, nested as the headings are.
      while ((outline.at(-1)?.level ?? 0) >= block.level) outline.pop();
      const parent = outline.at(-1)?.item ?? pdf.outline;
      outline.push({ level: block.level, item: parent.addItem(plainText(block.runs)) });
    }

    const x = MARGIN.left + block.quoteDepth * QUOTE_INDENT + block.listDepth * LIST_INDENT;
    const width = pdf.page.width - MARGIN.right - x;
    const color = block.quoteDepth > 0 ? COLOR.quote : COLOR.text;
    const y = pdf.y;
    const parent = openContainers(pdf, root, stack, block.path, (item) => {
      pdf.font("regular").fontSize(size).fillColor(color);
      pdf.text(markerLabel(item.marker, block.listDepth - 1), x - LIST_INDENT - 10, y, {
        width: LIST_INDENT + 10 - MARKER_GAP,
        align: "right",
        lineBreak: false,
      });
      pdf.y = y;
    });
    const element = tag(pdf, parent, heading ? `H${Math.min(block.level, 6)}` : "P", null);
    writeRuns(pdf, element, block.runs, x, y, width, { size, heading: heading !== null, color });
    element.end();
    end = { page: currentPage(pdf), y: pdf.y - BODY.lineGap };

    const next = blocks[index + 1];
    const inList = block.listDepth > 0 && next !== undefined && next.listDepth > 0;
    pdf.y += heading ? heading.after : inList ? LIST_ITEM_GAP : PARAGRAPH_GAP;
  });
  while (open.length > 0) quotes.push({ from: open.pop()!, to: end, depth: open.length + 1 });
  closeContainers(stack);

  const last = currentPage(pdf);
  for (const quote of quotes) {
    artifact(pdf, () => quoteRule(pdf, quote.from, quote.to, quote.depth));
  }
  pdf.switchToPage(last);
}

/**
 * Writes a block's runs as the content of `element`; a link to a source is a Link element of its
 * own, holding its text and its annotation (the annotation's StructParent points back to it), so
 * a screen reader announces it as a link where it is read.
 */
function writeRuns(
  pdf: PDFKit.PDFDocument,
  element: Struct,
  runs: Run[],
  x: number,
  y: number,
  width: number,
  base: { size: number; heading: boolean; color: string },
): void {
  // pdfkit breaks a continued line only at a newline that starts a segment, so a hard break
  // becomes the start of the next segment; a trailing one shows nothing, as in the editor.
  const segments: ({ text: string; goTo?: string } & TextStyle)[] = [];
  let breaks = "";
  for (const run of runs) {
    if (run.kind === "break") breaks += "\n";
    else if (run.kind === "footnote") {
      // "[1]", a link to the note; the note links back here.
      pdf.addNamedDestination(`voetnoot-ref-${run.number}`, "XYZ", x, pdf.page.height - y, null);
      segments.push({ ...PLAIN, text: `${breaks}[${run.number}]`, goTo: `voetnoot-${run.number}` });
      breaks = "";
    } else {
      segments.push({ ...run, text: breaks + run.text });
      breaks = "";
    }
  }
  if (segments.length === 0) {
    element.add(() => {
      pdf.y = y + lineHeightOf(pdf, base.size); // an empty paragraph is a blank line
    });
    return;
  }
  segments.forEach((segment, index) => {
    const draw = () => writeSegment(segment, index);
    if (segment.href === null && segment.goTo === undefined) element.add(draw);
    else tag(pdf, element, "Link", draw);
  });

  function writeSegment(segment: (typeof segments)[number], index: number): void {
    pdf
      .font(fontFor(segment, base.heading))
      .fontSize(segment.code ? base.size * 0.9 : base.size)
      .fillColor(segment.href ? COLOR.link : base.color);
    // pdfkit carries options over between continued calls, so every one is set each time.
    const options = {
      width,
      lineGap: BODY.lineGap,
      continued: index < segments.length - 1,
      link: segment.href,
      goTo: segment.goTo as string, // undefined clears a carried-over goTo
      underline: segment.underline || segment.href !== null,
      strike: segment.strike,
    };
    if (index === 0) pdf.text(segment.text, x, y, options);
    else pdf.text(segment.text, options);
  }
}

const PLAIN: TextStyle = {
  bold: false,
  italic: false,
  underline: false,
  strike: false,
  code: false,
  href: null,
};

function plainText(runs: Run[]): string {
  return runs
    .map((run) =>
      run.kind === "text" ? run.text : run.kind === "footnote" ? `[${run.number}]` : " ",
    )
    .join("");
}

/**
 * A table through pdfkit's own, which tags it (Table, TR, TH with its scope, TD); the header
 * row's cells are column headers, a header cell further down heads its row.
 */
function table(
  pdf: PDFKit.PDFDocument,
  parent: Struct,
  rows: TableCellBlock[][],
  x: number,
  width: number,
): void {
  pdf
    .font("regular")
    .fontSize(BODY.size * 0.95)
    .fillColor(COLOR.text);
  // structParent is pdfkit's (0.17+), not yet in @types/pdfkit.
  const options = {
    position: { x, y: pdf.y },
    maxWidth: width,
    structParent: parent,
    defaultStyle: {
      padding: 4,
      border: 0.5,
      borderColor: COLOR.rule,
      textColor: COLOR.text,
    },
    data: rows.map((cells, rowIndex) =>
      cells.map((cell) => ({
        text: cell.paragraphs.map(plainText).join("\n"),
        ...(cell.colspan > 1 ? { colSpan: cell.colspan } : {}),
        ...(cell.rowspan > 1 ? { rowSpan: cell.rowspan } : {}),
        ...(cell.header
          ? {
              type: "TH" as const,
              scope: rowIndex === 0 ? ("Column" as const) : ("Row" as const),
              font: { src: "semibold" },
              backgroundColor: "#f2f2f2",
            }
          : { type: "TD" as const }),
      })),
    ),
  };
  pdf.table(options as PDFKit.Mixins.TableOptionsWithData);
  pdf.x = MARGIN.left;
}

/** An image as a Figure with its alt text; without its file, the alt text as a paragraph. */
function figure(
  pdf: PDFKit.PDFDocument,
  parent: Struct,
  image: { src: string; alt: string },
  file: ExportImage | undefined,
  x: number,
  width: number,
): void {
  if (!file) {
    tag(pdf, parent, "P", () => {
      pdf.font("italic").fontSize(BODY.size).fillColor(COLOR.muted);
      pdf.text(image.alt, x, pdf.y, { width, lineGap: BODY.lineGap });
    });
    return;
  }
  const scale = Math.min(1, width / file.width, (bottom(pdf) - MARGIN.top) / file.height);
  const height = file.height * scale;
  if (pdf.y + height > bottom(pdf)) pdf.addPage();
  const y = pdf.y;
  tag(pdf, parent, "Figure", () => pdf.image(file.data, x, y, { width: file.width * scale }), {
    alt: image.alt,
  });
  pdf.y = y + height;
}

/** The footnotes after the body: a heading and a numbered list, each number linking back. */
function notes(pdf: PDFKit.PDFDocument, root: Struct, texts: string[], heading: string): void {
  const style = HEADINGS[2]!;
  pdf.y += style.before;
  if (pdf.y + 3 * lineHeightOf(pdf, BODY.size) > bottom(pdf)) pdf.addPage();
  tag(pdf, root, "H2", () => {
    pdf.font("semibold").fontSize(style.size).fillColor(COLOR.text);
    pdf.text(heading, MARGIN.left, pdf.y, { width: contentWidth(pdf) });
  });
  pdf.y += style.after;
  const list = tag(pdf, root, "L", null);
  const x = MARGIN.left + LIST_INDENT;
  const width = pdf.page.width - MARGIN.right - x;
  texts.forEach((text, i) => {
    const n = i + 1;
    pdf.font("regular").fontSize(BODY.size * 0.95);
    if (pdf.y + lineHeightOf(pdf, BODY.size) > bottom(pdf)) pdf.addPage();
    const y = pdf.y;
    pdf.addNamedDestination(`voetnoot-${n}`, "XYZ", MARGIN.left, pdf.page.height - y, null);
    const item = tag(pdf, list, "LI", null);
    const label = tag(pdf, item, "Lbl", null);
    tag(pdf, label, "Link", () => {
      pdf.fillColor(COLOR.link);
      pdf.text(`${n}.`, MARGIN.left - 10, y, {
        width: LIST_INDENT + 10 - MARKER_GAP,
        align: "right",
        lineBreak: false,
        goTo: `voetnoot-ref-${n}`,
      });
    });
    label.end();
    const itemBody = tag(pdf, item, "LBody", null);
    tag(pdf, itemBody, "P", () => {
      pdf.fillColor(COLOR.text);
      pdf.text(text, x, y, { width, lineGap: BODY.lineGap });
    });
    itemBody.end();
    item.end();
    pdf.y += LIST_ITEM_GAP;
  });
  list.end();
}

function fontFor(style: TextStyle, heading: boolean): Font {
  if (style.code) return "mono";
  if (style.italic) return style.bold || heading ? "boldItalic" : "italic";
  if (style.bold) return "bold";
  return heading ? "semibold" : "regular";
}

function quoteRule(pdf: PDFKit.PDFDocument, from: Position, to: Position, depth: number): void {
  const x = MARGIN.left + (depth - 1) * QUOTE_INDENT + 4;
  for (let page = from.page; page <= to.page; page++) {
    pdf.switchToPage(page);
    const top = page === from.page ? from.y : MARGIN.top;
    const end = page === to.page ? to.y : bottom(pdf);
    pdf.moveTo(x, top).lineTo(x, end).lineWidth(1.5).strokeColor(COLOR.rule).stroke();
  }
}

function footers(pdf: PDFKit.PDFDocument, title: string, pageLabel: string): void {
  const { start, count } = pdf.bufferedPageRange();
  const width = contentWidth(pdf);
  // The title page carries no footer; numbers count it, so they match the viewer's.
  for (let page = start + 1; page < start + count; page++) {
    pdf.switchToPage(page);
    const y = pdf.page.height - MARGIN.bottom / 2 - 4;
    const label = pageLabel
      .replace("{page}", String(page - start + 1))
      .replace("{pages}", String(count));
    artifact(
      pdf,
      () =>
        belowMargin(pdf, () => {
          pdf.font("regular").fontSize(8.5).fillColor(COLOR.muted);
          pdf.text(title, MARGIN.left, y, { width: width * 0.7, height: 12, ellipsis: true });
          pdf.text(label, MARGIN.left, y, { width, align: "right", lineBreak: false });
        }),
      "Pagination",
    );
  }
}

/** Writes near the page's foot: text below the bottom margin would otherwise start a new page. */
function belowMargin(pdf: PDFKit.PDFDocument, write: () => void): void {
  pdf.page.margins.bottom = 0;
  write();
  pdf.page.margins.bottom = MARGIN.bottom;
}
