import { Button } from "@utrecht/component-library-react";
import { Form } from "react-router";
import { z } from "zod";
import { SelectField } from "#app/components/fields.tsx";
import { useSchemaForm, type Field } from "#app/utils/forms.ts";
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

const tagFilterSchema = z.object({ tag: z.string().optional() });

/** A GET form with the tag select only, for a list that has no other filters. */
export function TagFilterForm(props: { tag: string; tags: readonly Tag[]; label: string }) {
  const t = useT();
  const [, fields] = useSchemaForm(tagFilterSchema, {
    lastResult: null,
    defaultValue: { tag: props.tag },
  });
  return (
    <Form method="get" className="leerkring-filters" aria-label={props.label}>
      <TagFilter field={fields.tag} tags={props.tags} />
      <Button type="submit" appearance="secondary-action-button">
        {t("filter.toepassen")}
      </Button>
    </Form>
  );
}
