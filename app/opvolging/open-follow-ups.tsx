import {
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { Link } from "react-router";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";
import { dayAsDate } from "./days.ts";
import type { OpenFollowUps as Data } from "./opvolging.server.ts";

/** The dashboard's follow-up: own open action items, harvests still to fill in, essays past due. */
export function OpenFollowUps({ followUps }: { followUps: Data }) {
  const t = useT();
  const locale = useLocale();
  const { actions, harvests, overdueEssays } = followUps;
  const none = !actions.length && !harvests.length && !overdueEssays.length;
  return (
    <section aria-labelledby="opvolging" className="leerkring-card">
      <Heading2 id="opvolging">{t("opvolging.dashboard.titel")}</Heading2>
      {none ? (
        <Paragraph>{t("opvolging.dashboard.geen")}</Paragraph>
      ) : (
        <UnorderedList>
          {harvests.map((h) => (
            <UnorderedListItem key={`oogst-${h.id}`}>
              <Link to={`/bijeenkomsten/${h.id}/opvolging#oogst`} className="utrecht-link">
                {t("opvolging.dashboard.oogst", { bijeenkomst: h.title })}
              </Link>
            </UnorderedListItem>
          ))}
          {actions.map((a) => (
            <UnorderedListItem key={`actie-${a.id}`}>
              <Link
                to={`/bijeenkomsten/${a.bijeenkomstId}/opvolging#acties`}
                className="utrecht-link"
              >
                {a.text}
              </Link>
              <br />
              {t("opvolging.dashboard.actie", {
                bijeenkomst: a.meetingTitle,
                datum: formatDateTime(locale, dayAsDate(a.dueDate), "date"),
              })}
              {a.overdue && ` · ${t("opvolging.acties.verlopen")}`}
            </UnorderedListItem>
          ))}
          {overdueEssays.map((e) => (
            <UnorderedListItem key={`essay-${e.id}`}>
              <Link to={`/essays/${e.slug}/schrijven`} className="utrecht-link">
                {t("opvolging.dashboard.essay", { titel: e.title })}
              </Link>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  );
}
