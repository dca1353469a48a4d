import { DataList, Paragraph } from "@utrecht/component-library-react";
import { Link } from "react-router";
import { hasFollowUp } from "#app/auth/rules/opvolging.ts";
import { Detail } from "#app/components/detail.tsx";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";
import type { MeetingDetails } from "./bijeenkomsten.server.ts";

/** When, where and with whom a meeting is, and the pages that go with it. */
export function MeetingFacts({
  meeting,
  friends,
  going,
  confidential,
  links,
}: Pick<MeetingDetails, "meeting" | "friends" | "confidential"> & {
  /** How many have a place (said yes and are not on the waiting list). */
  going: number;
  links: { notes: boolean; essay: string | null; poll: string | null; edit: boolean };
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <DataList>
        <Detail label={t("bijeenkomst.veld.wanneer")}>
          {formatDateTime(locale, meeting.startsAt, "long")} –{" "}
          {formatDateTime(locale, meeting.endsAt, "time")}
        </Detail>
        <Detail label={t("bijeenkomst.veld.locatie")}>{meeting.location}</Detail>
        {meeting.hostName && (
          <Detail label={t("bijeenkomst.veld.gastgemeente")}>
            <Link to={`/gemeenten/${meeting.hostSlug}`} className="utrecht-link">
              {meeting.hostName}
            </Link>
          </Detail>
        )}
        {meeting.themaName && (
          <Detail label={t("bijeenkomst.veld.thema")}>
            <Link to={`/themas/${meeting.themaSlug}`} className="utrecht-link">
              {meeting.themaName}
            </Link>
          </Detail>
        )}
        <Detail label={t("bijeenkomst.veld.leider")}>
          {meeting.leaderName ?? t("bijeenkomst.geenLeider")}
        </Detail>
        {friends.length > 0 && (
          <Detail label={t("bijeenkomst.veld.criticalFriends")}>
            {friends.map((f) => f.name).join(", ")}
          </Detail>
        )}
        {meeting.capacity !== null && (
          <Detail label={t("bijeenkomst.veld.capaciteit")}>
            {t("bijeenkomst.plaatsenBezet", { bezet: going, count: meeting.capacity })}
          </Detail>
        )}
      </DataList>
      {meeting.description && (
        <Paragraph className="leerkring-prewrap">{meeting.description}</Paragraph>
      )}
      {/* Confidential intervision: the loader left out programme, questions and participants. */}
      {confidential && <Paragraph>{t("bijeenkomst.vertrouwelijk")}</Paragraph>}

      <div className="leerkring-actions">
        {links.notes && (
          <Link to={`/bijeenkomsten/${meeting.id}/notities`} className="utrecht-link">
            {t("bijeenkomst.notities")}
          </Link>
        )}
        {links.essay && (
          <Link to={links.essay} className="utrecht-link">
            {t("bijeenkomst.essay")}
          </Link>
        )}
        {links.poll && (
          <Link to={links.poll} className="utrecht-link">
            {t("datumprikker.titel")}
          </Link>
        )}
        {hasFollowUp(meeting) && (
          <Link to={`/bijeenkomsten/${meeting.id}/opvolging`} className="utrecht-link">
            {t("opvolging.link")}
          </Link>
        )}
        <a href={`/bijeenkomsten/${meeting.id}.ics`} className="utrecht-link" download>
          {t("bijeenkomst.icsDownload")}
        </a>
        {links.edit && (
          <Link
            to={`/bijeenkomsten/${meeting.id}/bewerken`}
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
          >
            {t("actie.wijzigen")}
          </Link>
        )}
      </div>
    </>
  );
}
