import type { Route } from "./+types/praktijkvoorbeelden.$slug.download";
import { canReadPraktijkvoorbeeld } from "#app/auth/rules/praktijkvoorbeeld.ts";
import { getAuth, notFound } from "#app/auth/user.server.ts";
import { download, formatFromUrl } from "#app/export/download.server.ts";
import { asDocument } from "#app/praktijkvoorbeelden/as-document.ts";
import {
  asResource,
  getPraktijkvoorbeeld,
} from "#app/praktijkvoorbeelden/praktijkvoorbeelden.server.ts";
import { plainRefusal } from "#app/utils/responses.server.ts";
import { localeFromAcceptLanguage } from "#shared/i18n/index.ts";

/**
 * `/praktijkvoorbeelden/:slug.pdf|.docx|.md|.html`, through the essays' export pipeline: the
 * published version for everyone; before publication the concept, for those who may write it.
 * The plain-text body becomes paragraphs of the editor's document, so every format is as tagged
 * and accessible as an essay's.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const format = formatFromUrl(request);
  const row = getPraktijkvoorbeeld(params.slug);
  const auth = getAuth(request);
  if (!format || !row || !canReadPraktijkvoorbeeld(auth?.user ?? null, asResource(row)))
    throw plainRefusal(request, notFound());
  const published = row.publishedBody !== null;
  const locale =
    auth?.user.locale ?? localeFromAcceptLanguage(request.headers.get("Accept-Language"));
  const body = (published ? row.publishedBody : row.body) ?? "";
  return download(format, locale, (t) => ({
    title: (published ? row.publishedTitle : row.title) ?? row.title,
    subtitle: t("praktijk.kop", { gemeente: row.organisationName }),
    summary: (published ? row.publishedSummary : row.summary) || undefined,
    authors: [],
    date: row.publishedAt ?? new Date(),
    meta: [
      { label: t("veld.gemeente"), value: row.organisationName },
      { label: t("praktijk.veld.thema"), value: row.themaName },
      ...(row.meetingTitle
        ? [{ label: t("praktijk.veld.bijeenkomst"), value: row.meetingTitle }]
        : []),
      ...(published ? [] : [{ label: t("export.status"), value: t("praktijk.status.concept") }]),
    ],
    json: asDocument(body),
    locale,
    source: t("praktijk.bron"),
  }));
}
