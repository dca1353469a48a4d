import { Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { Form } from "react-router";
import { RadioGroup } from "#app/components/choice-group.tsx";
import { FormAlert } from "#app/components/fields.tsx";
import { useSchemaForm } from "#app/utils/forms.ts";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";
import { chooseSchema } from "./datumprikker-schema.ts";

/** The project leader's pick: the moment that becomes the session's date (the best one first chosen). */
export function ChooseForm(props: {
  options: { id: number; startsAt: Date }[];
  best: number[];
  lastResult: unknown;
}) {
  const t = useT();
  const locale = useLocale();
  const [form, fields] = useSchemaForm(chooseSchema, {
    lastResult: props.lastResult,
    intent: "kiezen",
    defaultValue: { optionId: props.best[0] ? String(props.best[0]) : "" },
  });
  return (
    <section aria-labelledby="kiezen" className="leerkring-card">
      <Heading2 id="kiezen">{t("datumprikker.kiezen")}</Heading2>
      <Paragraph>{t("datumprikker.kiezenUitleg")}</Paragraph>
      <Form
        method="post"
        id={form.id}
        onSubmit={form.onSubmit}
        noValidate
        className="leerkring-form"
      >
        <input type="hidden" name="intent" value="kiezen" />
        <FormAlert form={form} />
        <RadioGroup
          field={fields.optionId}
          legend={t("datumprikker.kiesMoment")}
          options={props.options.map((o) => ({
            value: String(o.id),
            label: formatDateTime(locale, o.startsAt, "long"),
          }))}
        />
        <div>
          <Button type="submit" appearance="primary-action-button">
            {t("datumprikker.maakDatum")}
          </Button>
        </div>
      </Form>
    </section>
  );
}
