import { z } from "zod";
import { idField, roleField } from "#app/utils/fields.ts";

// The forms of /beheer/accounts, one per intent, checked alike in the browser and in the action.

export const roleChangeSchema = z.object({
  intent: z.literal("rol"),
  userId: idField,
  role: roleField,
});

export const accountAdminSchema = z.discriminatedUnion(
  "intent",
  [
    roleChangeSchema,
    z.object({ intent: z.literal("deactiveren"), userId: idField }),
    z.object({ intent: z.literal("activeren"), userId: idField }),
    z.object({ intent: z.literal("herstellink"), userId: idField }),
    z.object({ intent: z.literal("sessies-beeindigen"), userId: idField }),
    z.object({ intent: z.literal("tweestaps-resetten"), userId: idField }),
  ],
  { error: "fout.ongeldig" },
);
