import type { Route } from "./+types/rapportage.$seizoen.$tabel[.csv]";
import { notFound } from "#app/auth/user.server.ts";
import { contentDisposition, toCsv } from "#app/monitor/csv.ts";
import { csvTables, requireReport } from "#app/rapportage/rapportage.server.ts";
import { isReportTable } from "#app/rapportage/tables.ts";
import { plainRefusal } from "#app/utils/responses.server.ts";

// /rapportage/:seizoen/:tabel.csv — one table of the report for a spreadsheet: semicolons,
// decimal commas, as the monitor's CSV. Same access as the page.
export function loader({ request, params }: Route.LoaderArgs) {
  let found;
  try {
    found = requireReport(request, params.seizoen);
    if (!isReportTable(params.tabel)) throw notFound();
  } catch (error) {
    throw plainRefusal(request, error);
  }
  const table = csvTables(found.report).find((tb) => tb.slug === params.tabel)!;
  return new Response(toCsv([table.columns, ...table.rows]), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": contentDisposition(`${table.slug}-${found.season.slug}.csv`),
      "Cache-Control": "private, no-store",
    },
  });
}
