import type { Route } from "./+types/beheer.audit[.csv]";
import { recordAuditNow } from "#app/audit/audit.server.ts";
import { auditCsv, readAuditFilter } from "#app/audit/audit-list.server.ts";
import { requirePermission } from "#app/auth/user.server.ts";
import { contentDisposition } from "#app/monitor/csv.ts";
import { plainRefusal, plainTextResponse } from "#app/utils/responses.server.ts";
import { translator } from "#shared/i18n/index.ts";

// /beheer/audit.csv — the filtered audit trail for a spreadsheet (beheerder only). An export of
// personal data, so it is itself recorded.
export function loader({ request }: Route.LoaderArgs) {
  let user;
  try {
    user = requirePermission(request, "audit:bekijken");
  } catch (error) {
    throw plainRefusal(request, error);
  }
  const { filter } = readAuditFilter(new URL(request.url));
  if (!filter) return plainTextResponse(request, "audit.fout.filters", 400);
  const csv = auditCsv(filter, user.locale, translator(user.locale));
  recordAuditNow({
    action: "gegevens.geexporteerd",
    subject: { type: "audittrail", id: "csv" },
    detail: Object.fromEntries(
      Object.entries(filter).filter((e): e is [string, string] => e[1] !== undefined),
    ),
  });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": contentDisposition("audittrail.csv"),
      "Cache-Control": "private, no-store",
    },
  });
}
