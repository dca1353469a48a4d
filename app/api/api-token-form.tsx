import { Button } from "@utrecht/component-library-react";
import { Form } from "react-router";
import { CheckboxGroup } from "#app/components/choice-group.tsx";
import { FormAlert, SelectField, TextField } from "#app/components/fields.tsx";
import { useSchemaForm } from "#app/utils/forms.ts";
import { apiScopes, roles } from "#db/schema.ts";
import { useT } from "#shared/i18n/index.ts";
import { apiTokenIntents } from "./api-token-schema.ts";

/** A new API key: a name, whom it sees as (organisation and role), and its scopes. */
export function ApiTokenForm({
  organisations,
  lastResult,
}: {
  organisations: { value: string; label: string }[];
  lastResult: unknown;
}) {
  const t = useT();
  const [form, fields] = useSchemaForm(apiTokenIntents, { lastResult, intent: "maken" });
  return (
    <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate className="leerkring-form">
      <FormAlert form={form} />
      <input type="hidden" name="intent" value="maken" />
      <TextField field={fields.name} label={t("apiSleutel.veld.naam")} />
      <SelectField
        field={fields.organisationId}
        label={t("apiSleutel.veld.organisatie")}
        options={organisations}
        placeholder={t("veld.kies")}
      />
      <SelectField
        field={fields.role}
        label={t("apiSleutel.veld.rol")}
        options={roles.map((r) => ({ value: r, label: t(`rol.${r}`) }))}
        placeholder={t("veld.kies")}
      />
      <CheckboxGroup
        field={fields.scopes}
        legend={t("apiSleutel.veld.rechten")}
        options={apiScopes.map((s) => ({ value: s, label: t(`apiSleutel.scope.${s}`) }))}
      />
      <Button type="submit" appearance="primary-action-button">
        {t("apiSleutel.maken")}
      </Button>
    </Form>
  );
}
