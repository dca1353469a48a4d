import { z } from "zod";
import { idField, optionalText, requiredText } from "#app/utils/fields.ts";
import { organisationKinds } from "#db/schema.ts";
import { schoolRegions } from "#app/seizoen/schoolvakanties.ts";

// The organisation form of /beheer/organisaties, checked alike in the browser and in the action.

export const organisationSchema = z
  .object({
    name: requiredText(120),
    kind: z.enum(organisationKinds, { error: "fout.kiesSoort" }),
    circle: z.enum(["", "1", "2"], { error: "fout.ongeldig" }).default(""),
    region: optionalText(80),
    // A municipality's school-holiday region, kept out of by the rotation planner (docs/seizoen.md).
    schoolRegion: z.enum(["", ...schoolRegions], { error: "fout.kiesSchoolregio" }).default(""),
    werkplaatsId: z.union([z.literal(""), idField]).default(""),
  })
  .refine((o) => o.kind !== "gemeente" || o.circle !== "", {
    message: "fout.kiesLeerkring",
    path: ["circle"],
  })
  .transform((o) => ({
    name: o.name,
    kind: o.kind,
    // Only municipalities belong to a learning circle, a school-holiday region and a Werkplaats.
    circle: o.kind === "gemeente" ? Number(o.circle) : null,
    region: o.region || null,
    schoolRegion: o.kind === "gemeente" && o.schoolRegion !== "" ? o.schoolRegion : null,
    werkplaatsId: o.kind === "gemeente" && o.werkplaatsId !== "" ? o.werkplaatsId : null,
  }));

export type OrganisationInput = z.output<typeof organisationSchema>;
