import {
  ButtonLink,
  Heading1,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { Link } from "react-router";
import type { Route } from "./+types/home";
import { JoinRequestsNotice, SecondCircleCard } from "#app/kring/circle-cards.tsx";
import { getUser } from "#app/auth/user.server.ts";
import type { NotificationItem } from "#app/notifications/centre.server.ts";
import { PageTitle } from "#app/components/page-title.tsx";
import { getDashboard } from "#app/dashboard/dashboard.server.ts";
import { MeetingList, QuestionList } from "#app/dashboard/lists.tsx";
import { newSinceLastVisit } from "#app/dashboard/new-since.server.ts";
import { NewSinceLastVisit } from "#app/dashboard/new-since.tsx";
import { SeasonProgressCard } from "#app/programma/season-progress-card.tsx";
import { OpenFollowUps } from "#app/opvolging/open-follow-ups.tsx";
import { listThemas } from "#app/themas/themas.server.ts";
import { useT } from "#shared/i18n/index.ts";

export function loader({ request }: Route.LoaderArgs) {
  const user = getUser(request);
  if (!user) return { kind: "landing" as const, themas: listThemas() };
  return {
    kind: "dashboard" as const,
    name: user.name,
    dashboard: getDashboard(user),
    news: newSinceLastVisit(user.id).items,
  };
}

export default function Home({ loaderData }: Route.ComponentProps) {
  return loaderData.kind === "landing" ? (
    <Landing themas={loaderData.themas} />
  ) : (
    <Dashboard name={loaderData.name} dashboard={loaderData.dashboard} news={loaderData.news} />
  );
}

function Landing({ themas }: { themas: { name: string; description: string; status: string }[] }) {
  const t = useT();
  const chosen = themas.filter((th) => th.status === "gekozen");
  const proposed = themas.filter((th) => th.status === "voorgesteld");
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("landing.titel")}</PageTitle>
      <Heading1>{t("landing.titel")}</Heading1>
      <Paragraph lead>{t("landing.intro")}</Paragraph>
      <Paragraph>{t("landing.sporen")}</Paragraph>
      <ButtonLink href="/inloggen" appearance="primary-action-button">
        {t("nav.inloggen")}
      </ButtonLink>
      <section aria-labelledby="themas" className="leerkring-stack">
        <Heading2 id="themas">{t("landing.themas")}</Heading2>
        <div className="leerkring-grid">
          {chosen.map((th) => (
            <article key={th.name} className="leerkring-card">
              <h3 className="utrecht-heading-3">{th.name}</h3>
              <Paragraph>{th.description}</Paragraph>
            </article>
          ))}
        </div>
        {proposed.length > 0 && (
          <>
            <Heading2>{t("landing.voorgesteld")}</Heading2>
            <UnorderedList>
              {proposed.map((th) => (
                <UnorderedListItem key={th.name}>{th.name}</UnorderedListItem>
              ))}
            </UnorderedList>
          </>
        )}
        <Paragraph className="leerkring-muted">{t("landing.bron")}</Paragraph>
      </section>
    </div>
  );
}

type DashboardData = ReturnType<typeof getDashboard>;
function Dashboard({
  name,
  dashboard,
  news,
}: {
  name: string;
  dashboard: DashboardData;
  news: NotificationItem[];
}) {
  const t = useT();
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("dashboard.titel")}</PageTitle>
      <Heading1>{t("dashboard.welkom", { naam: name })}</Heading1>
      <Paragraph lead>{t(`dashboard.intro.${dashboard.kind}`)}</Paragraph>
      <div className="leerkring-grid">
        <NewSinceLastVisit items={news} />
        <OpenFollowUps followUps={dashboard.followUps} />
        {dashboard.kind === "beheerder" ? (
          <section aria-labelledby="beheer" className="leerkring-card">
            <Heading2 id="beheer">{t("dashboard.beheer")}</Heading2>
            <UnorderedList>
              <UnorderedListItem>
                {t("dashboard.actieveAccounts", { count: dashboard.activeAccounts })}
              </UnorderedListItem>
              <UnorderedListItem>
                {t("dashboard.organisaties", { count: dashboard.organisations })}
              </UnorderedListItem>
              <UnorderedListItem>
                {t("dashboard.openUitnodigingen", { count: dashboard.openInvitations })}
              </UnorderedListItem>
            </UnorderedList>
            <Paragraph>
              <Link to="/beheer/uitnodigingen" className="utrecht-link">
                {t("dashboard.naarBeheer")}
              </Link>
            </Paragraph>
          </section>
        ) : (
          <MeetingList
            id="komend"
            title="dashboard.komend"
            empty="dashboard.geenKomend"
            meetings={dashboard.meetings}
          />
        )}
        {dashboard.kind === "projectleider" && (
          <>
            <QuestionList
              title="dashboard.wachtend"
              empty="dashboard.geenWachtend"
              questions={dashboard.waitingQuestions}
            />
            <SeasonProgressCard
              season={dashboard.season.season}
              progress={dashboard.season.progress}
            />
            <section aria-labelledby="rotatie" className="leerkring-card">
              <Heading2 id="rotatie">{t("rotatie.titel")}</Heading2>
              <Paragraph>
                {dashboard.nextHost
                  ? t("dashboard.volgendeGastheer", { gemeente: dashboard.nextHost })
                  : t("rotatie.geenKandidaten")}
              </Paragraph>
              <Paragraph>
                <Link to="/agenda/nieuw?soort=intervisie" className="utrecht-link">
                  {t("agenda.intervisiePlannen")}
                </Link>
              </Paragraph>
              <JoinRequestsNotice count={dashboard.openJoinRequests} />
            </section>
          </>
        )}
        {dashboard.kind === "deelnemer" && (
          <QuestionList
            title="dashboard.eigenVragen"
            titleVars={{ organisatie: dashboard.organisationName }}
            empty="dashboard.geenEigenVragen"
            questions={dashboard.ownQuestions}
          />
        )}
        {dashboard.kind === "deelnemer" && dashboard.secondCircle && <SecondCircleCard />}
        {dashboard.kind === "medewerker" && (
          <>
            <MeetingList
              id="gehouden"
              title="dashboard.gehouden"
              empty="dashboard.geenGehouden"
              meetings={dashboard.heldMeetings}
            />
            <section aria-labelledby="essays" className="leerkring-card">
              <Heading2 id="essays">{t("dashboard.essays")}</Heading2>
              {dashboard.essays.length === 0 ? (
                <Paragraph>{t("dashboard.geenEssays")}</Paragraph>
              ) : (
                <UnorderedList>
                  {dashboard.essays.map((e) => (
                    <UnorderedListItem key={e.id}>
                      <Link to={`/essays/${e.slug}/schrijven`} className="utrecht-link">
                        {e.title}
                      </Link>
                      <br />
                      {e.meetingTitle} · {t(`essay.status.${e.status}`)}
                    </UnorderedListItem>
                  ))}
                </UnorderedList>
              )}
            </section>
            <section aria-labelledby="casework" className="leerkring-card">
              <Heading2 id="casework">{t("dashboard.mijnTrajecten")}</Heading2>
              {dashboard.casework.length === 0 ? (
                <Paragraph>{t("dashboard.geenTrajecten")}</Paragraph>
              ) : (
                <UnorderedList>
                  {dashboard.casework.map((tr) => (
                    <UnorderedListItem key={tr.id}>
                      <Link to={`/aan-de-slag/${tr.id}`} className="utrecht-link">
                        {tr.title}
                      </Link>
                      <br />
                      {tr.organisationName} · {t(`traject.status.${tr.status}`)}
                    </UnorderedListItem>
                  ))}
                </UnorderedList>
              )}
            </section>
          </>
        )}
      </div>
    </div>
  );
}
