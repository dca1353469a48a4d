import { z } from "zod";
import { idField, parseId, singleLineText } from "#app/utils/fields.ts";

// The forms on /gemeenten/:slug/wijken, checked alike in the browser and in the action.

export const wijkNameField = singleLineText(80).refine((s) => s.length >= 2, "wijk.fout.teKort");

/** An optional neighbourhood picked in a select ("" = none). */
export const optionalWijkField = z
  .string()
  .optional()
  .refine((v) => !v || parseId(v) !== null, "fout.ongeldig")
  .transform((v) => (v ? parseId(v) : null));

export const addWijkSchema = z.object({
  intent: z.literal("toevoegen"),
  name: wijkNameField,
  parentId: optionalWijkField,
});
export const renameWijkSchema = z.object({
  intent: z.literal("hernoemen"),
  wijkId: idField,
  name: wijkNameField,
});
export const deleteWijkSchema = z.object({ intent: z.literal("verwijderen"), wijkId: idField });

export const wijkActionSchema = z.discriminatedUnion(
  "intent",
  [addWijkSchema, renameWijkSchema, deleteWijkSchema],
  { error: "fout.ongeldig" },
);
