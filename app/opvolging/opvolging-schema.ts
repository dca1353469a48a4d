import { z } from "zod";
import { chosenId, idField, optionalText, singleLineText } from "#app/utils/fields.ts";
import { isDay } from "./days.ts";

// The forms of a theme meeting's follow-up page, checked alike in the browser and the action.
// Whether a due date lies in the past, the action checks (it knows the time).

const day = z
  .string({ error: "fout.verplicht" })
  .min(1, "fout.verplicht")
  .refine(isDay, "fout.datumOngeldig");

export const oogstSchema = z
  .object({
    intent: z.literal("oogst"),
    geleerd: optionalText(2000),
    proberen: optionalText(2000),
    vraag: optionalText(2000),
  })
  .refine((v) => v.geleerd.trim() || v.proberen.trim() || v.vraag.trim(), {
    path: ["geleerd"],
    message: "fout.oogstLeeg",
  });

export const essayDueSchema = z.object({ intent: z.literal("essay-deadline"), dueDate: day });

export type OogstInput = Pick<z.output<typeof oogstSchema>, "geleerd" | "proberen" | "vraag">;

export const opvolgingIntents = z.discriminatedUnion(
  "intent",
  [
    oogstSchema,
    z.object({
      intent: z.literal("actie-toevoegen"),
      text: singleLineText(300),
      ownerId: chosenId("fout.kiesEigenaar"),
      dueDate: day,
    }),
    z.object({ intent: z.literal("actie-afronden"), actieId: idField }),
    essayDueSchema,
  ],
  { error: "fout.ongeldig" },
);

export type VervolgactieInput = Extract<
  z.output<typeof opvolgingIntents>,
  { intent: "actie-toevoegen" }
>;

/** What the page says after each of its forms succeeded. */
export const opvolgingDone = {
  oogst: "opvolging.oogstOpgeslagen",
  "actie-toevoegen": "opvolging.actieToegevoegd",
  "actie-afronden": "opvolging.actieAfgerond",
  "essay-deadline": "opvolging.deadlineOpgeslagen",
} as const;
