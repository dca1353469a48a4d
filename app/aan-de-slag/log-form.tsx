import { Button } from "@utrecht/component-library-react";
import { Form } from "react-router";
import { SelectField, TextareaField, TextField } from "#app/components/fields.tsx";
import { useT } from "#shared/i18n/index.ts";
import { useSchemaForm } from "#app/utils/forms.ts";
import { logboekSoorten } from "#db/schema.ts";
import { logSchema } from "./traject-schema.ts";

/** Adds an entry to the casework's log, dated today unless changed. */
export function LogForm({ today, lastResult }: { today: string; lastResult: unknown }) {
  const t = useT();
  const [form, fields] = useSchemaForm(logSchema, {
    lastResult,
    defaultValue: { kind: "activiteit", date: today },
  });
  return (
    <Form
      method="post"
      id={form.id}
      onSubmit={form.onSubmit}
      noValidate
      className="leerkring-form leerkring-card"
    >
      <SelectField
        field={fields.kind}
        label={t("traject.veld.soortLog")}
        options={logboekSoorten.map((k) => ({ value: k, label: t(`logboek.${k}`) }))}
      />
      <TextField field={fields.date} type="date" label={t("traject.veld.datum")} />
      <TextareaField field={fields.body} label={t("traject.veld.wat")} rows={3} />
      <Button type="submit" appearance="secondary-action-button">
        {t("traject.logToevoegen")}
      </Button>
    </Form>
  );
}
