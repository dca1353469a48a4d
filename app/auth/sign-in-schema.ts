import { z } from "zod";
import { emailField } from "#app/utils/fields.ts";

// The sign-in forms, checked alike in the browser and in the action.

export const loginSchema = z.object({
  email: emailField,
  password: z.string({ error: "fout.verplicht" }).min(1, "fout.verplicht").max(1024, "fout.teLang"),
  redirectTo: z.string().optional(),
});

/** /wachtwoord-vergeten: the address to send a reset link to. */
export const passwordForgottenSchema = z.object({ email: emailField });
