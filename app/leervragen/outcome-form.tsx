import { Button } from "@utrecht/component-library-react";
import { Form } from "react-router";
import { TextareaField } from "#app/components/fields.tsx";
import { useT } from "#shared/i18n/index.ts";
import { useSchemaForm } from "#app/utils/forms.ts";
import { outcomeSchema } from "./leervraag-schema.ts";

/** What the discussion brought, and what follows from it. */
export function OutcomeForm({
  values,
  lastResult,
}: {
  values: { outcome: string; followUp: string };
  lastResult: unknown;
}) {
  const t = useT();
  const [form, fields] = useSchemaForm(outcomeSchema, {
    lastResult,
    intent: "uitkomst",
    defaultValue: values,
  });
  return (
    <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate className="leerkring-form">
      <input type="hidden" name="intent" value="uitkomst" />
      <TextareaField field={fields.outcome} label={t("leervraag.veld.uitkomst")} rows={5} />
      <TextareaField field={fields.followUp} label={t("leervraag.veld.opvolging")} rows={3} />
      <Button type="submit" appearance="secondary-action-button">
        {t("actie.opslaan")}
      </Button>
    </Form>
  );
}
