import { Alert, Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { Form } from "react-router";
import { ConfirmStep } from "#app/components/confirm-step.tsx";
import { TextareaField } from "#app/components/fields.tsx";
import { useT } from "#shared/i18n/index.ts";
import { useSchemaForm } from "#app/utils/forms.ts";
import type { MeetingDetails } from "./bijeenkomsten.server.ts";
import { meetingIntents } from "./meeting-schema.ts";

/** Closing an open meeting: marking it held once it has begun, or cancelling it with a reason. */
export function MeetingManagement({
  started,
  lastResult,
}: {
  started: boolean;
  lastResult: unknown;
}) {
  const t = useT();
  const [form, fields] = useSchemaForm(meetingIntents, { lastResult, intent: "annuleren" });
  return (
    <section aria-labelledby="beheer" className="leerkring-card leerkring-stack">
      <Heading2 id="beheer">{t("bijeenkomst.afronden")}</Heading2>
      {started ? (
        <Form method="post">
          <input type="hidden" name="intent" value="gehouden" />
          <Button type="submit" appearance="primary-action-button">
            {t("bijeenkomst.markeerGehouden")}
          </Button>
        </Form>
      ) : (
        <Paragraph className="leerkring-muted">{t("bijeenkomst.gehoudenNaBegin")}</Paragraph>
      )}
      <Form
        method="post"
        id={form.id}
        onSubmit={form.onSubmit}
        noValidate
        className="leerkring-form"
      >
        <input type="hidden" name="intent" value="annuleren" />
        <TextareaField field={fields.reason} label={t("bijeenkomst.redenAnnuleren")} />
        <Button type="submit" appearance="secondary-action-button">
          {t("bijeenkomst.annuleren")}
        </Button>
      </Form>
    </section>
  );
}

/** The second step of cancelling: what it means for those who come and the questions planned. */
export function ConfirmCancel({
  meeting,
  confirm,
}: {
  meeting: Pick<MeetingDetails["meeting"], "id" | "title">;
  confirm: { reason: string; participants: number; questions: number };
}) {
  const t = useT();
  return (
    <ConfirmStep
      id="bevestig-annuleren"
      consequences={[
        t("bijeenkomst.bevestigAnnuleren", {
          titel: meeting.title,
          deelnemers: confirm.participants,
          leervragen: confirm.questions,
        }),
        t("bijeenkomst.bevestigAnnulerenTerug"),
      ]}
      fields={{ intent: "annuleren", reason: confirm.reason }}
      confirmLabel={t("bijeenkomst.jaAnnuleren")}
      cancelTo={`/bijeenkomsten/${meeting.id}`}
    />
  );
}

/** A cancelled meeting says why (a project leader can reinstate it); a held one says so. */
export function MeetingStatusAlert({
  meeting,
  planner,
}: {
  meeting: Pick<MeetingDetails["meeting"], "status" | "cancellationReason">;
  planner: boolean;
}) {
  const t = useT();
  if (meeting.status === "gehouden") {
    return (
      <Alert type="info">
        <Paragraph>{t("bijeenkomst.isGehouden")}</Paragraph>
      </Alert>
    );
  }
  if (meeting.status !== "geannuleerd") return null;
  return (
    <Alert type="warning">
      <Paragraph>
        {t("bijeenkomst.isGeannuleerd", { reden: meeting.cancellationReason ?? "" })}
      </Paragraph>
      {planner && (
        <Form method="post">
          <input type="hidden" name="intent" value="heractiveren" />
          <Button type="submit" appearance="secondary-action-button">
            {t("bijeenkomst.heractiveren")}
          </Button>
        </Form>
      )}
    </Alert>
  );
}
