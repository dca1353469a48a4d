import { Button } from "@utrecht/component-library-react";
import { Form } from "react-router";
import { RadioGroup } from "#app/components/choice-group.tsx";
import { FormAlert, SelectField, TextField } from "#app/components/fields.tsx";
import { useSchemaForm } from "#app/utils/forms.ts";
import { useT } from "#shared/i18n/index.ts";
import { contactSchema } from "./contact-schema.ts";

type Option = { value: string; label: string };

/** A contact of the register: new (no defaults) or to edit (its saved values). */
export function ContactForm(props: {
  partners: Option[];
  gemeenten: Option[];
  defaultValue?: Record<string, string>;
  lastResult: unknown;
}) {
  const t = useT();
  const [form, fields] = useSchemaForm(contactSchema, {
    lastResult: props.lastResult,
    defaultValue: props.defaultValue ?? { consent: "nee" },
  });
  return (
    <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate className="leerkring-form">
      <input type="hidden" name="intent" value="opslaan" />
      <FormAlert form={form} />
      <TextField field={fields.name} label={t("contacten.veld.naam")} autoComplete="off" />
      <TextField field={fields.organisation} label={t("contacten.veld.organisatie")} />
      <TextField field={fields.function} label={t("contacten.veld.functie")} />
      <SelectField
        field={fields.gemeenteId}
        label={t("contacten.veld.gemeente")}
        options={[{ value: "", label: t("contacten.veld.geenGemeente") }, ...props.gemeenten]}
      />
      <SelectField
        field={fields.knownById}
        label={t("contacten.veld.bekendBij")}
        options={props.partners}
        placeholder={t("veld.kies")}
      />
      <RadioGroup
        field={fields.consent}
        legend={t("contacten.veld.toestemming")}
        options={[
          { value: "ja", label: t("contacten.veld.ja") },
          { value: "nee", label: t("contacten.veld.nee") },
        ]}
      />
      <TextField
        field={fields.consentOn}
        type="date"
        label={t("contacten.veld.toestemmingDatum")}
      />
      <Button type="submit" appearance="primary-action-button">
        {t("contacten.opslaan")}
      </Button>
    </Form>
  );
}
