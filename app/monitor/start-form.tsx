import { Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { Form, Link } from "react-router";
import { FormAlert, SelectField, TextField } from "#app/components/fields.tsx";
import { useT } from "#shared/i18n/index.ts";
import { useSchemaForm } from "#app/utils/forms.ts";
import { periodeDelen } from "./period.ts";
import { startSchema } from "./start-schema.ts";

/** Starting an assessment of a neighbourhood for a period (the overview's first section). */
export function StartForm({
  wijken,
  years,
  lastResult,
  existingId,
}: {
  /** Neighbourhoods assessed before, suggested while typing. */
  wijken: string[];
  years: number[];
  lastResult: unknown;
  /** The assessment that already exists for this neighbourhood and period. */
  existingId: number | null;
}) {
  const t = useT();
  const [form, fields] = useSchemaForm(startSchema, {
    lastResult,
    defaultValue: { wijk: "", jaar: String(new Date().getFullYear()), deel: "" },
  });
  return (
    <section aria-labelledby="nieuw" className="leerkring-stack leerkring-card">
      <Heading2 id="nieuw">{t("monitor.nieuw.titel")}</Heading2>
      <Paragraph>{t("monitor.nieuw.uitleg")}</Paragraph>
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
        <TextField
          field={fields.wijk}
          label={t("monitor.veld.wijk")}
          description={t("monitor.veld.wijkUitleg")}
          autoComplete="off"
          list={wijken.length ? "bekende-wijken" : undefined}
        />
        {wijken.length > 0 && (
          <datalist id="bekende-wijken">
            {wijken.map((w) => (
              <option key={w} value={w} />
            ))}
          </datalist>
        )}
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
