import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  FormFieldErrorMessage,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { Form, Link } from "react-router";
import { FormAlert, TextField } from "#app/components/fields.tsx";
import { useSchemaForm } from "#app/utils/forms.ts";
import { useT } from "#shared/i18n/index.ts";
import { MAX_OPTIES, openPrikkerSchema } from "./datumprikker-schema.ts";

/** Who a poll asks, computed from the session, shown before it is sent. */
export function AskedList({
  asked,
}: {
  asked: { id: number; name: string; organisationName: string }[];
}) {
  const t = useT();
  return (
    <section aria-labelledby="gevraagd" className="leerkring-stack">
      <Heading2 id="gevraagd">{t("datumprikker.gevraagd")}</Heading2>
      <Paragraph>{t("datumprikker.gevraagdUitleg")}</Paragraph>
      {asked.length ? (
        <>
          <Paragraph>{t("datumprikker.aantalGevraagd", { count: asked.length })}</Paragraph>
          <UnorderedList>
            {asked.map((p) => (
              <UnorderedListItem key={p.id}>
                {p.name} ({p.organisationName})
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      ) : (
        <Paragraph>{t("datumprikker.geenGevraagden")}</Paragraph>
      )}
    </section>
  );
}

/** The moments (eight rows of date and start time; empty rows are left out) and the deadline. */
export function OpenPrikkerForm(props: {
  meetingId: number;
  defaults: { deadlineDate: string; deadlineTime: string; tijd: string };
  lastResult: unknown;
}) {
  const t = useT();
  const [form, fields] = useSchemaForm(openPrikkerSchema, {
    lastResult: props.lastResult,
    defaultValue: {
      deadlineDate: props.defaults.deadlineDate,
      deadlineTime: props.defaults.deadlineTime,
      opties: Array.from({ length: MAX_OPTIES }, () => ({ datum: "", tijd: props.defaults.tijd })),
    },
  });
  const rows = fields.opties.getFieldList();
  const error = fields.opties.errors;
  return (
    <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate className="leerkring-form">
      <FormAlert form={form} />
      <Fieldset invalid={!!error} aria-describedby={error ? "opties-fout" : undefined}>
        <FieldsetLegend>{t("datumprikker.momenten")}</FieldsetLegend>
        <FormFieldDescription>{t("datumprikker.momentenUitleg")}</FormFieldDescription>
        {error && (
          <FormFieldErrorMessage id="opties-fout">{t(error.key, error.vars)}</FormFieldErrorMessage>
        )}
        {rows.map((row, i) => {
          const option = row.getFieldset();
          return (
            <Fieldset key={i}>
              <FieldsetLegend>{t("datumprikker.moment", { n: i + 1 })}</FieldsetLegend>
              <div className="leerkring-actions">
                <TextField field={option.datum} type="date" label={t("datumprikker.veld.datum")} />
                <TextField field={option.tijd} type="time" label={t("datumprikker.veld.tijd")} />
              </div>
            </Fieldset>
          );
        })}
      </Fieldset>
      <div className="leerkring-actions">
        <TextField
          field={fields.deadlineDate}
          type="date"
          label={t("datumprikker.veld.deadlineDatum")}
        />
        <TextField
          field={fields.deadlineTime}
          type="time"
          label={t("datumprikker.veld.deadlineTijd")}
        />
      </div>
      <div className="leerkring-actions">
        <Button type="submit" appearance="primary-action-button">
          {t("datumprikker.openen")}
        </Button>
        <Link to={`/bijeenkomsten/${props.meetingId}`} className="utrecht-link">
          {t("actie.annuleren")}
        </Link>
      </div>
    </Form>
  );
}
