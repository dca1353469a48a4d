import { z } from "zod";
import {
  chosenId,
  idField,
  optionalText,
  requiredText,
  singleLineText,
} from "#app/utils/fields.ts";
import { besluitKiezers, besluitUitslagen } from "#db/schema.ts";
import { fromAmsterdamInputs } from "#shared/time.ts";

// The decision forms, checked alike in the browser and in the action. Whether the deadline lies
// in the future, and whether the theme is still proposed, the action checks (it knows the time).

export const MAX_OPTIES = 10;

const optionalId = z.union([z.literal(""), idField]).default("");

export const besluitSchema = z
  .object({
    title: singleLineText(160),
    description: optionalText(4000),
    themaId: optionalId,
    /** One option a line; not asked for a theme, whose options are "vaststellen" and "afwijzen". */
    opties: optionalText(4000),
    kiezers: z.enum(besluitKiezers, { error: "fout.kiesKiezers" }),
    uitslag: z.enum(besluitUitslagen, { error: "fout.kiesUitslag" }),
    deadlineDate: z.string({ error: "fout.verplicht" }).min(1, "fout.verplicht"),
    deadlineTime: z.string({ error: "fout.verplicht" }).min(1, "fout.verplicht"),
  })
  .superRefine((v, ctx) => {
    if (!fromAmsterdamInputs(v.deadlineDate, v.deadlineTime)) {
      ctx.addIssue({ code: "custom", path: ["deadlineDate"], message: "fout.datumOngeldig" });
    }
    if (v.themaId !== "") return;
    const lines = optionLines(v.opties);
    if (lines.length < 2) {
      ctx.addIssue({ code: "custom", path: ["opties"], message: "fout.besluitTweeOpties" });
    } else if (lines.length > MAX_OPTIES) {
      ctx.addIssue({ code: "custom", path: ["opties"], message: "fout.besluitTeveelOpties" });
    } else if (lines.some((l) => l.length > 160)) {
      ctx.addIssue({ code: "custom", path: ["opties"], message: "fout.teLang" });
    } else if (new Set(lines.map((l) => l.toLowerCase())).size !== lines.length) {
      ctx.addIssue({ code: "custom", path: ["opties"], message: "fout.besluitDubbeleOptie" });
    }
  })
  .transform((v) => ({
    title: v.title,
    description: v.description,
    themaId: v.themaId === "" ? null : v.themaId,
    opties: v.themaId === "" ? optionLines(v.opties) : [],
    kiezers: v.kiezers,
    uitslag: v.uitslag,
    deadline: fromAmsterdamInputs(v.deadlineDate, v.deadlineTime)!,
  }));

export type BesluitInput = z.output<typeof besluitSchema>;

function optionLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** The forms of a decision's page: a vote, and the decision a project leader records. */
export const besluitIntents = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("stemmen"), optionId: chosenId("fout.kiesOptie") }),
    z.object({
      intent: z.literal("vastleggen"),
      optionId: chosenId("fout.kiesOptie"),
      reasons: requiredText(4000),
    }),
  ],
  { error: "fout.ongeldig" },
);
