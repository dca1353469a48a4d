import type { AnyExtension } from "@tiptap/core";
import Mention, { type MentionOptions } from "@tiptap/extension-mention";
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
  ];
}

/** Name of the Y.XmlFragment that holds the document (Tiptap's Collaboration default). */
export const FRAGMENT = "default";
