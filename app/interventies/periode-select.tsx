import { SelectField } from "#app/components/fields.tsx";
import { usePeriodeLabel } from "#app/monitor/ui.tsx";
import { periodeDelen, periodeKey } from "#app/monitor/period.ts";
import type { Field } from "#app/utils/forms.ts";

/** A period of the monitor: a whole year or one of its halves, newest first. */
export function PeriodeSelect({
  field,
  label,
  description,
  years,
  placeholder,
  none,
}: {
  field: Field;
  label: string;
  description: string;
  years: number[];
  placeholder?: string;
  /** The label of "no period", for an optional one. */
  none?: string;
}) {
  const periodeLabel = usePeriodeLabel();
  const options = years.flatMap((jaar) =>
    periodeDelen.map((deel) => {
      const value = periodeKey(jaar, deel);
      return { value, label: periodeLabel(value) };
    }),
  );
  return (
    <SelectField
      field={field}
      label={label}
      description={description}
      options={none === undefined ? options : [{ value: "", label: none }, ...options]}
      {...(placeholder === undefined ? {} : { placeholder })}
    />
  );
}
