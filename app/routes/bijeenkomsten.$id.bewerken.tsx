import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { Link, redirect } from "react-router";
import type { Route } from "./+types/bijeenkomsten.$id.bewerken";
import { requireFound, requirePermission } from "#app/auth/user.server.ts";
import {
  agendapuntenOutside,
  checkMeetingReferences,
  checkMeetingTime,
  listAgendapunten,
  meetingCriticalFriendIds,
  meetingFormOptions,
  updateMeeting,
} from "#app/bijeenkomsten/bijeenkomsten.server.ts";
import { getMeeting } from "#app/bijeenkomsten/meeting-query.server.ts";
import { AgendaOutsideAlert, MeetingForm } from "#app/bijeenkomsten/meeting-form.tsx";
import { meetingFormSchema } from "#app/bijeenkomsten/meeting-schema.ts";
import { PageTitle } from "#app/components/page-title.tsx";
import { useT } from "#shared/i18n/index.ts";
import { invalid, parseSubmission } from "#app/utils/forms.ts";
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
  // The kind of a meeting is fixed once planned.
  formData.set("kind", meeting.kind);
  const submission = parseSubmission(formData, meetingFormSchema);
  if (meeting.status !== "gepland") {
    return invalid(submission, { form: { key: "fout.bijeenkomstNietOpen" } }, { status: 409 });
  }
  if (submission.status !== "success") return invalid(submission);
  const input = submission.value;
  const errors = { ...checkMeetingReferences(input), ...checkMeetingTime(input, meeting) };
  if (Object.keys(errors).length) return invalid(submission, { fields: errors });
  updateMeeting(meeting.id, input, user.id);
  return redirect(`/bijeenkomsten/${meeting.id}?gewijzigd=1`);
}

export default function BijeenkomstBewerken({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
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
          lastResult={actionData}
          submitLabel={t("actie.opslaan")}
          cancelTo={`/bijeenkomsten/${loaderData.id}`}
        />
      )}
    </div>
  );
}
