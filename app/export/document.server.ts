import type { Node as PmNode } from "@tiptap/pm/model";
import { Transform } from "@tiptap/pm/transform";
import { isAllowedHref, isValidImage } from "#shared/editor/extensions.ts";
import { editorSchema, type ProseMirrorJSON } from "#shared/editor/render.ts";
import { TIME_ZONE } from "#shared/time.ts";

export type ExportLocale = "nl" | "en";

/** What every export shows: the stored document plus what the page around it says about it. */
export type ExportDocument = {
  title: string;
  /** E.g. "Essay bij de themabijeenkomst …". */
  subtitle?: string;
  summary?: string;
  authors: string[];
  date: Date;
  /** Further facts for the title block, in order (theme, meeting, municipality…). */
  meta: { label: string; value: string }[];
  json: ProseMirrorJSON;
  locale: ExportLocale;
  /** A citation or address line, shown as given. */
  source?: string;
  /**
   * The files of the document's images, by source (`/bijlagen/<id>`), as the caller may read
   * them; an image without its file is exported as its alt text.
   */
  images?: Map<string, ExportImage>;
};

/** An image's file as PDF and Word embed it. */
export type ExportImage = { data: Buffer; type: "png" | "jpg"; width: number; height: number };

/**
 * The fixed words of the exports, from the caller's catalogue (`t("…")`), so that this module
 * holds no user-visible text. `page` keeps the catalogue's placeholders: "Pagina {page} van {pages}".
 */
export type ExportLabels = {
  author: string;
  authors: string;
  date: string;
  summary: string;
  page: string;
  /** The heading above the footnotes. */
  footnotes: string;
  /** A footnote's link back, with `{number}`. */
  footnoteBack: string;
};

/** The stored document cannot be exported: it is not ProseMirror JSON of the editor schema. */
export class ExportInputError extends Error {
  override name = "ExportInputError";
}

/** The node and mark types the exporters handle; a test keeps this equal to the editor schema. */
export const NODE_TYPES = [
  "doc",
  "paragraph",
  "heading",
  "blockquote",
  "bulletList",
  "orderedList",
  "listItem",
  "hardBreak",
  "mention",
  "text",
  "table",
  "tableRow",
  "tableHeader",
  "tableCell",
  "image",
  "footnote",
] as const;
export const MARK_TYPES = ["bold", "italic", "underline", "strike", "code", "link"] as const;
export type NodeType = (typeof NODE_TYPES)[number];
export type MarkType = (typeof MARK_TYPES)[number];

/** HTML's list numbering styles, which the ordered list's `type` attribute takes over. */
export const LIST_STYLES = ["1", "a", "A", "i", "I"] as const;
export type ListStyle = (typeof LIST_STYLES)[number];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Turns stored JSON into a node of the editor schema, or throws ExportInputError. Attributes that
 * the schema does not constrain (heading level, list start and style) are brought into range, and
 * links to addresses the editor would refuse lose their mark, so every exporter can trust the tree.
 */
export function parseBody(json: unknown): PmNode {
  if (!isRecord(json) || json.type !== "doc") {
    throw new ExportInputError("Export needs ProseMirror JSON with a doc node at its root");
  }
  let doc: PmNode;
  try {
    doc = editorSchema().nodeFromJSON(json);
    // The renderer stores an empty document as a doc without content, which the schema's
    // "block+" would refuse; it exports as just the title block.
    if (doc.childCount > 0) doc.check();
  } catch (error) {
    throw new ExportInputError(`The document does not fit the editor schema: ${describe(error)}`, {
      cause: error,
    });
  }
  const known = new Set<string>([...NODE_TYPES, ...MARK_TYPES]);
  const tr = new Transform(doc);
  const invalidImages: { from: number; to: number }[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === "image" && !isValidImage(node.attrs)) {
      invalidImages.push({ from: pos, to: pos + node.nodeSize });
    }
    // Reached only when the schema grows and the exporters were not taught the new type.
    for (const type of [node.type, ...node.marks.map((m) => m.type)]) {
      if (!known.has(type.name)) throw new ExportInputError(`Cannot export "${type.name}"`);
    }
    for (const mark of node.marks) {
      if (mark.type.name === "link" && !isAllowedHref(String(mark.attrs.href ?? ""))) {
        tr.removeMark(pos, pos + node.nodeSize, mark);
      }
    }
    if (node.type.name === "heading") {
      const level = clamp(node.attrs.level, 1, 6, 1);
      if (level !== node.attrs.level) tr.setNodeAttribute(pos, "level", level);
    }
    if (node.type.name === "orderedList") {
      const start = clamp(node.attrs.start, 0, 999_999_999, 1);
      if (start !== node.attrs.start) tr.setNodeAttribute(pos, "start", start);
      const style = LIST_STYLES.find((s) => s === node.attrs.type) ?? null;
      if (style !== node.attrs.type) tr.setNodeAttribute(pos, "type", style);
    }
  });
  // An image without alt text or from elsewhere is left out (the renderer drops it as well);
  // from the end, so that earlier positions stay valid.
  for (const image of invalidImages.reverse())
    tr.delete(tr.mapping.map(image.from), tr.mapping.map(image.to));
  return tr.doc;
}

function clamp(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max
    ? value
    : fallback;
}

/** The BCP 47 tag of a locale, as the rest of the app formats it (shared/i18n/index.ts). */
export function languageTag(locale: ExportLocale): string {
  return locale === "en" ? "en-GB" : "nl-NL";
}

/** A document's date written out in full ("3 oktober 2026"), as on a title page. */
export function formatExportDate(locale: ExportLocale, date: Date): string {
  return new Intl.DateTimeFormat(languageTag(locale), {
    dateStyle: "long",
    timeZone: TIME_ZONE,
  }).format(date);
}

/** The title block's facts: authors ("A, B en C") and date first, then the caller's own. */
export function metadataRows(
  doc: ExportDocument,
  labels: ExportLabels,
): { label: string; value: string }[] {
  const rows: { label: string; value: string }[] = [];
  if (doc.authors.length > 0) {
    rows.push({
      label: doc.authors.length === 1 ? labels.author : labels.authors,
      value: new Intl.ListFormat(languageTag(doc.locale), { type: "conjunction" }).format(
        doc.authors,
      ),
    });
  }
  rows.push({ label: labels.date, value: formatExportDate(doc.locale, doc.date) });
  return [...rows, ...doc.meta];
}

/** "Pagina {page} van {pages}" split around its placeholders, for formats that fill them in late. */
export function pageLabelParts(label: string): string[] {
  return label.split(/(\{page\}|\{pages\})/).filter((part) => part !== "");
}
