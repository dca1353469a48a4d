import { z } from "zod";
import {
  idField,
  optionalChoice,
  optionalText,
  requiredText,
  singleLineText,
} from "#app/utils/fields.ts";

// The form of a practice example (new and edit), checked alike in the browser and the action.
// Whether the municipality, theme, meeting and casework exist and fit together is checked by the
// action (praktijkvoorbeelden.server.ts), which knows the database.

export const praktijkvoorbeeldSchema = z.object({
  organisationId: idField,
  themaId: idField,
  bijeenkomstId: optionalChoice(idField),
  trajectId: optionalChoice(idField),
  title: singleLineText(160),
  summary: optionalText(600),
  body: requiredText(20_000),
});

export type PraktijkvoorbeeldInput = z.output<typeof praktijkvoorbeeldSchema>;

/** The status buttons on an example's page. */
export const praktijkStatusSchema = z.object({
  intent: z.enum(["publiceren", "concept"], { error: "fout.ongeldig" }),
});

/** The filters of the list: GET parameters, unknown ones ignored. */
export const praktijkFilterSchema = z.object({
  thema: optionalChoice(idField).catch(null),
  gemeente: optionalChoice(idField).catch(null),
});

/** The paragraphs of a body: separated by an empty line; single line breaks stay within one. */
export function paragraphs(body: string): string[] {
  return body
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}
