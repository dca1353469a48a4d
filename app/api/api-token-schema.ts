import { z } from "zod";
import { chosenId, idField, roleField, singleLineText } from "#app/utils/fields.ts";
import { apiScopes } from "#db/schema.ts";

// The forms of /beheer/api-sleutels, checked alike in the browser and in the action.
export const apiTokenIntents = z.discriminatedUnion(
  "intent",
  [
    z.object({
      intent: z.literal("maken"),
      name: singleLineText(80),
      organisationId: chosenId("fout.kiesOrganisatie"),
      role: roleField,
      scopes: z
        .union([z.enum(apiScopes), z.array(z.enum(apiScopes))], { error: "fout.apiScopes" })
        .optional()
        .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
        .refine((v) => v.length > 0, "fout.apiScopes"),
    }),
    z.object({ intent: z.literal("intrekken"), id: idField }),
  ],
  { error: "fout.ongeldig" },
);
