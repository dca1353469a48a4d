import { Button, Heading2 } from "@utrecht/component-library-react";
import { Form } from "react-router";
import { CheckboxGroup } from "#app/components/choice-group.tsx";
import { SelectField, TextareaField, TextField } from "#app/components/fields.tsx";
import { useT } from "#shared/i18n/index.ts";
import { TagFieldsets } from "#app/tags/tag-fieldsets.tsx";
import type { TagFieldName } from "#app/tags/tag-schema.ts";
import type { Tag } from "#app/tags/tags.server.ts";
import { useSchemaForm } from "#app/utils/forms.ts";
import { essayIntents } from "./essay-schema.ts";

type Option = { value: string; label: string };

/** An essay's title, summary, theme, authors and tags. */
export function EssayMetaForm({
  values,
  themas,
  authors,
  tags,
  lastResult,
}: {
  values: { title: string; summary: string; themaId: string; authorIds: string[] } & Record<
    TagFieldName,
    string[]
  >;
  themas: Option[];
  authors: Option[];
  tags: readonly Tag[];
  lastResult: unknown;
}) {
  const t = useT();
  const [form, fields] = useSchemaForm(essayIntents, {
    lastResult,
    intent: "gegevens",
    defaultValue: { intent: "gegevens", ...values },
  });
  return (
    <section aria-labelledby="gegevens" className="leerkring-card">
      <Heading2 id="gegevens">{t("essay.gegevens")}</Heading2>
      <Form
        method="post"
        id={form.id}
        onSubmit={form.onSubmit}
        noValidate
        className="leerkring-form"
      >
        <input type="hidden" name="intent" value="gegevens" />
        <TextField field={fields.title} label={t("essay.veld.titel")} />
        <TextareaField
          field={fields.summary}
          label={t("essay.veld.samenvatting")}
          description={t("essay.veld.samenvattingUitleg")}
          rows={3}
        />
        <SelectField
          field={fields.themaId}
          label={t("bijeenkomst.veld.thema")}
          options={[{ value: "", label: t("leervraag.geenThema") }, ...themas]}
        />
        <CheckboxGroup field={fields.authorIds} legend={t("essay.auteurs")} options={authors} />
        <TagFieldsets fields={fields} tags={tags} />
        <Button type="submit" appearance="secondary-action-button">
          {t("actie.opslaan")}
        </Button>
      </Form>
    </section>
  );
}
