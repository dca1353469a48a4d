import { Cron } from "croner";
import type { Logger } from "pino";
import { getDb, type DbOrTx } from "#db/client.ts";
import { doneOnce } from "#db/schema.ts";
import { TIME_ZONE } from "#shared/time.ts";

// Work done at fixed local times (digests, reminders), by croner in Europe/Amsterdam. Each run is
// one transaction that also records that it ran, keyed by job and due time: a run is never done
// twice, and one that was due while the process was down is done when it starts again.

export type ScheduledJob = {
  name: string;
  /** A cron pattern in Dutch local time, e.g. "0 7 * * *" for seven in the morning. */
  pattern: string;
  /** The work for the run due at `due`, inside the transaction that records it. */
  run(tx: DbOrTx, due: Date): void;
};

export type Scheduler = { stop(): void };

/** Runs a job for one due time unless that run was done before; true when it ran now. */
export function runOnce(job: ScheduledJob, due: Date): boolean {
  return getDb().transaction((tx) => {
    const claimed = tx
      .insert(doneOnce)
      .values({ key: `taak:${job.name}:${due.toISOString()}` })
      .onConflictDoNothing()
      .run();
    if (claimed.changes === 0) return false;
    job.run(tx, due);
    return true;
  });
}

export function startScheduler(jobs: readonly ScheduledJob[], logger: Logger): Scheduler {
  const crons = jobs.map((job) => {
    const attempt = (due: Date) => {
      try {
        if (runOnce(job, due)) logger.info({ job: job.name, due }, "scheduled job ran");
      } catch (error) {
        logger.error({ err: error, job: job.name }, "scheduled job failed");
      }
    };
    const cron = new Cron(job.pattern, { timezone: TIME_ZONE, unref: true }, (self: Cron) =>
      attempt(self.currentRun() ?? new Date()),
    );
    // The run that fell due while the process was not running.
    const [missed] = cron.previousRuns(1, new Date());
    if (missed) attempt(missed);
    return cron;
  });
  return {
    stop() {
      for (const cron of crons) cron.stop();
    },
  };
}
