import { Alert, Heading1, Paragraph, PreHeading } from "@utrecht/component-library-react";
import type { Route } from "./+types/essays.$slug.schrijven";
import {
  canCommentEssay,
  canEditEssay,
  canPublishEssay,
  canReadEssayDraft,
} from "#app/auth/rules/essay.ts";
import { forbidden, notFound, requireUser } from "#app/auth/user.server.ts";
import { imageChoices } from "#app/bijlagen/bijlagen.server.ts";
import { essayDocumentName } from "#shared/collab/protocol.ts";
import { isConfirmed } from "#app/components/confirm-step.tsx";
import { FormAlert, SuccessAlert } from "#app/components/fields.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { LiveDocument } from "#app/editor/live-document.tsx";
import { EssayComments } from "#app/essays/essay-comments.tsx";
import { EssayContext } from "#app/essays/essay-context.tsx";
import { EssayMetaForm } from "#app/essays/essay-meta-form.tsx";
import { essayIntents } from "#app/essays/essay-schema.ts";
import { essayTemplate } from "#app/essays/essay-template.ts";
import { EssayWorkflow } from "#app/essays/essay-workflow.tsx";
import {
  addEssayComment,
  backToConcept,
  draftHtml,
  essayComments,
  getEssayBySlug,
  mentionableForEssay,
  possibleAuthors,
  publishEssay,
  requestReview,
  resolveEssayComment,
  updateEssayMeta,
} from "#app/essays/essays.server.ts";
import { highlightPassages } from "#app/essays/highlight.ts";
import { canReadOogst } from "#app/auth/rules/opvolging.ts";
import { HarvestAnswers } from "#app/opvolging/harvest-answers.tsx";
import { harvestAnswers } from "#app/opvolging/opvolging.server.ts";
import { formatDateTime, translator, useT, type MessageKey } from "#shared/i18n/index.ts";
import { themaOptions } from "#app/leervragen/leervragen.server.ts";
import { leerkringContext } from "#app/load-context.ts";
import { mentionOptions } from "#app/notifications/mentions.server.ts";
import { tagChoices, tagErrors, tagsOf, tagValues } from "#app/tags/tags.server.ts";
import { invalid, parseSubmission, useSchemaForm } from "#app/utils/forms.ts";

// Writing an essay together: the same live editor as the session notes, its details, the review
// workflow and the comments.

function load(request: Request, slug: string) {
  const user = requireUser(request);
  const essay = getEssayBySlug(slug);
  if (!essay) throw notFound();
  if (!canReadEssayDraft(user, essay)) throw forbidden();
  // What this page offers, for the loader and the component alike.
  const rights = {
    edit: canEditEssay(user),
    comment: canCommentEssay(user, essay),
    publish: canPublishEssay(user),
  };
  return { user, essay, rights };
}

export function loader({ request, params }: Route.LoaderArgs) {
  const { user, essay, rights } = load(request, params.slug);
  const html = draftHtml(essay.id);
  const comments = essayComments(essay.id);
  const tags = tagsOf("essay", essay.id);
  return {
    essay: {
      id: essay.id,
      slug: essay.slug,
      title: essay.title,
      summary: essay.summary,
      status: essay.status,
      themaId: essay.themaId,
      bijeenkomstId: essay.bijeenkomstId,
      meetingTitle: essay.meetingTitle,
      meetingStartsAt: essay.meetingStartsAt,
      publishedAt: essay.publishedAt,
      authorIds: essay.authors.map((a) => a.id),
      tagValues: tagValues(tags),
    },
    rights,
    html,
    // Before the live editor runs, the draft is HTML with the passages of open comments marked.
    reviewHtml: highlightPassages(
      html,
      comments.flatMap((c) => (!c.resolvedAt && c.passage ? [{ id: c.id, text: c.passage }] : [])),
    ),
    comments,
    authorOptions: rights.edit
      ? possibleAuthors().map((a) => ({ value: String(a.id), label: a.name }))
      : [],
    themas: themaOptions(),
    tags: rights.edit ? tagChoices(tags) : [],
    // The editor's "Afbeelding invoegen": the essay's images, and its upload route.
    images: rights.edit
      ? (imageChoices(user, { kind: "essay", id: essay.id, resource: { kind: "essay", essay } }) ??
        undefined)
      : undefined,
    mentionable: rights.comment ? mentionOptions(mentionableForEssay(essay.id), user.id) : [],
    // Beside the editor, for the writers only: the attendees' harvest (docs/opvolging.md).
    harvest: canReadOogst(user)
      ? {
          bijeenkomstId: essay.bijeenkomstId,
          dueDate: essay.dueDate,
          answers: harvestAnswers(essay.bijeenkomstId),
        }
      : null,
    user: { id: user.id, name: user.name },
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { user, essay, rights } = load(request, params.slug);
  const formData = await request.formData();
  const submission = parseSubmission(formData, essayIntents);
  if (submission.status !== "success") return invalid(submission);
  const command = submission.value;
  const done = (key: MessageKey) => ({ done: key });
  // A state the page no longer shows (someone else acted first): said above the page's forms.
  const conflict = (key: MessageKey) => invalid(submission, { form: { key } }, { status: 409 });
  switch (command.intent) {
    case "gegevens":
      if (!rights.edit) throw forbidden();
      {
        const tagError = tagErrors(command, tagsOf("essay", essay.id));
        if (tagError) return invalid(submission, { fields: tagError });
      }
      if (updateEssayMeta(essay.id, command) !== "saved") {
        return invalid(submission, { fields: { authorIds: { key: "fout.ongeldig" } } });
      }
      return done("essay.gegevensOpgeslagen");
    case "review-aanvragen":
      if (!rights.edit) throw forbidden();
      if (!requestReview(essay.id, user)) return conflict("essay.fout.status");
      return done("essay.reviewAangevraagd");
    case "terug-naar-concept":
      if (!rights.edit) throw forbidden();
      if (!backToConcept(essay.id)) return conflict("essay.fout.status");
      return done("essay.terugInConcept");
    case "publiceren": {
      if (!rights.publish) throw forbidden();
      if (essay.status === "concept") return conflict("essay.fout.eerstReview");
      // Open comments are easy to overlook: publishing over them takes a second, confirmed step.
      if (!isConfirmed(formData) && essayComments(essay.id).some((c) => !c.resolvedAt)) {
        return { confirmPublish: true as const };
      }
      const label = translator(user.locale)("essay.versieGepubliceerd", {
        datum: formatDateTime(user.locale, new Date()),
      });
      if (!publishEssay(context.get(leerkringContext).collab, essay, user.id, label))
        return conflict("essay.fout.leeg");
      return done("essay.gepubliceerdMelding");
    }
    case "opmerking":
      if (!rights.comment) throw forbidden();
      {
        const added = addEssayComment(essay.id, user, command);
        if (added === "passage-not-found")
          return invalid(submission, { fields: { passage: { key: "essay.fout.passage" } } });
        if (added === "mention-not-allowed")
          return invalid(submission, { fields: { vermeld: { key: "essay.fout.vermelding" } } });
        return done("essay.opmerkingGeplaatst");
      }
    case "opmerking-afhandelen":
      if (!rights.edit) throw forbidden();
      if (!resolveEssayComment(essay.id, command.commentId, user)) throw notFound();
      return done("essay.opmerkingAfgehandeld");
  }
}

export default function EssaySchrijven({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { essay, rights, html, reviewHtml, comments, user } = loaderData;
  // Errors of the whole page (a state changed meanwhile); a field's error stays beside it.
  const [page] = useSchemaForm(essayIntents, { lastResult: actionData });
  return (
    <div className="leerkring-stack leerkring-notes">
      <PageTitle>{t("essay.schrijvenTitel", { titel: essay.title })}</PageTitle>
      <div>
        <PreHeading>{t(`essay.status.${essay.status}`)}</PreHeading>
        <Heading1>{essay.title}</Heading1>
      </div>
      <SuccessAlert message={actionData && "done" in actionData ? actionData.done : null} />
      <FormAlert form={page} />
      <EssayContext essay={essay} />
      {essay.status === "review" && !rights.edit && (
        <Alert type="info">
          <Paragraph>{t("essay.reviewUitleg")}</Paragraph>
        </Alert>
      )}

      <div className={loaderData.harvest ? "leerkring-essay-desk" : undefined}>
        <section aria-label={t("essay.tekst")}>
          <LiveDocument
            editor={{
              documentName: essayDocumentName(essay.id),
              access: rights.edit ? "edit" : "view",
              user,
              initialHtml: html,
              template: essayTemplate(t),
              images: loaderData.images,
              passages: comments.flatMap((c) =>
                c.highlight ? [{ id: c.id, anchor: c.highlight }] : [],
              ),
            }}
            staticHtml={reviewHtml}
            label={t("essay.tekst")}
            empty={t("essay.leeg")}
          />
        </section>
        {loaderData.harvest && (
          <HarvestAnswers harvest={loaderData.harvest} status={essay.status} />
        )}
      </div>

      {(rights.edit || rights.publish) && (
        <EssayWorkflow
          essay={essay}
          rights={rights}
          openComments={comments.filter((c) => !c.resolvedAt)}
          confirmPublish={!!actionData && "confirmPublish" in actionData}
        />
      )}

      {rights.edit && (
        <EssayMetaForm
          values={{
            title: essay.title,
            summary: essay.summary,
            themaId: essay.themaId ? String(essay.themaId) : "",
            authorIds: essay.authorIds.map(String),
            ...essay.tagValues,
          }}
          themas={loaderData.themas}
          authors={loaderData.authorOptions}
          tags={loaderData.tags}
          lastResult={actionData}
        />
      )}

      <EssayComments
        comments={comments}
        canResolve={rights.edit}
        canComment={rights.comment}
        mentionable={loaderData.mentionable}
        lastResult={actionData}
      />
    </div>
  );
}
