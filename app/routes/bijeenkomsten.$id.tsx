import { Heading1, PreHeading } from "@utrecht/component-library-react";
import { Link, useSearchParams } from "react-router";
import type { Route } from "./+types/bijeenkomsten.$id";
import { can } from "#app/auth/permissions.ts";
import { canAttendBijeenkomst } from "#app/auth/rules/bijeenkomst.ts";
import { canReadNotities } from "#app/auth/rules/notities.ts";
import { forbidden, notFound, requireFound, requirePermission } from "#app/auth/user.server.ts";
import {
  addAgendapunt,
  agendapuntenOutside,
  cancelMeeting,
  markHeld,
  meetingDetails,
  reinstateMeeting,
  moveAgendapunt,
  removeAgendapunt,
} from "#app/bijeenkomsten/bijeenkomsten.server.ts";
import { MeetingChanges } from "#app/bijeenkomsten/meeting-changes.tsx";
import { MeetingFacts } from "#app/bijeenkomsten/meeting-facts.tsx";
import { MeetingLeervragen } from "#app/bijeenkomsten/meeting-leervragen.tsx";
import {
  ConfirmCancel,
  MeetingManagement,
  MeetingStatusAlert,
} from "#app/bijeenkomsten/meeting-management.tsx";
import { MeetingParticipants } from "#app/bijeenkomsten/meeting-participants.tsx";
import { MeetingProgramme } from "#app/bijeenkomsten/meeting-programme.tsx";
import { MeetingRsvp } from "#app/bijeenkomsten/meeting-rsvp.tsx";
import { meetingIntents, meetingDone as done } from "#app/bijeenkomsten/meeting-schema.ts";
import { isConfirmed } from "#app/components/confirm-step.tsx";
import { currentTime } from "#app/utils/clock.ts";
import { toAmsterdamInputs } from "#shared/time.ts";
import { meetingEssayLink } from "#app/essays/essays.server.ts";
import { meetingPollLink } from "#app/datumprikker/datumprikker.server.ts";
import { recordAttendance, respond } from "#app/bijeenkomsten/rsvp.server.ts";
import { FormAlert, SuccessAlert } from "#app/components/fields.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { Attachments } from "#app/bijlagen/attachments.tsx";
import { meetingAttachments } from "#app/bijlagen/bijlagen.server.ts";
import {
  changeStatus,
  planOnMeeting,
  waitingLeervragen,
} from "#app/leervragen/leervragen.server.ts";
import { useT } from "#shared/i18n/index.ts";
import { invalid, parseSubmission, useSchemaForm, type FieldMessage } from "#app/utils/forms.ts";

function load(request: Request, idParam: string) {
  const user = requirePermission(request, "agenda:bekijken");
  const details = requireFound(idParam, (id) => meetingDetails(id, user));
  return { user, details };
}

export function loader({ request, params }: Route.LoaderArgs) {
  const { user, details } = load(request, params.id);
  const planner = can(user, "bijeenkomst:plannen");
  return {
    ...details,
    invited: canAttendBijeenkomst(user, details.meeting),
    planner,
    started: details.meeting.startsAt <= currentTime(),
    outside: agendapuntenOutside(details.agenda, details.meeting),
    times: {
      start: toAmsterdamInputs(details.meeting.startsAt).time,
      end: toAmsterdamInputs(details.meeting.endsAt).time,
    },
    waiting: planner && details.meeting.kind === "intervisie" ? waitingLeervragen() : [],
    links: {
      notes: canReadNotities(user, {
        kind: details.meeting.kind,
        criticalFriendIds: details.friends.map((f) => f.id),
      }),
      essay: meetingEssayLink(user, details.meeting.id),
      poll: meetingPollLink(user, details.meeting),
    },
    ...meetingAttachments(
      user,
      details.meeting,
      details.friends.map((f) => f.id),
      details.agenda.map((a) => a.id),
    ),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { user, details } = load(request, params.id);
  const meetingId = details.meeting.id;
  const formData = await request.formData();
  const submission = parseSubmission(formData, meetingIntents);
  if (submission.status !== "success") return invalid(submission);
  const command = submission.value;
  // A state the page no longer shows (someone else acted first): said above the page's forms.
  const conflict = (key: FieldMessage["key"]) =>
    invalid(submission, { form: { key } }, { status: 409 });

  if (command.intent === "rsvp") {
    if (!canAttendBijeenkomst(user, details.meeting)) throw forbidden();
    const result = respond(meetingId, user.id, command.response);
    if (!result) return conflict("fout.bijeenkomstNietOpen");
    return { done: result.waitlisted ? ("bijeenkomst.opWachtlijst" as const) : done.rsvp };
  }

  // Everything else plans the meeting: project leaders only.
  if (!can(user, "bijeenkomst:plannen")) throw forbidden();
  switch (command.intent) {
    case "agendapunt-toevoegen":
      addAgendapunt(meetingId, {
        time: command.time,
        title: command.title,
        description: command.description,
      });
      break;
    case "agendapunt-verwijderen":
      if (!removeAgendapunt(meetingId, command.agendapuntId)) throw notFound();
      break;
    case "agendapunt-verplaatsen":
      moveAgendapunt(meetingId, command.agendapuntId, command.direction);
      break;
    case "leervraag-inplannen": {
      const result = planOnMeeting(command.leervraagId as number, meetingId, user);
      if (result !== "planned") return conflict("fout.leervraagNietInTePlannen");
      break;
    }
    case "leervraag-uitplannen": {
      const onThisMeeting = details.questions.some((q) => q.id === command.leervraagId);
      if (!onThisMeeting || changeStatus(command.leervraagId, "ingediend", user) !== "changed") {
        return conflict("fout.leervraagNietInTePlannen");
      }
      break;
    }
    case "annuleren":
      if (details.meeting.status !== "gepland") {
        return conflict("fout.bijeenkomstNietOpen");
      }
      // A second step first: the page asks "Weet u het zeker?" and posts again with bevestigd.
      if (!isConfirmed(formData)) {
        return {
          confirmCancel: {
            reason: command.reason,
            questions: details.questions.filter((q) => q.status === "ingepland").length,
            participants: details.participants.length,
          },
        };
      }
      if (cancelMeeting(meetingId, command.reason, user.id) !== "cancelled") {
        return conflict("fout.bijeenkomstNietOpen");
      }
      break;
    case "heractiveren":
      if (reinstateMeeting(meetingId, user.id) !== "reinstated") {
        return conflict("fout.bijeenkomstNietGeannuleerd");
      }
      break;
    case "gehouden": {
      const result = markHeld(meetingId, user.id);
      if (result !== "held") {
        return conflict(
          result === "not-started" ? "fout.nogNietBegonnen" : "fout.bijeenkomstNietOpen",
        );
      }
      break;
    }
    case "aanwezigheid":
      recordAttendance(meetingId, command.present);
      break;
  }
  return { done: done[command.intent] };
}

export default function Bijeenkomst({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const [params] = useSearchParams();
  const { meeting, participants, planner, started, confidential } = loaderData;
  // Errors of the whole page (a state changed meanwhile); a field's error stays beside it.
  const [page] = useSchemaForm(meetingIntents, { lastResult: actionData });
  const confirmCancel =
    actionData && "confirmCancel" in actionData ? actionData.confirmCancel : null;
  const message =
    actionData && "done" in actionData
      ? actionData.done
      : params.get("gepland")
        ? "bijeenkomst.geplandMelding"
        : params.get("vastgelegd")
          ? "bijeenkomst.vastgelegdMelding"
          : params.get("gewijzigd")
            ? "bijeenkomst.gewijzigdMelding"
            : null;
  const open = meeting.status === "gepland";
  const going = participants.filter((p) => p.response === "ja" && !p.waitlisted).length;

  return (
    <div className="leerkring-stack">
      <PageTitle>{meeting.title}</PageTitle>
      <div>
        <PreHeading>{t(`bijeenkomst.soort.${meeting.kind}`)}</PreHeading>
        <Heading1>{meeting.title}</Heading1>
      </div>
      <SuccessAlert message={message} />
      <FormAlert form={page} />
      {confirmCancel && <ConfirmCancel meeting={meeting} confirm={confirmCancel} />}
      <MeetingStatusAlert meeting={meeting} planner={planner} />
      <MeetingFacts
        meeting={meeting}
        friends={loaderData.friends}
        going={going}
        confidential={confidential}
        links={{ ...loaderData.links, edit: planner && open }}
      />
      {loaderData.invited && open && <MeetingRsvp mine={loaderData.mine} />}

      <MeetingProgramme
        agenda={loaderData.agenda}
        outside={loaderData.outside}
        times={loaderData.times}
        editable={planner && open}
        hidden={confidential}
        attachments={loaderData.programmaBijlagen}
        lastResult={actionData}
      />

      {meeting.kind === "intervisie" && (
        <MeetingLeervragen
          questions={loaderData.questions}
          waiting={loaderData.waiting}
          editable={planner && open}
          hidden={confidential}
          lastResult={actionData}
        />
      )}

      <MeetingParticipants
        participants={participants}
        recordAttendance={planner && started && meeting.status !== "geannuleerd"}
        hidden={confidential}
      />

      {!confidential && <MeetingChanges changes={loaderData.changes} />}

      <Attachments {...loaderData.bijlagen} />
      {!confidential && (
        <Link to={`/bijeenkomsten/${meeting.id}/documenten`} className="utrecht-link">
          {t("bibliotheek.link")}
        </Link>
      )}

      {planner && open && <MeetingManagement started={started} lastResult={actionData} />}
    </div>
  );
}
