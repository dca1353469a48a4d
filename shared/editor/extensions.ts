import type { AnyExtension } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";

// The one editor schema of Leerkring: the browser editor, the server renderer, and later the
// exporter and the search indexer all build on these extensions. Undo/redo comes from the
// Collaboration extension (Yjs UndoManager: only one's own changes), not from StarterKit.

/** Which link targets a document may hold: web and mail addresses, and paths on this site. */
export function isAllowedHref(href: string): boolean {
  return /^(https?:\/\/|mailto:|\/(?!\/))/i.test(href.trim());
}

export function baseExtensions(): AnyExtension[] {
  return [
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
