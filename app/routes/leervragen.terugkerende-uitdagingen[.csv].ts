import type { Route } from "./+types/leervragen.terugkerende-uitdagingen[.csv]";
import { requirePermission } from "#app/auth/user.server.ts";
import { contentDisposition } from "#app/monitor/csv.ts";
import { recurringCsv } from "#app/uitdagingen/recurring-csv.ts";
import { recurringUitdagingen } from "#app/uitdagingen/uitdagingen.server.ts";
import { plainRefusal } from "#app/utils/responses.server.ts";
import { translator } from "#shared/i18n/index.ts";

// /leervragen/terugkerende-uitdagingen.csv — the table of recurring challenges on /leervragen,
// for a spreadsheet. Same access as the table.
export function loader({ request }: Route.LoaderArgs) {
  let user;
  try {
    user = requirePermission(request, "uitdaging:overzicht");
  } catch (error) {
    throw plainRefusal(request, error);
  }
  return new Response(recurringCsv(recurringUitdagingen(), translator(user.locale)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": contentDisposition("terugkerende-uitdagingen.csv"),
      "Cache-Control": "private, no-store",
    },
  });
}
