import { translator } from "#shared/i18n/index.ts";
import { BESTUURSSTIJLEN } from "#db/sociale-kwaliteit.ts";
import { formatChange, formatFigure, toCsv, type CsvCell } from "./csv.ts";
import type { Report } from "./monitor.server.ts";

// The CSV of one assessment: the same report, the same rounding and the same formatting as the
// page's charts and tables, one row per condition, one per indicator and one per policy factor
// (Schema B); the governance style is a column of the assessment, like its period.

export const CSV_COLUMNS = [
  "gemeente",
  "wijk",
  "periode",
  "status",
  "bestuursstijl",
  "niveau",
  "code",
  "voorwaarde",
  "indicator",
  "score",
  "antwoord",
  "n",
  "vorige_periode",
  "verschil",
  "mediaan_leerkring",
  "n_leerkring",
  "toelichting",
  "bron",
] as const;

const fig = (v: number | null, decimals = 1) => (v === null ? null : formatFigure(v, decimals));

export function reportCsv(report: Report): string {
  const m = report.meting;
  const stijl = m.bestuursstijl
    ? `${BESTUURSSTIJLEN[m.bestuursstijl].naam} (${BESTUURSSTIJLEN[m.bestuursstijl].participatie})`
    : null;
  const base = [m.organisationName, m.wijk, m.periode, m.status, stijl];
  const rows: CsvCell[][] = [[...CSV_COLUMNS]];
  const hasMedian = report.circle.medianShown;
  for (const c of report.conditions) {
    rows.push([
      ...base,
      "voorwaarde",
      c.slug,
      c.name,
      null,
      fig(c.value),
      null,
      c.n,
      fig(c.previous),
      c.change === null ? null : formatChange(c.change),
      hasMedian ? fig(c.median.value) : null,
      hasMedian ? c.median.n : null,
      null,
      null,
    ]);
  }
  for (const group of report.indicators) {
    for (const i of group.items) {
      rows.push([
        ...base,
        "indicator",
        i.code,
        group.name,
        i.text,
        fig(i.score, 0),
        i.score !== null ? "score" : i.answered ? "weet niet / n.v.t." : "niet ingevuld",
        null,
        fig(i.previous, 0),
        i.change === null ? null : formatChange(i.change),
        hasMedian ? fig(i.median.value) : null,
        hasMedian ? i.median.n : null,
        i.note,
        i.source,
      ]);
    }
  }
  // The spreadsheet is Dutch like its column names, whoever downloads it.
  const t = translator("nl");
  for (const f of report.factors) {
    rows.push([
      ...base,
      "beleidsfactor",
      f.code,
      f.voorwaarde ?? t("monitor.beleid.algemeen"),
      f.text,
      null,
      f.oordeel ? t(`monitor.oordeel.${f.oordeel}`) : "niet ingevuld",
      // n, previous period, change, median, n of the circle, note, source: not for a factor.
      ...Array<null>(7).fill(null),
    ]);
  }
  return toCsv(rows);
}

export function reportFilename(report: Report): string {
  const m = report.meting;
  return `wijkmeting-${m.organisationName.replace(/^Gemeente\s+/i, "")}-${m.wijk}-${m.periode}.csv`;
}
