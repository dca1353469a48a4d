import {
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { Link } from "react-router";
import { useT } from "#shared/i18n/index.ts";
import type { SeasonProgress } from "./progress.ts";

/** The project leader's dashboard: this season's progress per track, linking to the programme. */
export function SeasonProgressCard({
  season,
  progress,
}: {
  season: string;
  progress: SeasonProgress;
}) {
  const t = useT();
  return (
    <section aria-labelledby="seizoen" className="leerkring-card">
      <Heading2 id="seizoen">{t("programma.dashboard.titel", { seizoen: season })}</Heading2>
      <UnorderedList>
        <UnorderedListItem>
          {t("programma.dashboard.thema", {
            gehouden: progress.thema.held,
            gepland: progress.thema.planned,
          })}{" "}
          {t("programma.dashboard.essays", { count: progress.thema.essaysPublished })}
        </UnorderedListItem>
        <UnorderedListItem>
          {t("programma.dashboard.intervisie", {
            gehouden: progress.intervisie.held,
            gepland: progress.intervisie.planned,
          })}{" "}
          {t("programma.dashboard.opvolging", { count: progress.intervisie.followUpsOpen })}
        </UnorderedListItem>
        <UnorderedListItem>
          {t("programma.voortgang.trajecten", { count: progress.casework.total })}
        </UnorderedListItem>
      </UnorderedList>
      <Paragraph>
        <Link to={`/programma/${season}`} className="utrecht-link">
          {t("programma.dashboard.naarProgramma")}
        </Link>
      </Paragraph>
    </section>
  );
}
