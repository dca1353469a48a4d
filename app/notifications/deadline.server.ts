import { and, gt, lte, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";

// Decisions and date polls remind those who have not answered in the last day before their
// deadline (their hourly jobs in server/scheduler): one rule for both, so they cannot drift.

const DAY_MS = 24 * 3_600_000;

/** Open items whose `deadline` falls in the day after `due`: the ones to remind of now. */
export function deadlineWithinADay(deadline: SQLiteColumn, due: Date): SQL {
  return and(gt(deadline, due), lte(deadline, new Date(due.getTime() + DAY_MS)))!;
}
