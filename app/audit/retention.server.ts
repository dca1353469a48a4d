import { and, eq, lt } from "drizzle-orm";
import type { DbOrTx } from "#db/client.ts";
import { auditLog, auditRetention } from "#db/schema.ts";
import { config } from "#shared/config.server.ts";

/** The moment before which entries are past their retention period. */
export function retentionCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

/**
 * Removes the entries older than AUDIT_RETENTION_MONTHS: the only deletion the triggers allow.
 * It first moves audit_retention's cutoff forward (a trigger refuses to move it back, or to within
 * 28 days of now), then deletes what lies before it, in the one transaction it is given.
 */
export function removeExpiredAuditEntries(
  tx: DbOrTx,
  now: Date,
  months = config().AUDIT_RETENTION_MONTHS,
): number {
  const cutoff = retentionCutoff(now, months);
  tx.update(auditRetention)
    .set({ cutoff })
    .where(and(eq(auditRetention.id, 1), lt(auditRetention.cutoff, cutoff)))
    .run();
  return tx.delete(auditLog).where(lt(auditLog.at, cutoff)).run().changes;
}

/** Daily at 03:30 (a ScheduledJob, listed in server/main.ts). */
export const auditRetentionJob = {
  name: "audit-bewaartermijn",
  pattern: "30 3 * * *",
  run(tx: DbOrTx, due: Date): void {
    removeExpiredAuditEntries(tx, due);
  },
};
