import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
} from "@utrecht/component-library-react";
import { useId } from "react";
import { useT } from "#shared/i18n/index.ts";
import type { FormFailure } from "#app/utils/forms-legacy.ts";

/** A fieldset of checkboxes sharing one name; its error appears under the legend. */
export function CheckboxGroup({
  name,
  legend,
  description,
  options,
  checked,
  failure,
}: {
  name: string;
  legend: string;
  description?: string;
  options: { value: string; label: string }[];
  checked: readonly string[];
  failure?: FormFailure | null | undefined;
}) {
  const t = useT();
  const id = useId();
  const error = failure?.errors[name];
  // After a failed submission, show what the person ticked then.
  const chosen = failure ? (failure.values[name]?.split(",") ?? []) : checked;
  return (
    <Fieldset invalid={!!error} aria-describedby={error ? `${id}-error` : undefined}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description && <FormFieldDescription>{description}</FormFieldDescription>}
      {error && (
        <FormFieldErrorMessage id={`${id}-error`}>
          {t(error, failure?.fieldVars?.[name])}
        </FormFieldErrorMessage>
      )}
      {options.map((o) => (
        <FormField key={o.value} type="checkbox">
          {/* The field__label class puts the label in the grid's wide column (the library's own markup);
              without it the label landed in the box's narrow column, one word per line. */}
          <FormLabel
            htmlFor={`${id}-${o.value}`}
            type="checkbox"
            className="utrecht-form-field__label"
          >
            <Checkbox
              id={`${id}-${o.value}`}
              name={name}
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
