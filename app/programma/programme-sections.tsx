import {
  Heading2,
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { Link } from "react-router";
import { TableRegion } from "#app/components/data-table.tsx";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";
import type { SeasonProgramme } from "./programma.server.ts";

// The tracks of a season's programme: theme meetings per theme, the series of intervision
// sessions, the casework and the essays. Each shows an empty state of its own.

type Meeting = SeasonProgramme["meetings"][number];

function MeetingLink({ meeting }: { meeting: Meeting }) {
  return (
    <Link to={`/bijeenkomsten/${meeting.id}`} className="utrecht-link">
      {meeting.title}
    </Link>
  );
}

function EssayState({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const essay = meeting.essay;
  if (!essay) return <>{t("programma.essay.geen")}</>;
  if (essay.status === "gepubliceerd") {
    return (
      <Link to={`/essays/${essay.slug}`} className="utrecht-link">
        {t("programma.essay.gepubliceerd", { titel: essay.publishedTitle ?? essay.title })}
      </Link>
    );
  }
  return <>{t("programma.essay.inWording", { status: t(`essay.status.${essay.status}`) })}</>;
}

export function ThemaSection({ meetings }: { meetings: Meeting[] }) {
  const t = useT();
  const locale = useLocale();
  const themes = [...new Set(meetings.map((m) => m.themaName ?? ""))];
  return (
    <section aria-labelledby="themabijeenkomsten" className="leerkring-stack">
      <Heading2 id="themabijeenkomsten">{t("programma.spoor.thema")}</Heading2>
      {meetings.length === 0 && <Paragraph>{t("programma.geenThema")}</Paragraph>}
      {themes.map((theme) => (
        <section key={theme} className="leerkring-stack">
          <Heading3>{theme || t("programma.zonderThema")}</Heading3>
          <UnorderedList>
            {meetings
              .filter((m) => (m.themaName ?? "") === theme)
              .map((m) => (
                <UnorderedListItem key={m.id} data-bijeenkomst={m.id}>
                  <MeetingLink meeting={m} />
                  <br />
                  {formatDateTime(locale, m.startsAt, "date")} ·{" "}
                  {t(`bijeenkomst.status.${m.status}`)} · <EssayState meeting={m} />
                </UnorderedListItem>
              ))}
          </UnorderedList>
        </section>
      ))}
    </section>
  );
}

export function IntervisieSection({ seizoen, meetings }: { seizoen: string; meetings: Meeting[] }) {
  const t = useT();
  const locale = useLocale();
  const caption = t("programma.intervisie.caption", { seizoen });
  return (
    <section aria-labelledby="intervisie" className="leerkring-stack">
      <Heading2 id="intervisie">{t("programma.spoor.intervisie")}</Heading2>
      {meetings.length === 0 ? (
        <Paragraph>{t("programma.geenIntervisie")}</Paragraph>
      ) : (
        <TableRegion label={caption}>
          <Table>
            <TableCaption>{caption}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t("programma.kolom.datum")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("programma.kolom.bijeenkomst")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("bijeenkomst.veld.gastgemeente")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("programma.kolom.status")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("programma.kolom.leervragen")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {meetings.map((m) => (
                <TableRow key={m.id} data-bijeenkomst={m.id}>
                  <TableHeaderCell scope="row">
                    {formatDateTime(locale, m.startsAt, "date")}
                  </TableHeaderCell>
                  <TableCell>
                    <MeetingLink meeting={m} />
                  </TableCell>
                  <TableCell>{m.hostName ?? "—"}</TableCell>
                  <TableCell>{t(`bijeenkomst.status.${m.status}`)}</TableCell>
                  <TableCell>
                    {m.questions && m.questions.length > 0 ? (
                      <UnorderedList>
                        {m.questions.map((q) => (
                          <UnorderedListItem key={q.id}>
                            {q.organisationName}:{" "}
                            <Link to={`/leervragen/${q.id}`} className="utrecht-link">
                              {q.title}
                            </Link>
                          </UnorderedListItem>
                        ))}
                      </UnorderedList>
                    ) : (
                      t("programma.leervragen", { count: m.questionCount })
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableRegion>
      )}
    </section>
  );
}

export function CaseworkSection({ trajecten }: { trajecten: SeasonProgramme["trajecten"] }) {
  const t = useT();
  return (
    <section aria-labelledby="aan-de-slag" className="leerkring-stack">
      <Heading2 id="aan-de-slag">{t("programma.spoor.aan-de-slag")}</Heading2>
      {trajecten.length === 0 ? (
        <Paragraph>{t("programma.geenTrajecten")}</Paragraph>
      ) : (
        <UnorderedList>
          {trajecten.map((tr) => (
            <UnorderedListItem key={tr.id}>
              <Link to={`/aan-de-slag/${tr.id}`} className="utrecht-link">
                {tr.title}
              </Link>
              <br />
              {tr.organisationName} · {t(`traject.status.${tr.status}`)}
              {tr.partners.length > 0 &&
                ` · ${tr.partners.map((p) => `${p.name} (${t(`partnerrol.${p.role}`)})`).join(", ")}`}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  );
}

export function EssaySection({ meetings }: { meetings: Meeting[] }) {
  const t = useT();
  const locale = useLocale();
  const withEssay = meetings.filter((m) => m.essay);
  return (
    <section aria-labelledby="essays" className="leerkring-stack">
      <Heading2 id="essays">{t("programma.essays")}</Heading2>
      {withEssay.length === 0 ? (
        <Paragraph>{t("programma.geenEssays")}</Paragraph>
      ) : (
        <UnorderedList>
          {withEssay.map((m) => (
            <UnorderedListItem key={m.id}>
              <EssayState meeting={m} />
              <br />
              {m.title}
              {m.essay?.firstPublishedAt &&
                ` · ${t("programma.essay.op", { datum: formatDateTime(locale, m.essay.firstPublishedAt, "date") })}`}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  );
}
