import { getSchema } from "@tiptap/core";
import type { DOMOutputSpec, Mark, Node as PmNode, Schema } from "@tiptap/pm/model";
import { yXmlFragmentToProsemirrorJSON } from "@tiptap/y-tiptap";
import type * as Y from "yjs";
import {
  baseExtensions,
  footnoteText,
  imageAlt,
  isAllowedHref,
  isValidImage,
  mentionText,
} from "./extensions.ts";

// Renders a document without a DOM, from the same schema as the browser editor: ProseMirror JSON
// from the Y.XmlFragment, then HTML from each node's and mark's own toDOM spec. Used for SSR of
// the notes page, versions, and (later) export and search.

let cached: Schema | undefined;
export function editorSchema(): Schema {
  cached ??= getSchema(baseExtensions());
  return cached;
}

export type ProseMirrorJSON = { type: string; content?: ProseMirrorJSON[]; [key: string]: unknown };
export type Rendered = { json: ProseMirrorJSON; html: string; text: string };

const EMPTY: ProseMirrorJSON = { type: "doc", content: [] };

/**
 * Keeps only what the schema knows: a client may put any XML into the shared document, and the
 * browser editor ignores what it cannot show; the renderer must not fail on it either.
 */
function sanitize(json: ProseMirrorJSON, schema: Schema): ProseMirrorJSON | null {
  if (!json || typeof json.type !== "string" || !(json.type in schema.nodes)) return null;
  if (json.type === "text" && (typeof json.text !== "string" || json.text === "")) return null;
  // An image only from this site's attachments and only with alt text; otherwise it is dropped.
  if (json.type === "image" && !isValidImage((json.attrs ?? {}) as Record<string, unknown>)) {
    return null;
  }
  const out: ProseMirrorJSON = { ...json };
  if (Array.isArray(json.marks)) {
    out.marks = (json.marks as { type?: unknown }[]).filter(
      (m) => typeof m?.type === "string" && m.type in schema.marks,
    );
  }
  if (Array.isArray(json.content)) {
    out.content = json.content
      .map((child) => sanitize(child, schema))
      .filter((child): child is ProseMirrorJSON => child !== null);
  }
  return out;
}

export function fragmentToJSON(fragment: Y.XmlFragment): ProseMirrorJSON {
  const json = sanitize(yXmlFragmentToProsemirrorJSON(fragment) as ProseMirrorJSON, editorSchema());
  return json?.content?.length ? json : EMPTY;
}

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, "&quot;");
}

const VOID = new Set(["br", "hr", "img"]);

function attributes(attrs: Record<string, unknown>, tag: string): string {
  let out = "";
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (!/^[a-z][a-z0-9-]*$/i.test(name) || /^on/i.test(name)) continue;
    if (tag === "a" && name === "href" && !isAllowedHref(String(value))) continue;
    out += ` ${name}="${escapeAttribute(String(value))}"`;
  }
  return out;
}

/** Writes a toDOM spec; `hole` fills its content hole (the 0 in the spec). */
function writeSpec(spec: DOMOutputSpec, hole: () => string): string {
  if (typeof spec === "string") return escapeText(spec);
  if (!Array.isArray(spec)) throw new Error("A DOM node in a toDOM spec cannot be rendered here");
  const [tagSpec, ...rest] = spec as [string, ...unknown[]];
  const tag = tagSpec.replace(/^[^ ]+ /, ""); // drop a namespace prefix
  let children = rest;
  let attrs: Record<string, unknown> = {};
  const first = rest[0];
  if (first && typeof first === "object" && !Array.isArray(first)) {
    attrs = first as Record<string, unknown>;
    children = rest.slice(1);
  }
  let inner = "";
  for (const child of children) {
    inner += child === 0 ? hole() : writeSpec(child as DOMOutputSpec, hole);
  }
  if (VOID.has(tag)) return `<${tag}${attributes(attrs, tag)}>`;
  return `<${tag}${attributes(attrs, tag)}>${inner}</${tag}>`;
}

function writeMarks(marks: readonly Mark[], inner: string): string {
  let out = inner;
  for (let i = marks.length - 1; i >= 0; i--) {
    const mark = marks[i]!;
    const toDOM = mark.type.spec.toDOM;
    if (toDOM) out = writeSpec(toDOM(mark, true), () => out);
  }
  return out;
}

/** The words around footnotes, from the caller's catalogue (the renderer holds no text). */
export type FootnoteLabels = {
  /** The heading above the notes, e.g. "Voetnoten". */
  heading: string;
  /** The accessible name of a note's link back, with `{number}`: "Terug naar voetnoot {number}". */
  back: string;
};

const DEFAULT_FOOTNOTE_LABELS: FootnoteLabels = { heading: "", back: "↩ {number}" };

type WriteContext = { notes: string[]; labels: FootnoteLabels; rowIndex: number };

function writeNode(node: PmNode, context: WriteContext): string {
  if (node.isText) return writeMarks(node.marks, escapeText(node.text ?? ""));
  const name = node.type.name;
  if (name === "footnote") {
    context.notes.push(footnoteText(node.attrs));
    const n = context.notes.length;
    const html =
      `<sup class="leerkring-footnote" id="voetnoot-ref-${n}">` +
      `<a href="#voetnoot-${n}" role="doc-noteref">${n}</a></sup>`;
    return node.marks.length ? writeMarks(node.marks, html) : html;
  }
  const content = () => {
    let out = "";
    node.forEach((child, _offset, index) => {
      if (name === "table") context.rowIndex = index;
      out += writeNode(child, context);
    });
    return out;
  };
  let spec = node.type.spec.toDOM?.(node);
  if (name === "tableHeader" && Array.isArray(spec)) {
    // The header row's cells head their columns; a header cell further down heads its row.
    const [tag, attrs, ...rest] = spec as [string, Record<string, unknown>, ...unknown[]];
    spec = [tag, { ...attrs, scope: context.rowIndex === 0 ? "col" : "row" }, ...rest];
  }
  if (name === "image" && !isValidImage(node.attrs)) return "";
  const html = spec ? writeSpec(spec, content) : content();
  return node.marks.length ? writeMarks(node.marks, html) : html;
}

function writeFootnotes(context: WriteContext): string {
  if (context.notes.length === 0) return "";
  const items = context.notes
    .map((text, i) => {
      const n = i + 1;
      const back = escapeAttribute(context.labels.back.replace("{number}", String(n)));
      return (
        `<li id="voetnoot-${n}">${escapeText(text)} ` +
        `<a href="#voetnoot-ref-${n}" role="doc-backlink" aria-label="${back}">↩</a></li>`
      );
    })
    .join("");
  const heading = context.labels.heading
    ? `<h2 class="leerkring-footnotes__title">${escapeText(context.labels.heading)}</h2>`
    : "";
  return `<section class="leerkring-footnotes" role="doc-endnotes">${heading}<ol>${items}</ol></section>`;
}

/** HTML of a document; footnotes are numbered in order and listed at the end. */
export function renderHtml(json: ProseMirrorJSON, labels?: FootnoteLabels): string {
  const doc = editorSchema().nodeFromJSON(json);
  const context: WriteContext = {
    notes: [],
    labels: labels ?? DEFAULT_FOOTNOTE_LABELS,
    rowIndex: 0,
  };
  let out = "";
  doc.forEach((child) => (out += writeNode(child, context)));
  return out + writeFootnotes(context);
}

/**
 * The text of a leaf: a newline for a hard break, "@Name" for a mention, a footnote's text in
 * brackets, an image's alt text (so that search finds them).
 */
export function leafText(node: PmNode): string {
  if (node.type.name === "mention") return mentionText(node.attrs);
  if (node.type.name === "footnote") return ` (${footnoteText(node.attrs)})`;
  if (node.type.name === "image") return imageAlt(node.attrs);
  return node.type.name === "hardBreak" ? "\n" : "";
}

/** Plain text for search: blocks separated by blank lines, hard breaks as newlines. */
export function renderText(json: ProseMirrorJSON): string {
  const doc = editorSchema().nodeFromJSON(json);
  return doc.textBetween(0, doc.content.size, "\n\n", leafText).trim();
}

export function renderFragment(fragment: Y.XmlFragment): Rendered {
  const json = fragmentToJSON(fragment);
  return { json, html: renderHtml(json), text: renderText(json) };
}
