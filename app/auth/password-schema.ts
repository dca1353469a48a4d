import { z } from "zod";
import { requiredText } from "#app/utils/fields.ts";

// The forms that set a new password, checked alike in the browser and in the action. The browser
// checks the length and that both fields match; the action passes passwordSchema(personal)
// (password.server.ts), which also asks zxcvbn how guessable it is: its dictionaries stay on
// the server.

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export const newPasswordLength = z
  .string({ error: "fout.verplicht" })
  .min(PASSWORD_MIN, "fout.wachtwoordTeKort")
  .max(PASSWORD_MAX, "fout.wachtwoordTeLang");

type NewPassword = { password: string; repeatPassword: string };

/** A form's fields plus a new password typed twice (the fields of NewPasswordFields). */
export function withNewPassword<Shape extends z.ZodRawShape>(
  shape: Shape,
  password: z.ZodType<string> = newPasswordLength,
) {
  return z
    .object({ ...shape, password, repeatPassword: z.string({ error: "fout.verplicht" }) })
    .refine((v) => (v as NewPassword).password === (v as NewPassword).repeatPassword, {
      message: "fout.wachtwoordenVerschillen",
      path: ["repeatPassword"],
    });
}

/** /wachtwoord-herstellen: only the new password. */
export const passwordResetSchema = (password?: z.ZodType<string>) => withNewPassword({}, password);

/** /uitnodiging: the invited person's name and their password. */
export const invitationAcceptSchema = (password?: z.ZodType<string>) =>
  withNewPassword({ name: requiredText(120) }, password);
