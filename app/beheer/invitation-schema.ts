import { z } from "zod";
import { can } from "#app/auth/permissions.ts";
import { chosenId, emailField, roleField } from "#app/utils/fields.ts";
import { locales } from "#shared/i18n/locales.ts";

// The forms of /beheer/uitnodigingen, checked alike in the browser and in the action.

/** `organisationExists` is the action's look-up (organisations.server.ts); the browser cannot ask. */
export const invitationSchema = (organisationExists: (id: number) => boolean = () => true) =>
  z.discriminatedUnion(
    "intent",
    [
      z
        .object({
          intent: z.literal("uitnodigen"),
          email: emailField,
          organisationId: chosenId("fout.kiesOrganisatie").refine(
            organisationExists,
            "fout.kiesOrganisatie",
          ),
          role: roleField,
          /** The language of the invitation mail; Dutch unless the inviter chooses otherwise. */
          locale: z.enum(locales, { error: "fout.ongeldig" }).optional().default("nl"),
          bevestigBeheerder: z.string().optional(),
        })
        // The role that manages accounts (the beheerder's) can do everything; handing that out
        // takes a deliberate second tick.
        .refine((i) => !can(i, "gebruiker:beheren") || i.bevestigBeheerder === "ja", {
          path: ["bevestigBeheerder"],
          message: "fout.bevestigBeheerder",
        }),
      z.object({ intent: z.literal("intrekken"), id: z.string().default("") }),
    ],
    { error: "fout.ongeldig" },
  );
