import { z } from "zod";
import { idField, optionalText, requiredText } from "#app/utils/fields.ts";
import { mentionsField } from "#app/notifications/mention-field.ts";
import { tagFields } from "#app/tags/tag-schema.ts";
import { leervraagStatuses, werkvormen } from "#db/schema.ts";

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
  /** A neighbourhood of the municipality (app/wijken/), or none. */
  wijkId: z
    .union([z.literal(""), idField])
    .default("")
    .transform((v) => (v === "" ? null : v)),
  /** The recognised challenge of Schema C this question comes from (filled in by the link). */
  herkenningId: z
    .union([z.literal(""), idField])
    .default("")
    .transform((v) => (v === "" ? null : v)),
  werkvormen: z
    .union([z.enum(werkvormen), z.array(z.enum(werkvormen))], { error: "fout.kiesWerkvorm" })
    .transform((v) => [...new Set(Array.isArray(v) ? v : [v])]),
  ...tagFields,
});

export type LeervraagInput = z.output<typeof leervraagSchema>;

// The forms on a learning question's page (/leervragen/:id), one per intent.

export const statusChangeSchema = z.object({
  intent: z.literal("status"),
  status: z.enum(leervraagStatuses, { error: "fout.ongeldig" }),
  note: z.string().max(2000, "fout.teLang").optional().default(""),
});

export const planSchema = z.object({
  intent: z.literal("inplannen"),
  bijeenkomstId: z.union([z.literal(""), idField]).refine((v) => v !== "", "fout.kiesBijeenkomst"),
});

export const outcomeSchema = z.object({
  intent: z.literal("uitkomst"),
  outcome: optionalText(8000),
  followUp: optionalText(8000),
});

export const commentSchema = z.object({
  intent: z.literal("reactie"),
  body: requiredText(4000),
  vermeld: mentionsField,
});

export const leervraagActionSchema = z.discriminatedUnion(
  "intent",
  [statusChangeSchema, planSchema, outcomeSchema, commentSchema],
  { error: "fout.ongeldig" },
);
