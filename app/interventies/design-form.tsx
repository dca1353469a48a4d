import { Button } from "@utrecht/component-library-react";
import { Form, Link } from "react-router";
import { FormAlert, TextareaField, TextField } from "#app/components/fields.tsx";
import { useSchemaForm } from "#app/utils/forms.ts";
import { useT } from "#shared/i18n/index.ts";
import { designFormSchema } from "./design-schema.ts";

/** A new research design, or the one being edited. Keyed by the caller, so it empties after a save. */
export function DesignForm({
  editing,
  lastResult,
}: {
  editing: { id: number; name: string; description: string } | undefined;
  lastResult: unknown;
}) {
  const t = useT();
  const intent = editing ? "wijzigen" : "toevoegen";
  const [form, fields] = useSchemaForm(designFormSchema, {
    lastResult,
    intent,
    defaultValue: { name: editing?.name ?? "", description: editing?.description ?? "" },
  });
  return (
    <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate className="leerkring-form">
      <FormAlert form={form} />
      <input type="hidden" name="intent" value={intent} />
      {editing && <input type="hidden" name="designId" value={editing.id} />}
      <TextField field={fields.name} label={t("interventie.design.veld.naam")} />
      <TextareaField
        field={fields.description}
        label={t("interventie.design.veld.omschrijving")}
        rows={2}
      />
      <div className="leerkring-actions">
        <Button type="submit" appearance="primary-action-button">
          {editing ? t("actie.opslaan") : t("interventie.design.toevoegen")}
        </Button>
        {editing && (
          <Link to="/interventies/onderzoeksdesigns" className="utrecht-link">
            {t("actie.annuleren")}
          </Link>
        )}
      </div>
    </Form>
  );
}
