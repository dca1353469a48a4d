import type { ProseMirrorJSON } from "#shared/editor/render.ts";
import type { Translate } from "#shared/i18n/index.ts";

// The structure an essay after a theme meeting follows (De Sociale Basis: het investeren waard,
// 2018: an essay "die de aspecten uit het thema en gestelde vragen in de bijeenkomst beschrijven
// zodat deze kennis overdraagbaar wordt"), with what works and further reading. The editor offers
// it when an essay is still empty.

const SECTIONS = [
  "essay.sjabloon.aspecten",
  "essay.sjabloon.vragen",
  "essay.sjabloon.watWerkt",
  "essay.sjabloon.verderLezen",
] as const;

/** The template's blocks: a heading per section, each followed by an empty paragraph. */
export function essayTemplate(t: Translate): ProseMirrorJSON[] {
  return SECTIONS.flatMap((key) => [
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: t(key) }] },
    { type: "paragraph" },
  ]);
}
