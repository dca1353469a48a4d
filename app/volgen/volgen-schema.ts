import { z } from "zod";
import { emailField } from "#app/utils/fields.ts";

/** Following new essays by e-mail: the one field of the form on /essays. */
export const followSchema = z.object({
  intent: z.literal("volgen"),
  email: emailField,
});
