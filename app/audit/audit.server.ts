import { AsyncLocalStorage } from "node:async_hooks";
import { getDb, type DbOrTx } from "#db/client.ts";
import { auditLog, type AuditAction } from "#db/schema.ts";
import { processWide } from "#shared/process-wide.ts";

// The audit trail: who did what to which record, when and from which address (issue 12). An entry
// is written inside the transaction of the change it records, so there is no change without its
// entry and no entry for a change that was rolled back. The table is append-only: triggers in
// db/migrations/0011_audit.sql refuse UPDATE and DELETE (retention.server.ts is the one exception).
// An entry keeps the person's id, never their name (resolved when shown: audit-list.server.ts), so
// an erased person's entries name nobody (docs/security.md).

export type AuditActor = { id: number; name?: string | null };
export type AuditDetail = Record<string, string | number | boolean | null>;

export type AuditEntry = {
  action: AuditAction;
  /**
   * Who did it: a person (by id; a name given is not stored), null for someone not signed in, or
   * left out for the person signed in on the request under way.
   */
  actor?: AuditActor | number | null;
  /** Which record: its kind ("gebruiker", "essay", "bijeenkomst", "uitnodiging", "pagina") and id. */
  subject?: { type: string; id: string | number } | null;
  /** A few facts. Never a password, token, link or message body. */
  detail?: AuditDetail | null;
  /** The client's address; left out: the address of the request under way. */
  ip?: string | null;
  /** When; left out: now (tests pass a fixed time). */
  at?: Date;
};

type RequestScope = { ip: string | null; user: AuditActor | null };

// The request under way, set by the root middleware (middleware.server.ts): feature functions
// already know who acts (a user id) but not the address, and need not be handed it one by one.
// One for the server entry and the app bundle (shared/process-wide.ts).
const scope = processWide("audit-scope", () => new AsyncLocalStorage<RequestScope>());

export function runInAuditScope<T>(request: RequestScope, fn: () => T): T {
  return scope.run(request, fn);
}

const FORBIDDEN_KEY = /pass|wachtwoord|token|secret|link/i;

export function recordAudit(tx: DbOrTx, entry: AuditEntry): void {
  const current = scope.getStore();
  const given = entry.actor === undefined ? (current?.user ?? null) : entry.actor;
  const actor = typeof given === "number" ? { id: given } : given;
  const detail = entry.detail
    ? Object.fromEntries(Object.entries(entry.detail).filter(([key]) => !FORBIDDEN_KEY.test(key)))
    : null;
  tx.insert(auditLog)
    .values({
      ...(entry.at ? { at: entry.at } : {}),
      actorId: actor?.id ?? null,
      action: entry.action,
      subjectType: entry.subject?.type ?? null,
      subjectId: entry.subject ? String(entry.subject.id) : null,
      ip: entry.ip === undefined ? (current?.ip ?? null) : entry.ip,
      detail: detail && Object.keys(detail).length ? detail : null,
    })
    .run();
}

/** An entry on its own (a refusal, a failed login): its own small transaction. */
export function recordAuditNow(entry: AuditEntry): void {
  recordAudit(getDb(), entry);
}
