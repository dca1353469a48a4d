import type { Route } from "./+types/essays.$slug.download";
import { canReadEssayDraft } from "#app/auth/rules/essay.ts";
import { getAuth, notFound } from "#app/auth/user.server.ts";
import { authorNames } from "#app/essays/author-names.ts";
import { draftJson, getEssayBySlug } from "#app/essays/essays.server.ts";
import { download, formatFromUrl } from "#app/export/download.server.ts";
import { exportImages } from "#app/export/images.server.ts";
import { plainRefusal } from "#app/utils/responses.server.ts";
import { localeFromAcceptLanguage } from "#shared/i18n/index.ts";

/**
 * `/essays/:slug.pdf|.docx|.md|.html`: the published version for everyone; before publication the
 * draft, for those who may read it.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const format = formatFromUrl(request);
  const essay = getEssayBySlug(params.slug);
  if (!format || !essay) throw plainRefusal(request, notFound());
  const auth = getAuth(request);
  const published = essay.publishedJson !== null;
  if (!published && !canReadEssayDraft(auth?.user ?? null, essay))
    throw plainRefusal(request, notFound());
  const locale =
    auth?.user.locale ?? localeFromAcceptLanguage(request.headers.get("Accept-Language"));
  const json = published ? JSON.parse(essay.publishedJson!) : draftJson(essay.id);
  // Images only where they are embedded; each file as this person may open it.
  const images =
    format === "pdf" || format === "docx"
      ? await exportImages(auth?.user ?? null, json)
      : undefined;
  return download(format, locale, (t) => ({
    title: (published ? essay.publishedTitle : essay.title) ?? essay.title,
    subtitle: essay.themaName ? t("essay.bijThema", { thema: essay.themaName }) : t("essay.essay"),
    summary: (published ? essay.publishedSummary : essay.summary) || undefined,
    authors: authorNames(essay, t),
    date: essay.publishedAt ?? new Date(),
    meta: [
      { label: t("essay.bijeenkomst"), value: `${essay.meetingTitle}, ${essay.meetingLocation}` },
      ...(published
        ? []
        : [{ label: t("export.status"), value: t(`essay.status.${essay.status}`) }]),
    ],
    json,
    images,
    locale,
    source: t("essay.bron"),
  }));
}
