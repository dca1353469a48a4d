// Marks commented passages in a server-rendered draft, so a reviewer sees what each open comment
// is about. A passage is anchored within one paragraph (anchors.ts); this finds its first
// occurrence in a run of text between tags. A passage that crosses inline formatting (part bold)
// stays unmarked; its comment still quotes it.

const escapeText = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

export function highlightPassages(html: string, passages: { id: number; text: string }[]): string {
  const parts = html.split(/(<[^>]*>)/);
  for (const { id, text } of passages) {
    const wanted = escapeText(text.trim());
    if (!wanted) continue;
    for (let i = 0; i < parts.length; i += 2) {
      // Even indexes are text between tags; odd ones are the tags themselves.
      const index = parts[i]!.indexOf(wanted);
      if (index === -1) continue;
      const part = parts[i]!;
      parts[i] =
        part.slice(0, index) +
        `<mark class="leerkring-passage" id="passage-${id}">${wanted}</mark>` +
        part.slice(index + wanted.length);
      // Re-split so a later passage does not match inside the inserted tag.
      parts.splice(0, parts.length, ...parts.join("").split(/(<[^>]*>)/));
      break;
    }
  }
  return parts.join("");
}
