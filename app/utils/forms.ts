import { useForm, type FieldMetadata, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data } from "react-router";
import type { z } from "zod";
import { isMessageKey, type MessageKey, type Vars } from "#shared/i18n/index.ts";

// Forms in one style: Conform with one zod schema per form (a discriminated union on `intent` for a
// page with several forms). The same schema validates in the browser (on blur, then as you type)
// and in the action, so a form works the same with and without JavaScript. Error messages are
// catalogue keys with their values, translated where they are shown.

/** What a failed check tells the person: a catalogue key and the values for its placeholders. */
export type FieldMessage = { key: MessageKey; vars?: Vars };
export type FormResult = SubmissionResult<FieldMessage>;
/** One field of a form, as the field components in app/components/fields.tsx take it. */
export type Field = FieldMetadata<unknown, Record<string, unknown>, FieldMessage>;

/**
 * What to tell the person about one failed check: say what to do, not only that it is wrong.
 * A too-long text names its limit; an empty choice asks to choose.
 */
export function issueMessage(issue: z.core.$ZodIssue, input: unknown): FieldMessage {
  if (issue.code === "too_big" && issue.message === "fout.teLang") {
    return { key: "fout.maxTekens", vars: { count: Number(issue.maximum) } };
  }
  if (isMessageKey(issue.message) && issue.message !== "fout.ongeldig")
    return { key: issue.message };
  // A select left on its placeholder sends "": the generic "not valid" would puzzle.
  if (issue.path.length > 0 && (input === "" || input === null || input === undefined))
    return { key: "fout.maakKeuze" };
  return { key: "fout.ongeldig" };
}

/**
 * Parses a submission with its form's schema, in the action and in the browser alike. Values stay
 * the strings the browser sent (no automatic coercion), so each schema says how it reads them.
 */
export function parseSubmission<S extends z.ZodType>(formData: FormData, schema: S) {
  return parseWithZod(formData, {
    schema,
    disableAutoCoercion: true,
    formatError: (issues: z.core.$ZodIssue[]) =>
      issueMessage(issues[0]!, formData.get(String(issues[0]!.path[0]))),
  });
}

type Submission = ReturnType<typeof parseSubmission>;

/** Passwords are never sent back to be shown again. */
const isSecret = (name: string) => /password/i.test(name);

/** The result for the browser: the errors (the schema's, and any the action adds) and what was typed. */
export function reply(
  submission: Submission,
  errors: { form?: FieldMessage; fields?: Record<string, FieldMessage> } = {},
): FormResult {
  const hideFields = Object.keys(submission.payload).filter(isSecret);
  return submission.reply({
    ...(errors.form ? { formErrors: errors.form } : {}),
    ...(errors.fields ? { fieldErrors: errors.fields } : {}),
    hideFields,
  });
}

/** The 400 answer to a form that needs fixing. */
export function invalid(
  submission: Submission,
  errors: { form?: FieldMessage; fields?: Record<string, FieldMessage> } = {},
  init: { status?: number; headers?: HeadersInit } = {},
) {
  return data(reply(submission, errors), { status: init.status ?? 400, headers: init.headers });
}

/** Whether an action's answer is a form result (and not, say, a success message). */
export function isFormResult(value: unknown): value is FormResult {
  return typeof value === "object" && value !== null && "initialValue" in value;
}

/**
 * The form's state in a component. `lastResult` is the action's answer; on a page with several
 * forms pass `intent`, so only the form that was sent shows its errors.
 */
export function useSchemaForm<S extends z.ZodType>(
  schema: S,
  options: {
    lastResult: unknown;
    intent?: string;
    id?: string;
    defaultValue?: Partial<Record<keyof z.input<S>, unknown>>;
  },
) {
  const { lastResult, intent } = options;
  const mine =
    isFormResult(lastResult) &&
    (intent === undefined || lastResult.initialValue?.["intent"] === intent);
  return useForm<z.input<S> & Record<string, unknown>, z.output<S>, FieldMessage>({
    ...(options.id ? { id: options.id } : {}),
    lastResult: mine ? lastResult : null,
    defaultValue: options.defaultValue as never,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseSubmission(formData, schema) as never,
  });
}
