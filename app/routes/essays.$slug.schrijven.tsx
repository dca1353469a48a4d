import {
  Alert,
  Button,
  Heading1,
  Heading2,
  Paragraph,
  PreHeading,
} from "@utrecht/component-library-react";
import { lazy, Suspense, useRef, useSyncExternalStore } from "react";
import { Form, Link } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/essays.$slug.schrijven";
import { forbidden, notFound, requireUser } from "#app/auth/user.server.ts";
import { essayDocumentName } from "#app/collab/protocol.ts";
import { CheckboxGroup } from "#app/components/checkbox-group.tsx";
import { ConfirmStep, isConfirmed } from "#app/components/confirm-step.tsx";
import {
  FormAlert,
  SelectField,
  SuccessAlert,
  TextareaField,
  TextField,
} from "#app/components/fields.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import {
  addEssayComment,
  backToConcept,
  commentSchema,
  draftHtml,
  essayComments,
  essayMetaSchema,
  essayRights,
  getEssayBySlug,
  possibleAuthors,
  publishEssay,
  requestReview,
  resolveEssayComment,
  updateEssayMeta,
} from "#app/essays/essays.server.ts";
import { highlightPassages } from "#app/essays/highlight.ts";
import { formatDateTime, translator, useLocale, useT, type MessageKey } from "#app/i18n/index.ts";
import { themaOptions } from "#app/leervragen/leervragen.server.ts";
import { idField } from "#app/utils/fields.ts";
import {
  formError,
  formValues,
  invalidForm,
  parseForm,
  type FormFailure,
} from "#app/utils/forms.ts";

// Writing an essay together: the same live editor as the session notes, its details, the review
// workflow and the comments.
const EssayEditor = lazy(() => import("#app/editor/collaborative-editor.client.tsx"));

function load(request: Request, slug: string) {
  const user = requireUser(request);
  const essay = getEssayBySlug(slug);
  if (!essay) throw notFound();
  const rights = essayRights(user, essay);
  if (!rights.readDraft) throw forbidden();
  return { user, essay, rights };
}

export function loader({ request, params }: Route.LoaderArgs) {
  const { user, essay, rights } = load(request, params.slug);
  const html = draftHtml(essay.id);
  const comments = essayComments(essay.id);
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
      authors: essay.authors.map((a) => a.name),
    },
    rights,
    html,
    // The read-only view marks the passages of open comments; the editor gets the plain draft.
    reviewHtml: highlightPassages(
      html,
      comments.flatMap((c) => (!c.resolvedAt && c.passage ? [{ id: c.id, text: c.passage }] : [])),
    ),
    comments,
    authorOptions: rights.edit
      ? possibleAuthors().map((a) => ({ value: String(a.id), label: a.name }))
      : [],
    themas: themaOptions(),
    user: { id: user.id, name: user.name },
  };
}

const intents = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("gegevens") }).extend(essayMetaSchema.shape),
    z.object({ intent: z.literal("review-aanvragen") }),
    z.object({ intent: z.literal("terug-naar-concept") }),
    z.object({ intent: z.literal("publiceren") }),
    z.object({ intent: z.literal("opmerking") }).extend(commentSchema.shape),
    z.object({ intent: z.literal("opmerking-afhandelen"), commentId: idField }),
  ],
  { error: "fout.ongeldig" },
);

export async function action({ request, params }: Route.ActionArgs) {
  const { user, essay, rights } = load(request, params.slug);
  const formData = await request.formData();
  const parsed = parseForm(intents, formData);
  if (!parsed.success) return invalidForm(parsed.failure);
  const command = parsed.data;
  const done = (key: MessageKey) => ({ done: key });
  switch (command.intent) {
    case "gegevens":
      if (!rights.edit) throw forbidden();
      if (updateEssayMeta(essay.id, command) !== "saved") {
        return invalidForm({
          errors: { authorIds: "fout.ongeldig" },
          values: formValues(formData),
        });
      }
      return done("essay.gegevensOpgeslagen");
    case "review-aanvragen":
      if (!rights.edit) throw forbidden();
      if (!requestReview(essay.id))
        return formError("essay.fout.status", formData, { status: 409 });
      return done("essay.reviewAangevraagd");
    case "terug-naar-concept":
      if (!rights.edit) throw forbidden();
      if (!backToConcept(essay.id))
        return formError("essay.fout.status", formData, { status: 409 });
      return done("essay.terugInConcept");
    case "publiceren": {
      if (!rights.publish) throw forbidden();
      if (essay.status === "concept")
        return formError("essay.fout.eerstReview", formData, { status: 409 });
      // Open comments are easy to overlook: publishing over them takes a second, confirmed step.
      if (!isConfirmed(formData) && essayComments(essay.id).some((c) => !c.resolvedAt)) {
        return { confirmPublish: true as const };
      }
      const label = translator(user.locale)("essay.versieGepubliceerd", {
        datum: formatDateTime(user.locale, new Date()),
      });
      if (!publishEssay(essay, user.id, label))
        return formError("essay.fout.leeg", formData, { status: 409 });
      return done("essay.gepubliceerdMelding");
    }
    case "opmerking":
      if (!rights.comment) throw forbidden();
      if (
        addEssayComment(essay.id, user.id, { body: command.body, passage: command.passage }) !==
        "added"
      ) {
        return invalidForm({
          errors: { passage: "essay.fout.passage" },
          values: formValues(formData),
        });
      }
      return done("essay.opmerkingGeplaatst");
    case "opmerking-afhandelen":
      if (!rights.edit) throw forbidden();
      if (!resolveEssayComment(essay.id, command.commentId, user.id)) throw notFound();
      return done("essay.opmerkingAfgehandeld");
  }
}

const noSubscription = () => () => {};
function useHydrated() {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

export default function EssaySchrijven({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const hydrated = useHydrated();
  const passage = useRef<HTMLTextAreaElement | null>(null);
  const { essay, rights, html, reviewHtml, comments, user } = loaderData;
  const failure = actionData && "errors" in actionData ? (actionData as FormFailure) : undefined;
  const failureFor = (intent: string) => (failure?.values.intent === intent ? failure : undefined);
  const open = comments.filter((c) => !c.resolvedAt);
  const resolved = comments.filter((c) => c.resolvedAt);
  return (
    <div className="leerkring-stack leerkring-notes">
      <PageTitle>{t("essay.schrijvenTitel", { titel: essay.title })}</PageTitle>
      <div>
        <PreHeading>{t(`essay.status.${essay.status}`)}</PreHeading>
        <Heading1>{essay.title}</Heading1>
      </div>
      <SuccessAlert message={actionData && "done" in actionData ? actionData.done : null} />
      <FormAlert failure={failure?.errors._form ? failure : undefined} />
      <Paragraph>
        {t("essay.bijBijeenkomst", {
          titel: essay.meetingTitle,
          datum: formatDateTime(locale, essay.meetingStartsAt, "date"),
        })}{" "}
        <Link to={`/bijeenkomsten/${essay.bijeenkomstId}/notities`} className="utrecht-link">
          {t("essay.notitiesBekijken")}
        </Link>
        {essay.publishedAt && (
          <>
            {" · "}
            <Link to={`/essays/${essay.slug}`} className="utrecht-link">
              {t("essay.gepubliceerdeVersie")}
            </Link>
          </>
        )}
      </Paragraph>
      {essay.status === "review" && !rights.edit && (
        <Alert type="info">
          <Paragraph>{t("essay.reviewUitleg")}</Paragraph>
        </Alert>
      )}

      <section aria-label={t("essay.tekst")}>
        {hydrated ? (
          <Suspense fallback={<StaticDraft html={html} />}>
            <EssayEditor
              key={essay.id}
              documentName={essayDocumentName(essay.id)}
              access={rights.edit ? "edit" : "view"}
              user={user}
              initialHtml={html}
            />
          </Suspense>
        ) : (
          <StaticDraft html={reviewHtml} />
        )}
      </section>

      {(rights.edit || rights.publish) && (
        <section aria-labelledby="werkwijze" className="leerkring-card leerkring-stack">
          <Heading2 id="werkwijze">{t("essay.werkwijze")}</Heading2>
          <Paragraph>{t(`essay.werkwijze.${essay.status}`)}</Paragraph>
          {actionData && "confirmPublish" in actionData && open.length > 0 && (
            <ConfirmStep
              id="publiceren-bevestigen"
              consequences={[
                t("essay.publiceren.openOpmerkingen", { count: open.length }),
                ...open.map((c) => (c.passage ? `„${c.passage}”: ${c.body}` : c.body)),
              ]}
              fields={{ intent: "publiceren" }}
              confirmLabel={t("essay.publiceren.toch")}
              cancelTo="#opmerkingen"
            />
          )}
          <div className="leerkring-actions">
            {rights.edit && essay.status === "concept" && (
              <IntentButton intent="review-aanvragen" label={t("essay.reviewAanvragen")} primary />
            )}
            {rights.publish && essay.status !== "concept" && (
              <IntentButton
                intent="publiceren"
                label={essay.publishedAt ? t("essay.opnieuwPubliceren") : t("essay.publiceren")}
                primary
              />
            )}
            {rights.edit && essay.status !== "concept" && (
              <IntentButton intent="terug-naar-concept" label={t("essay.terugNaarConcept")} />
            )}
          </div>
        </section>
      )}

      {rights.edit && (
        <section aria-labelledby="gegevens" className="leerkring-card">
          <Heading2 id="gegevens">{t("essay.gegevens")}</Heading2>
          <Form method="post" className="leerkring-form" noValidate>
            <input type="hidden" name="intent" value="gegevens" />
            <TextField
              name="title"
              label={t("essay.veld.titel")}
              defaultValue={essay.title}
              failure={failureFor("gegevens")}
            />
            <TextareaField
              name="summary"
              label={t("essay.veld.samenvatting")}
              description={t("essay.veld.samenvattingUitleg")}
              defaultValue={essay.summary}
              rows={3}
              failure={failureFor("gegevens")}
            />
            <SelectField
              name="themaId"
              label={t("bijeenkomst.veld.thema")}
              options={[{ value: "", label: t("leervraag.geenThema") }, ...loaderData.themas]}
              defaultValue={essay.themaId ? String(essay.themaId) : ""}
              failure={failureFor("gegevens")}
            />
            <CheckboxGroup
              name="authorIds"
              legend={t("essay.auteurs")}
              options={loaderData.authorOptions}
              checked={essay.authorIds.map(String)}
              failure={failureFor("gegevens")}
            />
            <Button type="submit" appearance="secondary-action-button">
              {t("actie.opslaan")}
            </Button>
          </Form>
        </section>
      )}

      <section aria-labelledby="opmerkingen" className="leerkring-stack">
        <Heading2 id="opmerkingen">{t("essay.opmerkingen", { aantal: open.length })}</Heading2>
        {open.length === 0 && <Paragraph>{t("essay.geenOpmerkingen")}</Paragraph>}
        {[...open, ...resolved].map((c) => (
          <article key={c.id} className={`leerkring-card${c.resolvedAt ? " leerkring-muted" : ""}`}>
            <Paragraph className="leerkring-muted">
              {c.userName ?? t("leervraag.onbekend")} · {formatDateTime(locale, c.createdAt)}
              {c.resolvedAt ? ` · ${t("essay.afgehandeld")}` : ""}
            </Paragraph>
            {c.anchored && (
              <blockquote className="leerkring-quote">
                {c.passage && !c.resolvedAt && !hydrated ? (
                  // Without the live editor the passage is marked in the text: link to it.
                  <a href={`#passage-${c.id}`} className="utrecht-link">
                    {c.passage}
                  </a>
                ) : (
                  (c.passage ?? (
                    <>
                      <s>{c.quote}</s> ({t("essay.passageVerdwenen")})
                    </>
                  ))
                )}
              </blockquote>
            )}
            <Paragraph className="leerkring-prewrap">{c.body}</Paragraph>
            {rights.edit && !c.resolvedAt && (
              <Form method="post">
                <input type="hidden" name="intent" value="opmerking-afhandelen" />
                <input type="hidden" name="commentId" value={c.id} />
                <Button type="submit" appearance="subtle-button">
                  {t("essay.afhandelen")}
                </Button>
              </Form>
            )}
          </article>
        ))}
        {rights.comment && (
          <Form method="post" className="leerkring-form leerkring-card" noValidate>
            <input type="hidden" name="intent" value="opmerking" />
            <TextareaField
              name="passage"
              label={t("essay.veld.passage")}
              description={t("essay.veld.passageUitleg")}
              rows={2}
              inputRef={passage}
              failure={failureFor("opmerking")}
            />
            {hydrated && (
              <Button
                type="button"
                appearance="subtle-button"
                onClick={() => {
                  const selected = window.getSelection()?.toString().trim();
                  if (selected && passage.current) passage.current.value = selected;
                }}
              >
                {t("essay.selectieGebruiken")}
              </Button>
            )}
            <TextareaField
              name="body"
              label={t("essay.veld.opmerking")}
              rows={3}
              failure={failureFor("opmerking")}
            />
            <Button type="submit" appearance="secondary-action-button">
              {t("essay.opmerkingPlaatsen")}
            </Button>
          </Form>
        )}
      </section>
    </div>
  );
}

function StaticDraft({ html }: { html: string }) {
  const t = useT();
  return html ? (
    // Our own renderer's output: text escaped, only schema elements and safe links.
    <div
      className="leerkring-notes__content"
      role="document"
      aria-label={t("essay.tekst")}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  ) : (
    <Paragraph>{t("essay.leeg")}</Paragraph>
  );
}

function IntentButton({
  intent,
  label,
  primary,
}: {
  intent: string;
  label: string;
  primary?: boolean;
}) {
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={intent} />
      <Button
        type="submit"
        appearance={primary ? "primary-action-button" : "secondary-action-button"}
      >
        {label}
      </Button>
    </Form>
  );
}
