import {
  Alert,
  Button,
  Checkbox,
  FormField,
  FormLabel,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { Form, Link } from "react-router";
import { CheckboxGroup } from "#app/components/choice-group.tsx";
import { FormAlert, SelectField, TextareaField, TextField } from "#app/components/fields.tsx";
import { useT } from "#shared/i18n/index.ts";
import { useSchemaForm } from "#app/utils/forms.ts";
import { meetingFormSchema } from "./meeting-schema.ts";

export type MeetingFormOptions = {
  themas: { value: string; label: string }[];
  hosts: { value: string; label: string }[];
  leaders: { value: string; label: string }[];
  criticalFriends: { value: string; label: string }[];
};

export type MeetingFormValues = {
  kind: "thema" | "intervisie";
  title: string;
  description: string;
  themaId: string;
  hostOrganisationId: string;
  leaderId: string;
  location: string;
  date: string;
  startTime: string;
  endTime: string;
  capacity: string;
  criticalFriendIds: string[];
};

/** Planning or editing a meeting; the same fields for both, by kind. */
export function MeetingForm({
  values,
  options,
  lastResult,
  submitLabel,
  cancelTo,
  recordHeld = false,
}: {
  values: MeetingFormValues;
  options: MeetingFormOptions;
  /** The action's answer, with the errors of a submission that needs fixing. */
  lastResult: unknown;
  submitLabel: string;
  cancelTo: string;
  /** Offer "al gehouden", to record a meeting that took place (new meetings only). */
  recordHeld?: boolean;
}) {
  const t = useT();
  const [form, fields] = useSchemaForm(meetingFormSchema, { lastResult, defaultValue: values });
  const intervisie = values.kind === "intervisie";
  const heldError = fields.alGehouden.errors;
  return (
    <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate className="leerkring-form">
      <FormAlert form={form} />
      <input type="hidden" name="kind" value={values.kind} />
      <TextField field={fields.title} label={t("bijeenkomst.veld.titel")} />
      {intervisie ? (
        <SelectField
          field={fields.hostOrganisationId}
          label={t("bijeenkomst.veld.gastgemeente")}
          description={t("bijeenkomst.veld.gastgemeenteUitleg")}
          options={options.hosts}
          placeholder={t("veld.kies")}
        />
      ) : null}
      <SelectField
        field={fields.themaId}
        label={intervisie ? t("bijeenkomst.veld.themaOptioneel") : t("bijeenkomst.veld.thema")}
        options={
          intervisie
            ? [{ value: "", label: t("bijeenkomst.geenThema") }, ...options.themas]
            : options.themas
        }
        placeholder={intervisie ? undefined : t("veld.kies")}
      />
      <TextField field={fields.date} type="date" label={t("bijeenkomst.veld.datum")} />
      <div className="leerkring-actions">
        <TextField field={fields.startTime} type="time" label={t("bijeenkomst.veld.begin")} />
        <TextField field={fields.endTime} type="time" label={t("bijeenkomst.veld.einde")} />
      </div>
      <Paragraph className="leerkring-muted">{t("bijeenkomst.veld.tijdzone")}</Paragraph>
      {recordHeld && (
        <FormField type="checkbox">
          {heldError && (
            <Paragraph id="alGehouden-fout" className="leerkring-error">
              {t(heldError.key, heldError.vars)}
            </Paragraph>
          )}
          <FormLabel type="checkbox" className="utrecht-form-field__label">
            <Checkbox
              name={fields.alGehouden.name}
              defaultChecked={fields.alGehouden.initialValue === "on"}
              aria-describedby={["alGehouden-uitleg", heldError && "alGehouden-fout"]
                .filter(Boolean)
                .join(" ")}
              invalid={!!heldError}
              className="utrecht-form-field__input"
            />{" "}
            {t("bijeenkomst.veld.alGehouden")}
          </FormLabel>
          <Paragraph id="alGehouden-uitleg" className="leerkring-muted">
            {t("bijeenkomst.veld.alGehoudenUitleg")}
          </Paragraph>
        </FormField>
      )}
      <TextField field={fields.location} label={t("bijeenkomst.veld.locatie")} />
      <SelectField
        field={fields.leaderId}
        label={t("bijeenkomst.veld.leider")}
        options={[{ value: "", label: t("bijeenkomst.geenLeider") }, ...options.leaders]}
      />
      {intervisie && (
        <CheckboxGroup
          field={fields.criticalFriendIds}
          legend={t("bijeenkomst.veld.criticalFriends")}
          description={t("bijeenkomst.veld.criticalFriendsUitleg")}
          options={options.criticalFriends}
        />
      )}
      <TextField
        field={fields.capacity}
        type="number"
        min={1}
        label={t("bijeenkomst.veld.capaciteit")}
        description={t("bijeenkomst.veld.capaciteitUitleg")}
      />
      <TextareaField field={fields.description} label={t("bijeenkomst.veld.omschrijving")} />
      <div className="leerkring-actions">
        <Button type="submit" appearance="primary-action-button">
          {submitLabel}
        </Button>
        <Link to={cancelTo} className="utrecht-link">
          {t("actie.annuleren")}
        </Link>
      </div>
    </Form>
  );
}

/** Programme items whose time falls outside the meeting, e.g. after it was moved. */
export function AgendaOutsideAlert({
  items,
  times,
}: {
  items: string[];
  times: { start: string; end: string };
}) {
  const t = useT();
  if (items.length === 0) return null;
  return (
    <Alert type="warning">
      <Paragraph>
        {t("bijeenkomst.agendaBuitenTijd", { begin: times.start, einde: times.end })}
      </Paragraph>
      <UnorderedList>
        {items.map((item, i) => (
          <UnorderedListItem key={i}>{item}</UnorderedListItem>
        ))}
      </UnorderedList>
    </Alert>
  );
}
