import { and, eq } from "drizzle-orm";
import { getDb } from "#db/client.ts";
import { auditLog, type AuditAction } from "#db/schema.ts";

/** The audit entries of one action about one record (the trail names records by number). */
export function audited(action: AuditAction, subjectId: number) {
  return getDb()
    .select({ actorId: auditLog.actorId, detail: auditLog.detail })
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.subjectId, String(subjectId))))
    .all();
}
