import { z } from "zod";
import { chosenId, optionalText, singleLineText } from "#app/utils/fields.ts";
import { isIsoDay } from "#app/seizoen/season.ts";

const optionalId = z.union([z.literal(""), chosenId("fout.kiesGemeente")]).default("");

// A contact of the register. Consent is a yes/no with the day it was given; without it the
// contact is seen only by whoever entered it (app/auth/rules/partner-contact.ts).
export const contactSchema = z
  .object({
    name: singleLineText(120),
    organisation: singleLineText(160),
    function: optionalText(120),
    gemeenteId: optionalId,
    knownById: chosenId("fout.kiesPartner"),
    consent: z.enum(["ja", "nee"], { error: "fout.kiesToestemming" }),
    consentOn: optionalText(10),
  })
  .superRefine((v, ctx) => {
    if (v.consent === "ja" && !isIsoDay(v.consentOn)) {
      ctx.addIssue({
        code: "custom",
        path: ["consentOn"],
        message: v.consentOn ? "fout.datumOngeldig" : "fout.toestemmingDatum",
      });
    }
  })
  .transform((v) => ({
    name: v.name,
    organisation: v.organisation,
    function: v.function,
    gemeenteId: v.gemeenteId === "" ? null : v.gemeenteId,
    knownById: v.knownById,
    consentOn: v.consent === "ja" ? v.consentOn : null,
  }));

export type ContactInput = z.output<typeof contactSchema>;
