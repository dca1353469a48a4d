import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
} from "@utrecht/component-library-react";
import { Form, Link } from "react-router";
import { CheckboxGroup } from "#app/components/checkbox-group-legacy.tsx";
import {
  FormAlert,
  SelectField,
  TextareaField,
  TextField,
} from "#app/components/fields-legacy.tsx";
import { useT } from "#shared/i18n/index.ts";
import type { FormFailure } from "#app/utils/forms-legacy.ts";
import { doelgroepen, partnerRollen, trajectStatuses } from "#db/schema.ts";

type Options = {
  gemeenten: { id: number; name: string }[];
  partners: { id: number; name: string }[];
  people: { id: number; name: string; organisationName: string }[];
  themas: { id: number; name: string }[];
};

export type TrajectFormValues = {
  organisationId: string;
  title: string;
  description: string;
  themaId: string;
  status: string;
  doelgroepen: string[];
  partners: Record<string, string>;
  memberIds: string[];
};

export function TrajectForm(props: {
  values: TrajectFormValues;
  options: Options;
  /** Members of a municipality create casework for their own municipality only. */
  fixedOrganisation: boolean;
  failure: FormFailure | undefined;
  submitLabel: string;
  cancelTo: string;
}) {
  const t = useT();
  const { values, options, failure } = props;
  return (
    <Form method="post" className="leerkring-form" noValidate>
      <FormAlert failure={failure} />
      {props.fixedOrganisation ? (
        <input type="hidden" name="organisationId" value={values.organisationId} />
      ) : (
        <SelectField
          name="organisationId"
          label={t("veld.gemeente")}
          options={options.gemeenten.map((g) => ({ value: String(g.id), label: g.name }))}
          defaultValue={values.organisationId}
          placeholder={t("veld.kies")}
          failure={failure}
        />
      )}
      <TextField
        name="title"
        label={t("traject.veld.titel")}
        defaultValue={values.title}
        failure={failure}
      />
      <TextareaField
        name="description"
        label={t("traject.veld.omschrijving")}
        defaultValue={values.description}
        failure={failure}
        rows={4}
      />
      <SelectField
        name="themaId"
        label={t("leervraag.veld.thema")}
        options={[
          { value: "", label: t("leervraag.geenThema") },
          ...options.themas.map((th) => ({ value: String(th.id), label: th.name })),
        ]}
        defaultValue={values.themaId}
        failure={failure}
      />
      <SelectField
        name="status"
        label={t("traject.veld.status")}
        options={trajectStatuses.map((s) => ({ value: s, label: t(`traject.status.${s}`) }))}
        defaultValue={values.status}
        failure={failure}
      />
      <CheckboxGroup
        name="doelgroepen"
        legend={t("traject.veld.doelgroepen")}
        options={doelgroepen.map((d) => ({ value: d, label: t(`doelgroep.${d}`) }))}
        checked={values.doelgroepen}
        failure={failure}
      />
      <Fieldset>
        <FieldsetLegend>{t("traject.veld.partners")}</FieldsetLegend>
        <FormFieldDescription>{t("traject.veld.partnersUitleg")}</FormFieldDescription>
        {options.partners.map((p) => (
          <SelectField
            key={p.id}
            name={`partner-${p.id}`}
            label={p.name}
            options={[
              { value: "", label: t("traject.geenPartner") },
              ...partnerRollen.map((r) => ({ value: r, label: t(`partnerrol.${r}`) })),
            ]}
            defaultValue={values.partners[String(p.id)] ?? ""}
          />
        ))}
      </Fieldset>
      <CheckboxGroup
        name="memberIds"
        legend={t("traject.veld.leden")}
        description={t("traject.veld.ledenUitleg")}
        options={options.people.map((p) => ({
          value: String(p.id),
          label: `${p.name} (${p.organisationName})`,
        }))}
        checked={values.memberIds}
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
