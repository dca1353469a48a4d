import { Heading1, Heading2, Paragraph, UnorderedList } from "@utrecht/component-library-react";
import { Link } from "react-router";
import type { Route } from "./+types/essays";
import { authorNames } from "#app/essays/author-names.ts";
import { PageTitle } from "#app/components/page-title.tsx";
import { canReadEssayDraft } from "#app/auth/rules/essay.ts";
import { getAuth } from "#app/auth/user.server.ts";
import {
  essaysInProgress,
  listPublishedEssays,
  withAttendingOrganisations,
} from "#app/essays/essays.server.ts";
import { leerkringContext } from "#app/load-context.ts";
import { TagFilterForm } from "#app/tags/tag-filter.tsx";
import { listTags } from "#app/tags/tags.server.ts";
import { parseId } from "#app/utils/fields.ts";
import { invalid, parseSubmission } from "#app/utils/forms.ts";
import { FollowForm } from "#app/volgen/follow-form.tsx";
import { requestFollow } from "#app/volgen/volgen.server.tsx";
import { followSchema } from "#app/volgen/volgen-schema.ts";
import { formatDateTime, localeFromAcceptLanguage, useLocale, useT } from "#shared/i18n/index.ts";

// Public: the published essays, newest first. Those who may read drafts also see the essays still
// being written or in review; otherwise a review request is invisible unless one knows the meeting.
export function loader({ request }: Route.LoaderArgs) {
  const user = getAuth(request)?.user ?? null;
  const tagId = parseId(new URL(request.url).searchParams.get("tag") ?? undefined) ?? undefined;
  const unpublished = user
    ? withAttendingOrganisations(essaysInProgress())
        .filter((e) => canReadEssayDraft(user, e))
        .map((e) => ({ id: e.id, slug: e.slug, title: e.title, status: e.status }))
    : [];
  return {
    essays: listPublishedEssays({ tagId }),
    tag: tagId ? String(tagId) : "",
    tags: listTags(),
    inReview: unpublished.filter((e) => e.status === "review"),
    inProgress: unpublished.filter((e) => e.status === "concept"),
  };
}

/** Following new essays by e-mail (double opt-in): the same answer for every address. */
export async function action({ request, context }: Route.ActionArgs) {
  const submission = parseSubmission(await request.formData(), followSchema);
  if (submission.status !== "success") return invalid(submission);
  const locale =
    getAuth(request)?.user.locale ??
    localeFromAcceptLanguage(request.headers.get("Accept-Language"));
  const outcome = await requestFollow(
    submission.value.email,
    locale,
    context.get(leerkringContext).clientIp,
  );
  if (outcome === "refused") {
    return invalid(
      submission,
      { form: { key: "volgen.teVeel" } },
      { status: 429, headers: { "Retry-After": "3600" } },
    );
  }
  return { followSent: true as const };
}

export default function Essays({ loaderData, actionData }: Route.ComponentProps) {
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
      <TagFilterForm tag={loaderData.tag} tags={loaderData.tags} label={t("essay.filters")} />
      {loaderData.essays.length === 0 ? (
        <Paragraph>{loaderData.tag ? t("essay.geenMetTag") : t("essay.geen")}</Paragraph>
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
              {authorNames(e, t).length > 0 && (
                <Paragraph className="leerkring-muted">
                  {t("essay.door", { auteurs: authorNames(e, t).join(", ") })}
                </Paragraph>
              )}
            </li>
          ))}
        </UnorderedList>
      )}
      {(
        [
          ["ter-review", "essay.terReview", loaderData.inReview],
          ["in-bewerking", "essay.inBewerking", loaderData.inProgress],
        ] as const
      ).map(
        ([id, heading, list]) =>
          list.length > 0 && (
            <section key={id} aria-labelledby={id} className="leerkring-stack">
              <Heading2 id={id}>{t(heading)}</Heading2>
              <UnorderedList>
                {list.map((e) => (
                  <li key={e.id}>
                    <Link to={`/essays/${e.slug}`} className="utrecht-link">
                      {e.title}
                    </Link>{" "}
                    <span className="leerkring-muted">{`(${t(`essay.status.${e.status}`)})`}</span>
                  </li>
                ))}
              </UnorderedList>
            </section>
          ),
      )}
      <FollowForm lastResult={actionData} />
      <Paragraph>
        <a href="/essays.atom" className="utrecht-link">
          {t("essay.feed")}
        </a>
      </Paragraph>
    </div>
  );
}
