import { Button } from "@utrecht/component-library-react";
import { Form } from "react-router";
import { TextareaField } from "#app/components/fields.tsx";
import { useT } from "#shared/i18n/index.ts";
import { useSchemaForm } from "#app/utils/forms.ts";
import type { LeervraagStatus } from "./status.ts";
import { statusChangeSchema } from "./leervraag-schema.ts";

/** A note and one button per status the question may move to. */
export function StatusForm({
  statuses,
  lastResult,
}: {
  statuses: LeervraagStatus[];
  lastResult: unknown;
}) {
  const t = useT();
  const [form, fields] = useSchemaForm(statusChangeSchema, { lastResult, intent: "status" });
  return (
    <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate className="leerkring-form">
      <input type="hidden" name="intent" value="status" />
      <TextareaField field={fields.note} label={t("leervraag.toelichting")} rows={2} />
      <div className="leerkring-actions">
        {statuses.map((s) => (
          <Button
            key={s}
            type="submit"
            name={fields.status.name}
            value={s}
            appearance="secondary-action-button"
          >
            {t(`leervraag.naar.${s}`)}
          </Button>
        ))}
      </div>
    </Form>
  );
}
