import { z } from "zod";
import { requiredText } from "#app/utils/fields.ts";
import { statementKinds } from "#db/schema.ts";

// The forms of /beheer/verklaringen, checked alike in the browser and in the action.

/** Room for a long statement; the shipped privacy statement is about 5,000 characters. */
export const STATEMENT_MAX = 30_000;

const kind = z.enum(statementKinds, { error: "fout.ongeldig" });

/** A statement's own text in both languages; an empty one is refused (use the standard text). */
export const saveStatementSchema = z.object({
  intent: z.literal("opslaan"),
  kind,
  nl: requiredText(STATEMENT_MAX),
  en: requiredText(STATEMENT_MAX),
});

export const statementIntents = z.discriminatedUnion(
  "intent",
  [saveStatementSchema, z.object({ intent: z.literal("standaard"), kind })],
  { error: "fout.ongeldig" },
);
