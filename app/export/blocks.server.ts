import type { Mark, Node as PmNode } from "@tiptap/pm/model";
import { footnoteText, imageAlt, mentionText } from "#shared/editor/extensions.ts";
import type { ListStyle, MarkType, NodeType } from "./document.server.ts";

// PDF and Word lay text out as a sequence of paragraphs, each with its indentation and perhaps a
// list marker; they do not nest blocks as the editor does. This flattens the editor's tree once,
// for both, so they agree on numbering and nesting.

export type TextStyle = {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
  code: boolean;
  href: string | null;
};

export type Run =
  | ({ kind: "text"; text: string } & TextStyle)
  | { kind: "break" }
  /** A footnote's reference: its number, counted through the whole document. */
  | { kind: "footnote"; number: number };

export type ListMarker = {
  /** Each list (also each nested one) numbers on its own; this tells them apart. */
  list: number;
  ordered: boolean;
  style: ListStyle;
  start: number;
  number: number;
};

/**
 * What encloses a block, outermost first, so that a tagged PDF can rebuild the tree (quote, list,
 * list item); `id` tells two neighbouring lists or items apart.
 */
export type Container =
  | { kind: "quote"; id: number }
  | { kind: "list"; id: number }
  | { kind: "item"; id: number; marker: ListMarker };

export type TableCellBlock = {
  header: boolean;
  colspan: number;
  rowspan: number;
  /** The cell's paragraphs (a list in a cell is written as its text). */
  paragraphs: Run[][];
};

export type Block = {
  kind: "heading" | "paragraph" | "table" | "image";
  /** Heading level 1–6; 0 for a paragraph. */
  level: number;
  runs: Run[];
  quoteDepth: number;
  /** How many list items enclose the block. */
  listDepth: number;
  /** Set on the first paragraph of a list item, which carries the bullet or number. */
  marker: ListMarker | null;
  path: Container[];
  /** For a table: its rows of cells. */
  rows?: TableCellBlock[][];
  /** For an image: its source (/bijlagen/<id>) and alt text. */
  image?: { src: string; alt: string };
};

export type Flattened = { blocks: Block[]; footnotes: string[] };

type BlockType = Exclude<
  NodeType,
  | "doc"
  | "listItem"
  | "text"
  | "hardBreak"
  | "mention"
  | "footnote"
  | "tableRow"
  | "tableHeader"
  | "tableCell"
>;
type Context = {
  quoteDepth: number;
  listDepth: number;
  marker: ListMarker | null;
  path: Container[];
};

function unreachable(value: never): never {
  throw new Error(`Unhandled type ${String(value)}`);
}

export function toBlocks(doc: PmNode): Block[] {
  return flatten(doc).blocks;
}

/** The blocks of a document and its footnotes' texts, in the order of their numbers. */
export function flatten(doc: PmNode): Flattened {
  const blocks: Block[] = [];
  const footnotes: string[] = [];
  let lists = 0;
  let containers = 0;
  const runs = (node: PmNode) => runsOf(node, footnotes);

  function walk(node: PmNode, context: Context): void {
    const type = node.type.name as BlockType;
    switch (type) {
      case "paragraph":
      case "heading":
        blocks.push({
          kind: type,
          level: type === "heading" ? (node.attrs.level as number) : 0,
          runs: runs(node),
          quoteDepth: context.quoteDepth,
          listDepth: context.listDepth,
          marker: context.marker,
          path: context.path,
        });
        return;
      case "image":
        blocks.push({
          kind: "image",
          level: 0,
          runs: [],
          quoteDepth: context.quoteDepth,
          listDepth: context.listDepth,
          marker: context.marker,
          path: context.path,
          image: { src: String(node.attrs.src), alt: imageAlt(node.attrs) },
        });
        return;
      case "table": {
        const rows: TableCellBlock[][] = [];
        node.forEach((row) => {
          const cells: TableCellBlock[] = [];
          row.forEach((cell) => {
            const paragraphs: Run[][] = [];
            cell.descendants((child) => {
              if (!child.isTextblock) return true;
              paragraphs.push(runs(child));
              return false;
            });
            cells.push({
              header: cell.type.name === "tableHeader",
              colspan: Math.max(1, Number(cell.attrs.colspan) || 1),
              rowspan: Math.max(1, Number(cell.attrs.rowspan) || 1),
              paragraphs,
            });
          });
          rows.push(cells);
        });
        blocks.push({
          kind: "table",
          level: 0,
          runs: [],
          quoteDepth: context.quoteDepth,
          listDepth: context.listDepth,
          marker: context.marker,
          path: context.path,
          rows,
        });
        return;
      }
      case "blockquote": {
        const quote: Container = { kind: "quote", id: ++containers };
        node.forEach((child) =>
          walk(child, {
            ...context,
            quoteDepth: context.quoteDepth + 1,
            marker: null,
            path: [...context.path, quote],
          }),
        );
        return;
      }
      case "bulletList":
      case "orderedList": {
        const list = ++lists;
        const ordered = type === "orderedList";
        const start = ordered ? (node.attrs.start as number) : 1;
        const style: ListStyle = (ordered && (node.attrs.type as ListStyle | null)) || "1";
        const listContainer: Container = { kind: "list", id: ++containers };
        node.forEach((item, _offset, index) => {
          const marker = { list, ordered, style, start, number: start + index };
          const itemContainer: Container = { kind: "item", id: ++containers, marker };
          item.forEach((child, _o, childIndex) =>
            walk(child, {
              quoteDepth: context.quoteDepth,
              listDepth: context.listDepth + 1,
              marker: childIndex === 0 ? marker : null,
              path: [...context.path, listContainer, itemContainer],
            }),
          );
        });
        return;
      }
      default:
        unreachable(type);
    }
  }

  doc.forEach((child) => walk(child, { quoteDepth: 0, listDepth: 0, marker: null, path: [] }));
  return { blocks, footnotes };
}

function runsOf(block: PmNode, footnotes: string[]): Run[] {
  const runs: Run[] = [];
  block.forEach((child) => {
    if (child.type.name === "hardBreak") runs.push({ kind: "break" });
    else if (child.type.name === "footnote") {
      footnotes.push(footnoteText(child.attrs));
      runs.push({ kind: "footnote", number: footnotes.length });
    } else if (child.type.name === "mention") {
      runs.push({ kind: "text", text: mentionText(child.attrs), ...styleOf(child.marks) });
    } else runs.push({ kind: "text", text: child.text ?? "", ...styleOf(child.marks) });
  });
  return runs;
}

function styleOf(marks: readonly Mark[]): TextStyle {
  const style: TextStyle = {
    bold: false,
    italic: false,
    underline: false,
    strike: false,
    code: false,
    href: null,
  };
  for (const mark of marks) {
    const type = mark.type.name as MarkType;
    switch (type) {
      case "bold":
      case "italic":
      case "underline":
      case "strike":
      case "code":
        style[type] = true;
        break;
      case "link":
        style.href = String(mark.attrs.href);
        break;
      default:
        unreachable(type);
    }
  }
  return style;
}

const BULLETS = ["•", "–"];

/** The marker as printed before the item: "•", "3.", "c.", "iv.". */
export function markerLabel(marker: ListMarker, level: number): string {
  if (!marker.ordered) return BULLETS[level % BULLETS.length]!;
  return `${formatNumber(marker.number, marker.style)}.`;
}

function formatNumber(n: number, style: ListStyle): string {
  if (n < 1) return String(n);
  switch (style) {
    case "1":
      return String(n);
    case "a":
    case "A": {
      // Like HTML: a…z, then aa, ab…
      let out = "";
      for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) {
        out = String.fromCharCode(97 + ((rest - 1) % 26)) + out;
      }
      return style === "A" ? out.toUpperCase() : out;
    }
    case "i":
    case "I": {
      if (n >= 4000) return String(n);
      const numerals: [number, string][] = [
        [1000, "m"],
        [900, "cm"],
        [500, "d"],
        [400, "cd"],
        [100, "c"],
        [90, "xc"],
        [50, "l"],
        [40, "xl"],
        [10, "x"],
        [9, "ix"],
        [5, "v"],
        [4, "iv"],
        [1, "i"],
      ];
      let out = "";
      let rest = n;
      for (const [value, numeral] of numerals) {
        for (; rest >= value; rest -= value) out += numeral;
      }
      return style === "I" ? out.toUpperCase() : out;
    }
    default:
      return unreachable(style);
  }
}
