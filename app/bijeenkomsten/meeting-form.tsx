import {
  Alert,
  Button,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { Form, Link } from "react-router";
import { CheckboxGroup } from "#app/components/checkbox-group-legacy.tsx";
import {
  FormAlert,
  SelectField,
  TextareaField,
  TextField,
} from "#app/components/fields-legacy.tsx";
import { useT } from "#shared/i18n/index.ts";
import type { FormFailure } from "#app/utils/forms-legacy.ts";

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
  failure,
  submitLabel,
  cancelTo,
  recordHeld = false,
}: {
  values: MeetingFormValues;
  options: MeetingFormOptions;
  failure: FormFailure | undefined;
  submitLabel: string;
  cancelTo: string;
  /** Offer "al gehouden", to record a meeting that took place (new meetings only). */
  recordHeld?: boolean;
}) {
  const t = useT();
  const intervisie = values.kind === "intervisie";
  const heldError = failure?.errors.alGehouden;
  return (
    <Form method="post" className="leerkring-form" noValidate>
      <FormAlert failure={failure} />
      <input type="hidden" name="kind" value={values.kind} />
      <TextField
        name="title"
        label={t("bijeenkomst.veld.titel")}
        defaultValue={values.title}
        failure={failure}
      />
      {intervisie ? (
        <SelectField
          name="hostOrganisationId"
          label={t("bijeenkomst.veld.gastgemeente")}
          description={t("bijeenkomst.veld.gastgemeenteUitleg")}
          options={options.hosts}
          defaultValue={values.hostOrganisationId}
          placeholder={t("veld.kies")}
          failure={failure}
        />
      ) : null}
      <SelectField
        name="themaId"
        label={intervisie ? t("bijeenkomst.veld.themaOptioneel") : t("bijeenkomst.veld.thema")}
        options={
          intervisie
            ? [{ value: "", label: t("bijeenkomst.geenThema") }, ...options.themas]
            : options.themas
        }
        defaultValue={values.themaId}
        placeholder={intervisie ? undefined : t("veld.kies")}
        failure={failure}
      />
      <TextField
        name="date"
        type="date"
        label={t("bijeenkomst.veld.datum")}
        defaultValue={values.date}
        failure={failure}
      />
      <div className="leerkring-actions">
        <TextField
          name="startTime"
          type="time"
          label={t("bijeenkomst.veld.begin")}
          defaultValue={values.startTime}
          failure={failure}
        />
        <TextField
          name="endTime"
          type="time"
          label={t("bijeenkomst.veld.einde")}
          defaultValue={values.endTime}
          failure={failure}
        />
      </div>
      <Paragraph className="leerkring-muted">{t("bijeenkomst.veld.tijdzone")}</Paragraph>
      {recordHeld && (
        <div className="utrecht-form-field utrecht-form-field--checkbox">
          {heldError && (
            <Paragraph id="alGehouden-fout" className="leerkring-error">
              {t(heldError)}
            </Paragraph>
          )}
          <label className="utrecht-form-label utrecht-form-label--checkbox">
            <input
              type="checkbox"
              name="alGehouden"
              defaultChecked={failure?.values.alGehouden === "on"}
              aria-describedby={["alGehouden-uitleg", heldError && "alGehouden-fout"]
                .filter(Boolean)
                .join(" ")}
              aria-invalid={heldError ? true : undefined}
              className="utrecht-checkbox utrecht-checkbox--html-input"
            />{" "}
            {t("bijeenkomst.veld.alGehouden")}
          </label>
          <Paragraph id="alGehouden-uitleg" className="leerkring-muted">
            {t("bijeenkomst.veld.alGehoudenUitleg")}
          </Paragraph>
        </div>
      )}
      <TextField
        name="location"
        label={t("bijeenkomst.veld.locatie")}
        defaultValue={values.location}
        failure={failure}
      />
      <SelectField
        name="leaderId"
        label={t("bijeenkomst.veld.leider")}
        options={[{ value: "", label: t("bijeenkomst.geenLeider") }, ...options.leaders]}
        defaultValue={values.leaderId}
        failure={failure}
      />
      {intervisie && (
        <CheckboxGroup
          name="criticalFriendIds"
          legend={t("bijeenkomst.veld.criticalFriends")}
          description={t("bijeenkomst.veld.criticalFriendsUitleg")}
          options={options.criticalFriends}
          checked={values.criticalFriendIds}
          failure={failure}
        />
      )}
      <TextField
        name="capacity"
        type="number"
        min={1}
        label={t("bijeenkomst.veld.capaciteit")}
        description={t("bijeenkomst.veld.capaciteitUitleg")}
        defaultValue={values.capacity}
        failure={failure}
      />
      <TextareaField
        name="description"
        label={t("bijeenkomst.veld.omschrijving")}
        defaultValue={values.description}
        failure={failure}
      />
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
