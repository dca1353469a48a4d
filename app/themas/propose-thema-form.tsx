import { Button } from "@utrecht/component-library-react";
import { Form } from "react-router";
import { FormAlert, TextareaField, TextField } from "#app/components/fields.tsx";
import { useT } from "#shared/i18n/index.ts";
import { useSchemaForm } from "#app/utils/forms.ts";
import { themaIntents } from "./thema-schema.ts";

/** Proposing a new theme; the project leaders choose from the proposals later. */
export function ProposeThemaForm({ lastResult }: { lastResult: unknown }) {
  const t = useT();
  const [form, fields] = useSchemaForm(themaIntents, { lastResult, intent: "voorstellen" });
  return (
    <>
      <FormAlert form={form} />
      <Form
        method="post"
        id={form.id}
        onSubmit={form.onSubmit}
        noValidate
        className="leerkring-form"
      >
        <input type="hidden" name="intent" value="voorstellen" />
        <TextField field={fields.name} label={t("veld.naam")} />
        <TextareaField field={fields.description} label={t("bijeenkomst.veld.omschrijving")} />
        <Button type="submit" appearance="secondary-action-button">
          {t("thema.voorstellen")}
        </Button>
      </Form>
    </>
  );
}
