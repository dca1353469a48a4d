import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "#db/client.ts";
import { doneOnce } from "#db/schema.ts";
import { logger } from "./logger.ts";
import { runOnce, startScheduler, type ScheduledJob } from "./scheduler.ts";

describe("the scheduler", () => {
  it("runs a job once per due time, and records it in the same transaction", () => {
    const ran: string[] = [];
    const job: ScheduledJob = {
      name: "test",
      pattern: "0 7 * * *",
      run: (_tx, due) => void ran.push(due.toISOString()),
    };
    const due = new Date("2026-03-02T06:00:00Z");
    expect(runOnce(job, due)).toBe(true);
    expect(runOnce(job, due)).toBe(false);
    expect(runOnce(job, new Date("2026-03-03T06:00:00Z"))).toBe(true);
    expect(ran).toEqual(["2026-03-02T06:00:00.000Z", "2026-03-03T06:00:00.000Z"]);
  });

  it("does not record a run whose work failed, so it is tried again", () => {
    const due = new Date("2026-03-04T06:00:00Z");
    const failing: ScheduledJob = {
      name: "fails",
      pattern: "0 7 * * *",
      run: () => {
        throw new Error("no");
      },
    };
    expect(() => runOnce(failing, due)).toThrow("no");
    expect(
      getDb()
        .select()
        .from(doneOnce)
        .where(eq(doneOnce.key, `taak:fails:${due.toISOString()}`))
        .get(),
    ).toBeUndefined();
  });

  it("at start, does the run that fell due while the process was down", () => {
    const ran: Date[] = [];
    const job: ScheduledJob = {
      name: "catch-up",
      pattern: "0 7 * * *",
      run: (_tx, due) => void ran.push(due),
    };
    startScheduler([job], logger).stop();
    expect(ran).toHaveLength(1);
    // Seven in the morning in Amsterdam, in the last day.
    expect(Date.now() - ran[0]!.getTime()).toBeLessThanOrEqual(24 * 3_600_000);
    expect(
      new Intl.DateTimeFormat("nl-NL", {
        timeZone: "Europe/Amsterdam",
        hour: "2-digit",
        minute: "2-digit",
      }).format(ran[0]),
    ).toBe("07:00");
    startScheduler([job], logger).stop();
    expect(ran).toHaveLength(1);
  });
});
