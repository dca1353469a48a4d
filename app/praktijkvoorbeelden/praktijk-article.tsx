import { DataList, Heading1, Paragraph, PreHeading } from "@utrecht/component-library-react";
import { Link } from "react-router";
import { Detail } from "#app/components/detail.tsx";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";
import { paragraphs } from "./praktijkvoorbeeld-schema.ts";

export type PraktijkShown = {
  title: string;
  summary: string;
  body: string;
  organisationName: string;
  organisationSlug: string;
  themaName: string;
  themaSlug: string;
  /** Links for signed-in people, who may open the meeting and the casework. */
  meeting: { title: string; href: string | null } | null;
  traject: { title: string; href: string | null } | null;
  firstPublishedAt: Date | null;
};

/** A practice example as readers see it; the body as paragraphs of text, never as HTML. */
export function PraktijkArticle({ shown }: { shown: PraktijkShown }) {
  const t = useT();
  const locale = useLocale();
  const linked = (item: { title: string; href: string | null }) =>
    item.href ? (
      <Link to={item.href} className="utrecht-link">
        {item.title}
      </Link>
    ) : (
      item.title
    );
  return (
    <article className="leerkring-article leerkring-stack" lang="nl">
      <header className="leerkring-stack">
        <PreHeading>{t("praktijk.kop", { gemeente: shown.organisationName })}</PreHeading>
        <Heading1>{shown.title}</Heading1>
        {shown.summary && <Paragraph lead>{shown.summary}</Paragraph>}
        <DataList>
          <Detail label={t("veld.gemeente")}>
            <Link to={`/gemeenten/${shown.organisationSlug}`} className="utrecht-link">
              {shown.organisationName}
            </Link>
          </Detail>
          <Detail label={t("praktijk.veld.thema")}>
            <Link to={`/themas/${shown.themaSlug}`} className="utrecht-link">
              {shown.themaName}
            </Link>
          </Detail>
          {shown.meeting && (
            <Detail label={t("praktijk.veld.bijeenkomst")}>{linked(shown.meeting)}</Detail>
          )}
          {shown.traject && (
            <Detail label={t("praktijk.veld.traject")}>{linked(shown.traject)}</Detail>
          )}
          {shown.firstPublishedAt && (
            <Detail label={t("praktijk.gepubliceerd")}>
              <time dateTime={new Date(shown.firstPublishedAt).toISOString()}>
                {formatDateTime(locale, shown.firstPublishedAt, "date")}
              </time>
            </Detail>
          )}
        </DataList>
      </header>
      {paragraphs(shown.body).map((p, i) => (
        <Paragraph key={i} className="leerkring-prewrap">
          {p}
        </Paragraph>
      ))}
    </article>
  );
}
