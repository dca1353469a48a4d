import { z } from "zod";
import type { MessageKey } from "#shared/i18n/index.ts";
import { roles } from "#db/schema.ts";

// Field schemas shared by the forms; their messages are catalogue keys.

export const requiredText = (max = 200) =>
  z.string({ error: "fout.verplicht" }).trim().min(1, "fout.verplicht").max(max, "fout.teLang");

/** Line breaks, tabs and the other control characters. */
export const CONTROL_CHARACTERS = /[\p{Cc}\u2028\u2029]/u;

/** A title: one line, since it ends up in one-line places such as a calendar's NAME. */
export const singleLineText = (max = 200) =>
  requiredText(max).refine((value) => !CONTROL_CHARACTERS.test(value), "fout.eenRegel");

export const optionalText = (max = 200) =>
  z.string({ error: "fout.ongeldig" }).trim().max(max, "fout.teLang").optional().default("");

export const emailField = z
  .string({ error: "fout.verplicht" })
  .trim()
  .toLowerCase()
  .min(1, "fout.verplicht")
  .max(254, "fout.teLang")
  .pipe(z.email("fout.emailOngeldig"));

export const idField = z.coerce
  .number({ error: "fout.ongeldig" })
  .int("fout.ongeldig")
  .positive("fout.ongeldig");

/** The values ticked in a group of checkboxes: none, one or several, each once. */
export const many = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.enum(values), z.array(z.enum(values))], { error: "fout.ongeldig" })
    .optional()
    .transform((v) => (v === undefined ? [] : [...new Set(Array.isArray(v) ? v : [v])]));

/** The ids ticked in a group of checkboxes, each once. */
export const ids = z
  .union([idField, z.array(idField)], { error: "fout.ongeldig" })
  .optional()
  .transform((v) => (v === undefined ? [] : [...new Set(Array.isArray(v) ? v : [v])]));

/** An optional choice of a select: "" (none) becomes null. */
export const optionalChoice = <T extends z.ZodType<string | number>>(choice: T) =>
  z
    .union([z.literal(""), choice])
    .default("")
    .transform((v) => (v === "" ? null : (v as z.output<T>)));

/** A ticked checkbox sends "on"; an unticked one nothing. */
export const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on");

/** The id picked in a select; `message` says what to choose when nothing (or nonsense) was sent. */
export const chosenId = (message: MessageKey) =>
  z.coerce.number({ error: message }).int(message).positive(message);

export const roleField = z.enum(roles, { error: "fout.kiesRol" });

/** An id from a URL segment, or null when it is not a valid id (the route answers 404). */
export function parseId(value: string | undefined): number | null {
  const parsed = idField.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The page number from `?pagina=`, 1 when absent or not a positive whole number. */
export function pageParam(url: URL): number {
  const page = Number(url.searchParams.get("pagina"));
  return Number.isInteger(page) && page > 0 ? Math.min(page, 10_000) : 1;
}
