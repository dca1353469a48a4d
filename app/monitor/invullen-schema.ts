import { z } from "zod";
import type { MessageKey } from "#shared/i18n/index.ts";
import { idField, optionalText } from "#app/utils/fields.ts";
import type { FieldMessage } from "#app/utils/forms.ts";
import { bestuursstijlSlugs } from "#db/sociale-kwaliteit.ts";
import type { Missing } from "./monitor.server.ts";

// Filling in an assessment (/monitor/:id/invullen): the checks of one indicator's answer and of
// the governance style, and what the action answers to each kind of save.

export const SCORE_VALUES = ["1", "2", "3", "4", "5", "weet-niet"] as const;

export const scoreSchema = z.object({
  indicatorId: idField,
  score: z.enum(SCORE_VALUES, { error: "monitor.fout.kiesScore" }),
  note: optionalText(1000),
  source: optionalText(300),
});

export const stijlSchema = z.object({
  bestuursstijl: z.enum(bestuursstijlSlugs, { error: "monitor.fout.kiesStijl" }),
});

/** Per field, what to tell the person (as Conform's parse gives them). */
export type FieldErrors = Record<string, FieldMessage | null | undefined>;

export type ScoreResult =
  | { intent: "score"; indicatorId: number; savedAt: number }
  | { intent: "score"; indicatorId: number; errors: FieldErrors };
export type GroupResult = {
  intent: "beleid" | "stijl";
  group: string;
  savedAt?: number;
  errors?: FieldErrors;
  formError?: MessageKey;
};
export type SubmitResult = { intent: "indienen"; missing: Missing };
export type PageResult = {
  intent: "alles";
  savedAt: number;
  failed: number;
  /** Per indicator id: the error, and what was typed (kept in the fields, not stored). */
  indicatorErrors: Record<number, { error: FieldMessage; note: string; source: string }>;
  formError?: MessageKey;
};
export type Failure = { intent: "fout"; message: MessageKey };
export type ActionResult =
  ScoreResult | GroupResult | SubmitResult | PageResult | Failure | undefined;
