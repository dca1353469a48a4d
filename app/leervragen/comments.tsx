import { Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { Form } from "react-router";
import { CheckboxGroup } from "#app/components/choice-group.tsx";
import { TextareaField } from "#app/components/fields.tsx";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";
import { useSchemaForm } from "#app/utils/forms.ts";
import { commentSchema } from "./leervraag-schema.ts";

type Comment = {
  id: number;
  body: string;
  createdAt: Date;
  userName: string | null;
  organisationName: string | null;
};

/** The comments on a learning question, and the form to add one. */
export function Comments({
  comments,
  canComment,
  mentionable,
  lastResult,
}: {
  comments: Comment[];
  canComment: boolean;
  /** Whom a comment can mention: the people who may read the question. */
  mentionable: { value: string; label: string }[];
  lastResult: unknown;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="reacties" className="leerkring-stack">
      <Heading2 id="reacties">{t("leervraag.reacties")}</Heading2>
      {comments.length === 0 ? (
        <Paragraph>{t("leervraag.geenReacties")}</Paragraph>
      ) : (
        comments.map((c) => (
          <article key={c.id} className="leerkring-card">
            <Paragraph className="leerkring-muted">
              {c.userName ?? t("persoon.voormalig")}{" "}
              {c.organisationName ? `(${c.organisationName})` : ""} ·{" "}
              {formatDateTime(locale, c.createdAt)}
            </Paragraph>
            <Paragraph className="leerkring-prewrap">{c.body}</Paragraph>
          </article>
        ))
      )}
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
  const [form, fields] = useSchemaForm(commentSchema, { lastResult, intent: "reactie" });
  return (
    <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate className="leerkring-form">
      <input type="hidden" name="intent" value="reactie" />
      <TextareaField field={fields.body} label={t("leervraag.reactieLabel")} rows={3} />
      {mentionable.length > 0 && (
        <details open={!!fields.vermeld.errors}>
          <summary>{t("leervraag.vermeld")}</summary>
          <CheckboxGroup
            field={fields.vermeld}
            legend={t("leervraag.vermeld")}
            description={t("leervraag.vermeldUitleg")}
            options={mentionable}
          />
        </details>
      )}
      <Button type="submit" appearance="secondary-action-button">
        {t("leervraag.reageren")}
      </Button>
    </Form>
  );
}
