import { Button, Heading3, Paragraph } from "@utrecht/component-library-react";
import { Form, Link } from "react-router";
import { FormAlert, TextareaField } from "#app/components/fields.tsx";
import type { StatementKind } from "#db/schema.ts";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";
import type { Locale } from "#shared/i18n/locales.ts";
import { isFormResult, useSchemaForm } from "#app/utils/forms.ts";
import { saveStatementSchema } from "./statement-schema.ts";

type Texts = Record<Locale, { text: string; custom: boolean; updatedAt: Date }>;

const paths: Record<StatementKind, string> = {
  privacy: "/privacy",
  toegankelijkheid: "/toegankelijkheid",
};

/** One statement's form: a textarea per language, save, and back to the shipped text. */
export function StatementForm({
  kind,
  texts,
  lastResult,
}: {
  kind: StatementKind;
  texts: Texts;
  lastResult: unknown;
}) {
  const t = useT();
  const locale = useLocale();
  // Both statements' forms post intent "opslaan": only the one that was sent shows its errors.
  const mine = isFormResult(lastResult) && lastResult.initialValue?.["kind"] === kind;
  const [form, fields] = useSchemaForm(saveStatementSchema, {
    id: `verklaring-${kind}`,
    lastResult: mine ? lastResult : null,
    intent: "opslaan",
    defaultValue: { nl: texts.nl.text, en: texts.en.text },
  });
  const title = t(`verklaringen.${kind}.titel`);
  const changed = [texts.nl, texts.en].filter((s) => s.custom);
  const last = changed.length
    ? new Date(Math.max(...changed.map((s) => new Date(s.updatedAt).getTime())))
    : null;
  const headingId = `verklaring-${kind}-kop`;
  return (
    <section aria-labelledby={headingId} className="leerkring-stack leerkring-card">
      <Heading3 id={headingId}>{title}</Heading3>
      <Paragraph>
        {last
          ? t("verklaringen.beheer.status.eigen", { datum: formatDateTime(locale, last) })
          : t("verklaringen.beheer.status.standaard")}{" "}
        <Link to={paths[kind]} className="utrecht-link">
          {t("verklaringen.beheer.bekijken", { verklaring: title })}
        </Link>
      </Paragraph>
      <Form
        method="post"
        id={form.id}
        onSubmit={form.onSubmit}
        noValidate
        className="leerkring-stack"
      >
        <FormAlert form={form} />
        <input type="hidden" name="kind" value={kind} />
        <TextareaField
          field={fields.nl}
          label={t("verklaringen.beheer.tekstNl")}
          description={t("verklaringen.beheer.opmaak")}
          rows={16}
        />
        <TextareaField field={fields.en} label={t("verklaringen.beheer.tekstEn")} rows={16} />
        <input type="hidden" name="intent" value="opslaan" />
        <Button type="submit" appearance="primary-action-button">
          {t("verklaringen.beheer.opslaan", { verklaring: title })}
        </Button>
      </Form>
      {last && (
        <Form method="post">
          <input type="hidden" name="intent" value="standaard" />
          <input type="hidden" name="kind" value={kind} />
          <Button type="submit" appearance="secondary-action-button">
            {t("verklaringen.beheer.standaard")}
            <span className="visually-hidden"> ({title})</span>
          </Button>
        </Form>
      )}
    </section>
  );
}
