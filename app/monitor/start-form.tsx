import { Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { Form, Link } from "react-router";
import { FormAlert, SelectField } from "#app/components/fields.tsx";
import { useT } from "#shared/i18n/index.ts";
import { useSchemaForm } from "#app/utils/forms.ts";
import { periodeDelen } from "./period.ts";
import { startSchema } from "./start-schema.ts";

/** Starting an assessment of a neighbourhood for a period (the overview's first section). */
export function StartForm({
  wijken,
  wijkenHref,
  years,
  lastResult,
  existingId,
}: {
  /** The municipality's neighbourhoods (its list at /gemeenten/:slug/wijken). */
  wijken: { value: string; label: string }[];
  /** Where the list is kept. */
  wijkenHref: string;
  years: number[];
  lastResult: unknown;
  /** The assessment that already exists for this neighbourhood and period. */
  existingId: number | null;
}) {
  const t = useT();
  const [form, fields] = useSchemaForm(startSchema, {
    lastResult,
    defaultValue: { wijkId: "", jaar: String(new Date().getFullYear()), deel: "" },
  });
  return (
    <section aria-labelledby="nieuw" className="leerkring-stack leerkring-card">
      <Heading2 id="nieuw">{t("monitor.nieuw.titel")}</Heading2>
      <Paragraph>{t("monitor.nieuw.uitleg")}</Paragraph>
      <Paragraph>
        <Link to={wijkenHref} className="utrecht-link">
          {t("monitor.nieuw.wijkenBeheren")}
        </Link>
      </Paragraph>
      <FormAlert form={form} />
      {existingId && (
        <Paragraph>
          <Link to={`/monitor/${existingId}`} className="utrecht-link">
            {t("monitor.naarBestaande")}
          </Link>
        </Paragraph>
      )}
      <Form
        method="post"
        id={form.id}
        onSubmit={form.onSubmit}
        noValidate
        className="leerkring-form"
      >
        <input type="hidden" name="intent" value="starten" />
        <SelectField
          field={fields.wijkId}
          label={t("monitor.veld.wijk")}
          description={t("monitor.veld.wijkUitleg")}
          options={wijken}
          placeholder={t("veld.kies")}
        />
        <SelectField
          field={fields.jaar}
          label={t("monitor.veld.jaar")}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
        <SelectField
          field={fields.deel}
          label={t("monitor.veld.deel")}
          options={periodeDelen.map((d) => ({
            value: d,
            label: t(d ? `monitor.deel.${d}` : "monitor.deel.heel"),
          }))}
        />
        <Button type="submit" appearance="primary-action-button">
          {t("monitor.nieuw.starten")}
        </Button>
      </Form>
    </section>
  );
}
