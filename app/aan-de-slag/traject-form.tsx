import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
} from "@utrecht/component-library-react";
import { Form, Link } from "react-router";
import { CheckboxGroup } from "#app/components/choice-group.tsx";
import { FormAlert, SelectField, TextareaField, TextField } from "#app/components/fields.tsx";
import { useT } from "#shared/i18n/index.ts";
import { TagFieldsets } from "#app/tags/tag-fieldsets.tsx";
import type { TagFieldName } from "#app/tags/tag-schema.ts";
import type { Tag } from "#app/tags/tags.server.ts";
import { useSchemaForm } from "#app/utils/forms.ts";
import { doelgroepen, partnerRollen, trajectStatuses } from "#db/schema.ts";
import { trajectSchema } from "./traject-schema.ts";

type Options = {
  gemeenten: { id: number; name: string }[];
  partners: { id: number; name: string }[];
  people: { id: number; name: string; organisationName: string }[];
  themas: { id: number; name: string }[];
  wijken: { id: number; name: string; organisationId: number }[];
  aanvragers: { id: number; name: string }[];
};

export type TrajectFormValues = {
  organisationId: string;
  title: string;
  description: string;
  themaId: string;
  wijkId: string;
  aanvragerId: string;
  status: string;
  doelgroepen: string[];
  partners: Record<string, string>;
  memberIds: string[];
} & Record<TagFieldName, string[]>;

export function TrajectForm(props: {
  values: TrajectFormValues;
  options: Options;
  /** The tags to choose from (app/tags/tags.server.ts, tagChoices). */
  tags: readonly Tag[];
  /** Members of a municipality create casework for their own municipality only. */
  fixedOrganisation: boolean;
  /** Members of a local partner ask for casework as their own organisation. */
  fixedAanvrager: boolean;
  /** The action's answer, with the errors of a submission that needs fixing. */
  lastResult: unknown;
  submitLabel: string;
  cancelTo: string;
}) {
  const t = useT();
  const { values, options } = props;
  const { partners, ...fieldValues } = values;
  // Each partner's role has its own select, `partner-<id>`.
  const defaultValue = {
    ...fieldValues,
    ...Object.fromEntries(Object.entries(partners).map(([id, role]) => [`partner-${id}`, role])),
  };
  const [form, fields] = useSchemaForm(trajectSchema, {
    lastResult: props.lastResult,
    defaultValue,
  });
  return (
    <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate className="leerkring-form">
      <FormAlert form={form} />
      {props.fixedOrganisation ? (
        <input type="hidden" name="organisationId" value={values.organisationId} />
      ) : (
        <SelectField
          field={fields.organisationId}
          label={t("veld.gemeente")}
          options={options.gemeenten.map((g) => ({ value: String(g.id), label: g.name }))}
          placeholder={t("veld.kies")}
        />
      )}
      {props.fixedAanvrager ? (
        <input type="hidden" name="aanvragerId" value={values.aanvragerId} />
      ) : (
        <SelectField
          field={fields.aanvragerId}
          label={t("traject.veld.aanvrager")}
          description={t("traject.veld.aanvragerUitleg")}
          options={[
            { value: "", label: t("traject.aanvragerGemeente") },
            ...options.aanvragers.map((a) => ({ value: String(a.id), label: a.name })),
          ]}
        />
      )}
      <TextField field={fields.title} label={t("traject.veld.titel")} />
      <TextareaField field={fields.description} label={t("traject.veld.omschrijving")} rows={4} />
      <SelectField
        field={fields.themaId}
        label={t("leervraag.veld.thema")}
        options={[
          { value: "", label: t("leervraag.geenThema") },
          ...options.themas.map((th) => ({ value: String(th.id), label: th.name })),
        ]}
      />
      <WijkSelect
        field={fields.wijkId}
        options={options}
        organisationId={props.fixedOrganisation ? Number(values.organisationId) : null}
      />
      <SelectField
        field={fields.status}
        label={t("traject.veld.status")}
        options={trajectStatuses.map((s) => ({ value: s, label: t(`traject.status.${s}`) }))}
      />
      <CheckboxGroup
        field={fields.doelgroepen}
        legend={t("traject.veld.doelgroepen")}
        options={doelgroepen.map((d) => ({ value: d, label: t(`doelgroep.${d}`) }))}
      />
      <Fieldset>
        <FieldsetLegend>{t("traject.veld.partners")}</FieldsetLegend>
        <FormFieldDescription>{t("traject.veld.partnersUitleg")}</FormFieldDescription>
        {options.partners.map((p) => (
          <SelectField
            key={p.id}
            field={fields[`partner-${p.id}`]!}
            label={p.name}
            options={[
              { value: "", label: t("traject.geenPartner") },
              ...partnerRollen.map((r) => ({ value: r, label: t(`partnerrol.${r}`) })),
            ]}
          />
        ))}
      </Fieldset>
      <CheckboxGroup
        field={fields.memberIds}
        legend={t("traject.veld.leden")}
        description={t("traject.veld.ledenUitleg")}
        options={options.people.map((p) => ({
          value: String(p.id),
          label: `${p.name} (${p.organisationName})`,
        }))}
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

/**
 * The neighbourhood: of the own municipality, or (when the municipality is chosen in the same
 * form, which works without JavaScript) each municipality's, labelled with its name.
 */
function WijkSelect({
  field,
  options,
  organisationId,
}: {
  field: Parameters<typeof SelectField>[0]["field"];
  options: Options;
  organisationId: number | null;
}) {
  const t = useT();
  const gemeente = new Map(options.gemeenten.map((g) => [g.id, g.name]));
  const choices = options.wijken
    .filter((w) =>
      organisationId === null
        ? gemeente.has(w.organisationId)
        : w.organisationId === organisationId,
    )
    .map((w) => ({
      value: String(w.id),
      label: organisationId === null ? `${gemeente.get(w.organisationId)} › ${w.name}` : w.name,
    }))
    .sort((a, b) => a.label.localeCompare(b.label, "nl"));
  if (choices.length === 0) return null;
  return (
    <SelectField
      field={field}
      label={t("wijk.veld.wijk")}
      description={t("wijk.veld.wijkUitleg")}
      options={[{ value: "", label: t("wijk.veld.geen") }, ...choices]}
    />
  );
}
