import * as Y from "yjs";
import type { Node as PmNode } from "@tiptap/pm/model";
import { updateYFragment } from "@tiptap/y-tiptap";
import { FRAGMENT } from "#shared/editor/extensions.ts";
import {
  editorSchema,
  fragmentToJSON,
  renderFragment,
  type ProseMirrorJSON,
  type Rendered,
} from "#shared/editor/render.ts";

// A document's text as ProseMirror sees it, and changing a Y.Doc to a given text: for a restored
// version and for a text the server rewrites (documents.ts, persistence.ts).

/** The text of a stored state (a whole document as one Yjs update), as a ProseMirror node. */
export function nodeOfState(state: Uint8Array): PmNode {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const node = editorSchema().nodeFromJSON(fragmentToJSON(doc.getXmlFragment(FRAGMENT)));
  doc.destroy();
  return node;
}

/** Makes the document's text `target`, as the smallest Yjs change y-prosemirror finds. */
export function replaceFragment(doc: Y.Doc, target: PmNode): void {
  doc.transact(() => {
    updateYFragment(doc, doc.getXmlFragment(FRAGMENT), target, {
      mapping: new Map(),
      isOMark: new Map(),
    });
  });
}

/**
 * A stored state with its text transformed, and its rendering; null when the transform changes
 * nothing. The old text is not in the result (Yjs drops deleted content when it encodes).
 */
export function rewriteState(
  state: Uint8Array,
  transform: (json: ProseMirrorJSON) => ProseMirrorJSON,
): { state: Uint8Array; rendered: Rendered } | null {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  try {
    const json = fragmentToJSON(doc.getXmlFragment(FRAGMENT));
    const next = transform(json);
    if (next === json) return null;
    replaceFragment(doc, editorSchema().nodeFromJSON(next));
    return {
      state: Y.encodeStateAsUpdate(doc),
      rendered: renderFragment(doc.getXmlFragment(FRAGMENT)),
    };
  } finally {
    doc.destroy();
  }
}
