import { z } from "zod";
import { ids } from "#app/utils/fields.ts";
import { socialeBasisBenaderingen } from "#db/schema.ts";

// A municipality's view of the social basis and its context tags (G40, krimpregio), checked alike
// in the browser and in the action.

export const visieSchema = z.object({
  opvatting: z.enum(["", "smal", "breed"], { error: "fout.ongeldig" }).default(""),
  benaderingen: z
    .union([z.enum(socialeBasisBenaderingen), z.array(z.enum(socialeBasisBenaderingen))], {
      error: "fout.ongeldig",
    })
    .optional()
    .transform((v) => (v === undefined ? [] : [...new Set(Array.isArray(v) ? v : [v])])),
  tagsContext: ids,
});

export type VisieInput = z.output<typeof visieSchema>;
