import { mergeAttributes, Node, type AnyExtension } from "@tiptap/core";
import Image from "@tiptap/extension-image";
import Mention, { type MentionOptions } from "@tiptap/extension-mention";
import { Table, TableCell, TableHeader, TableRow } from "@tiptap/extension-table";
import StarterKit from "@tiptap/starter-kit";

// The one editor schema of Leerkring: the browser editor, the server renderer, and later the
// exporter and the search indexer all build on these extensions. Undo/redo comes from the
// Collaboration extension (Yjs UndoManager: only one's own changes), not from StarterKit.

/** Which link targets a document may hold: web and mail addresses, and paths on this site. */
export function isAllowedHref(href: string): boolean {
  return /^(https?:\/\/|mailto:|\/(?!\/))/i.test(href.trim());
}

/** What a mention shows: "@" and the name it was made with (or the id when it has none). */
export function mentionText(attrs: { id?: unknown; label?: unknown }): string {
  const label =
    typeof attrs.label === "string" && attrs.label ? attrs.label : String(attrs.id ?? "");
  return `@${label}`;
}

/**
 * The ids of the people a document mentions, each once, in order. A mention's id is the person's
 * user id; anything else a client put there is left out.
 */
export function mentionedIds(json: {
  type?: unknown;
  attrs?: unknown;
  content?: unknown;
}): number[] {
  const found = new Set<number>();
  const walk = (node: typeof json) => {
    if (!node || typeof node !== "object") return;
    if (node.type === "mention") {
      const id = String((node.attrs as { id?: unknown } | undefined)?.id ?? "");
      if (/^[1-9]\d{0,9}$/.test(id)) found.add(Number(id));
    }
    if (Array.isArray(node.content)) for (const child of node.content) walk(child as typeof json);
  };
  walk(json);
  return [...found];
}

/** Where an image may come from: an attachment's download route, `/bijlagen/<id>`. */
type JsonNode = { type?: unknown; attrs?: unknown; content?: unknown };

/**
 * The document with every mention of this person made anonymous: no id any more, and `label`
 * where the name stood (an erased account, docs/security.md). Other nodes are kept as they are.
 */
export function anonymiseMentions<T extends JsonNode>(json: T, userId: number, label: string): T {
  const attrs = json.attrs as { id?: unknown } | undefined;
  if (json.type === "mention" && String(attrs?.id ?? "") === String(userId)) {
    return { ...json, attrs: { ...attrs, id: null, label } };
  }
  if (!Array.isArray(json.content)) return json;
  const content = json.content.map((child: JsonNode) => anonymiseMentions(child, userId, label));
  return content.some((child, i) => child !== (json.content as JsonNode[])[i])
    ? { ...json, content }
    : json;
}

export function isAllowedImageSrc(src: unknown): src is string {
  return typeof src === "string" && /^\/bijlagen\/[1-9]\d{0,9}$/.test(src);
}

/** An image's alt text, trimmed; empty when it has none (such an image is refused). */
export function imageAlt(attrs: { alt?: unknown }): string {
  return typeof attrs.alt === "string" ? attrs.alt.trim() : "";
}

/** Whether an image may be in a document: a source of this site's attachments and an alt text. */
export function isValidImage(attrs: { src?: unknown; alt?: unknown }): boolean {
  return isAllowedImageSrc(attrs.src) && imageAlt(attrs) !== "";
}

/** A footnote's text (kept in the document, in the footnote node's `content` attribute). */
export function footnoteText(attrs: { content?: unknown }): string {
  return typeof attrs.content === "string" ? attrs.content.trim() : "";
}

/** The most a footnote may hold; longer text belongs in the body. */
export const FOOTNOTE_MAX = 2000;

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    figure: {
      /** Inserts an image; refused (false) without alt text or with a source not of /bijlagen. */
      insertFigure: (attrs: { src: string; alt: string }) => ReturnType;
    };
    footnote: {
      /** Inserts a footnote with this text at the cursor (or replaces the selected one's). */
      setFootnote: (content: string) => ReturnType;
    };
  }
}

/**
 * An image as a block: only from an attachment of this site, and only with alt text. Width,
 * height and title of Tiptap's image are left out; pasted images without alt text are dropped.
 */
const Figure = Image.extend({
  draggable: false,
  addAttributes() {
    return {
      src: { default: null },
      alt: { default: null },
    };
  },
  parseHTML() {
    return [
      {
        tag: "img[src]",
        getAttrs: (element) => {
          const attrs = { src: element.getAttribute("src"), alt: element.getAttribute("alt") };
          return isValidImage(attrs) ? attrs : false;
        },
      },
    ];
  },
  renderHTML({ node }) {
    // A stored image that does not meet the rules shows as its alt text, never as an <img>.
    if (!isValidImage(node.attrs))
      return ["p", { class: "leerkring-figure--ontbreekt" }, imageAlt(node.attrs)];
    return ["img", { src: node.attrs.src as string, alt: imageAlt(node.attrs) }];
  },
  addInputRules() {
    return []; // no ![](…) shortcut: an image gets its alt text in the insert form
  },
  addCommands() {
    return {
      insertFigure:
        (attrs) =>
        ({ commands }) =>
          isValidImage(attrs)
            ? commands.insertContent({
                type: this.name,
                attrs: { src: attrs.src, alt: attrs.alt.trim() },
              })
            : false,
    };
  },
});

/**
 * A footnote: an inline atom whose text is stored in the document. The editor shows it as a
 * superscript number (a CSS counter); the renderer and exports number the notes and list them
 * at the end, each with a link back.
 */
export const Footnote = Node.create({
  name: "footnote",
  group: "inline",
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    return {
      content: {
        default: "",
        parseHTML: (element) =>
          (element.getAttribute("data-footnote") ?? "").slice(0, FOOTNOTE_MAX),
        renderHTML: (attrs) => ({ "data-footnote": footnoteText(attrs) }),
      },
    };
  },
  parseHTML() {
    return [{ tag: "sup[data-footnote]" }];
  },
  renderHTML({ node, HTMLAttributes }) {
    return [
      "sup",
      mergeAttributes(HTMLAttributes, {
        class: "leerkring-footnote",
        title: footnoteText(node.attrs),
      }),
    ];
  },
  renderText: ({ node }) => ` (${footnoteText(node.attrs)})`,
  addCommands() {
    return {
      setFootnote:
        (content) =>
        ({ commands }) => {
          const text = content.trim().slice(0, FOOTNOTE_MAX);
          if (!text) return false;
          return commands.insertContent({ type: this.name, attrs: { content: text } });
        },
    };
  },
});

export type EditorOptions = {
  /** The browser's suggestion list for "@" (the server renders mentions without one). */
  mentionSuggestion?: MentionOptions["suggestion"];
};

export function baseExtensions(options: EditorOptions = {}): AnyExtension[] {
  return [
    // A mention of a person: `id` is their user id, `label` the name chosen; shown as "@Name".
    Mention.configure({
      HTMLAttributes: { class: "leerkring-mention" },
      renderText: ({ node }) => mentionText(node.attrs),
      renderHTML: ({ options: o, node }) => ["span", o.HTMLAttributes, mentionText(node.attrs)],
      ...(options.mentionSuggestion ? { suggestion: options.mentionSuggestion } : {}),
    }),
    StarterKit.configure({
      undoRedo: false,
      codeBlock: false,
      horizontalRule: false,
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: "https",
        isAllowedUri: (url) => isAllowedHref(url),
        HTMLAttributes: { rel: "noopener noreferrer nofollow", target: null },
      },
    }),
    // Tables with a header row; Tab and Shift-Tab move between cells (Tiptap's keymap). No column
    // resizing: widths would be inline styles, which the Content-Security-Policy refuses.
    Table.extend({
      renderHTML({ HTMLAttributes }) {
        return [
          "table",
          mergeAttributes(this.options.HTMLAttributes, HTMLAttributes),
          ["tbody", 0],
        ];
      },
    }).configure({ resizable: false, HTMLAttributes: { class: "leerkring-table" } }),
    TableRow,
    TableHeader,
    TableCell,
    Figure.configure({ inline: false, allowBase64: false }),
    Footnote,
  ];
}

/** Name of the Y.XmlFragment that holds the document (Tiptap's Collaboration default). */
export const FRAGMENT = "default";
