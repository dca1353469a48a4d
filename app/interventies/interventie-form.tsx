import {
  Alert,
  Button,
  Fieldset,
  FieldsetLegend,
  Paragraph,
} from "@utrecht/component-library-react";
import { Form, Link } from "react-router";
import { CheckboxGroup, RadioGroup } from "#app/components/choice-group.tsx";
import { FormAlert, SelectField, TextareaField, TextField } from "#app/components/fields.tsx";
import { useSchemaForm } from "#app/utils/forms.ts";
import { useT } from "#shared/i18n/index.ts";
import { INTERACTIEFACTOREN, interactieFactorSlugs } from "#db/beleidsinterventies.ts";
import { BESTUURSSTIJLEN, bestuursstijlSlugs } from "#db/sociale-kwaliteit.ts";
import { TagFieldsets } from "#app/tags/tag-fieldsets.tsx";
import type { Tag } from "#app/tags/tags.server.ts";
import { InstrumentFields } from "./instrument-fields.tsx";
import { interventieSchema, type InterventieFormValues } from "./interventie-schema.ts";
import { PeriodeSelect } from "./periode-select.tsx";

type Options = {
  gemeenten: {
    id: number;
    name: string;
    slug: string;
    wijken: { value: string; label: string }[];
  }[];
  voorwaarden: { id: number; slug: string; name: string }[];
  indicatoren: { id: number; voorwaardeId: number; code: string; text: string }[];
  designs: { id: number; name: string }[];
  actoren: { slug: string; name: string }[];
  years: number[];
  tags: readonly Tag[];
};

/** The form of a policy intervention, new or edited; works without JavaScript. */
export function InterventieForm(props: {
  values: InterventieFormValues;
  options: Options;
  /** A member records for their own municipality: no choice of municipality. */
  fixedOrganisation: boolean;
  lastResult: unknown;
  submitLabel: string;
  cancelTo: string;
}) {
  const t = useT();
  const { options } = props;
  const [form, fields] = useSchemaForm(interventieSchema, {
    lastResult: props.lastResult,
    defaultValue: props.values,
  });
  const rollen = fields.rollen.getFieldset();
  const several = options.gemeenten.length > 1;
  const wijkChoices = options.gemeenten.flatMap((g) =>
    g.wijken.map((w) => ({ value: w.value, label: several ? `${g.name} › ${w.label}` : w.label })),
  );
  const own = options.gemeenten[0];
  return (
    <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate className="leerkring-form">
      <FormAlert form={form} />
      {props.fixedOrganisation ? (
        <input type="hidden" name="organisationId" value={String(props.values["organisationId"])} />
      ) : (
        <SelectField
          field={fields.organisationId}
          label={t("veld.gemeente")}
          options={options.gemeenten.map((g) => ({ value: String(g.id), label: g.name }))}
          placeholder={t("veld.kies")}
        />
      )}
      <TextField field={fields.title} label={t("interventie.veld.titel")} />
      <TextareaField
        field={fields.description}
        label={t("interventie.veld.omschrijving")}
        rows={4}
      />
      {wijkChoices.length === 0 && own ? (
        <Alert type="warning">
          <Paragraph>
            {t("interventie.geenWijken")}{" "}
            <Link to={`/gemeenten/${own.slug}/wijken`} className="utrecht-link">
              {t("interventie.naarWijken")}
            </Link>
          </Paragraph>
        </Alert>
      ) : (
        <CheckboxGroup
          field={fields.wijkIds}
          legend={t("interventie.veld.wijken")}
          description={several ? t("interventie.veld.wijkenUitleg") : undefined}
          options={wijkChoices}
        />
      )}
      <CheckboxGroup
        field={fields.voorwaarden}
        legend={t("interventie.veld.voorwaarden")}
        options={options.voorwaarden.map((v) => ({ value: v.slug, label: v.name }))}
      />
      {options.voorwaarden.map((v) => (
        <CheckboxGroup
          key={v.id}
          field={fields.indicatorIds}
          legend={t("interventie.veld.indicatoren", { voorwaarde: v.name })}
          options={options.indicatoren
            .filter((i) => i.voorwaardeId === v.id)
            .map((i) => ({ value: String(i.id), label: `${i.code} ${i.text}` }))}
        />
      ))}
      <InstrumentFields fields={fields} />
      <RadioGroup
        field={fields.bestuursstijl}
        legend={t("interventie.veld.bestuursstijl")}
        description={t("interventie.veld.bestuursstijlUitleg")}
        options={bestuursstijlSlugs.map((s) => ({
          value: s,
          label: `${BESTUURSSTIJLEN[s].naam} (${BESTUURSSTIJLEN[s].participatie})`,
        }))}
      />
      <Fieldset>
        <FieldsetLegend>{t("interventie.veld.rollen")}</FieldsetLegend>
        {options.actoren.map((a) => (
          <TextField key={a.slug} field={rollen[a.slug]!} label={a.name} />
        ))}
      </Fieldset>
      <CheckboxGroup
        field={fields.factoren}
        legend={t("interventie.veld.factoren")}
        description={t("interventie.veld.factorenUitleg")}
        options={interactieFactorSlugs.map((f) => ({ value: f, label: INTERACTIEFACTOREN[f] }))}
      />
      <SelectField
        field={fields.onderzoeksdesignId}
        label={t("interventie.veld.onderzoeksdesign")}
        options={[
          { value: "", label: t("interventie.geenDesign") },
          ...options.designs.map((d) => ({ value: String(d.id), label: d.name })),
        ]}
      />
      <PeriodeSelect
        field={fields.nulmetingPeriode}
        label={t("interventie.veld.nulmeting")}
        description={t("interventie.veld.nulmetingUitleg")}
        years={options.years}
        placeholder={t("veld.kies")}
      />
      <PeriodeSelect
        field={fields.vervolgPeriode}
        label={t("interventie.veld.vervolg")}
        description={t("interventie.veld.vervolgUitleg")}
        years={options.years}
        none={t("interventie.geenVervolg")}
      />
      <TextareaField field={fields.resultaat} label={t("interventie.veld.resultaat")} rows={4} />
      <TagFieldsets fields={fields} tags={options.tags} />
      <CheckboxGroup
        field={fields.sharedWithCircle}
        legend={t("interventie.veld.delen")}
        options={[{ value: "on", label: t("interventie.veld.delenUitleg") }]}
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
