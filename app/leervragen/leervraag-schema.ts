import { z } from "zod";
import { idField, optionalText, requiredText } from "#app/utils/fields.ts";
import { werkvormen } from "#db/schema.ts";

// The learning-question form, checked alike in the browser and in the action.

export const leervraagSchema = z.object({
  title: requiredText(160),
  question: requiredText(4000),
  casus: requiredText(8000),
  context: optionalText(4000),
  themaId: z
    .union([z.literal(""), idField])
    .default("")
    .transform((v) => (v === "" ? null : v)),
  werkvormen: z
    .union([z.enum(werkvormen), z.array(z.enum(werkvormen))], { error: "fout.kiesWerkvorm" })
    .transform((v) => [...new Set(Array.isArray(v) ? v : [v])]),
});

export type LeervraagInput = z.output<typeof leervraagSchema>;
