import { Button, Fieldset, FieldsetLegend, Paragraph } from "@utrecht/component-library-react";
import { Form } from "react-router";
import { useT } from "#shared/i18n/index.ts";
import type { FieldMessage } from "#app/utils/forms.ts";

export type RotationRequestValues = {
  seizoen: string;
  aantal: string;
  begin: string;
  einde: string;
  uitgesloten: number[];
};

/** Asking for a proposal: a GET form, so a proposal has an address and works without JavaScript. */
export function RotationRequestForm({
  values,
  seasons,
  hosts,
  errors,
}: {
  values: RotationRequestValues;
  seasons: string[];
  hosts: { id: number; name: string; schoolRegion: string | null }[];
  errors: Record<string, FieldMessage>;
}) {
  const t = useT();
  const field = (name: keyof RotationRequestValues, label: string, input: React.ReactNode) => {
    const error = errors[name];
    return (
      <div className={`utrecht-form-field${error ? " utrecht-form-field--invalid" : ""}`}>
        <Paragraph className="utrecht-form-field__label">
          <label htmlFor={`rotatie-${name}`} className="utrecht-form-label">
            {label}
          </label>
        </Paragraph>
        {error && (
          <p id={`rotatie-${name}-fout`} className="utrecht-form-field-error-message">
            {t(error.key, error.vars)}
          </p>
        )}
        {input}
      </div>
    );
  };
  const common = (name: keyof RotationRequestValues) => ({
    id: `rotatie-${name}`,
    name,
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": errors[name] ? `rotatie-${name}-fout` : undefined,
  });
  return (
    <Form method="get" className="leerkring-stack">
      {field(
        "seizoen",
        t("rotatie.plan.seizoen"),
        <select
          {...common("seizoen")}
          defaultValue={values.seizoen}
          className="utrecht-select utrecht-select--html-select"
        >
          {seasons.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>,
      )}
      {field(
        "aantal",
        t("rotatie.plan.aantal"),
        <input
          {...common("aantal")}
          type="number"
          inputMode="numeric"
          min={1}
          defaultValue={values.aantal}
          className="utrecht-textbox utrecht-textbox--html-input"
        />,
      )}
      {field(
        "begin",
        t("bijeenkomst.veld.begin"),
        <input
          {...common("begin")}
          type="time"
          defaultValue={values.begin}
          className="utrecht-textbox utrecht-textbox--html-input"
        />,
      )}
      {field(
        "einde",
        t("bijeenkomst.veld.einde"),
        <input
          {...common("einde")}
          type="time"
          defaultValue={values.einde}
          className="utrecht-textbox utrecht-textbox--html-input"
        />,
      )}
      {hosts.length > 0 && (
        <Fieldset>
          <FieldsetLegend>{t("rotatie.plan.uitsluiten")}</FieldsetLegend>
          {hosts.map((h) => (
            <div key={h.id} className="utrecht-form-field utrecht-form-field--checkbox">
              <input
                type="checkbox"
                id={`rotatie-uit-${h.id}`}
                name="uitgesloten"
                value={h.id}
                defaultChecked={values.uitgesloten.includes(h.id)}
                className="utrecht-checkbox utrecht-checkbox--html-input"
              />{" "}
              <label htmlFor={`rotatie-uit-${h.id}`} className="utrecht-form-label">
                {h.schoolRegion
                  ? t("rotatie.plan.gemeenteMetRegio", {
                      gemeente: h.name,
                      regio: t(`rotatie.regio.${h.schoolRegion as "noord"}`),
                    })
                  : h.name}
              </label>
            </div>
          ))}
        </Fieldset>
      )}
      <div>
        <Button type="submit" appearance="secondary-action-button">
          {t("rotatie.plan.voorstellen")}
        </Button>
      </div>
    </Form>
  );
}
