import { Heading1, Paragraph, PreHeading } from "@utrecht/component-library-react";
import { Link } from "react-router";
import type { Route } from "./+types/bijeenkomsten.$id.opvolging";
import {
  canAnswerOogst,
  canCompleteVervolgactie,
  canManageVervolgacties,
  canReadOogst,
  canSetEssayDueDate,
  hasFollowUp,
} from "#app/auth/rules/opvolging.ts";
import { canStartPraktijkvoorbeeld } from "#app/auth/rules/praktijkvoorbeeld.ts";
import { forbidden, notFound, requireFound, requirePermission } from "#app/auth/user.server.ts";
import { FormAlert, SuccessAlert } from "#app/components/fields.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { ActionItems } from "#app/opvolging/action-items.tsx";
import { dutchDay } from "#app/opvolging/days.ts";
import { EssayDue } from "#app/opvolging/essay-due.tsx";
import { HarvestSection } from "#app/opvolging/harvest-form.tsx";
import { opvolgingDone, opvolgingIntents } from "#app/opvolging/opvolging-schema.ts";
import {
  addVervolgactie,
  completeVervolgactie,
  followUpMeeting,
  harvestAnswers,
  harvestOf,
  possibleOwners,
  saveHarvest,
  setEssayDueDate,
  vervolgactiesOf,
} from "#app/opvolging/opvolging.server.ts";
import { StartPraktijkvoorbeeld } from "#app/praktijkvoorbeelden/start-from-meeting.tsx";
import { currentTime } from "#app/utils/clock.ts";
import { invalid, parseSubmission, useSchemaForm } from "#app/utils/forms.ts";
import { useT } from "#shared/i18n/index.ts";

// Follow-up after a theme meeting (docs/opvolging.md): the attendees' harvest, the action items
// and the essay's due date. Everyone who sees the agenda sees this page; the rules say who acts.

function load(request: Request, idParam: string) {
  const user = requirePermission(request, "agenda:bekijken");
  const meeting = requireFound(idParam, followUpMeeting);
  if (!hasFollowUp(meeting)) throw notFound();
  return { user, meeting };
}

export function loader({ request, params }: Route.LoaderArgs) {
  const { user, meeting } = load(request, params.id);
  const today = dutchDay(currentTime());
  const manage = canManageVervolgacties(user, meeting);
  return {
    meeting: { id: meeting.id, title: meeting.title },
    essay: meeting.essayStatus
      ? { status: meeting.essayStatus, dueDate: meeting.essayDueDate, slug: meeting.essaySlug }
      : null,
    harvest: {
      canAnswer: canAnswerOogst(user, meeting),
      mine: harvestOf(meeting.id, user.id),
      closed: meeting.essayStatus === "gepubliceerd" && meeting.attendeeIds.includes(user.id),
      answers: canReadOogst(user) ? harvestAnswers(meeting.id).length : null,
    },
    items: vervolgactiesOf(meeting.id).map((item) => ({
      ...item,
      overdue: !item.doneAt && item.dueDate < today,
      canComplete: canCompleteVervolgactie(user, item),
    })),
    owners: manage
      ? possibleOwners().map((p) => ({
          value: String(p.id),
          label: `${p.name} (${p.organisationName})`,
        }))
      : null,
    canSetDue: canSetEssayDueDate(user, meeting),
    canStartPraktijk: canStartPraktijkvoorbeeld(user),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { user, meeting } = load(request, params.id);
  const submission = parseSubmission(await request.formData(), opvolgingIntents);
  if (submission.status !== "success") return invalid(submission);
  const command = submission.value;
  const today = dutchDay(currentTime());
  const inThePast = () =>
    invalid(submission, { fields: { dueDate: { key: "fout.dagInVerleden" } } });

  switch (command.intent) {
    case "oogst":
      if (!canAnswerOogst(user, meeting)) throw forbidden();
      saveHarvest(meeting.id, user.id, command);
      break;
    case "actie-toevoegen":
      if (!canManageVervolgacties(user, meeting)) throw forbidden();
      if (command.dueDate < today) return inThePast();
      if (!addVervolgactie(meeting, command, user.id)) {
        return invalid(submission, { fields: { ownerId: { key: "fout.kiesEigenaar" } } });
      }
      break;
    case "actie-afronden": {
      const item = vervolgactiesOf(meeting.id).find((i) => i.id === command.actieId);
      if (!item) throw notFound();
      if (!canCompleteVervolgactie(user, item)) throw forbidden();
      completeVervolgactie(item.id);
      break;
    }
    case "essay-deadline":
      if (!canSetEssayDueDate(user, meeting) || !meeting.essayId) throw forbidden();
      if (command.dueDate < today) return inThePast();
      setEssayDueDate(meeting.essayId, command.dueDate);
      break;
  }
  return { done: opvolgingDone[command.intent] };
}

export default function Opvolging({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { meeting, essay, harvest } = loaderData;
  const [page] = useSchemaForm(opvolgingIntents, { lastResult: actionData });
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("opvolging.titel", { titel: meeting.title })}</PageTitle>
      <div>
        <PreHeading>{t("opvolging.kop")}</PreHeading>
        <Heading1>{meeting.title}</Heading1>
      </div>
      <SuccessAlert message={actionData && "done" in actionData ? actionData.done : null} />
      <FormAlert form={page} />
      <Paragraph>
        {t("opvolging.intro")}{" "}
        <Link to={`/bijeenkomsten/${meeting.id}`} className="utrecht-link">
          {t("opvolging.terug")}
        </Link>
      </Paragraph>
      <HarvestSection
        {...harvest}
        essayLink={
          essay?.slug && harvest.answers !== null ? `/essays/${essay.slug}/schrijven` : null
        }
        lastResult={actionData}
      />
      {essay && <EssayDue essay={essay} editable={loaderData.canSetDue} lastResult={actionData} />}
      <ActionItems items={loaderData.items} owners={loaderData.owners} lastResult={actionData} />
      {loaderData.canStartPraktijk && <StartPraktijkvoorbeeld meetingId={meeting.id} />}
    </div>
  );
}
