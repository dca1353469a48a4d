import type { Route } from "./+types/rapportage.$seizoen[.pdf]";
import { download } from "#app/export/download.server.ts";
import { localTables, requireReport } from "#app/rapportage/rapportage.server.ts";
import { reportDocument } from "#app/rapportage/report-pdf.server.ts";
import { currentTime } from "#app/utils/clock.ts";
import { plainRefusal } from "#app/utils/responses.server.ts";
import { formatDay } from "#shared/i18n/index.ts";

// /rapportage/:seizoen.pdf — the whole report as a tagged PDF, through the essays' export pipeline.
export async function loader({ request, params }: Route.LoaderArgs) {
  let found;
  try {
    found = requireReport(request, params.seizoen);
  } catch (error) {
    throw plainRefusal(request, error);
  }
  const { user, season, report } = found;
  const long = { day: "numeric", month: "long", year: "numeric" } as const;
  return download("pdf", user.locale, (t) =>
    reportDocument({
      seizoen: season.slug,
      period: t("programma.periode", {
        van: formatDay(user.locale, season.first, long),
        tot: formatDay(user.locale, season.last, long),
      }),
      tables: localTables(report, user.locale),
      t,
      locale: user.locale,
      date: currentTime(),
    }),
  );
}
