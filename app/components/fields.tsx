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
import type { Field, FieldMessage } from "#app/utils/forms.ts";

type FieldState = { field: Field };

/** A field's value as typed or last saved (Conform keeps it through a failed submission). */
const text = (value: unknown) => (typeof value === "string" ? value : undefined);

function useMessage() {
  const t = useT();
  return (message: FieldMessage | undefined) =>
    message ? t(message.key, message.vars) : undefined;
}

/** A labelled text input whose error, from the action, appears beside it. */
export function TextField({
  field,
  label,
  ...props
}: Omit<
  ComponentProps<typeof FormFieldTextbox>,
  "errorMessage" | "invalid" | "name" | "defaultValue"
> &
  FieldState) {
  const message = useMessage();
  return (
    <FormFieldTextbox
      name={field.name}
      label={label}
      invalid={!!field.errors}
      errorMessage={message(field.errors)}
      defaultValue={text(field.initialValue)}
      {...props}
    />
  );
}

export function TextareaField({
  field,
  label,
  ...props
}: Omit<
  ComponentProps<typeof FormFieldTextarea>,
  "errorMessage" | "invalid" | "name" | "defaultValue"
> &
  FieldState) {
  const message = useMessage();
  return (
    <FormFieldTextarea
      name={field.name}
      label={label}
      invalid={!!field.errors}
      errorMessage={message(field.errors)}
      defaultValue={text(field.initialValue)}
      {...props}
    />
  );
}

export function SelectField({
  field,
  label,
  options,
  description,
  required,
  placeholder,
}: FieldState & {
  label: string;
  options: { value: string; label: string }[];
  description?: string;
  required?: boolean;
  placeholder?: string;
}) {
  const message = useMessage();
  const id = useId();
  const error = message(field.errors);
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
      {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
      <Select
        id={id}
        name={field.name}
        invalid={!!error}
        required={required}
        defaultValue={text(field.initialValue) ?? ""}
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
export function FormAlert({ form }: { form: { errors?: FieldMessage | undefined } }) {
  const message = useMessage();
  if (!form.errors) return null;
  return (
    <Alert type="error" role="alert">
      <Paragraph>{message(form.errors)}</Paragraph>
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
