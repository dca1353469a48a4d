import {
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { Link } from "react-router";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";
import type { MeetingSummary } from "./meeting-query.server.ts";

/** The agenda as a list: upcoming soonest first, or past most recent first. */
export function AgendaList({
  meetings,
  when,
}: {
  meetings: Pick<
    MeetingSummary,
    "id" | "startsAt" | "title" | "kind" | "location" | "hostName" | "status"
  >[];
  when: "komend" | "voorbij";
}) {
  const t = useT();
  const locale = useLocale();
  if (meetings.length === 0)
    return (
      <Paragraph>{when === "komend" ? t("agenda.geenKomend") : t("agenda.geenVoorbij")}</Paragraph>
    );
  return (
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
  );
}
