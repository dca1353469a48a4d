import { prosemirrorJSONToYDoc } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { FRAGMENT } from "#shared/editor/extensions.ts";
import { editorSchema, renderFragment, type ProseMirrorJSON } from "#shared/editor/render.ts";
import type { DbOrTx } from "#db/client.ts";
import { documents } from "#db/schema.ts";

// Demo documents are stored as the collaboration engine stores them (server/collab/persistence):
// one compacted Yjs state plus the rendered JSON, HTML and text, so the editor opens them as if
// people had written them there.

export const paragraph = (text: string): ProseMirrorJSON => ({
  type: "paragraph",
  content: [{ type: "text", text }],
});
export const listItem = (text: string): ProseMirrorJSON => ({
  type: "listItem",
  content: [paragraph(text)],
});
export const heading = (text: string, level = 2): ProseMirrorJSON => ({
  type: "heading",
  attrs: { level },
  content: [{ type: "text", text }],
});

export function insertDemoDocument(tx: DbOrTx, name: string, body: ProseMirrorJSON, at?: Date) {
  const doc = prosemirrorJSONToYDoc(editorSchema(), body, FRAGMENT);
  const state = Y.encodeStateAsUpdate(doc);
  const rendered = renderFragment(doc.getXmlFragment(FRAGMENT));
  doc.destroy();
  tx.insert(documents)
    .values({
      name,
      state: Buffer.from(state),
      stateBytes: state.byteLength,
      json: JSON.stringify(rendered.json),
      html: rendered.html,
      text: rendered.text,
      ...(at ? { updatedAt: at } : {}),
    })
    .run();
  return { state, rendered };
}
