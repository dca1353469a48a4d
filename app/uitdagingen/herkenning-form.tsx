import { Button, Paragraph } from "@utrecht/component-library-react";
import { Form } from "react-router";
import { FormAlert, SelectField, TextareaField } from "#app/components/fields.tsx";
import { useT } from "#shared/i18n/index.ts";
import { useSchemaForm } from "#app/utils/forms.ts";
import { actorSlugs } from "#db/sociale-basis-actoren.ts";
import { herkennenSchema, vergetenSchema } from "./herkenning-schema.ts";

/**
 * Marking a challenge of Schema C as recognised in this neighbourhood: which challenge, for which
 * actor (by default the one the document names it for), and a note. Keyed by the caller.
 */
export function HerkenningForm({
  actoren,
  lastResult,
}: {
  actoren: {
    slug: string;
    name: string;
    uitdagingen: { id: number; code: string; text: string }[];
  }[];
  lastResult: unknown;
}) {
  const t = useT();
  const [form, fields] = useSchemaForm(herkennenSchema, {
    lastResult,
    intent: "herkennen",
    id: "herkennen",
    defaultValue: { uitdagingId: "", actor: "", note: "" },
  });
  const options = actoren.flatMap((a) =>
    a.uitdagingen.map((u) => ({ value: String(u.id), label: `${a.name} — ${u.text}` })),
  );
  return (
    <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate className="leerkring-form">
      <FormAlert form={form} />
      <Paragraph>{t("uitdaging.herkennenUitleg")}</Paragraph>
      <input type="hidden" name="intent" value="herkennen" />
      <SelectField
        field={fields.uitdagingId}
        label={t("uitdaging.veld.uitdaging")}
        options={options}
        placeholder={t("veld.kies")}
      />
      <SelectField
        field={fields.actor}
        label={t("uitdaging.veld.actor")}
        description={t("uitdaging.veld.actorUitleg")}
        options={[
          { value: "", label: t("uitdaging.actorZoalsSchema") },
          ...actorSlugs.map((slug) => ({
            value: slug,
            label: actoren.find((a) => a.slug === slug)?.name ?? slug,
          })),
        ]}
      />
      <TextareaField
        field={fields.note}
        label={t("uitdaging.veld.notitie")}
        description={t("uitdaging.veld.notitieUitleg")}
        rows={3}
      />
      <Button type="submit" appearance="primary-action-button">
        {t("uitdaging.herkennen")}
      </Button>
    </Form>
  );
}

/** What went wrong when forgetting a recognised challenge from its row. */
export function HerkenningRowAlert({ lastResult }: { lastResult: unknown }) {
  const [form] = useSchemaForm(vergetenSchema, { lastResult, intent: "vergeten" });
  return <FormAlert form={form} />;
}
