import { Button } from "@utrecht/component-library-react";
import { Form } from "react-router";
import { TextField } from "#app/components/fields.tsx";
import { useT } from "#shared/i18n/index.ts";
import { useSchemaForm } from "#app/utils/forms.ts";
import { notesIntents } from "./notities-schema.ts";

/** Saves the notes as they are now as a named version. */
export function SaveVersionForm({ lastResult }: { lastResult: unknown }) {
  const t = useT();
  const [form, fields] = useSchemaForm(notesIntents, { lastResult, intent: "versie-opslaan" });
  return (
    <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate className="leerkring-form">
      <input type="hidden" name="intent" value="versie-opslaan" />
      <TextField
        field={fields.label}
        label={t("notities.versieNaam")}
        description={t("notities.versieNaamUitleg")}
      />
      <Button type="submit" appearance="secondary-action-button">
        {t("notities.versieOpslaan")}
      </Button>
    </Form>
  );
}
