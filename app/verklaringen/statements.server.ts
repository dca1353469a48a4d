import { recordAudit } from "#app/audit/audit.server.ts";
import { and, eq } from "drizzle-orm";
import { getAuth } from "#app/auth/user.server.ts";
import { getDb } from "#db/client.ts";
import { statements, type StatementKind } from "#db/schema.ts";
import { config } from "#shared/config.server.ts";
import { localeFromAcceptLanguage, translator, type Translate } from "#shared/i18n/index.ts";
import { locales, type Locale } from "#shared/i18n/locales.ts";

// The public statements: the beheerder's own text per language where there is one, else the
// text shipped in the catalogue (shared/i18n/<locale>/verklaringen.ts) with this instance's
// settings filled in.

/** The day the shipped texts were last revised: the date a page with the standard text shows. */
export const STANDARD_TEXT_DATE = new Date("2026-12-02T12:00:00Z");

export type Statement = { kind: StatementKind; text: string; custom: boolean; updatedAt: Date };

/** The language a page is shown in: the person's own choice, else their browser's. */
export function visitorLocale(request: Request): Locale {
  return (
    getAuth(request)?.user.locale ??
    localeFromAcceptLanguage(request.headers.get("Accept-Language"))
  );
}

function duration(t: Translate, hours: number): string {
  return hours % 24 === 0
    ? t("verklaringen.duur.dagen", { count: hours / 24 })
    : t("verklaringen.duur.uren", { count: hours });
}

export function standardText(kind: StatementKind, locale: Locale): string {
  const t = translator(locale);
  if (kind === "toegankelijkheid") return t("verklaringen.toegankelijkheid.standaard");
  const c = config();
  return t("verklaringen.privacy.standaard", {
    sessieInactief: duration(t, c.SESSION_IDLE_HOURS),
    sessieMax: duration(t, c.SESSION_ABSOLUTE_HOURS),
  });
}

/** Line ends as the browser sends them (CRLF) and trailing spaces do not make a text different. */
const normalise = (text: string) =>
  text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .trim();

export function getStatement(kind: StatementKind, locale: Locale): Statement {
  const row = getDb()
    .select()
    .from(statements)
    .where(and(eq(statements.kind, kind), eq(statements.locale, locale)))
    .get();
  return row
    ? { kind, text: row.text, custom: true, updatedAt: row.updatedAt }
    : { kind, text: standardText(kind, locale), custom: false, updatedAt: STANDARD_TEXT_DATE };
}

/** Both languages of a statement, for the beheerder's form. */
export function getStatementTexts(kind: StatementKind): Record<Locale, Statement> {
  return Object.fromEntries(locales.map((l) => [l, getStatement(kind, l)])) as Record<
    Locale,
    Statement
  >;
}

/**
 * Stores the beheerder's texts. A language whose text is the standard one keeps no row of its own,
 * so it follows later revisions of the shipped text; an unchanged text keeps its date.
 */
export function saveStatement(
  kind: StatementKind,
  texts: Record<Locale, string>,
  by: number,
  now = new Date(),
): void {
  getDb().transaction((tx) => {
    const changed: Locale[] = [];
    for (const locale of locales) {
      const text = normalise(texts[locale]);
      const where = and(eq(statements.kind, kind), eq(statements.locale, locale));
      if (text === normalise(standardText(kind, locale))) {
        if (tx.delete(statements).where(where).run().changes) changed.push(locale);
        continue;
      }
      const current = tx.select().from(statements).where(where).get();
      if (current?.text === text) continue;
      changed.push(locale);
      tx.insert(statements)
        .values({ kind, locale, text, updatedAt: now, updatedBy: by })
        .onConflictDoUpdate({
          target: [statements.kind, statements.locale],
          set: { text, updatedAt: now, updatedBy: by },
        })
        .run();
    }
    // The audit trail: which statement, in which languages (not the text: the page shows it).
    if (changed.length) {
      recordAudit(tx, {
        action: "verklaring.gewijzigd",
        actor: by,
        subject: { type: "verklaring", id: kind },
        detail: { talen: changed.join(",") },
      });
    }
  });
}

/** Back to the shipped text, in both languages. */
export function resetStatement(kind: StatementKind): void {
  getDb().transaction((tx) => {
    const removed = tx.delete(statements).where(eq(statements.kind, kind)).run().changes;
    if (removed) {
      recordAudit(tx, {
        action: "verklaring.gewijzigd",
        subject: { type: "verklaring", id: kind },
        detail: { standaard: true },
      });
    }
  });
}
