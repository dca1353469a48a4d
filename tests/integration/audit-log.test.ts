import { desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { recordAudit } from "#app/audit/audit.server.ts";
import {
  auditRetentionJob,
  removeExpiredAuditEntries,
  retentionCutoff,
} from "#app/audit/retention.server.ts";
import { runOnce } from "#server/scheduler.ts";
import { getDb } from "#db/client.ts";
import { auditLog, auditRetention } from "#db/schema.ts";
import { createUser } from "#tests/factories.ts";

// The audit trail at the level of the database: append-only, whatever the app's code asks.

const raw = () => getDb().$client;

function entry(at: Date, subjectId: string) {
  recordAudit(getDb(), {
    action: "account.rol",
    actor: null,
    ip: "192.0.2.1",
    subject: { type: "test", id: subjectId },
    at,
  });
  return getDb()
    .select()
    .from(auditLog)
    .where(eq(auditLog.subjectId, subjectId))
    .orderBy(desc(auditLog.id))
    .get()!;
}

describe("the audit log table", () => {
  it("refuses every UPDATE, also through raw SQL", () => {
    const row = entry(new Date(), "update-1");
    expect(() =>
      raw().prepare("UPDATE audit_log SET action = 'uitloggen' WHERE id = ?").run(row.id),
    ).toThrow(/append-only/);
    expect(() => raw().prepare("UPDATE audit_log SET subject_id = 'iets anders'").run()).toThrow(
      /append-only/,
    );
    expect(getDb().select().from(auditLog).where(eq(auditLog.id, row.id)).get()).toEqual(row);
  });

  it("refuses a DELETE of an entry within the retention period, also through raw SQL", () => {
    const row = entry(new Date(), "delete-1");
    expect(() => raw().prepare("DELETE FROM audit_log WHERE id = ?").run(row.id)).toThrow(
      /retention/,
    );
    expect(() => raw().prepare("DELETE FROM audit_log").run()).toThrow(/retention/);
    expect(getDb().select().from(auditLog).where(eq(auditLog.id, row.id)).get()).toEqual(row);
  });

  it("keeps the retention cutoff one row that moves only forward and stays behind now", () => {
    expect(() => raw().prepare("DELETE FROM audit_retention").run()).toThrow(/one row/);
    expect(() => raw().prepare("INSERT INTO audit_retention VALUES (2, 0)").run()).toThrow(
      /one row/,
    );
    // Moving it to now would let everything be deleted: refused.
    expect(() => raw().prepare("UPDATE audit_retention SET cutoff = ?").run(Date.now())).toThrow(
      /only moves forward/,
    );
    expect(getDb().select().from(auditRetention).all()).toHaveLength(1);
  });

  it("records who by id only, never a name, and leaves out secret detail", async () => {
    const person = await createUser({ name: "Ada Audit" });
    recordAudit(getDb(), {
      action: "wachtwoord.gewijzigd",
      actor: person.id,
      subject: { type: "gebruiker", id: person.id },
      detail: { password: "geheim", resetToken: "abc", rol: "deelnemer" },
      ip: null,
    });
    const row = getDb().select().from(auditLog).where(eq(auditLog.actorId, person.id)).get()!;
    expect(row).toMatchObject({ actorId: person.id, detail: { rol: "deelnemer" } });
    expect(JSON.stringify(row)).not.toContain("Ada Audit");
  });
});

describe("the retention job", () => {
  it("removes the entries older than the retention period, and only those", () => {
    // Fixed dates, in the past whatever the day the test runs.
    const due = new Date("2025-06-15T03:30:00Z");
    const old = entry(new Date("2024-06-14T12:00:00Z"), "retention-old");
    const kept = entry(new Date("2024-06-16T12:00:00Z"), "retention-kept");
    const recent = entry(new Date(), "retention-recent");
    expect(retentionCutoff(due, 12)).toEqual(new Date("2024-06-15T03:30:00Z"));

    // The scheduled job itself, as server/main.ts runs it (AUDIT_RETENTION_MONTHS: 12).
    expect(runOnce(auditRetentionJob, due)).toBe(true);
    const ids = getDb()
      .select({ id: auditLog.id })
      .from(auditLog)
      .all()
      .map((r) => r.id);
    expect(ids).not.toContain(old.id);
    expect(ids).toContain(kept.id);
    expect(ids).toContain(recent.id);
    // Even after the job, an entry inside the period cannot be deleted.
    expect(() => raw().prepare("DELETE FROM audit_log WHERE id = ?").run(kept.id)).toThrow(
      /retention/,
    );
    // A run for an earlier day (a missed one, caught up) never moves the cutoff back.
    getDb().transaction((tx) =>
      removeExpiredAuditEntries(tx, new Date("2025-01-01T00:00:00Z"), 12),
    );
    expect(getDb().select().from(auditRetention).get()!.cutoff).toEqual(
      new Date("2024-06-15T03:30:00Z"),
    );
  });
});
