import { Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { Form } from "react-router";
import { deliveryModes, notificationCategories } from "#db/schema.ts";
import { FormAlert, SelectField } from "#app/components/fields.tsx";
import { useSchemaForm } from "#app/utils/forms.ts";
import { useT } from "#shared/i18n/index.ts";
import { preferencesSchema } from "./preferences-schema.ts";
import type { Preferences } from "./preferences.server.ts";

/** The section "Meldingen" of /account (`#meldingen`, where every mail's footer links to). */
export function PreferencesSection({
  preferences,
  lastResult,
  withBeheer,
}: {
  preferences: Preferences;
  lastResult: unknown;
  /** Whether the person gets the news of beheer (erasure requests, inactive accounts). */
  withBeheer: boolean;
}) {
  const t = useT();
  const [form, fields] = useSchemaForm(preferencesSchema, {
    lastResult,
    intent: "meldingen",
    defaultValue: preferences,
  });
  const options = deliveryModes.map((mode) => ({
    value: mode,
    label: t(`meldingen.bezorging.${mode}`),
  }));
  return (
    <section aria-labelledby="meldingen" className="leerkring-stack">
      <Heading2 id="meldingen">{t("meldingen.keuzes.titel")}</Heading2>
      <Paragraph>{t("meldingen.keuzes.uitleg")}</Paragraph>
      <Form
        method="post"
        id={form.id}
        onSubmit={form.onSubmit}
        noValidate
        className="leerkring-form"
      >
        <input type="hidden" name="intent" value="meldingen" />
        <FormAlert form={form} />
        {notificationCategories
          .filter((category) => withBeheer || category !== "beheer")
          .map((category) => (
            <SelectField
              key={category}
              field={fields[category]}
              label={t("meldingen.keuzes.over", {
                categorie: t(`meldingen.categorie.${category}`),
              })}
              options={options}
            />
          ))}
        <Button type="submit" appearance="secondary-action-button">
          {t("meldingen.keuzes.opslaan")}
        </Button>
      </Form>
    </section>
  );
}
