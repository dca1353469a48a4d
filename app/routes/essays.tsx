import { Heading1, Paragraph, UnorderedList } from "@utrecht/component-library-react";
import { Link } from "react-router";
import type { Route } from "./+types/essays";
import { PageTitle } from "#app/components/page-title.tsx";
import { listPublishedEssays } from "#app/essays/essays.server.ts";
import { formatDateTime, useLocale, useT } from "#app/i18n/index.ts";

// Public: the published essays, newest first.
export function loader() {
  return { essays: listPublishedEssays() };
}

export default function Essays({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("essay.lijst")}</PageTitle>
      <link
        rel="alternate"
        type="application/atom+xml"
        title={t("essay.feed")}
        href="/essays.atom"
      />
      <Heading1>{t("essay.lijst")}</Heading1>
      <Paragraph lead>{t("essay.lijstUitleg")}</Paragraph>
      {loaderData.essays.length === 0 ? (
        <Paragraph>{t("essay.geen")}</Paragraph>
      ) : (
        <UnorderedList className="leerkring-results">
          {loaderData.essays.map((e) => (
            <li key={e.id} className="leerkring-card">
              <Paragraph className="leerkring-muted">
                {e.themaName ?? ""} · {formatDateTime(locale, e.firstPublishedAt!, "date")}
              </Paragraph>
              <h2 className="utrecht-heading-3">
                <Link to={`/essays/${e.slug}`} className="utrecht-link">
                  {e.publishedTitle}
                </Link>
              </h2>
              {e.publishedSummary && <Paragraph>{e.publishedSummary}</Paragraph>}
              {e.authors.length > 0 && (
                <Paragraph className="leerkring-muted">
                  {t("essay.door", { auteurs: e.authors.map((a) => a.name).join(", ") })}
                </Paragraph>
              )}
            </li>
          ))}
        </UnorderedList>
      )}
      <Paragraph>
        <a href="/essays.atom" className="utrecht-link">
          {t("essay.feed")}
        </a>
      </Paragraph>
    </div>
  );
}
