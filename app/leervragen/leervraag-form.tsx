import { Button } from "@utrecht/component-library-react";
import { Form, Link } from "react-router";
import { CheckboxGroup } from "#app/components/checkbox-group.tsx";
import { FormAlert, SelectField, TextareaField, TextField } from "#app/components/fields.tsx";
import { useT } from "#shared/i18n/index.ts";
import type { FormFailure } from "#app/utils/forms.ts";
import { werkvormen, type Werkvorm } from "#db/schema.ts";

export type LeervraagFormValues = {
  title: string;
  question: string;
  casus: string;
  context: string;
  themaId: string;
  werkvormen: Werkvorm[];
};

export function LeervraagForm(props: {
  values: LeervraagFormValues;
  themas: { value: string; label: string }[];
  failure: FormFailure | undefined;
  /** Intervision is offered to first-circle municipalities only (canRequestIntervisie). */
  intervisieAllowed: boolean;
  submitLabel: string;
  cancelTo: string;
}) {
  const t = useT();
  const { values, failure } = props;
  return (
    <Form method="post" className="leerkring-form" noValidate>
      <FormAlert failure={failure} />
      <TextField
        name="title"
        label={t("leervraag.veld.titel")}
        description={t("leervraag.veld.titelUitleg")}
        defaultValue={values.title}
        failure={failure}
      />
      <TextareaField
        name="question"
        label={t("leervraag.veld.vraag")}
        description={t("leervraag.veld.vraagUitleg")}
        defaultValue={values.question}
        failure={failure}
      />
      <TextareaField
        name="casus"
        label={t("leervraag.veld.casus")}
        description={t("leervraag.veld.casusUitleg")}
        defaultValue={values.casus}
        failure={failure}
        rows={6}
      />
      <TextareaField
        name="context"
        label={t("leervraag.veld.context")}
        description={t("leervraag.veld.contextUitleg")}
        defaultValue={values.context}
        failure={failure}
      />
      <SelectField
        name="themaId"
        label={t("leervraag.veld.thema")}
        options={[{ value: "", label: t("leervraag.geenThema") }, ...props.themas]}
        defaultValue={values.themaId}
        failure={failure}
      />
      <CheckboxGroup
        name="werkvormen"
        legend={t("leervraag.veld.werkvormen")}
        description={props.intervisieAllowed ? undefined : t("leervraag.werkvormenTweedeKring")}
        options={werkvormen
          .filter((w) => props.intervisieAllowed || w !== "intervisie")
          .map((w) => ({ value: w, label: t(`werkvorm.${w}`) }))}
        checked={values.werkvormen}
        failure={failure}
      />
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
