import { CheckboxGroup } from "#app/components/choice-group.tsx";
import type { Field } from "#app/utils/forms.ts";
import { tagFamilies } from "#db/tags.ts";
import { useT } from "#shared/i18n/index.ts";
import { tagLabel } from "./tag-label.ts";
import { tagFieldNames, type TagFieldName } from "./tag-schema.ts";
import type { Tag } from "./tags.server.ts";

/**
 * One fieldset of checkboxes per tag family, in a record's form (fields from tagFields). A form
 * that takes only some families passes only their fields.
 */
export function TagFieldsets({
  fields,
  tags,
}: {
  fields: Partial<Record<TagFieldName, Field>>;
  tags: readonly Tag[];
}) {
  const t = useT();
  return tagFamilies.map((family) => {
    const field = fields[tagFieldNames[family]];
    const options = tags.filter((tag) => tag.family === family);
    if (!field || options.length === 0) return null;
    return (
      <CheckboxGroup
        key={family}
        field={field}
        legend={t(`tag.familie.${family}`)}
        options={options.map((tag) => ({ value: String(tag.id), label: tagLabel(t, tag) }))}
      />
    );
  });
}
