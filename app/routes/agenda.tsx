import {
  Button,
  ButtonLink,
  Heading1,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { Form, Link, NavLink } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/agenda";
import { can } from "#app/auth/permissions.ts";
import { requirePermission } from "#app/auth/user.server.ts";
import { invitedKinds } from "#app/bijeenkomsten/bijeenkomsten.server.ts";
import { listMeetings } from "#app/bijeenkomsten/meeting-query.server.ts";
import {
  calendarFeedStatus,
  createCalendarFeed,
  revokeCalendarFeed,
} from "#app/bijeenkomsten/ical.server.ts";
import { SuccessAlert } from "#app/components/fields.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { Pagination } from "#app/components/pagination.tsx";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";
import { invalid, parseSubmission } from "#app/utils/forms.ts";
import { pageParam } from "#app/utils/fields.ts";
import { absoluteUrl } from "#shared/config.server.ts";

export function loader({ request }: Route.LoaderArgs) {
  const user = requirePermission(request, "agenda:bekijken");
  const url = new URL(request.url);
  const when = url.searchParams.get("wanneer") === "voorbij" ? "voorbij" : "komend";
  const list = listMeetings({ when, page: pageParam(url), onlyKinds: invitedKinds(user) });
  return {
    when,
    ...list,
    planner: can(user, "bijeenkomst:plannen"),
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
  const locale = useLocale();
  const { meetings, when, page, pages, planner, feed } = loaderData;
  const done = actionData && "done" in actionData ? actionData : null;
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("agenda.titel")}</PageTitle>
      <Heading1>{t("agenda.titel")}</Heading1>
      {planner && (
        <div className="leerkring-actions">
          <ButtonLink href="/agenda/nieuw?soort=thema" appearance="primary-action-button">
            {t("agenda.themaPlannen")}
          </ButtonLink>
          <ButtonLink href="/agenda/nieuw?soort=intervisie" appearance="primary-action-button">
            {t("agenda.intervisiePlannen")}
          </ButtonLink>
        </div>
      )}
      <nav aria-label={t("agenda.periode")} className="leerkring-subnav">
        <ul>
          <li>
            <NavLink to="/agenda" end aria-current={when === "komend" ? "page" : undefined}>
              {t("agenda.komend")}
            </NavLink>
          </li>
          <li>
            <NavLink
              to="/agenda?wanneer=voorbij"
              aria-current={when === "voorbij" ? "page" : undefined}
            >
              {t("agenda.voorbij")}
            </NavLink>
          </li>
        </ul>
      </nav>
      {meetings.length === 0 ? (
        <Paragraph>
          {when === "komend" ? t("agenda.geenKomend") : t("agenda.geenVoorbij")}
        </Paragraph>
      ) : (
        <div className="leerkring-table-wrapper">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t("bijeenkomst.veld.wanneer")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("bijeenkomst.veld.titel")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("bijeenkomst.veld.soort")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("bijeenkomst.veld.locatie")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("bijeenkomst.veld.status")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {meetings.map((m) => (
                <TableRow key={m.id}>
                  <TableCell>{formatDateTime(locale, m.startsAt)}</TableCell>
                  <TableCell>
                    <Link to={`/bijeenkomsten/${m.id}`} className="utrecht-link">
                      {m.title}
                    </Link>
                  </TableCell>
                  <TableCell>{t(`bijeenkomst.soort.${m.kind}`)}</TableCell>
                  <TableCell>{m.hostName ? `${m.location} (${m.hostName})` : m.location}</TableCell>
                  <TableCell>{t(`bijeenkomst.status.${m.status}`)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <Pagination page={page} pages={pages} />

      <section aria-labelledby="abonnement" className="leerkring-card">
        <Heading2 id="abonnement">{t("agenda.feedTitel")}</Heading2>
        <Paragraph>{t("agenda.feedUitleg")}</Paragraph>
        <SuccessAlert message={done?.done} />
        {done && "feedUrl" in done && (
          <>
            <Paragraph>{t("agenda.feedEenmalig")}</Paragraph>
            <code className="leerkring-code" data-testid="agenda-feed">
              {done.feedUrl}
            </code>
          </>
        )}
        {feed && !(done && "feedUrl" in done) && (
          <Paragraph>
            {t("agenda.feedActief", { datum: formatDateTime(locale, feed.createdAt, "date") })}
            {feed.lastUsedAt
              ? ` ${t("agenda.feedGebruikt", { datum: formatDateTime(locale, feed.lastUsedAt) })}`
              : ""}
          </Paragraph>
        )}
        <div className="leerkring-actions">
          <Form method="post">
            <input type="hidden" name="intent" value="feed-maken" />
            <Button type="submit" appearance="secondary-action-button">
              {feed ? t("agenda.feedVernieuwen") : t("agenda.feedMaken")}
            </Button>
          </Form>
          {feed && (
            <Form method="post">
              <input type="hidden" name="intent" value="feed-intrekken" />
              <Button type="submit" appearance="subtle-button">
                {t("agenda.feedIntrekken")}
              </Button>
            </Form>
          )}
        </div>
      </section>
    </div>
  );
}
