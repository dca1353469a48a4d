import { z } from "zod";
import { idField, optionalText, requiredText } from "#app/utils/fields.ts";

// The forms of the theme list, checked alike in the browser and in the action.

export const themaSchema = z.object({
  name: requiredText(120),
  description: optionalText(2000),
});

export type ThemaInput = z.output<typeof themaSchema>;

export const themaIntents = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("voorstellen") }).extend(themaSchema.shape),
    z.object({ intent: z.literal("kiezen"), id: idField }),
    z.object({ intent: z.literal("terugzetten"), id: idField }),
  ],
  { error: "fout.ongeldig" },
);
