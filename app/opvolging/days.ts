import { fromAmsterdamInputs, toAmsterdamInputs } from "#shared/time.ts";

// Due dates of follow-up are days (YYYY-MM-DD) in Dutch time: "by the 12th" is the whole 12th,
// wherever the server's clock is.

/** The essay is due this many days after its meeting is marked held, unless a project leader changes it. */
export const ESSAY_DUE_DAYS = 28;
/** Its writers are reminded from this many days before the due date. */
export const ESSAY_NEAR_DAYS = 7;

/** The Dutch date of an instant, YYYY-MM-DD. */
export function dutchDay(instant: Date): string {
  return toAmsterdamInputs(instant).date;
}

/** A day `days` later (or earlier) than `day`. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whether a YYYY-MM-DD string names a day of the calendar (not 2026-02-30). */
export function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && addDays(value, 0) === value;
}

/** The essay's default due date when its meeting is marked held at `heldAt`. */
export function essayDueDate(heldAt: Date): string {
  return addDays(dutchDay(heldAt), ESSAY_DUE_DAYS);
}

/** A day as an instant (noon in Amsterdam), for formatDateTime. */
export function dayAsDate(day: string): Date {
  return fromAmsterdamInputs(day, "12:00")!;
}
