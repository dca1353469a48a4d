import { Button } from "@utrecht/component-library-react";
import { Form } from "react-router";
import { FormAlert, TextareaField } from "#app/components/fields.tsx";
import { RadioGroup } from "#app/components/choice-group.tsx";
import { useSchemaForm } from "#app/utils/forms.ts";
import { useT } from "#shared/i18n/index.ts";
import { besluitIntents } from "./besluit-schema.ts";

type Option = { value: string; label: string };

/** The vote of a municipality (or a project leader): one choice, once. */
export function VoteForm({ options, lastResult }: { options: Option[]; lastResult: unknown }) {
  const t = useT();
  const [form, fields] = useSchemaForm(besluitIntents, { lastResult, intent: "stemmen" });
  return (
    <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate className="leerkring-form">
      <FormAlert form={form} />
      <input type="hidden" name="intent" value="stemmen" />
      <RadioGroup
        field={fields.optionId}
        legend={t("besluit.jouwKeuze")}
        description={t("besluit.eenStem")}
        options={options}
      />
      <Button type="submit" appearance="primary-action-button">
        {t("besluit.stemmen")}
      </Button>
    </Form>
  );
}

/** The decision a project leader records: the option chosen and the reasons. */
export function DecisionForm({ options, lastResult }: { options: Option[]; lastResult: unknown }) {
  const t = useT();
  const [form, fields] = useSchemaForm(besluitIntents, { lastResult, intent: "vastleggen" });
  return (
    <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate className="leerkring-form">
      <FormAlert form={form} />
      <input type="hidden" name="intent" value="vastleggen" />
      <RadioGroup field={fields.optionId} legend={t("besluit.besluit")} options={options} />
      <TextareaField field={fields.reasons} label={t("besluit.veld.redenen")} />
      <Button type="submit" appearance="primary-action-button">
        {t("besluit.vastleggen")}
      </Button>
    </Form>
  );
}
