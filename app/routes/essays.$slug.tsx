import richText from "@utrecht/rich-text-css/dist/index.css?url";
import { DataList, Heading1, Paragraph, PreHeading } from "@utrecht/component-library-react";
import { Link } from "react-router";
import type { Route } from "./+types/essays.$slug";
import { Detail } from "#app/components/detail.tsx";
import { DownloadLinks } from "#app/components/download-links.tsx";
import { canReadEssayDraft } from "#app/auth/rules/essay.ts";
import { getUser, notFound } from "#app/auth/user.server.ts";
import { authorNames } from "#app/essays/author-names.ts";
import { getEssayBySlug, publishedBody } from "#app/essays/essays.server.ts";
import { TagList } from "#app/tags/tag-list.tsx";
import { tagsOf } from "#app/tags/tags.server.ts";
import { visitorLocale } from "#app/verklaringen/statements.server.ts";
import { Attachments } from "#app/bijlagen/attachments.tsx";
import { attachmentsOf } from "#app/bijlagen/bijlagen.server.ts";
import { formatDateTime, translator, useLocale, useT } from "#shared/i18n/index.ts";
import { absoluteUrl } from "#shared/config.server.ts";

// The public article: always the published snapshot, never the draft.
export function loader({ request, params }: Route.LoaderArgs) {
  const essay = getEssayBySlug(params.slug);
  const user = getUser(request);
  if (!essay) throw notFound();
  const readsDraft = canReadEssayDraft(user, essay);
  const bijlagen = attachmentsOf(user, {
    kind: "essay",
    id: essay.id,
    resource: { kind: "essay", essay },
  });
  if (!essay.publishedHtml) {
    // Not published yet: only those working on it may know it exists.
    if (!readsDraft) throw notFound();
    return {
      published: null,
      slug: essay.slug,
      title: essay.title,
      canWrite: true,
      url: "",
      bijlagen,
    };
  }
  const t = translator(visitorLocale(request));
  return {
    published: {
      title: essay.publishedTitle!,
      summary: essay.publishedSummary ?? "",
      html: publishedBody(essay, t),
      themaName: essay.themaName,
      themaSlug: essay.themaSlug,
      meetingTitle: essay.meetingTitle,
      meetingStartsAt: essay.meetingStartsAt,
      meetingLocation: essay.meetingLocation,
      firstPublishedAt: essay.firstPublishedAt!,
      publishedAt: essay.publishedAt!,
      authors: authorNames(essay, t),
      draftPending: essay.status !== "gepubliceerd",
      tags: tagsOf("essay", essay.id),
    },
    slug: essay.slug,
    title: essay.publishedTitle!,
    canWrite: readsDraft,
    url: absoluteUrl(`/essays/${essay.slug}`),
    bijlagen,
  };
}

// The article's body is rich text: its styles are this page's alone (app/styles/utrecht.css).
export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: richText }];

export const meta: Route.MetaFunction = ({ loaderData }) => {
  if (!loaderData?.published) return [{ title: "Essay – Leerkring" }];
  const p = loaderData.published;
  const t = translator("nl");
  return [
    { title: `${p.title} – Leerkring` },
    { name: "description", content: p.summary },
    { name: "author", content: p.authors.join(", ") },
    { property: "og:type", content: "article" },
    { property: "og:title", content: p.title },
    { property: "og:description", content: p.summary },
    { property: "og:url", content: loaderData.url },
    { property: "og:site_name", content: "Leerkring" },
    { property: "og:locale", content: "nl_NL" },
    { property: "article:published_time", content: new Date(p.firstPublishedAt).toISOString() },
    { property: "article:modified_time", content: new Date(p.publishedAt).toISOString() },
    ...(p.themaName ? [{ property: "article:section", content: p.themaName }] : []),
    { name: "twitter:card", content: "summary" },
    { tagName: "link", rel: "canonical", href: loaderData.url },
    {
      tagName: "link",
      rel: "alternate",
      type: "application/atom+xml",
      title: t("essay.feed"),
      href: "/essays.atom",
    },
  ];
};

export default function EssayArtikel({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { published: p, slug, canWrite } = loaderData;
  if (!p) {
    return (
      <div className="leerkring-stack">
        <Heading1>{loaderData.title}</Heading1>
        <Paragraph>{t("essay.nogNietGepubliceerd")}</Paragraph>
        <Link to={`/essays/${slug}/schrijven`} className="utrecht-link">
          {t("essay.naarSchrijven")}
        </Link>
        <Attachments {...loaderData.bijlagen} />
      </div>
    );
  }
  return (
    <article className="leerkring-article leerkring-stack" lang="nl">
      <header className="leerkring-stack">
        <PreHeading>
          {p.themaName ? t("essay.bijThema", { thema: p.themaName }) : t("essay.essay")}
        </PreHeading>
        <Heading1>{p.title}</Heading1>
        {p.summary && <Paragraph lead>{p.summary}</Paragraph>}
        <DataList>
          {p.authors.length > 0 && (
            <Detail label={t("essay.auteurs")}>{p.authors.join(", ")}</Detail>
          )}
          <Detail label={t("essay.gepubliceerd")}>
            <time dateTime={new Date(p.firstPublishedAt).toISOString()}>
              {formatDateTime(locale, p.firstPublishedAt, "date")}
            </time>
            {new Date(p.publishedAt).getTime() !== new Date(p.firstPublishedAt).getTime() &&
              ` (${t("essay.bijgewerkt", { datum: formatDateTime(locale, p.publishedAt, "date") })})`}
          </Detail>
          <Detail label={t("essay.bijeenkomst")}>
            {p.meetingTitle}, {formatDateTime(locale, p.meetingStartsAt, "date")},{" "}
            {p.meetingLocation}
          </Detail>
          {p.themaName && (
            <Detail label={t("bijeenkomst.veld.thema")}>
              <Link to={`/themas/${p.themaSlug}`} className="utrecht-link">
                {p.themaName}
              </Link>
            </Detail>
          )}
        </DataList>
      </header>
      <div
        className="leerkring-article__body utrecht-rich-text"
        // Our own renderer's output of the published version: text escaped, only schema elements.
        dangerouslySetInnerHTML={{ __html: p.html }}
      />
      <footer className="leerkring-stack">
        <TagList tags={p.tags} listPath="/essays" />
        <DownloadLinks base={`/essays/${slug}`} />
        {canWrite && (
          <Link to={`/essays/${slug}/schrijven`} className="utrecht-link">
            {p.draftPending ? t("essay.conceptInBewerking") : t("essay.herzien")}
          </Link>
        )}
        <Attachments {...loaderData.bijlagen} />
        <Paragraph className="leerkring-muted">{t("essay.bron")}</Paragraph>
      </footer>
    </article>
  );
}
