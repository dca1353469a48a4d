import { Button } from "@utrecht/component-library-react";
import { Form } from "react-router";
import { FormAlert, SelectField, TextField } from "#app/components/fields.tsx";
import { useSchemaForm } from "#app/utils/forms.ts";
import { tagFamilies } from "#db/tags.ts";
import { useT } from "#shared/i18n/index.ts";
import { tagFormSchema } from "./tag-schema.ts";

/** A new tag in a family. Keyed by the caller, so it empties after a save. */
export function TagForm({ lastResult }: { lastResult: unknown }) {
  const t = useT();
  const [form, fields] = useSchemaForm(tagFormSchema, {
    lastResult,
    intent: "toevoegen",
    defaultValue: { family: "opgave", name: "" },
  });
  return (
    <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate className="leerkring-form">
      <FormAlert form={form} />
      <input type="hidden" name="intent" value="toevoegen" />
      <SelectField
        field={fields.family}
        label={t("tag.veld.familie")}
        options={tagFamilies.map((f) => ({ value: f, label: t(`tag.familie.${f}`) }))}
      />
      <TextField field={fields.name} label={t("tag.veld.naam")} />
      <div className="leerkring-actions">
        <Button type="submit" appearance="primary-action-button">
          {t("tag.toevoegen")}
        </Button>
      </div>
    </Form>
  );
}
