import { z } from "zod";
import { idField, optionalText, requiredText } from "#app/utils/fields.ts";

// The forms of /eerste-kring: a municipality's request, and a project leader's decision on one.
// A decline says why (the municipality reads it); an acceptance may.

export const toetredingIntents = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("vragen"), motivation: requiredText(2000) }),
    z
      .object({
        intent: z.literal("beoordelen"),
        requestId: idField,
        besluit: z.enum(["aanvaard", "afgewezen"], { error: "fout.kiesBesluit" }),
        reasons: optionalText(2000),
      })
      .superRefine((v, ctx) => {
        if (v.besluit === "afgewezen" && !v.reasons.trim()) {
          ctx.addIssue({ code: "custom", path: ["reasons"], message: "fout.redenAfwijzing" });
        }
      }),
  ],
  { error: "fout.ongeldig" },
);
