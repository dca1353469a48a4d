import type { Node as PmNode } from "@tiptap/pm/model";
import {
  defaultMarkdownSerializer,
  MarkdownSerializer,
  type MarkdownSerializerState,
} from "prosemirror-markdown";
import { footnoteText, imageAlt, mentionText } from "#shared/editor/extensions.ts";
import { editorSchema } from "#shared/editor/render.ts";
import {
  metadataRows,
  parseBody,
  type ExportDocument,
  type ExportLabels,
  type MarkType,
  type NodeType,
} from "./document.server.ts";

// prosemirror-markdown writes CommonMark from a ProseMirror tree (escaping, nested lists, marks
// that open and close across text nodes); it only needs to be told the editor's node names.

/**
 * Two lists of one kind in a row would be read as one list; CommonMark starts a new list where the
 * bullet or the number's delimiter changes, so every second list of a run uses the other one.
 */
function alternate(parent: PmNode, index: number): boolean {
  let run = 0;
  while (index - run > 0 && parent.child(index - run - 1).type === parent.child(index).type) run++;
  return run % 2 === 1;
}

const base = defaultMarkdownSerializer.nodes;

/** How many footnotes a serialization has referenced so far. */
const footnoteCount = new WeakMap<MarkdownSerializerState, number>();

/** A cell's inline content as one line of Markdown, with pipes escaped (GitHub's tables). */
function cellText(state: MarkdownSerializerState, cell: PmNode): string {
  const parts: string[] = [];
  cell.descendants((child) => {
    if (!child.isTextblock) return true;
    const out = state as unknown as { out: string };
    const start = out.out.length;
    state.renderInline(child);
    parts.push(out.out.slice(start));
    out.out = out.out.slice(0, start);
    return false;
  });
  return (
    parts.join(" ").replace(/\\\n/g, " ").replace(/\n/g, " ").replace(/\|/g, "\\|").trim() || " "
  );
}

/** A GitHub table; its first row is the header (Markdown tables always have one). */
function table(state: MarkdownSerializerState, node: PmNode): void {
  const rows: string[][] = [];
  node.forEach((row) => {
    const cells: string[] = [];
    row.forEach((cell) => {
      cells.push(cellText(state, cell));
      for (let i = 1; i < (Number(cell.attrs.colspan) || 1); i++) cells.push(" ");
    });
    rows.push(cells);
  });
  const columns = Math.max(...rows.map((r) => r.length));
  const line = (cells: string[]) =>
    `| ${Array.from({ length: columns }, (_, i) => cells[i] ?? " ").join(" | ")} |`;
  const [head = [], ...rest] = rows;
  const lines = [line(head), line(Array.from({ length: columns }, () => "---")), ...rest.map(line)];
  state.write(lines.join("\n"));
  state.closeBlock(node);
}
// The doc itself is never rendered as a node: serialize() renders its content.
const nodes: Record<
  Exclude<NodeType, "doc">,
  (state: MarkdownSerializerState, node: PmNode, parent: PmNode, index: number) => void
> = {
  paragraph: base.paragraph!,
  heading: base.heading!,
  blockquote: base.blockquote!,
  bulletList: (state, node, parent, index) => {
    const bullet = alternate(parent, index) ? "* " : "- ";
    state.renderList(node, "  ", () => bullet);
  },
  orderedList: (state, node, parent, index) => {
    // CommonMark has only decimal numbers; letters and roman numerals become numbers.
    const start = node.attrs.start as number;
    const delimiter = alternate(parent, index) ? ")" : ".";
    const width = String(start + node.childCount - 1).length;
    state.renderList(
      node,
      " ".repeat(width + 2),
      (i) => `${String(start + i).padStart(width)}${delimiter} `,
    );
  },
  listItem: base.list_item!,
  hardBreak: base.hard_break!,
  // A mention is plain text in Markdown: "@Name", escaped like any other text.
  mention: (state, node) => state.text(mentionText(node.attrs)),
  text: base.text!,
  table,
  // Written by table(); never reached on their own.
  tableRow: () => undefined,
  tableHeader: () => undefined,
  tableCell: () => undefined,
  image: (state, node) => {
    state.write(`![${state.esc(imageAlt(node.attrs))}](${String(node.attrs.src)})`);
    state.closeBlock(node);
  },
  // A footnote reference, "[^1]"; the notes themselves follow the body (see toMarkdown).
  footnote: (state) => {
    const n = (footnoteCount.get(state) ?? 0) + 1;
    footnoteCount.set(state, n);
    state.write(`[^${n}]`);
  },
};

const marks: Record<MarkType, (typeof defaultMarkdownSerializer.marks)[string]> = {
  bold: defaultMarkdownSerializer.marks.strong!,
  italic: defaultMarkdownSerializer.marks.em!,
  code: defaultMarkdownSerializer.marks.code!,
  link: defaultMarkdownSerializer.marks.link!,
  // GitHub's strikethrough, which most Markdown readers know; CommonMark itself has none.
  strike: { open: "~~", close: "~~", mixable: true, expelEnclosingWhitespace: true },
  // Markdown has no underline, and inline HTML would show as tags where HTML is off.
  underline: { open: "", close: "" },
};
const serializer = new MarkdownSerializer(nodes, marks, {
  hardBreakNodeName: "hardBreak",
  // Beyond what prosemirror-markdown escapes: HTML and entities, and what would start a block
  // at the start of a line after a hard break ("# ", "- ", "1. ", "> ", a setext "=" line).
  escapeExtraCharacters: /[<&]|^[-+*>#=]|(?<=^\d+)[.)]/g,
});

/** CommonMark: the title as `# `, a block of metadata lines, a rule, then the body. */
export function toMarkdown(doc: ExportDocument, labels: ExportLabels): string {
  const body = parseBody(doc.json);
  const write = (node: PmNode) => serializer.serialize(node, { tightLists: true });
  const front = write(frontMatter(doc, labels));
  if (body.childCount === 0) return `${front}\n`;
  const notes: string[] = [];
  body.descendants((node) => {
    if (node.type.name === "footnote") {
      const text = footnoteText(node.attrs).replace(/\s+/g, " ");
      notes.push(`[^${notes.length + 1}]: ${escapeNote(text)}`);
    }
  });
  const end = notes.length ? `\n\n${notes.join("\n")}` : "";
  return `${front}\n\n---\n\n${write(body)}${end}\n`;
}

/** A footnote's text escaped as Markdown inline text. */
function escapeNote(text: string): string {
  return text.replace(/[\\`*_[\]<&]/g, (c) => `\\${c}`);
}

/** The title block, built as editor nodes so that it is escaped like the body. */
function frontMatter(doc: ExportDocument, labels: ExportLabels): PmNode {
  const schema = editorSchema();
  // Text nodes may not be empty; an empty field simply leaves no text.
  const text = (value: string, mark?: "bold" | "italic"): PmNode[] =>
    value ? [schema.text(value, mark ? [schema.marks[mark]!.create()] : [])] : [];
  const paragraph = (content: PmNode[]) => schema.nodes.paragraph!.create(null, content);
  const rows = metadataRows(doc, labels).flatMap((row, i) => [
    ...(i > 0 ? [schema.nodes.hardBreak!.create()] : []),
    ...text(`${row.label}:`, "bold"),
    ...text(` ${row.value}`),
  ]);
  return schema.nodes.doc!.create(null, [
    schema.nodes.heading!.create({ level: 1 }, text(doc.title)),
    ...(doc.subtitle ? [paragraph(text(doc.subtitle, "italic"))] : []),
    paragraph(rows),
    ...(doc.summary
      ? [paragraph([...text(`${labels.summary}:`, "bold"), ...text(` ${doc.summary}`)])]
      : []),
    ...(doc.source ? [paragraph(text(doc.source))] : []),
  ]);
}
