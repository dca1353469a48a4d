import type { Route } from "./+types/monitor.$id[.csv]";
import { translator } from "#app/i18n/index.ts";
import { contentDisposition } from "#app/monitor/csv.ts";
import { buildReport, requireWijkmeting } from "#app/monitor/monitor.server.ts";
import { reportCsv, reportFilename } from "#app/monitor/report-csv.ts";

// /monitor/:id.csv — the numbers of the page, for a spreadsheet. Same access as the page itself.
export function loader({ request, params }: Route.LoaderArgs) {
  let meting;
  try {
    ({ meting } = requireWijkmeting(request, params.id));
  } catch (error) {
    throw plainRefusal(error);
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

/** A download has no page around it: a refusal becomes a short Dutch text with its status. */
function plainRefusal(error: unknown) {
  if (error instanceof Response) return error; // the way to the login page
  const status =
    typeof error === "object" && error !== null && "init" in error
      ? ((error as { init?: ResponseInit | null }).init?.status ?? 500)
      : 500;
  if (status !== 403 && status !== 404) return error;
  const t = translator("nl");
  return new Response(`${t(`fout.${status}.titel`)}. ${t(`fout.${status}.tekst`)}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}
