import { z } from "zod";
import { tagFields } from "#app/tags/tag-schema.ts";
import { idField, ids, many, optionalText, requiredText } from "#app/utils/fields.ts";
import { fromAmsterdamInputs } from "#shared/time.ts";
import { doelgroepen, logboekSoorten, trajectStatuses } from "#db/schema.ts";

// The casework forms, checked alike in the browser and in the action. The partner roles have a
// select each (`partner-<id>`), which trajecten.server.ts parses beside this schema.

export const trajectSchema = z.object({
  organisationId: idField,
  title: requiredText(160),
  description: optionalText(4000),
  themaId: z
    .union([z.literal(""), idField])
    .default("")
    .transform((v) => (v === "" ? null : v)),
  /** A neighbourhood of the municipality (app/wijken/), or none. */
  wijkId: z
    .union([z.literal(""), idField])
    .default("")
    .transform((v) => (v === "" ? null : v)),
  /** A local partner that asked for the casework, or none (the municipality itself). */
  aanvragerId: z
    .union([z.literal(""), idField])
    .default("")
    .transform((v) => (v === "" ? null : v)),
  status: z.enum(trajectStatuses, { error: "fout.ongeldig" }),
  doelgroepen: many(doelgroepen),
  memberIds: ids,
  ...tagFields,
});

export const logSchema = z.object({
  kind: z.enum(logboekSoorten, { error: "fout.ongeldig" }),
  date: z
    .string({ error: "fout.verplicht" })
    .min(1, "fout.verplicht")
    .refine((d) => fromAmsterdamInputs(d, "12:00") !== null, "fout.datumOngeldig"),
  body: requiredText(4000),
});

export type LogInput = z.output<typeof logSchema>;
