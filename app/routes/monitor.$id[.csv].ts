import type { Route } from "./+types/monitor.$id[.csv]";
import { contentDisposition } from "#app/monitor/csv.ts";
import { buildReport, requireWijkmeting } from "#app/monitor/monitor.server.ts";
import { reportCsv, reportFilename } from "#app/monitor/report-csv.ts";
import { plainRefusal } from "#app/utils/responses.server.ts";

// /monitor/:id.csv — the numbers of the page, for a spreadsheet. Same access as the page itself.
export function loader({ request, params }: Route.LoaderArgs) {
  let meting;
  try {
    ({ meting } = requireWijkmeting(request, params.id));
  } catch (error) {
    throw plainRefusal(request, error);
  }
  const report = buildReport(meting);
  return new Response(reportCsv(report), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": contentDisposition(reportFilename(report)),
      "Cache-Control": "private, no-store",
    },
  });
}
