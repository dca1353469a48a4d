import { data } from "react-router";
import type { z } from "zod";
import { isMessageKey, type MessageKey, type Vars } from "#app/i18n/index.ts";

// Form handling in one place: a zod schema per form, whose messages are catalogue keys, so the
// action can send Dutch (or English) errors back beside each field.

export type FieldErrors = Partial<Record<string, MessageKey>>;
export type FormFailure = {
  errors: FieldErrors;
  values: Record<string, string>;
  /** Values for placeholders in the form-wide message (errors._form). */
  vars?: Vars;
};

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
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "_form");
    errors[field] ??= isMessageKey(issue.message) ? issue.message : "fout.ongeldig";
  }
  return { success: false, failure: { errors, values: formValues(formData) } };
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
