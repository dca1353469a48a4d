import { Button } from "@utrecht/component-library-react";
import { Form, Link } from "react-router";
import { CheckboxGroup } from "#app/components/choice-group.tsx";
import { FormAlert, SelectField, TextareaField, TextField } from "#app/components/fields.tsx";
import { useT } from "#shared/i18n/index.ts";
import { useSchemaForm } from "#app/utils/forms.ts";
import { werkvormen, type Werkvorm } from "#db/schema.ts";
import { TagFieldsets } from "#app/tags/tag-fieldsets.tsx";
import type { TagFieldName } from "#app/tags/tag-schema.ts";
import type { Tag } from "#app/tags/tags.server.ts";
import { leervraagSchema } from "./leervraag-schema.ts";

export type LeervraagFormValues = {
  title: string;
  question: string;
  casus: string;
  context: string;
  themaId: string;
  wijkId: string;
  herkenningId?: string;
  werkvormen: Werkvorm[];
} & Record<TagFieldName, string[]>;

export function LeervraagForm(props: {
  values: LeervraagFormValues;
  themas: { value: string; label: string }[];
  /** The municipality's neighbourhoods (app/wijken/wijken.server.ts, wijkOptions). */
  wijken: { value: string; label: string }[];
  /** The tags to choose from (app/tags/tags.server.ts, tagChoices). */
  tags: readonly Tag[];
  /** The action's answer, with the errors of a submission that needs fixing. */
  lastResult: unknown;
  /** Intervision is offered to first-circle municipalities only (canRequestIntervisie). */
  intervisieAllowed: boolean;
  submitLabel: string;
  cancelTo: string;
}) {
  const t = useT();
  const [form, fields] = useSchemaForm(leervraagSchema, {
    lastResult: props.lastResult,
    defaultValue: props.values,
  });
  return (
    <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate className="leerkring-form">
      <FormAlert form={form} />
      <TextField
        field={fields.title}
        label={t("leervraag.veld.titel")}
        description={t("leervraag.veld.titelUitleg")}
      />
      <TextareaField
        field={fields.question}
        label={t("leervraag.veld.vraag")}
        description={t("leervraag.veld.vraagUitleg")}
      />
      <TextareaField
        field={fields.casus}
        label={t("leervraag.veld.casus")}
        description={t("leervraag.veld.casusUitleg")}
        rows={6}
      />
      <TextareaField
        field={fields.context}
        label={t("leervraag.veld.context")}
        description={t("leervraag.veld.contextUitleg")}
      />
      <SelectField
        field={fields.themaId}
        label={t("leervraag.veld.thema")}
        options={[{ value: "", label: t("leervraag.geenThema") }, ...props.themas]}
      />
      {props.wijken.length > 0 && (
        <SelectField
          field={fields.wijkId}
          label={t("wijk.veld.wijk")}
          description={t("wijk.veld.wijkUitleg")}
          options={[{ value: "", label: t("wijk.veld.geen") }, ...props.wijken]}
        />
      )}
      {props.values.herkenningId && (
        <input type="hidden" name="herkenningId" value={props.values.herkenningId} />
      )}
      <CheckboxGroup
        field={fields.werkvormen}
        legend={t("leervraag.veld.werkvormen")}
        description={props.intervisieAllowed ? undefined : t("leervraag.werkvormenTweedeKring")}
        options={werkvormen
          .filter((w) => props.intervisieAllowed || w !== "intervisie")
          .map((w) => ({ value: w, label: t(`werkvorm.${w}`) }))}
      />
      <TagFieldsets fields={fields} tags={props.tags} />
      <div className="leerkring-actions">
        <Button type="submit" appearance="primary-action-button">
          {props.submitLabel}
        </Button>
        <Link to={props.cancelTo} className="utrecht-link">
          {t("actie.annuleren")}
        </Link>
      </div>
    </Form>
  );
}
