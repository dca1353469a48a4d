import { Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { Form, Link } from "react-router";
import { TextareaField } from "#app/components/fields.tsx";
import { useSchemaForm } from "#app/utils/forms.ts";
import { useT } from "#shared/i18n/index.ts";
import { oogstSchema } from "./opvolging-schema.ts";
import type { OogstInput } from "./opvolging-schema.ts";

/** The harvest section: an attendee's three questions, or why there is nothing to fill in. */
export function HarvestSection({
  canAnswer,
  mine,
  closed,
  answers,
  essayLink,
  lastResult,
}: {
  canAnswer: boolean;
  mine: OogstInput | null;
  /** The essay is published: nobody answers any more. */
  closed: boolean;
  /** For the essay's writers: how many answered. */
  answers: number | null;
  essayLink: string | null;
  lastResult: unknown;
}) {
  const t = useT();
  const [form, fields] = useSchemaForm(oogstSchema, {
    lastResult,
    intent: "oogst",
    defaultValue: mine ?? undefined,
  });
  return (
    <section aria-labelledby="oogst" className="leerkring-stack">
      <Heading2 id="oogst">{t("opvolging.oogst.titel")}</Heading2>
      {answers !== null && (
        <Paragraph>
          {t("opvolging.oogst.aantal", { count: answers })}{" "}
          {essayLink && (
            <Link to={essayLink} className="utrecht-link">
              {t("opvolging.oogst.naarEssay")}
            </Link>
          )}
        </Paragraph>
      )}
      {canAnswer ? (
        <Form
          method="post"
          id={form.id}
          onSubmit={form.onSubmit}
          noValidate
          className="leerkring-form"
        >
          <Paragraph>{t("opvolging.oogst.uitleg")}</Paragraph>
          {mine && <Paragraph>{t("opvolging.oogst.ingevuld")}</Paragraph>}
          <input type="hidden" name="intent" value="oogst" />
          <TextareaField field={fields.geleerd} label={t("opvolging.oogst.geleerd")} />
          <TextareaField field={fields.proberen} label={t("opvolging.oogst.proberen")} />
          <TextareaField field={fields.vraag} label={t("opvolging.oogst.vraag")} />
          <Button type="submit" appearance="primary-action-button">
            {t("opvolging.oogst.opslaan")}
          </Button>
        </Form>
      ) : (
        <Paragraph>
          {t(closed ? "opvolging.oogst.gesloten" : "opvolging.oogst.alleenAanwezigen")}
        </Paragraph>
      )}
    </section>
  );
}
