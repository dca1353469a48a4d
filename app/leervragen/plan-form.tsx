import { Button } from "@utrecht/component-library-react";
import { Form } from "react-router";
import { SelectField } from "#app/components/fields.tsx";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";
import { useSchemaForm } from "#app/utils/forms.ts";
import { planSchema } from "./leervraag-schema.ts";

/** Puts the question on a planned intervision session. */
export function PlanForm({
  meetings,
  lastResult,
}: {
  meetings: { id: number; title: string; startsAt: Date }[];
  lastResult: unknown;
}) {
  const t = useT();
  const locale = useLocale();
  const [form, fields] = useSchemaForm(planSchema, { lastResult, intent: "inplannen" });
  return (
    <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate className="leerkring-form">
      <input type="hidden" name="intent" value="inplannen" />
      <SelectField
        field={fields.bijeenkomstId}
        label={t("leervraag.kiesSessie")}
        options={meetings.map((m) => ({
          value: String(m.id),
          label: `${m.title} — ${formatDateTime(locale, m.startsAt, "date")}`,
        }))}
        placeholder={t("veld.kies")}
      />
      <Button type="submit" appearance="primary-action-button">
        {t("bijeenkomst.opAgendaZetten")}
      </Button>
    </Form>
  );
}
