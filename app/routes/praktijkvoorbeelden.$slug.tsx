import { Alert, Button, ButtonLink, Paragraph } from "@utrecht/component-library-react";
import { Form } from "react-router";
import type { Route } from "./+types/praktijkvoorbeelden.$slug";
import { can } from "#app/auth/permissions.ts";
import {
  canPublishPraktijkvoorbeeld,
  canWritePraktijkvoorbeeld,
} from "#app/auth/rules/praktijkvoorbeeld.ts";
import { forbidden } from "#app/auth/user.server.ts";
import { DownloadLinks } from "#app/components/download-links.tsx";
import { SuccessAlert } from "#app/components/fields.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { PraktijkArticle } from "#app/praktijkvoorbeelden/praktijk-article.tsx";
import { requireReadable } from "#app/praktijkvoorbeelden/praktijk-route.server.ts";
import { praktijkStatusSchema } from "#app/praktijkvoorbeelden/praktijkvoorbeeld-schema.ts";
import {
  praktijkBackToConcept,
  publishPraktijkvoorbeeld,
} from "#app/praktijkvoorbeelden/praktijkvoorbeelden.server.ts";
import { invalid, parseSubmission } from "#app/utils/forms.ts";
import { useT } from "#shared/i18n/index.ts";

// /praktijkvoorbeelden/:slug — readers see the published snapshot; those who may write it see
// the working copy while it is in concept, and put it back to concept or publish it here.

export function loader({ request, params }: Route.LoaderArgs) {
  const { viewer, row } = requireReadable(request, params.slug);
  const canWrite = canWritePraktijkvoorbeeld(viewer, row);
  const draft = canWrite && row.status === "concept";
  const signedIn = viewer !== null;
  return {
    slug: row.slug,
    status: row.status,
    draft,
    published: row.publishedBody !== null,
    canWrite,
    canPublish: canPublishPraktijkvoorbeeld(viewer, row),
    shown: {
      title: draft ? row.title : row.publishedTitle!,
      summary: (draft ? row.summary : row.publishedSummary) ?? "",
      body: (draft ? row.body : row.publishedBody) ?? "",
      organisationName: row.organisationName,
      organisationSlug: row.organisationSlug,
      themaName: row.themaName,
      themaSlug: row.themaSlug,
      meeting:
        row.bijeenkomstId && row.meetingTitle
          ? {
              title: row.meetingTitle,
              href: can(viewer, "agenda:bekijken") ? `/bijeenkomsten/${row.bijeenkomstId}` : null,
            }
          : null,
      traject:
        row.trajectId && row.trajectTitle && signedIn
          ? {
              title: row.trajectTitle,
              href: can(viewer, "traject:bekijken") ? `/aan-de-slag/${row.trajectId}` : null,
            }
          : null,
      firstPublishedAt: row.firstPublishedAt,
    },
    saved: new URL(request.url).searchParams.has("opgeslagen"),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { viewer, row } = requireReadable(request, params.slug);
  if (!viewer) throw forbidden();
  const submission = parseSubmission(await request.formData(), praktijkStatusSchema);
  if (submission.status !== "success") return invalid(submission);
  if (submission.value.intent === "publiceren") {
    if (!canPublishPraktijkvoorbeeld(viewer, row)) throw forbidden();
    if (row.status === "concept") publishPraktijkvoorbeeld(row, viewer.id);
    return { done: "praktijk.isGepubliceerd" as const };
  }
  if (!canWritePraktijkvoorbeeld(viewer, row)) throw forbidden();
  praktijkBackToConcept(row.id);
  return { done: "praktijk.isConcept" as const };
}

export default function Praktijkvoorbeeld({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { shown, slug } = loaderData;
  return (
    <div className="leerkring-stack">
      <PageTitle>{shown.title}</PageTitle>
      <SuccessAlert
        message={
          actionData && "done" in actionData
            ? actionData.done
            : loaderData.saved
              ? "praktijk.opgeslagen"
              : null
        }
      />
      {loaderData.draft && (
        <Alert type="info">
          <Paragraph>
            {loaderData.published ? t("praktijk.herzieningUitleg") : t("praktijk.conceptUitleg")}
          </Paragraph>
        </Alert>
      )}
      {loaderData.canWrite && (
        <div className="leerkring-actions">
          {loaderData.draft ? (
            <>
              <ButtonLink
                href={`/praktijkvoorbeelden/${slug}/bewerken`}
                appearance="secondary-action-button"
              >
                {t("praktijk.bewerken")}
              </ButtonLink>
              {loaderData.canPublish && (
                <Form method="post">
                  <Button
                    type="submit"
                    name="intent"
                    value="publiceren"
                    appearance="primary-action-button"
                  >
                    {t("praktijk.publiceren")}
                  </Button>
                </Form>
              )}
            </>
          ) : (
            <Form method="post">
              <Button
                type="submit"
                name="intent"
                value="concept"
                appearance="secondary-action-button"
              >
                {t("praktijk.naarConcept")}
              </Button>
            </Form>
          )}
        </div>
      )}
      <PraktijkArticle shown={shown} />
      {(loaderData.published || loaderData.draft) && (
        <DownloadLinks base={`/praktijkvoorbeelden/${slug}`} />
      )}
    </div>
  );
}
