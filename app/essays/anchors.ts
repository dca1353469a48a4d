import * as Y from "yjs";
import { FRAGMENT } from "#shared/editor/extensions.ts";

// A comment on a passage is anchored with Yjs relative positions: they name positions by the
// items around them, not by offsets, so the anchor follows the words through concurrent edits.

export type Anchor = { start: unknown; end: unknown };

function textNodes(fragment: Y.XmlFragment): Y.XmlText[] {
  const found: Y.XmlText[] = [];
  const walk = (node: Y.XmlFragment | Y.XmlElement) => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlText) found.push(child);
      else if (child instanceof Y.XmlElement) walk(child);
    }
  };
  walk(fragment);
  return found;
}

/** Anchors the first occurrence of a passage (within one paragraph); null when it is not there. */
export function anchorPassage(doc: Y.Doc, passage: string): Anchor | null {
  const wanted = passage.trim();
  if (!wanted) return null;
  for (const text of textNodes(doc.getXmlFragment(FRAGMENT))) {
    const index = text.toString().indexOf(wanted);
    if (index === -1) continue;
    return {
      start: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, index)),
      end: Y.relativePositionToJSON(
        Y.createRelativePositionFromTypeIndex(text, index + wanted.length, -1),
      ),
    };
  }
  return null;
}

/** The passage an anchor points at now, or null when it was deleted. */
export function resolveAnchor(doc: Y.Doc, anchor: Anchor): string | null {
  try {
    const start = Y.createAbsolutePositionFromRelativePosition(
      Y.createRelativePositionFromJSON(anchor.start),
      doc,
    );
    const end = Y.createAbsolutePositionFromRelativePosition(
      Y.createRelativePositionFromJSON(anchor.end),
      doc,
    );
    if (!start || !end || start.type !== end.type || !(start.type instanceof Y.XmlText))
      return null;
    const current = start.type.toString().slice(start.index, end.index);
    return current.length > 0 ? current : null;
  } catch {
    return null;
  }
}
