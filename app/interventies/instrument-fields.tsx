import { Fieldset, FieldsetLegend, FormFieldDescription } from "@utrecht/component-library-react";
import { CheckboxGroup } from "#app/components/choice-group.tsx";
import { SelectField } from "#app/components/fields.tsx";
import type { Field } from "#app/utils/forms.ts";
import { useT } from "#shared/i18n/index.ts";
import {
  instrumentAarden,
  instrumentReikwijdtes,
  instrumentRichtingen,
  instrumentWerkingen,
} from "#db/beleidsinterventies.ts";

type InstrumentFieldNames =
  | "instrumentAarden"
  | "instrumentWerking"
  | "instrumentReikwijdte"
  | "instrumentRichting"
  | "horizontaal";

/** The instruments of an intervention, in the distinctions of hoofdstuk 6 of the source. */
export function InstrumentFields({ fields }: { fields: Record<InstrumentFieldNames, Field> }) {
  const t = useT();
  const none = { value: "", label: t("interventie.instrument.geen") };
  return (
    <Fieldset>
      <FieldsetLegend>{t("interventie.veld.instrumenten")}</FieldsetLegend>
      <FormFieldDescription>{t("interventie.veld.instrumentenUitleg")}</FormFieldDescription>
      <CheckboxGroup
        field={fields.instrumentAarden}
        legend={t("interventie.veld.aard")}
        options={instrumentAarden.map((a) => ({ value: a, label: t(`interventie.aard.${a}`) }))}
      />
      <SelectField
        field={fields.instrumentWerking}
        label={t("interventie.veld.werking")}
        options={[
          none,
          ...instrumentWerkingen.map((w) => ({ value: w, label: t(`interventie.werking.${w}`) })),
        ]}
      />
      <SelectField
        field={fields.instrumentReikwijdte}
        label={t("interventie.veld.reikwijdte")}
        options={[
          none,
          ...instrumentReikwijdtes.map((r) => ({
            value: r,
            label: t(`interventie.reikwijdte.${r}`),
          })),
        ]}
      />
      <SelectField
        field={fields.instrumentRichting}
        label={t("interventie.veld.richting")}
        options={[
          none,
          ...instrumentRichtingen.map((r) => ({ value: r, label: t(`interventie.richting.${r}`) })),
        ]}
      />
      <CheckboxGroup
        field={fields.horizontaal}
        legend={t("interventie.veld.horizontaal")}
        options={[{ value: "on", label: t("interventie.veld.horizontaalUitleg") }]}
      />
    </Fieldset>
  );
}
