import { Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useRef } from "react";
import { Form } from "react-router";
import { CheckboxGroup } from "#app/components/choice-group.tsx";
import { TextareaField } from "#app/components/fields.tsx";
import { useHydrated } from "#app/editor/live-document.tsx";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";
import { useSchemaForm } from "#app/utils/forms.ts";
import { essayIntents } from "./essay-schema.ts";
import type { essayComments } from "./essays.server.ts";

type Comment = ReturnType<typeof essayComments>[number];

/** The review comments, open ones first; editors mark them handled, reviewers add them. */
export function EssayComments({
  comments,
  canResolve,
  canComment,
  mentionable,
  lastResult,
}: {
  comments: Comment[];
  canResolve: boolean;
  canComment: boolean;
  /** Whom a comment can mention: the people who may read the draft. */
  mentionable: { value: string; label: string }[];
  lastResult: unknown;
}) {
  const t = useT();
  const locale = useLocale();
  const hydrated = useHydrated();
  const open = comments.filter((c) => !c.resolvedAt);
  const resolved = comments.filter((c) => c.resolvedAt);
  return (
    <section aria-labelledby="opmerkingen" className="leerkring-stack">
      <Heading2 id="opmerkingen">{t("essay.opmerkingen", { aantal: open.length })}</Heading2>
      {open.length === 0 && <Paragraph>{t("essay.geenOpmerkingen")}</Paragraph>}
      {[...open, ...resolved].map((c) => (
        <article key={c.id} className={`leerkring-card${c.resolvedAt ? " leerkring-muted" : ""}`}>
          <Paragraph className="leerkring-muted">
            {c.userName ?? t("persoon.voormalig")} · {formatDateTime(locale, c.createdAt)}
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
          {canResolve && !c.resolvedAt && (
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
      {canComment && <CommentForm mentionable={mentionable} lastResult={lastResult} />}
    </section>
  );
}

function CommentForm({
  mentionable,
  lastResult,
}: {
  mentionable: { value: string; label: string }[];
  lastResult: unknown;
}) {
  const t = useT();
  const hydrated = useHydrated();
  const passage = useRef<HTMLTextAreaElement | null>(null);
  const [form, fields] = useSchemaForm(essayIntents, { lastResult, intent: "opmerking" });
  return (
    <Form
      method="post"
      id={form.id}
      onSubmit={form.onSubmit}
      noValidate
      className="leerkring-form leerkring-card"
    >
      <input type="hidden" name="intent" value="opmerking" />
      <TextareaField
        field={fields.passage}
        label={t("essay.veld.passage")}
        description={t("essay.veld.passageUitleg")}
        rows={2}
        inputRef={passage}
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
      <TextareaField field={fields.body} label={t("essay.veld.opmerking")} rows={3} />
      {mentionable.length > 0 && (
        <details open={!!fields.vermeld.errors}>
          <summary>{t("essay.vermeld")}</summary>
          <CheckboxGroup
            field={fields.vermeld}
            legend={t("essay.vermeld")}
            description={t("essay.vermeldUitleg")}
            options={mentionable}
          />
        </details>
      )}
      <Button type="submit" appearance="secondary-action-button">
        {t("essay.opmerkingPlaatsen")}
      </Button>
    </Form>
  );
}
