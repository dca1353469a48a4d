import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { Link } from "react-router";
import type { Route } from "./+types/rapportage";
import { PageTitle } from "#app/components/page-title.tsx";
import { SeasonNav } from "#app/programma/season-nav.tsx";
import { localTables, requireReport } from "#app/rapportage/rapportage.server.ts";
import { ReportTableView } from "#app/rapportage/report-table.tsx";
import { useT } from "#shared/i18n/index.ts";

// /rapportage[/:seizoen]: the accountability report of a season for project leaders, staff and
// the beheerder — meetings, attendance, learning questions, casework and essays, each table as
// CSV and the whole report as a tagged PDF.

export function loader({ request, params }: Route.LoaderArgs) {
  const { user, season, previous, next, report } = requireReport(request, params.seizoen);
  return {
    seizoen: season.slug,
    previous: previous?.slug ?? null,
    next: next?.slug ?? null,
    tables: localTables(report, user.locale),
  };
}

export default function Rapportage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { seizoen } = loaderData;
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("rapportage.titel", { seizoen })}</PageTitle>
      <Heading1>{t("rapportage.titel", { seizoen })}</Heading1>
      <Paragraph lead>{t("rapportage.intro")}</Paragraph>
      <SeasonNav base="/rapportage" previous={loaderData.previous} next={loaderData.next} />
      <Paragraph className="leerkring-actions">
        <a href={`/rapportage/${seizoen}.pdf`} className="utrecht-link" download>
          {t("rapportage.pdf")}
        </a>
        <Link to={`/programma/${seizoen}`} className="utrecht-link">
          {t("rapportage.naarProgramma", { seizoen })}
        </Link>
      </Paragraph>
      {loaderData.tables.map((table) => (
        <ReportTableView key={table.slug} table={table} seizoen={seizoen} />
      ))}
    </div>
  );
}
