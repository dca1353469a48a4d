import {
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { Link } from "react-router";
import type { leervraagStatuses } from "#db/schema.ts";
import { formatDateTime, useLocale, useT, type MessageKey } from "#shared/i18n/index.ts";

// The lists a dashboard shows: meetings to come and learning questions, each with its empty state.

type MeetingItem = {
  id: number;
  kind: "thema" | "intervisie";
  title: string;
  location: string;
  startsAt: Date;
};
type QuestionItem = {
  id: number;
  title: string;
  status: (typeof leervraagStatuses)[number];
  organisationName: string;
};

export function MeetingList(props: {
  id: string;
  title: MessageKey;
  empty: MessageKey;
  meetings: MeetingItem[];
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby={props.id} className="leerkring-card">
      <Heading2 id={props.id}>{t(props.title)}</Heading2>
      {props.meetings.length === 0 ? (
        <Paragraph>{t(props.empty)}</Paragraph>
      ) : (
        <UnorderedList>
          {props.meetings.map((m) => (
            <UnorderedListItem key={m.id}>
              <Link to={`/bijeenkomsten/${m.id}`} className="utrecht-link">
                <strong>{m.title}</strong>
              </Link>
              <br />
              {t(`bijeenkomst.soort.${m.kind}`)} · {formatDateTime(locale, m.startsAt, "long")} ·{" "}
              {m.location}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  );
}

export function QuestionList(props: {
  title: MessageKey;
  titleVars?: Record<string, string>;
  empty: MessageKey;
  questions: QuestionItem[];
}) {
  const t = useT();
  return (
    <section aria-labelledby="vragen" className="leerkring-card">
      <Heading2 id="vragen">{t(props.title, props.titleVars)}</Heading2>
      {props.questions.length === 0 ? (
        <Paragraph>{t(props.empty)}</Paragraph>
      ) : (
        <UnorderedList>
          {props.questions.map((q) => (
            <UnorderedListItem key={q.id}>
              <Link to={`/leervragen/${q.id}`} className="utrecht-link">
                <strong>{q.title}</strong>
              </Link>
              <br />
              {q.organisationName} · {t(`leervraag.status.${q.status}`)}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  );
}
