import type { ProseMirrorJSON } from "#shared/editor/render.ts";
import { paragraphs } from "./praktijkvoorbeeld-schema.ts";

/**
 * A plain-text body as a document of the editor's schema, for the exports: one paragraph per
 * block of text, a line break within one as a hard break.
 */
export function asDocument(body: string): ProseMirrorJSON {
  return {
    type: "doc",
    content: paragraphs(body).map((p) => ({
      type: "paragraph",
      content: p
        .split(/\r?\n/)
        .flatMap((line, i): ProseMirrorJSON[] => [
          ...(i > 0 ? [{ type: "hardBreak" }] : []),
          ...(line.trim() ? [{ type: "text", text: line }] : []),
        ]),
    })),
  };
}
