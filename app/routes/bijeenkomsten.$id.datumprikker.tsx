import { Heading1, Paragraph, PreHeading } from "@utrecht/component-library-react";
import { redirect } from "react-router";
import type { Route } from "./+types/bijeenkomsten.$id.datumprikker";
import { canOpenDatumprikker } from "#app/auth/rules/datumprikker.ts";
import { forbidden, requireFound, requirePermission } from "#app/auth/user.server.ts";
import { PageTitle } from "#app/components/page-title.tsx";
import { openPrikkerSchema } from "#app/datumprikker/datumprikker-schema.ts";
import {
  askedPeople,
  openDatumprikker,
  prikkerMeeting,
} from "#app/datumprikker/datumprikker.server.ts";
import { AskedList, OpenPrikkerForm } from "#app/datumprikker/open-prikker-form.tsx";
import { currentTime } from "#app/utils/clock.ts";
import { invalid, parseSubmission } from "#app/utils/forms.ts";
import { getDb } from "#db/client.ts";
import { useT } from "#shared/i18n/index.ts";
import { toAmsterdamInputs } from "#shared/time.ts";

const WEEK = 7 * 86_400_000;

function load(request: Request, idParam: string) {
  const user = requirePermission(request, "bijeenkomst:plannen");
  const meeting = requireFound(idParam, (id) => prikkerMeeting(id));
  if (!canOpenDatumprikker(user, meeting)) throw forbidden();
  return { user, meeting };
}

export function loader({ request, params }: Route.LoaderArgs) {
  const { meeting } = load(request, params.id);
  const asked = askedPeople(getDb(), meeting).map((p) => ({
    id: p.id,
    name: p.name,
    organisationName: p.organisationName,
  }));
  return {
    meeting: { id: meeting.id, title: meeting.title },
    asked,
    defaults: {
      deadlineDate: toAmsterdamInputs(new Date(currentTime().getTime() + WEEK)).date,
      deadlineTime: "17:00",
      tijd: toAmsterdamInputs(meeting.startsAt).time,
    },
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { user, meeting } = load(request, params.id);
  const submission = parseSubmission(await request.formData(), openPrikkerSchema);
  if (submission.status !== "success") return invalid(submission);
  const result = openDatumprikker(meeting.id, submission.value, user, currentTime());
  if (!("error" in result)) return redirect(`/datumprikker/${result.id}?geopend=1`);
  if (result.error === "optie-voorbij") {
    return invalid(submission, { fields: { opties: { key: "fout.prikkerOptieVoorbij" } } });
  }
  const key =
    result.error === "deadline-voorbij" ? "fout.deadlineVoorbij" : "fout.prikkerDeadlineNaOptie";
  return invalid(submission, { fields: { deadlineDate: { key } } });
}

export default function NieuweDatumprikker({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { meeting } = loaderData;
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("datumprikker.voor", { titel: meeting.title })}</PageTitle>
      <div>
        <PreHeading>{t("datumprikker.nieuw")}</PreHeading>
        <Heading1>{meeting.title}</Heading1>
      </div>
      <Paragraph>{t("datumprikker.nieuwUitleg")}</Paragraph>
      <AskedList asked={loaderData.asked} />
      <OpenPrikkerForm
        meetingId={meeting.id}
        defaults={loaderData.defaults}
        lastResult={actionData}
      />
    </div>
  );
}
