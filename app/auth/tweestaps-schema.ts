import { z } from "zod";

// The forms of two-factor login, checked alike in the browser and in the action.

const code = z
  .string({ error: "fout.verplicht" })
  .trim()
  .min(1, "fout.verplicht")
  .max(64, "fout.teLang");

/** /inloggen/code: a code of the app or a recovery code, and whether to remember this device. */
export const secondStepSchema = z.object({
  code,
  onthouden: z.literal("ja").optional(),
});

/** The six digits that switch two-factor login on. */
export const enableSchema = z.object({
  intent: z.literal("aanzetten"),
  code: code.regex(/^\d{6}$/, "tweestaps.fout.zesCijfers"),
});

/** Switching off asks the current password or a code (of the app or a recovery code). */
export const disableSchema = z.object({
  intent: z.literal("uitzetten"),
  bewijs: z.string({ error: "fout.verplicht" }).min(1, "fout.verplicht").max(1024, "fout.teLang"),
});

export const tweestapsSchema = z.discriminatedUnion(
  "intent",
  [enableSchema, disableSchema, z.object({ intent: z.literal("nieuwe-codes") })],
  { error: "fout.ongeldig" },
);
