import { and, count, desc, eq, gte, lt, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "#db/client.ts";
import { auditLog, users, type AuditAction } from "#db/schema.ts";
import type { Translate } from "#shared/i18n/index.ts";
import { formatDateTime } from "#shared/i18n/index.ts";
import type { Locale } from "#shared/i18n/locales.ts";
import { fromAmsterdamInputs } from "#shared/time.ts";
import { toCsv, type CsvCell } from "#app/monitor/csv.ts";
import { parseSubmission, reply, type FormResult } from "#app/utils/forms.ts";
import { auditFilterSchema, type AuditFilterInput } from "./audit-filter-schema.ts";

export const AUDIT_PAGE_SIZE = 50;
/** The most rows one CSV holds (narrow the filters for more). */
export const AUDIT_CSV_LIMIT = 50_000;

function where(filter: AuditFilterInput): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (filter.actie) conditions.push(eq(auditLog.action, filter.actie as AuditAction));
  if (filter.persoon) {
    const pattern = `%${filter.persoon.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const byName = sql`${users.name} LIKE ${pattern} ESCAPE '\\'`;
    conditions.push(
      /^\d+$/.test(filter.persoon)
        ? or(eq(auditLog.actorId, Number(filter.persoon)), byName)
        : byName,
    );
  }
  if (filter.soort) conditions.push(eq(auditLog.subjectType, filter.soort));
  if (filter.record) conditions.push(eq(auditLog.subjectId, filter.record));
  // Days are Amsterdam days: "tot en met 31 maart" runs until midnight into 1 April.
  const from = filter.van ? fromAmsterdamInputs(filter.van, "00:00") : null;
  if (from) conditions.push(gte(auditLog.at, from));
  const until = filter.tot ? fromAmsterdamInputs(filter.tot, "00:00") : null;
  if (until) conditions.push(lt(auditLog.at, nextDay(filter.tot!)));
  return and(...conditions);
}

/**
 * An entry with its person's name as it is now, read from `users`: null when nobody was signed in
 * (actorId null) or when the account is gone (erased), which the page shows as "voormalig
 * deelnemer". The log itself stores no names (docs/security.md).
 */
const entryColumns = {
  id: auditLog.id,
  at: auditLog.at,
  actorId: auditLog.actorId,
  actorName: users.name,
  action: auditLog.action,
  subjectType: auditLog.subjectType,
  subjectId: auditLog.subjectId,
  ip: auditLog.ip,
  detail: auditLog.detail,
};

function nextDay(date: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return fromAmsterdamInputs(next.toISOString().slice(0, 10), "00:00")!;
}

/** One page of entries, newest first. */
export function listAuditEntries(filter: AuditFilterInput, page: number) {
  const db = getDb();
  const condition = where(filter);
  const [total] = db
    .select({ n: count() })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(condition)
    .all();
  const entries = db
    .select(entryColumns)
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(condition)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((page - 1) * AUDIT_PAGE_SIZE)
    .all();
  return {
    entries,
    total: total!.n,
    page,
    pages: Math.max(1, Math.ceil(total!.n / AUDIT_PAGE_SIZE)),
  };
}

/** The kinds of record that occur, for the filter's choices. */
export function auditSubjectTypes(): string[] {
  return getDb()
    .selectDistinct({ type: auditLog.subjectType })
    .from(auditLog)
    .all()
    .map((r) => r.type)
    .filter((t): t is string => !!t)
    .sort();
}

/** The filtered list as CSV, newest first; a cell a spreadsheet would run is defused (csv.ts). */
export function auditCsv(filter: AuditFilterInput, locale: Locale, t: Translate): string {
  const rows = getDb()
    .select(entryColumns)
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(where(filter))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(AUDIT_CSV_LIMIT)
    .all();
  const header: CsvCell[] = [
    t("audit.kolom.wanneer"),
    t("audit.kolom.persoonNummer"),
    t("audit.kolom.wie"),
    t("audit.kolom.actieSleutel"),
    t("audit.kolom.actie"),
    t("audit.kolom.soort"),
    t("audit.kolom.recordNummer"),
    t("audit.kolom.adres"),
    t("audit.kolom.details"),
  ];
  return toCsv([
    header,
    ...rows.map((r) => [
      formatDateTime(locale, r.at),
      r.actorId,
      r.actorId === null ? null : (r.actorName ?? t("persoon.voormalig")),
      r.action,
      t(`audit.actie.${r.action}`),
      r.subjectType,
      r.subjectId,
      r.ip,
      r.detail ? JSON.stringify(r.detail) : null,
    ]),
  ]);
}

/**
 * The filters of a URL: the valid ones, or null with the form's answer (a Dutch message beside
 * each field that is not valid).
 */
export function readAuditFilter(url: URL): {
  filter: AuditFilterInput | null;
  result: FormResult | null;
} {
  const formData = new FormData();
  for (const [key, value] of url.searchParams) {
    if (key !== "pagina") formData.append(key, value);
  }
  const submission = parseSubmission(formData, auditFilterSchema);
  if (submission.status === "success") return { filter: submission.value, result: null };
  return { filter: null, result: reply(submission, { form: { key: "audit.fout.filters" } }) };
}
