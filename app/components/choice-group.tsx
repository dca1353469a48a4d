import {
  Checkbox,
  RadioButton,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
} from "@utrecht/component-library-react";
import { useId } from "react";
import { useT } from "#shared/i18n/index.ts";
import type { Field } from "#app/utils/forms.ts";

type ChoiceGroupProps = {
  field: Field;
  legend: string;
  /** Read out but not shown, where a table's headers already say it (a cell of a grid). */
  legendHidden?: boolean;
  description?: string;
  options: { value: string; label: string }[];
};

/** A fieldset of checkboxes sharing one name; its error appears under the legend. */
export function CheckboxGroup(props: ChoiceGroupProps) {
  return <ChoiceGroup type="checkbox" {...props} />;
}

/** A fieldset of radio buttons sharing one name; its error appears under the legend. */
export function RadioGroup(props: ChoiceGroupProps) {
  return <ChoiceGroup type="radio" {...props} />;
}

function ChoiceGroup({
  type,
  field,
  legend,
  legendHidden,
  description,
  options,
}: ChoiceGroupProps & { type: "checkbox" | "radio" }) {
  const Input = type === "checkbox" ? Checkbox : RadioButton;
  const t = useT();
  const id = useId();
  const error = field.errors;
  // What was chosen: saved, or sent in a submission that failed (Conform keeps it).
  const value = field.initialValue;
  const chosen = Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
  return (
    <Fieldset invalid={!!error} aria-describedby={error ? `${id}-error` : undefined}>
      <FieldsetLegend className={legendHidden ? "visually-hidden" : undefined}>
        {legend}
      </FieldsetLegend>
      {description && <FormFieldDescription>{description}</FormFieldDescription>}
      {error && (
        <FormFieldErrorMessage id={`${id}-error`}>{t(error.key, error.vars)}</FormFieldErrorMessage>
      )}
      {options.map((o) => (
        <FormField key={o.value} type={type}>
          {/* The field__label class puts the label in the grid's wide column (the library's own markup);
              without it the label landed in the box's narrow column, one word per line. */}
          <FormLabel htmlFor={`${id}-${o.value}`} type={type} className="utrecht-form-field__label">
            <Input
              id={`${id}-${o.value}`}
              name={field.name}
              value={o.value}
              defaultChecked={chosen.includes(o.value)}
              className="utrecht-form-field__input"
            />{" "}
            {o.label}
          </FormLabel>
        </FormField>
      ))}
    </Fieldset>
  );
}
