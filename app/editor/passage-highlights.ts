import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { relativePositionToAbsolutePosition, ySyncPluginKey } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import type { Anchor } from "#app/essays/anchors.ts";

// Marks the passages that open review comments are about, in the live editor. A comment anchors
// its passage with Yjs relative positions (app/essays/anchors.ts); they are resolved against the
// document as it is now on every change, so the mark follows the words while people type.
// Decorations are not part of the document: marking changes nothing anyone stores or publishes.

export type Passage = { id: number; anchor: Anchor };

const key = new PluginKey<null>("passageHighlights");

/** Ask the editor to draw the marks again, after the list of passages changed. */
export const REDRAW_PASSAGES = "passageHighlights:redraw";

function resolve(state: Parameters<typeof ySyncPluginKey.getState>[0], passages: Passage[]) {
  const sync = ySyncPluginKey.getState(state) as
    { doc: Y.Doc; type: Y.XmlFragment; binding?: { mapping: Map<unknown, unknown> } } | undefined;
  if (!sync?.binding) return DecorationSet.empty;
  const at = (position: unknown) => {
    try {
      return relativePositionToAbsolutePosition(
        sync.doc,
        sync.type,
        Y.createRelativePositionFromJSON(position),
        sync.binding!.mapping as never,
      );
    } catch {
      return null; // an anchor from a document that was replaced: nothing to mark
    }
  };
  const marks: Decoration[] = [];
  for (const { id, anchor } of passages) {
    const from = at(anchor.start);
    const to = at(anchor.end);
    if (from === null || to === null || from >= to) continue;
    marks.push(
      Decoration.inline(from, to, {
        nodeName: "mark",
        class: "leerkring-passage",
        "data-passage": String(id),
      }),
    );
  }
  return DecorationSet.create(state.doc, marks);
}

export const PassageHighlights = Extension.create<{ passages: () => Passage[] }>({
  name: "passageHighlights",
  addOptions: () => ({ passages: () => [] }),
  addProseMirrorPlugins() {
    const { passages } = this.options;
    return [
      new Plugin({
        key,
        props: { decorations: (state) => resolve(state, passages()) },
      }),
    ];
  },
});
