import { z } from "zod";
import { preferencesSchema } from "#app/notifications/preferences-schema.ts";
import { locales } from "#shared/i18n/locales.ts";
import { withNewPassword } from "./password-schema.ts";

// The forms of /account, one per intent, checked alike in the browser and in the action.

export const localeSchema = z.object({
  intent: z.literal("taal"),
  locale: z.enum(locales, { error: "fout.ongeldig" }),
});

/** The action passes passwordSchema(personal) (password.server.ts) for the new password. */
export const passwordChangeSchema = (password?: z.ZodType<string>) =>
  withNewPassword(
    {
      intent: z.literal("wachtwoord"),
      currentPassword: z.string({ error: "fout.verplicht" }).min(1, "fout.verplicht"),
    },
    password,
  );

export const accountSchema = (password?: z.ZodType<string>) =>
  z.discriminatedUnion(
    "intent",
    [
      localeSchema,
      passwordChangeSchema(password),
      z.object({ intent: z.literal("sessie-beeindigen"), sessionId: z.string().default("") }),
      z.object({ intent: z.literal("andere-sessies-beeindigen") }),
      preferencesSchema,
    ],
    { error: "fout.ongeldig" },
  );
