import { z } from "zod";

// The forms of the notes page, checked alike in the browser and in the action.

export const notesIntents = z.discriminatedUnion(
  "intent",
  [
    z.object({
      intent: z.literal("versie-opslaan"),
      label: z
        .string()
        .trim()
        .max(100, "fout.teLang")
        .optional()
        .transform((v) => v || null),
    }),
    // An unknown version is answered with 404 by the action, so any string passes here.
    z.object({ intent: z.literal("versie-terugzetten"), versionId: z.string().default("") }),
  ],
  { error: "fout.ongeldig" },
);
