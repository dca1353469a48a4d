import type { Route } from "./+types/partners.activiteiten[.csv]";
import { requirePermission } from "#app/auth/user.server.ts";
import { contentDisposition } from "#app/monitor/csv.ts";
import { activiteitenCsv } from "#app/partners/activiteiten-csv.ts";
import { chosenSeason, seasonFigures } from "#app/partners/partners.server.ts";
import { currentTime } from "#app/utils/clock.ts";
import { plainRefusal } from "#app/utils/responses.server.ts";
import { toAmsterdamInputs } from "#shared/time.ts";

// /partners/activiteiten.csv?seizoen= — the figures of "who is active where", for a spreadsheet.
export function loader({ request }: Route.LoaderArgs) {
  try {
    requirePermission(request, "partners:bekijken");
  } catch (error) {
    throw plainRefusal(request, error);
  }
  const season = chosenSeason(new URL(request.url), toAmsterdamInputs(currentTime()).date);
  const figures = seasonFigures(season);
  return new Response(activiteitenCsv(season.slug, figures.provincies, figures.gemeenten), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": contentDisposition(`activiteiten-partners-${season.slug}.csv`),
      "Cache-Control": "private, no-store",
    },
  });
}
