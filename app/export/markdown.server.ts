import type { Node as PmNode } from "@tiptap/pm/model";
import {
  defaultMarkdownSerializer,
  MarkdownSerializer,
  type MarkdownSerializerState,
} from "prosemirror-markdown";
import { mentionText } from "#shared/editor/extensions.ts";
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
  return body.childCount > 0 ? `${front}\n\n---\n\n${write(body)}\n` : `${front}\n`;
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
