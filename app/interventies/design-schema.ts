import { z } from "zod";
import { idField, optionalText, parseId, singleLineText } from "#app/utils/fields.ts";

// The catalogue of research designs (/interventies/onderzoeksdesigns), checked alike in the
// browser and in the action.

const fields = { name: singleLineText(120), description: optionalText(600) };

/** A new design, or a new name and description for the one being edited. */
export const designFormSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("toevoegen"), ...fields }),
  z.object({ intent: z.literal("wijzigen"), designId: idField, ...fields }),
]);

/** The design a row button acts on; one that cannot be found (null) is answered with 404. */
const rowDesign = z
  .string()
  .optional()
  .transform((v) => parseId(v));

export const designActionSchema = z.discriminatedUnion("intent", [
  ...designFormSchema.options,
  z.object({ intent: z.literal("intrekken"), designId: rowDesign }),
  z.object({ intent: z.literal("terugzetten"), designId: rowDesign }),
]);
