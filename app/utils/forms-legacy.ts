// Transitional: the form style before Conform (app/utils/forms.ts). Routes move off it one by one;
// this file goes when the last one has.
import { data } from "react-router";
import type { z } from "zod";
import { isMessageKey, type MessageKey, type Vars } from "#shared/i18n/index.ts";

// Form handling in one place: a zod schema per form, whose messages are catalogue keys, so the
// action can send Dutch (or English) errors back beside each field.

export type FieldErrors = Partial<Record<string, MessageKey>>;
export type FormFailure = {
  errors: FieldErrors;
  values: Record<string, string>;
  /** Values for placeholders in the form-wide message (errors._form). */
  vars?: Vars;
  /** Values for placeholders in a field's message, such as the maximum length. */
  fieldVars?: Record<string, Vars>;
};

/**
 * What to tell the person about one failed check: say what to do, not only that it is wrong.
 * A too-long text names its limit; an empty choice asks to choose.
 */
export function issueMessage(
  issue: z.core.$ZodIssue,
  input: unknown,
): { key: MessageKey; vars?: Vars } {
  if (issue.code === "too_big" && issue.message === "fout.teLang") {
    return { key: "fout.maxTekens", vars: { count: Number(issue.maximum) } };
  }
  if (isMessageKey(issue.message) && issue.message !== "fout.ongeldig")
    return { key: issue.message };
  // A select left on its placeholder sends "": the generic "not valid" would puzzle.
  if (issue.path.length > 0 && (input === "" || input === undefined))
    return { key: "fout.maakKeuze" };
  return { key: "fout.ongeldig" };
}

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value !== "string" || /password/i.test(key)) continue;
    // Several values under one name (checkboxes) are kept comma-separated.
    values[key] = key in values ? `${values[key]},${value}` : value;
  }
  return values;
}

export function parseForm<S extends z.ZodType>(
  schema: S,
  formData: FormData,
): { success: true; data: z.output<S> } | { success: false; failure: FormFailure } {
  const input: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const key of new Set(formData.keys())) {
    const all = formData.getAll(key);
    input[key] = all.length > 1 ? all : all[0]!;
  }
  const result = schema.safeParse(input);
  if (result.success) return { success: true, data: result.data };
  const errors: FieldErrors = {};
  const fieldVars: Record<string, Vars> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "_form");
    if (errors[field]) continue;
    const { key, vars } = issueMessage(issue, input[field]);
    errors[field] = key;
    if (vars) fieldVars[field] = vars;
  }
  const failure: FormFailure = { errors, values: formValues(formData) };
  if (Object.keys(fieldVars).length > 0) failure.fieldVars = fieldVars;
  return { success: false, failure };
}

/** The 400 answer to a form that needs fixing: its errors and what the person typed. */
export function invalidForm(failure: FormFailure) {
  return data(failure, { status: 400 });
}

/** A failure of the whole form rather than one field, e.g. wrong credentials. */
export function formError(
  key: MessageKey,
  formData: FormData,
  init: { status?: number; vars?: Vars; headers?: HeadersInit } = {},
) {
  const failure: FormFailure = { errors: { _form: key }, values: formValues(formData) };
  if (init.vars) failure.vars = init.vars;
  return data(failure, { status: init.status ?? 400, headers: init.headers });
}
