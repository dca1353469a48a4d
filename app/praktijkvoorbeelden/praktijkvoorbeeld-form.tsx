import { Button, Paragraph } from "@utrecht/component-library-react";
import { Form, Link } from "react-router";
import { FormAlert, SelectField, TextareaField, TextField } from "#app/components/fields.tsx";
import { useSchemaForm } from "#app/utils/forms.ts";
import { useT } from "#shared/i18n/index.ts";
import { praktijkvoorbeeldSchema } from "./praktijkvoorbeeld-schema.ts";

type Option = { id: number; name?: string; title?: string };

export type PraktijkFormProps = {
  values: Record<string, string>;
  options: {
    gemeenten: { id: number; name: string }[];
    themas: { id: number; name: string }[];
    meetings: { id: number; title: string }[];
    trajecten: { id: number; title: string; organisationName: string }[];
  };
  /** A member writes about their own municipality: no choice of municipality. */
  fixedOrganisation: boolean;
  lastResult: unknown;
  submitLabel: string;
  cancelTo: string;
};

const choices = (list: Option[]) =>
  list.map((o) => ({ value: String(o.id), label: o.name ?? o.title ?? "" }));

/** The form of a practice example, new or edited; works without JavaScript. */
export function PraktijkvoorbeeldForm(props: PraktijkFormProps) {
  const t = useT();
  const { options } = props;
  const [form, fields] = useSchemaForm(praktijkvoorbeeldSchema, {
    lastResult: props.lastResult,
    defaultValue: props.values,
  });
  const several = options.gemeenten.length > 1;
  return (
    <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate className="leerkring-form">
      <FormAlert form={form} />
      {props.fixedOrganisation ? (
        <input type="hidden" name="organisationId" value={props.values["organisationId"] ?? ""} />
      ) : (
        <SelectField
          field={fields.organisationId}
          label={t("veld.gemeente")}
          options={choices(options.gemeenten)}
          placeholder={t("veld.kies")}
        />
      )}
      <TextField field={fields.title} label={t("praktijk.veld.titel")} />
      <SelectField
        field={fields.themaId}
        label={t("praktijk.veld.thema")}
        options={choices(options.themas)}
        placeholder={t("veld.kies")}
      />
      <SelectField
        field={fields.bijeenkomstId}
        label={t("praktijk.veld.bijeenkomst")}
        description={t("praktijk.veld.bijeenkomstUitleg")}
        options={[{ value: "", label: t("praktijk.geen") }, ...choices(options.meetings)]}
      />
      <SelectField
        field={fields.trajectId}
        label={t("praktijk.veld.traject")}
        description={t("praktijk.veld.trajectUitleg")}
        options={[
          { value: "", label: t("praktijk.geen") },
          ...options.trajecten.map((tr) => ({
            value: String(tr.id),
            label: several ? `${tr.organisationName} › ${tr.title}` : tr.title,
          })),
        ]}
      />
      <TextareaField
        field={fields.summary}
        label={t("praktijk.veld.samenvatting")}
        description={t("praktijk.veld.samenvattingUitleg")}
        rows={3}
      />
      <TextareaField
        field={fields.body}
        label={t("praktijk.veld.tekst")}
        description={t("praktijk.veld.tekstUitleg")}
        rows={14}
      />
      <Paragraph className="leerkring-actions">
        <Button type="submit" appearance="primary-action-button">
          {props.submitLabel}
        </Button>
        <Link to={props.cancelTo} className="utrecht-link">
          {t("actie.annuleren")}
        </Link>
      </Paragraph>
    </Form>
  );
}
