import { Button } from "@utrecht/component-library-react";
import { Form, Link } from "react-router";
import { FormAlert, SelectField, TextareaField, TextField } from "#app/components/fields.tsx";
import { RadioGroup } from "#app/components/choice-group.tsx";
import { useSchemaForm } from "#app/utils/forms.ts";
import { besluitKiezers, besluitUitslagen } from "#db/schema.ts";
import { useT } from "#shared/i18n/index.ts";
import { besluitSchema } from "./besluit-schema.ts";

/** A new proposal: what, its options (or a proposed theme), who votes, until when. */
export function BesluitForm(props: {
  themas: { value: string; label: string }[];
  defaultThemaId: string;
  defaultDeadline: { date: string; time: string };
  lastResult: unknown;
}) {
  const t = useT();
  const [form, fields] = useSchemaForm(besluitSchema, {
    lastResult: props.lastResult,
    defaultValue: {
      themaId: props.defaultThemaId,
      kiezers: "eerste-kring",
      uitslag: "na-stemmen",
      deadlineDate: props.defaultDeadline.date,
      deadlineTime: props.defaultDeadline.time,
    },
  });
  return (
    <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate className="leerkring-form">
      <FormAlert form={form} />
      <TextField field={fields.title} label={t("besluit.veld.titel")} />
      <TextareaField field={fields.description} label={t("besluit.veld.omschrijving")} />
      <SelectField
        field={fields.themaId}
        label={t("besluit.veld.thema")}
        description={t("besluit.veld.themaUitleg")}
        options={[{ value: "", label: t("besluit.geenThema") }, ...props.themas]}
      />
      <TextareaField
        field={fields.opties}
        label={t("besluit.veld.opties")}
        description={t("besluit.veld.optiesUitleg")}
      />
      <RadioGroup
        field={fields.kiezers}
        legend={t("besluit.veld.kiezers")}
        options={besluitKiezers.map((k) => ({ value: k, label: t(`besluit.kiezers.${k}`) }))}
      />
      <RadioGroup
        field={fields.uitslag}
        legend={t("besluit.veld.uitslag")}
        options={besluitUitslagen.map((u) => ({ value: u, label: t(`besluit.uitslag.${u}`) }))}
      />
      <div className="leerkring-actions">
        <TextField
          field={fields.deadlineDate}
          type="date"
          label={t("besluit.veld.deadlineDatum")}
        />
        <TextField field={fields.deadlineTime} type="time" label={t("besluit.veld.deadlineTijd")} />
      </div>
      <div className="leerkring-actions">
        <Button type="submit" appearance="primary-action-button">
          {t("besluit.voorstellen")}
        </Button>
        <Link to="/besluiten" className="utrecht-link">
          {t("actie.annuleren")}
        </Link>
      </div>
    </Form>
  );
}
