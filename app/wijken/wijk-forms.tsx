import { Button, Paragraph } from "@utrecht/component-library-react";
import { Form, Link } from "react-router";
import { FormAlert, SelectField, TextField } from "#app/components/fields.tsx";
import { useT } from "#shared/i18n/index.ts";
import { useSchemaForm } from "#app/utils/forms.ts";
import { addWijkSchema, deleteWijkSchema, renameWijkSchema } from "./wijk-schema.ts";

// The forms of /gemeenten/:slug/wijken: a new wijk or buurt, and a new name for one. Keyed by the
// caller, so they start empty again after a save.

export function WijkAddForm({
  wijken,
  lastResult,
}: {
  /** The wijken a new buurt can lie in. */
  wijken: { id: number; name: string }[];
  lastResult: unknown;
}) {
  const t = useT();
  const [form, fields] = useSchemaForm(addWijkSchema, {
    lastResult,
    intent: "toevoegen",
    id: "wijk-toevoegen",
    defaultValue: { name: "", parentId: "" },
  });
  return (
    <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate className="leerkring-form">
      <FormAlert form={form} />
      <input type="hidden" name="intent" value="toevoegen" />
      <TextField field={fields.name} label={t("wijk.veld.naam")} autoComplete="off" />
      <SelectField
        field={fields.parentId}
        label={t("wijk.veld.ligtIn")}
        description={t("wijk.veld.ligtInUitleg")}
        options={[
          { value: "", label: t("wijk.geenOuder") },
          ...wijken.map((w) => ({ value: String(w.id), label: w.name })),
        ]}
      />
      <Button type="submit" appearance="primary-action-button">
        {t("wijk.toevoegen")}
      </Button>
    </Form>
  );
}

export function WijkRenameForm({
  wijk,
  cancelTo,
  lastResult,
}: {
  wijk: { id: number; name: string };
  cancelTo: string;
  lastResult: unknown;
}) {
  const t = useT();
  const [form, fields] = useSchemaForm(renameWijkSchema, {
    lastResult,
    intent: "hernoemen",
    id: "wijk-hernoemen",
    defaultValue: { name: wijk.name },
  });
  return (
    <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate className="leerkring-form">
      <FormAlert form={form} />
      <Paragraph className="leerkring-muted">{t("wijk.hernoemenUitleg")}</Paragraph>
      <input type="hidden" name="intent" value="hernoemen" />
      <input type="hidden" name="wijkId" value={wijk.id} />
      <TextField field={fields.name} label={t("wijk.veld.nieuweNaam")} autoComplete="off" />
      <div className="leerkring-actions">
        <Button type="submit" appearance="primary-action-button">
          {t("wijk.hernoemen")}
        </Button>
        <Link to={cancelTo} className="utrecht-link">
          {t("actie.annuleren")}
        </Link>
      </div>
    </Form>
  );
}

/** What went wrong when deleting from a row of the table. */
export function WijkRowAlert({ lastResult }: { lastResult: unknown }) {
  const [form] = useSchemaForm(deleteWijkSchema, { lastResult, intent: "verwijderen" });
  return <FormAlert form={form} />;
}
