import {
  Alert,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormFieldTextarea,
  FormFieldTextbox,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
} from "@utrecht/component-library-react";
import { useId, type ComponentProps } from "react";
import { useT, type MessageKey } from "#shared/i18n/index.ts";
import type { FormFailure } from "#app/utils/forms-legacy.ts";

type FieldState = { failure?: FormFailure | null | undefined };

/** A labelled text input whose error, from the action, appears beside it. */
export function TextField({
  name,
  label,
  failure,
  defaultValue,
  ...props
}: Omit<ComponentProps<typeof FormFieldTextbox>, "errorMessage" | "invalid"> &
  FieldState & { name: string; defaultValue?: string | undefined }) {
  const t = useT();
  const error = failure?.errors[name];
  return (
    <FormFieldTextbox
      name={name}
      label={label}
      invalid={!!error}
      errorMessage={error ? t(error, failure?.fieldVars?.[name]) : undefined}
      defaultValue={failure?.values[name] ?? defaultValue}
      {...props}
    />
  );
}

export function TextareaField({
  name,
  label,
  failure,
  defaultValue,
  ...props
}: Omit<ComponentProps<typeof FormFieldTextarea>, "errorMessage" | "invalid"> &
  FieldState & { name: string; defaultValue?: string | undefined }) {
  const t = useT();
  const error = failure?.errors[name];
  return (
    <FormFieldTextarea
      name={name}
      label={label}
      invalid={!!error}
      errorMessage={error ? t(error, failure?.fieldVars?.[name]) : undefined}
      defaultValue={failure?.values[name] ?? defaultValue}
      {...props}
    />
  );
}

export function SelectField({
  name,
  label,
  options,
  failure,
  defaultValue,
  description,
  required,
  placeholder,
}: FieldState & {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  defaultValue?: string | undefined;
  description?: string;
  required?: boolean;
  placeholder?: string;
}) {
  const t = useT();
  const id = useId();
  const error = failure?.errors[name];
  const describedBy = [description && `${id}-description`, error && `${id}-error`]
    .filter(Boolean)
    .join(" ");
  return (
    <FormField type="select" invalid={!!error}>
      <Paragraph className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </Paragraph>
      {description && (
        <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>
      )}
      {error && (
        <FormFieldErrorMessage id={`${id}-error`}>
          {t(error, failure?.fieldVars?.[name])}
        </FormFieldErrorMessage>
      )}
      <Select
        id={id}
        name={name}
        invalid={!!error}
        required={required}
        defaultValue={failure?.values[name] ?? defaultValue ?? ""}
        aria-describedby={describedBy || undefined}
        className="utrecht-form-field__input"
      >
        {placeholder !== undefined && (
          <SelectOption value="" disabled>
            {placeholder}
          </SelectOption>
        )}
        {options.map((o) => (
          <SelectOption key={o.value} value={o.value}>
            {o.label}
          </SelectOption>
        ))}
      </Select>
    </FormField>
  );
}

/** An error that belongs to the whole form (not one field), announced to screen readers. */
export function FormAlert({ failure }: FieldState) {
  const t = useT();
  const key = failure?.errors._form;
  if (!key) return null;
  return (
    <Alert type="error" role="alert">
      <Paragraph>{t(key, failure.vars)}</Paragraph>
    </Alert>
  );
}

export function SuccessAlert({ message }: { message: MessageKey | null | undefined }) {
  const t = useT();
  if (!message) return null;
  return (
    <Alert type="ok" role="status">
      <Paragraph>{t(message)}</Paragraph>
    </Alert>
  );
}
