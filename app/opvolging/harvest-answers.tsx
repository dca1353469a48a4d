import { DataList, Heading2, Heading3, Paragraph } from "@utrecht/component-library-react";
import { Link } from "react-router";
import { Detail } from "#app/components/detail.tsx";
import { useT } from "#shared/i18n/index.ts";
import { EssayDueLine } from "./essay-due.tsx";

export type HarvestForWriters = {
  bijeenkomstId: number;
  dueDate: string | null;
  answers: { userId: number; name: string; geleerd: string; proberen: string; vraag: string }[];
};

/** Beside the essay's editor, for its writers: the attendees' harvest, with their names. */
export function HarvestAnswers({
  harvest,
  status,
}: {
  harvest: HarvestForWriters;
  status: string;
}) {
  const t = useT();
  const questions = ["geleerd", "proberen", "vraag"] as const;
  return (
    <aside aria-labelledby="oogst-antwoorden" className="leerkring-stack leerkring-card">
      <Heading2 id="oogst-antwoorden">{t("opvolging.antwoorden.titel")}</Heading2>
      <EssayDueLine status={status} dueDate={harvest.dueDate} />
      <Paragraph className="leerkring-muted">{t("opvolging.antwoorden.uitleg")}</Paragraph>
      {harvest.answers.length === 0 ? (
        <Paragraph>{t("opvolging.antwoorden.geen")}</Paragraph>
      ) : (
        harvest.answers.map((a) => (
          <article key={a.userId}>
            <Heading3>{a.name}</Heading3>
            <DataList>
              {questions
                .filter((q) => a[q])
                .map((q) => (
                  <Detail key={q} label={t(`opvolging.antwoorden.${q}`)}>
                    <span className="leerkring-prewrap">{a[q]}</span>
                  </Detail>
                ))}
            </DataList>
          </article>
        ))
      )}
      <Paragraph>
        <Link to={`/bijeenkomsten/${harvest.bijeenkomstId}/opvolging`} className="utrecht-link">
          {t("opvolging.antwoorden.naarOpvolging")}
        </Link>
      </Paragraph>
    </aside>
  );
}
