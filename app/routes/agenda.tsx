import { Alert, ButtonLink, Heading1, Paragraph } from "@utrecht/component-library-react";
import { Link, NavLink } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/agenda";
import { can } from "#app/auth/permissions.ts";
import { requirePermission } from "#app/auth/user.server.ts";
import { invitedKinds } from "#app/bijeenkomsten/bijeenkomsten.server.ts";
import { AgendaFeed } from "#app/bijeenkomsten/agenda-feed.tsx";
import { AgendaFilterForm } from "#app/bijeenkomsten/agenda-filter-form.tsx";
import { agendaSearch } from "#app/bijeenkomsten/agenda-filters.ts";
import { AgendaList } from "#app/bijeenkomsten/agenda-list.tsx";
import { MonthGrid, WeekGrid } from "#app/bijeenkomsten/agenda-calendar.tsx";
import { agendaFilterOptions, agendaView } from "#app/bijeenkomsten/agenda-view.server.ts";
import {
  calendarFeedStatus,
  createCalendarFeed,
  revokeCalendarFeed,
} from "#app/bijeenkomsten/ical.server.ts";
import { PageTitle } from "#app/components/page-title.tsx";
import { Pagination } from "#app/components/pagination.tsx";
import { useT } from "#shared/i18n/index.ts";
import { invalid, parseSubmission } from "#app/utils/forms.ts";
import { pageParam } from "#app/utils/fields.ts";
import { absoluteUrl } from "#shared/config.server.ts";

// The agenda: a list (default), a month or a week (?weergave=maand|week), with filters by kind,
// circle, theme and host municipality (agenda-filters.ts), which the personal feed takes too.

export function loader({ request }: Route.LoaderArgs) {
  const user = requirePermission(request, "agenda:bekijken");
  const url = new URL(request.url);
  const kinds = invitedKinds(user);
  const planned = Number(url.searchParams.get("rotatie"));
  return {
    agenda: agendaView(url, kinds, pageParam(url)),
    options: agendaFilterOptions(kinds),
    planner: can(user, "bijeenkomst:plannen"),
    planned: Number.isInteger(planned) && planned > 0 ? planned : null,
    feed: calendarFeedStatus(user.id),
  };
}

/** The calendar feed's two buttons. */
const feedIntents = z.object({ intent: z.enum(["feed-maken", "feed-intrekken"]) });

export async function action({ request }: Route.ActionArgs) {
  const user = requirePermission(request, "agenda:bekijken");
  const submission = parseSubmission(await request.formData(), feedIntents);
  if (submission.status !== "success") return invalid(submission);
  if (submission.value.intent === "feed-maken") {
    const token = createCalendarFeed(user.id);
    return {
      done: "agenda.feedGemaakt" as const,
      feedUrl: absoluteUrl(`/agenda.ics?token=${token}`),
    };
  }
  revokeCalendarFeed(user.id);
  return { done: "agenda.feedIngetrokken" as const };
}

export default function Agenda({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { agenda, options, planner, planned, feed } = loaderData;
  const done = actionData && "done" in actionData ? actionData : null;
  const { filters } = agenda;
  const keep: [string, string][] =
    agenda.view === "maand"
      ? [
          ["weergave", "maand"],
          ["maand", agenda.month.slice(0, 7)],
        ]
      : agenda.view === "week"
        ? [
            ["weergave", "week"],
            ["week", agenda.monday],
          ]
        : agenda.when === "voorbij"
          ? [["wanneer", "voorbij"]]
          : [];
  const views = [
    { view: "lijst", label: t("agenda.weergave.lijst"), to: `/agenda${agendaSearch([], filters)}` },
    {
      view: "maand",
      label: t("agenda.weergave.maand"),
      to: `/agenda${agendaSearch([["weergave", "maand"]], filters)}`,
    },
    {
      view: "week",
      label: t("agenda.weergave.week"),
      to: `/agenda${agendaSearch([["weergave", "week"]], filters)}`,
    },
  ];
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("agenda.titel")}</PageTitle>
      <Heading1>{t("agenda.titel")}</Heading1>
      {planned && (
        <Alert type="ok" role="status">
          <Paragraph>{t("agenda.rotatieGepland", { count: planned })}</Paragraph>
        </Alert>
      )}
      {planner && (
        <div className="leerkring-actions">
          <ButtonLink href="/agenda/nieuw?soort=thema" appearance="primary-action-button">
            {t("agenda.themaPlannen")}
          </ButtonLink>
          <ButtonLink href="/agenda/nieuw?soort=intervisie" appearance="primary-action-button">
            {t("agenda.intervisiePlannen")}
          </ButtonLink>
          <ButtonLink href="/agenda/rotatie" appearance="secondary-action-button">
            {t("agenda.rotatiePlannen")}
          </ButtonLink>
        </div>
      )}
      <nav aria-label={t("agenda.weergave.label")} className="leerkring-subnav">
        <ul>
          {views.map((v) => (
            <li key={v.view}>
              <Link to={v.to} aria-current={agenda.view === v.view ? "page" : undefined}>
                {v.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <AgendaFilterForm filters={filters} options={options} keep={keep} />
      {agenda.view === "lijst" ? (
        <>
          <nav aria-label={t("agenda.periode")} className="leerkring-subnav">
            <ul>
              <li>
                <NavLink
                  to={`/agenda${agendaSearch([], filters)}`}
                  end
                  aria-current={agenda.when === "komend" ? "page" : undefined}
                >
                  {t("agenda.komend")}
                </NavLink>
              </li>
              <li>
                <NavLink
                  to={`/agenda${agendaSearch([["wanneer", "voorbij"]], filters)}`}
                  aria-current={agenda.when === "voorbij" ? "page" : undefined}
                >
                  {t("agenda.voorbij")}
                </NavLink>
              </li>
            </ul>
          </nav>
          <AgendaList meetings={agenda.meetings} when={agenda.when} />
          <Pagination page={agenda.page} pages={agenda.pages} />
        </>
      ) : (
        <>
          <nav aria-label={t("agenda.bladeren")} className="leerkring-actions">
            <Link to={agenda.previous} className="utrecht-link" rel="prev">
              {agenda.view === "maand" ? t("agenda.vorigeMaand") : t("agenda.vorigeWeek")}
            </Link>
            <Link to={agenda.current} className="utrecht-link">
              {agenda.view === "maand" ? t("agenda.dezeMaand") : t("agenda.dezeWeek")}
            </Link>
            <Link to={agenda.next} className="utrecht-link" rel="next">
              {agenda.view === "maand" ? t("agenda.volgendeMaand") : t("agenda.volgendeWeek")}
            </Link>
          </nav>
          {agenda.view === "maand" ? (
            <MonthGrid month={agenda.month} today={agenda.today} weeks={agenda.weeks} />
          ) : (
            <WeekGrid monday={agenda.monday} today={agenda.today} days={agenda.days} />
          )}
        </>
      )}
      <AgendaFeed feed={feed} done={done} />
    </div>
  );
}
