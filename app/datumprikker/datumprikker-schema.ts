import { z } from "zod";
import { chosenId } from "#app/utils/fields.ts";
import { datumprikkerAntwoordWaarden } from "#db/schema.ts";
import { fromAmsterdamInputs } from "#shared/time.ts";

// The date poll's forms, checked alike in the browser and in the action. Whether the moments lie
// in the future and the deadline before the first of them, the action checks (it knows the time).

export const MIN_OPTIES = 2;
export const MAX_OPTIES = 8;

const input = z.string().trim().optional();

/** Opening a poll: a deadline and 2–8 candidate moments (date and start time, Dutch time). */
export const openPrikkerSchema = z
  .object({
    deadlineDate: z.string({ error: "fout.verplicht" }).min(1, "fout.verplicht"),
    deadlineTime: z.string({ error: "fout.verplicht" }).min(1, "fout.verplicht"),
    opties: z.array(z.object({ datum: input, tijd: input })).default([]),
  })
  .superRefine((v, ctx) => {
    if (!fromAmsterdamInputs(v.deadlineDate, v.deadlineTime)) {
      ctx.addIssue({ code: "custom", path: ["deadlineDate"], message: "fout.datumOngeldig" });
    }
    // A row counts once it has a date; the start time alone is the form's default.
    const filled = v.opties.filter((o) => o.datum);
    for (const [i, o] of v.opties.entries()) {
      if (o.datum && !fromAmsterdamInputs(o.datum ?? "", o.tijd ?? "")) {
        ctx.addIssue({
          code: "custom",
          path: ["opties", i, "datum"],
          message: "fout.datumOngeldig",
        });
      }
    }
    const keys = filled.map((o) => `${o.datum} ${o.tijd}`);
    if (filled.length < MIN_OPTIES) {
      ctx.addIssue({ code: "custom", path: ["opties"], message: "fout.prikkerTweeOpties" });
    } else if (filled.length > MAX_OPTIES) {
      ctx.addIssue({ code: "custom", path: ["opties"], message: "fout.prikkerTeveelOpties" });
    } else if (new Set(keys).size !== keys.length) {
      ctx.addIssue({ code: "custom", path: ["opties"], message: "fout.prikkerDubbeleOptie" });
    }
  })
  .transform((v) => ({
    deadline: fromAmsterdamInputs(v.deadlineDate, v.deadlineTime)!,
    starts: v.opties.filter((o) => o.datum).map((o) => fromAmsterdamInputs(o.datum!, o.tijd!)!),
  }));

export type OpenPrikkerInput = z.output<typeof openPrikkerSchema>;

const antwoord = z.enum(datumprikkerAntwoordWaarden, { error: "fout.prikkerKiesAntwoord" });

/** One's own answers, one per option in the options' order. */
export const answersSchema = z.object({
  intent: z.literal("antwoorden"),
  antwoorden: z.array(antwoord).default([]),
});

/** The project leader's pick of the moment that becomes the session's date. */
export const chooseSchema = z.object({
  intent: z.literal("kiezen"),
  optionId: chosenId("fout.kiesOptie"),
});

/** The grid page's forms. */
export const prikkerIntents = z.discriminatedUnion("intent", [answersSchema, chooseSchema], {
  error: "fout.ongeldig",
});
