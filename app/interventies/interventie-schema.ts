import { z } from "zod";
import {
  checkbox,
  idField,
  ids,
  many,
  optionalChoice,
  optionalText,
  singleLineText,
} from "#app/utils/fields.ts";
import { parsePeriode } from "#app/monitor/period.ts";
import { selectableYears } from "#app/monitor/start-schema.ts";
import {
  instrumentAarden,
  instrumentReikwijdtes,
  instrumentRichtingen,
  instrumentWerkingen,
  interactieFactorSlugs,
} from "#db/beleidsinterventies.ts";
import { tagFields } from "#app/tags/tag-schema.ts";
import { actorSlugs } from "#db/sociale-basis-actoren.ts";
import { bestuursstijlSlugs, voorwaardeSlugs } from "#db/sociale-kwaliteit.ts";

// The form of a policy intervention (new and edit), checked alike in the browser and in the
// action. Whether the neighbourhoods, indicators and research design exist and belong to the
// municipality is checked by the action (interventies.server.ts), which knows the database.

/** A period of the monitor ("2025", "2025-H1") in the years one can assess. */
const periode = z.string({ error: "interventie.fout.periode" }).refine((p) => {
  const parsed = parsePeriode(p);
  return !!parsed && selectableYears().includes(parsed.jaar);
}, "interventie.fout.periode");

export const interventieSchema = z
  .object({
    organisationId: idField,
    title: singleLineText(160),
    description: optionalText(4000),
    wijkIds: ids.refine((v) => v.length > 0, "interventie.fout.kiesWijk"),
    voorwaarden: many(voorwaardeSlugs),
    indicatorIds: ids,
    instrumentAarden: many(instrumentAarden),
    instrumentWerking: optionalChoice(z.enum(instrumentWerkingen, { error: "fout.ongeldig" })),
    instrumentReikwijdte: optionalChoice(z.enum(instrumentReikwijdtes, { error: "fout.ongeldig" })),
    instrumentRichting: optionalChoice(z.enum(instrumentRichtingen, { error: "fout.ongeldig" })),
    horizontaal: checkbox,
    bestuursstijl: z.enum(bestuursstijlSlugs, { error: "interventie.fout.kiesStijl" }),
    rollen: z
      .object(Object.fromEntries(actorSlugs.map((a) => [a, optionalText(500)])))
      .optional()
      .default({})
      .transform((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== ""))),
    factoren: many(interactieFactorSlugs),
    onderzoeksdesignId: optionalChoice(idField),
    nulmetingPeriode: z.string({ error: "interventie.fout.periode" }).pipe(periode),
    vervolgPeriode: optionalChoice(periode),
    resultaat: optionalText(4000),
    sharedWithCircle: checkbox,
    ...tagFields,
  })
  .refine((v) => v.vervolgPeriode === null || v.vervolgPeriode > v.nulmetingPeriode, {
    message: "interventie.fout.vervolgNaNulmeting",
    path: ["vervolgPeriode"],
  });

export type InterventieInput = z.output<typeof interventieSchema>;

/** What the form starts with: strings as the browser sends them, the roles by actor. */
export type InterventieFormValues = Record<string, string | string[] | Record<string, string>>;
