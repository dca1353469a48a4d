import { requirePermission } from "#app/auth/user.server.ts";
import { requireSeason } from "#app/programma/programma.server.ts";
import { formatDay, translator } from "#shared/i18n/index.ts";
import type { Locale } from "#shared/i18n/locales.ts";
import { seasonReport, type SeasonReport } from "./report-query.server.ts";
import { reportTables } from "./tables.ts";

// The report as its routes ask for it: who may see it, which season, and its tables in the
// language they are shown or downloaded in.

/** The report of `/rapportage/:seizoen` and its downloads, for those who may see it; 404 for a bad season. */
export function requireReport(request: Request, slug: string | undefined) {
  const user = requirePermission(request, "rapportage:bekijken");
  const found = requireSeason(slug);
  return { user, ...found, report: seasonReport(found.season) };
}

/** The tables in a person's language, as the page and the PDF show them. */
export function localTables(report: SeasonReport, locale: Locale) {
  return reportTables(report, translator(locale), (day) =>
    formatDay(locale, day, { day: "numeric", month: "short", year: "numeric" }),
  );
}

/** The tables as CSV writes them: Dutch like the monitor's spreadsheets, days as YYYY-MM-DD. */
export function csvTables(report: SeasonReport) {
  return reportTables(report, translator("nl"), (day) => day);
}
