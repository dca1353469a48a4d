import { Button, Paragraph } from "@utrecht/component-library-react";
import { Form, Link } from "react-router";
import { FormAlert, SelectField, TextareaField } from "#app/components/fields.tsx";
import { useT } from "#shared/i18n/index.ts";
import { useSchemaForm } from "#app/utils/forms.ts";
import { indicatorFormSchema, restoreSchema, retireSchema } from "./indicator-schema.ts";

/**
 * The beheerder's indicator form: a new indicator under a condition, or new wording for the one
 * being edited. Keyed by the caller, so it starts empty again after a save.
 */
export function IndicatorForm({
  editing,
  voorwaarden,
  lastResult,
}: {
  editing: { id: number; text: string } | undefined;
  voorwaarden: { id: number; name: string; waarde: string }[];
  lastResult: unknown;
}) {
  const t = useT();
  const [form, fields] = useSchemaForm(indicatorFormSchema, {
    lastResult,
    intent: editing ? "wijzigen" : "toevoegen",
    defaultValue: { text: editing?.text ?? "" },
  });
  return (
    <>
      <FormAlert form={form} />
      {editing && (
        <Paragraph className="leerkring-muted">{t("monitor.beheer.wijzigenUitleg")}</Paragraph>
      )}
      <Form
        method="post"
        id={form.id}
        onSubmit={form.onSubmit}
        noValidate
        className="leerkring-form"
      >
        <input type="hidden" name="intent" value={editing ? "wijzigen" : "toevoegen"} />
        {editing ? (
          <input type="hidden" name="indicatorId" value={editing.id} />
        ) : (
          <SelectField
            field={fields.voorwaardeId}
            label={t("monitor.veld.voorwaarde")}
            options={voorwaarden.map((v) => ({
              value: String(v.id),
              label: `${v.name} (${v.waarde})`,
            }))}
            placeholder={t("veld.kies")}
          />
        )}
        <TextareaField
          field={fields.text}
          label={t("monitor.veld.indicatortekst")}
          description={t("monitor.veld.indicatortekstUitleg")}
          rows={3}
        />
        <div className="leerkring-actions">
          <Button type="submit" appearance="primary-action-button">
            {editing ? t("monitor.beheer.opslaan") : t("monitor.beheer.toevoegen")}
          </Button>
          {editing && (
            <Link to="/beheer/indicatoren" className="utrecht-link">
              {t("actie.annuleren")}
            </Link>
          )}
        </div>
      </Form>
    </>
  );
}

/** What went wrong when retiring or restoring an indicator from its row in the tables. */
export function RowActionAlerts({ lastResult }: { lastResult: unknown }) {
  const [retire] = useSchemaForm(retireSchema, { lastResult, intent: "intrekken" });
  const [restore] = useSchemaForm(restoreSchema, { lastResult, intent: "terugzetten" });
  return (
    <>
      <FormAlert form={retire} />
      <FormAlert form={restore} />
    </>
  );
}
