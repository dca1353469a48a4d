import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { Link, redirect } from "react-router";
import type { Route } from "./+types/bijeenkomsten.$id.bewerken";
import { requireFound, requirePermission } from "#app/auth/user.server.ts";
import {
  agendapuntenOutside,
  checkMeetingReferences,
  checkMeetingTime,
  getMeeting,
  listAgendapunten,
  meetingCriticalFriendIds,
  meetingFormOptions,
  meetingFormSchema,
  updateMeeting,
} from "#app/bijeenkomsten/bijeenkomsten.server.ts";
import { AgendaOutsideAlert, MeetingForm } from "#app/bijeenkomsten/meeting-form.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { useT } from "#shared/i18n/index.ts";

import {
  formError,
  formValues,
  invalidForm,
  parseForm,
  type FormFailure,
} from "#app/utils/forms-legacy.ts";
import { toAmsterdamInputs } from "#shared/time.ts";

function load(request: Request, idParam: string) {
  requirePermission(request, "bijeenkomst:plannen");
  const meeting = requireFound(idParam, getMeeting);
  return meeting;
}

export function loader({ request, params }: Route.LoaderArgs) {
  const meeting = load(request, params.id);
  const start = toAmsterdamInputs(meeting.startsAt);
  const agenda = listAgendapunten(meeting.id);
  const outside = new Set(agendapuntenOutside(agenda, meeting));
  return {
    id: meeting.id,
    editable: meeting.status === "gepland",
    outside: agenda.filter((a) => outside.has(a.id)).map((a) => `${a.time} ${a.title}`),
    times: {
      start: toAmsterdamInputs(meeting.startsAt).time,
      end: toAmsterdamInputs(meeting.endsAt).time,
    },
    options: meetingFormOptions(),
    values: {
      kind: meeting.kind,
      title: meeting.title,
      description: meeting.description,
      themaId: meeting.themaId ? String(meeting.themaId) : "",
      hostOrganisationId: meeting.hostOrganisationId ? String(meeting.hostOrganisationId) : "",
      leaderId: meeting.leaderId ? String(meeting.leaderId) : "",
      location: meeting.location,
      date: start.date,
      startTime: start.time,
      endTime: toAmsterdamInputs(meeting.endsAt).time,
      capacity: meeting.capacity ? String(meeting.capacity) : "",
      criticalFriendIds: meetingCriticalFriendIds(meeting.id).map(String),
    },
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const meeting = load(request, params.id);
  const user = requirePermission(request, "bijeenkomst:plannen");
  const formData = await request.formData();
  if (meeting.status !== "gepland")
    return formError("fout.bijeenkomstNietOpen", formData, { status: 409 });
  // The kind of a meeting is fixed once planned.
  formData.set("kind", meeting.kind);
  const parsed = parseForm(meetingFormSchema, formData);
  if (!parsed.success) return invalidForm(parsed.failure);
  const errors = {
    ...checkMeetingReferences(parsed.data),
    ...checkMeetingTime(parsed.data, meeting),
  };
  if (Object.keys(errors).length) return invalidForm({ errors, values: formValues(formData) });
  updateMeeting(meeting.id, parsed.data, user.id);
  return redirect(`/bijeenkomsten/${meeting.id}?gewijzigd=1`);
}

export default function BijeenkomstBewerken({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const failure = actionData as FormFailure | undefined;
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("bijeenkomst.bewerken", { titel: loaderData.values.title })}</PageTitle>
      <Heading1>{t("bijeenkomst.bewerken", { titel: loaderData.values.title })}</Heading1>
      <AgendaOutsideAlert items={loaderData.outside} times={loaderData.times} />
      {!loaderData.editable ? (
        <Paragraph>
          {t("bijeenkomst.nietMeerTeWijzigen")}{" "}
          <Link to={`/bijeenkomsten/${loaderData.id}`} className="utrecht-link">
            {t("bijeenkomst.terug")}
          </Link>
        </Paragraph>
      ) : (
        <MeetingForm
          values={loaderData.values}
          options={loaderData.options}
          failure={failure}
          submitLabel={t("actie.opslaan")}
          cancelTo={`/bijeenkomsten/${loaderData.id}`}
        />
      )}
    </div>
  );
}
