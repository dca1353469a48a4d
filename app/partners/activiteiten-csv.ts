import { PROVINCIE_NAMEN } from "#db/provincies.ts";
import { toCsv, type CsvCell } from "#app/monitor/csv.ts";
import type { GemeenteRow, ProvincieRow } from "./overview.ts";

// The CSV of /partners: one row per province (its total), then one per municipality with
// activities, in the monitor's spreadsheet format (semicolons, byte-order mark).

export const CSV_COLUMNS = [
  "seizoen",
  "provincie",
  "gemeente",
  "activiteiten",
  "partners",
] as const;

export function activiteitenCsv(
  seizoen: string,
  provincies: readonly ProvincieRow[],
  gemeenten: readonly GemeenteRow[],
): string {
  const rows: CsvCell[][] = [[...CSV_COLUMNS]];
  for (const p of provincies) {
    rows.push([seizoen, PROVINCIE_NAMEN[p.provincie], null, p.activiteiten, null]);
  }
  for (const g of gemeenten) {
    rows.push([
      seizoen,
      g.provincie ? PROVINCIE_NAMEN[g.provincie] : null,
      g.gemeenteName,
      g.activiteiten,
      g.partners.join(", "),
    ]);
  }
  return toCsv(rows);
}
