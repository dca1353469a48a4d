import { Button } from "@utrecht/component-library-react";
import { Form } from "react-router";
import { SelectField } from "#app/components/fields.tsx";
import { useSchemaForm } from "#app/utils/forms.ts";
import { useT } from "#shared/i18n/index.ts";
import { BESTUURSSTIJLEN, bestuursstijlSlugs } from "#db/sociale-kwaliteit.ts";
import { TagFilter } from "#app/tags/tag-filter.tsx";
import type { Tag } from "#app/tags/tags.server.ts";
import { interventieFilterSchema } from "./filter-schema.ts";

type Option = { value: string; label: string };

/** The list's filters, a GET form: by municipality, neighbourhood and governance style. */
export function InterventieFilters(props: {
  gemeenten: Option[];
  wijken: Option[];
  filter: {
    gemeente?: number | undefined;
    wijk?: number | undefined;
    stijl?: string | undefined;
    tag?: number | undefined;
  };
  tags: readonly Tag[];
}) {
  const t = useT();
  const all = { value: "", label: t("interventie.filter.alle") };
  // A GET form that only narrows the list: nothing to check before it goes, so no onSubmit.
  const [form, fields] = useSchemaForm(interventieFilterSchema, {
    lastResult: null,
    defaultValue: {
      gemeente: props.filter.gemeente ? String(props.filter.gemeente) : "",
      wijk: props.filter.wijk ? String(props.filter.wijk) : "",
      stijl: props.filter.stijl ?? "",
      tag: props.filter.tag ? String(props.filter.tag) : "",
    },
  });
  return (
    <Form
      method="get"
      id={form.id}
      className="leerkring-filters"
      aria-label={t("interventie.filter.titel")}
    >
      <SelectField
        field={fields.gemeente}
        label={t("veld.gemeente")}
        options={[all, ...props.gemeenten]}
      />
      <SelectField
        field={fields.wijk}
        label={t("interventie.filter.wijk")}
        options={[all, ...props.wijken]}
      />
      <SelectField
        field={fields.stijl}
        label={t("interventie.veld.bestuursstijl")}
        options={[
          all,
          ...bestuursstijlSlugs.map((s) => ({ value: s, label: BESTUURSSTIJLEN[s].naam })),
        ]}
      />
      <TagFilter field={fields.tag} tags={props.tags} />
      <Button type="submit" appearance="secondary-action-button">
        {t("interventie.filter.toepassen")}
      </Button>
    </Form>
  );
}
