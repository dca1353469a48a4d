import { SelectField } from "#app/components/fields.tsx";
import type { Field } from "#app/utils/forms.ts";
import { useT } from "#shared/i18n/index.ts";
import { tagLabel } from "./tag-label.ts";
import type { Tag } from "./tags.server.ts";

/** The tag select of a list's GET filter (`?tag=<id>`), each tag named with its family. */
export function TagFilter({ field, tags }: { field: Field; tags: readonly Tag[] }) {
  const t = useT();
  return (
    <SelectField
      field={field}
      label={t("tag.filter")}
      options={[
        { value: "", label: t("filter.alle") },
        ...tags.map((tag) => ({
          value: String(tag.id),
          label: `${t(`tag.familie.${tag.family}`)}: ${tagLabel(t, tag)}`,
        })),
      ]}
    />
  );
}
