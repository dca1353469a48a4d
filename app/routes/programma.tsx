import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { Link } from "react-router";
import type { Route } from "./+types/programma";
import { can } from "#app/auth/permissions.ts";
import { requirePermission } from "#app/auth/user.server.ts";
import { PageTitle } from "#app/components/page-title.tsx";
import { ProgressTable } from "#app/programma/progress-table.tsx";
import { requireSeason, seasonProgramme } from "#app/programma/programma.server.ts";
import {
  CaseworkSection,
  EssaySection,
  IntervisieSection,
  ThemaSection,
} from "#app/programma/programme-sections.tsx";
import { SeasonNav } from "#app/programma/season-nav.tsx";
import { formatDay, useLocale, useT } from "#shared/i18n/index.ts";

// /programma[/:seizoen]: a season's programme (September to July) on one page — theme meetings
// per theme, the intervision series with its hosts, the casework, the essays, and the progress
// of each track. Each person sees the tracks the rules let them (app/auth/rules/programma.ts).

export function loader({ request, params }: Route.LoaderArgs) {
  const user = requirePermission(request, "programma:bekijken");
  const { season, previous, next } = requireSeason(params.seizoen);
  return {
    season,
    previous: previous?.slug ?? null,
    next: next?.slug ?? null,
    programme: seasonProgramme(user, season),
    report: can(user, "rapportage:bekijken"),
  };
}

const LONG_DAY = { day: "numeric", month: "long", year: "numeric" } as const;

export default function Programma({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { season, programme } = loaderData;
  const thema = programme.meetings.filter((m) => m.kind === "thema");
  const intervisie = programme.meetings.filter((m) => m.kind === "intervisie");
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("programma.titel", { seizoen: season.slug })}</PageTitle>
      <Heading1>{t("programma.titel", { seizoen: season.slug })}</Heading1>
      <Paragraph lead>
        {t("programma.periode", {
          van: formatDay(locale, season.first, LONG_DAY),
          tot: formatDay(locale, season.last, LONG_DAY),
        })}
      </Paragraph>
      <SeasonNav base="/programma" previous={loaderData.previous} next={loaderData.next} />
      <section aria-labelledby="voortgang" className="leerkring-stack">
        <Heading2 id="voortgang">{t("programma.voortgang.titel")}</Heading2>
        <ProgressTable
          seizoen={season.slug}
          progress={programme.progress}
          tracks={programme.tracks}
        />
        {loaderData.report && (
          <Paragraph>
            <Link to={`/rapportage/${season.slug}`} className="utrecht-link">
              {t("programma.naarRapportage", { seizoen: season.slug })}
            </Link>
          </Paragraph>
        )}
      </section>
      {programme.tracks.thema && <ThemaSection meetings={thema} />}
      {programme.tracks.intervisie && (
        <IntervisieSection seizoen={season.slug} meetings={intervisie} />
      )}
      {programme.tracks.casework && <CaseworkSection trajecten={programme.trajecten} />}
      <EssaySection meetings={thema} />
    </div>
  );
}
