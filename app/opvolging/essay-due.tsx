import { Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { Form } from "react-router";
import { TextField } from "#app/components/fields.tsx";
import { useSchemaForm } from "#app/utils/forms.ts";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";
import { dayAsDate } from "./days.ts";
import { essayDueSchema } from "./opvolging-schema.ts";

/** The essay's due date as a sentence (published, due by, or none). */
export function EssayDueLine({ status, dueDate }: { status: string; dueDate: string | null }) {
  const t = useT();
  const locale = useLocale();
  if (status === "gepubliceerd") return <Paragraph>{t("opvolging.essay.gepubliceerd")}</Paragraph>;
  if (!dueDate) return <Paragraph>{t("opvolging.essay.geenDeadline")}</Paragraph>;
  return (
    <Paragraph>
      {t("opvolging.essay.deadline", {
        datum: formatDateTime(locale, dayAsDate(dueDate), "date"),
      })}
    </Paragraph>
  );
}

/** The essay section of the follow-up page; project leaders change the due date here. */
export function EssayDue({
  essay,
  editable,
  lastResult,
}: {
  essay: { status: string; dueDate: string | null };
  editable: boolean;
  lastResult: unknown;
}) {
  const t = useT();
  const [form, fields] = useSchemaForm(essayDueSchema, {
    lastResult,
    intent: "essay-deadline",
    defaultValue: { dueDate: essay.dueDate ?? "" },
  });
  return (
    <section aria-labelledby="essay" className="leerkring-stack">
      <Heading2 id="essay">{t("opvolging.essay.titel")}</Heading2>
      <EssayDueLine {...essay} />
      {editable && (
        <Form
          method="post"
          id={form.id}
          onSubmit={form.onSubmit}
          noValidate
          className="leerkring-form"
        >
          <input type="hidden" name="intent" value="essay-deadline" />
          <TextField
            field={fields.dueDate}
            type="date"
            label={t("opvolging.essay.veld.deadline")}
          />
          <Button type="submit" appearance="secondary-action-button">
            {t("opvolging.essay.wijzigen")}
          </Button>
        </Form>
      )}
    </section>
  );
}
