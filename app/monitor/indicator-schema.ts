import { z } from "zod";
import { idField, parseId } from "#app/utils/fields.ts";

// The beheerder's forms on /beheer/indicatoren, checked alike in the browser and in the action.

export const indicatorTextField = z
  .string({ error: "fout.verplicht" })
  .trim()
  .min(1, "fout.verplicht")
  .min(10, "monitor.fout.indicatorTeKort")
  .max(400, "fout.teLang")
  .transform((s) => s.replace(/\s+/g, " "));

/** The indicator form: a new indicator, or new wording for an existing one. */
export const indicatorFormSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("toevoegen"), voorwaardeId: idField, text: indicatorTextField }),
  z.object({ intent: z.literal("wijzigen"), indicatorId: idField, text: indicatorTextField }),
]);

/** An indicator the row buttons act on; one that cannot be found (null) is answered with 404. */
const rowIndicator = z
  .string()
  .optional()
  .transform((v) => parseId(v));

export const retireSchema = z.object({ intent: z.literal("intrekken"), indicatorId: rowIndicator });
export const restoreSchema = z.object({
  intent: z.literal("terugzetten"),
  indicatorId: rowIndicator,
});

export const indicatorActionSchema = z.discriminatedUnion("intent", [
  ...indicatorFormSchema.options,
  retireSchema,
  restoreSchema,
]);
