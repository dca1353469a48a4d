import { z } from "zod";

// The forms of /meldingen: open one notification (it is marked read), or mark them all read.
export const centreSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({
      intent: z.literal("openen"),
      id: z
        .string({ error: "fout.ongeldig" })
        .regex(/^\d{1,12}$/, "fout.ongeldig")
        .transform(Number),
    }),
    z.object({ intent: z.literal("alles-gelezen") }),
  ],
  { error: "fout.ongeldig" },
);
