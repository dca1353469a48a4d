import { z } from "zod";
import { chosenId, idField, optionalText } from "#app/utils/fields.ts";
import { actorSlugs } from "#db/sociale-basis-actoren.ts";

// The forms on a neighbourhood's challenges page (/gemeenten/:slug/wijken/:wijkId).

export const herkennenSchema = z.object({
  intent: z.literal("herkennen"),
  uitdagingId: chosenId("uitdaging.fout.kies"),
  /** "" = the actor the document names the challenge for. */
  actor: z
    .union([z.literal(""), z.enum(actorSlugs)], { error: "uitdaging.fout.actor" })
    .default("")
    .transform((v) => (v === "" ? null : v)),
  note: optionalText(2000),
});
export const vergetenSchema = z.object({ intent: z.literal("vergeten"), herkenningId: idField });

export const herkenningActionSchema = z.discriminatedUnion(
  "intent",
  [herkennenSchema, vergetenSchema],
  { error: "fout.ongeldig" },
);
