import { z } from "zod";
import { chosenId, requiredText } from "#app/utils/fields.ts";
import { isIsoDay } from "#app/seizoen/season.ts";

// A short entry of work outside formal casework. Whether the partner and the municipality are
// what they should be, the action checks (it knows the organisations).
export const activiteitSchema = z.object({
  partnerId: chosenId("fout.kiesPartner"),
  gemeenteId: chosenId("fout.kiesGemeente"),
  day: z
    .string({ error: "fout.verplicht" })
    .min(1, "fout.verplicht")
    .refine(isIsoDay, "fout.datumOngeldig"),
  body: requiredText(500),
});

export type ActiviteitInput = z.output<typeof activiteitSchema>;
