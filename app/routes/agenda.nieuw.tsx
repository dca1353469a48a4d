import {
  Heading1,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { redirect } from "react-router";
import type { Route } from "./+types/agenda.nieuw";
import { requirePermission } from "#app/auth/user.server.ts";
import {
  checkMeetingReferences,
  checkMeetingTime,
  createMeeting,
  meetingFormOptions,
  proposedCriticalFriends,
  rotationOverview,
} from "#app/bijeenkomsten/bijeenkomsten.server.ts";
import { MeetingForm } from "#app/bijeenkomsten/meeting-form.tsx";
import { meetingFormSchema } from "#app/bijeenkomsten/meeting-schema.ts";
import { PageTitle } from "#app/components/page-title.tsx";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";
import { invalid, parseSubmission } from "#app/utils/forms.ts";

function kindFrom(request: Request): "thema" | "intervisie" {
  return new URL(request.url).searchParams.get("soort") === "intervisie" ? "intervisie" : "thema";
}

export function loader({ request }: Route.LoaderArgs) {
  const user = requirePermission(request, "bijeenkomst:plannen");
  const kind = kindFrom(request);
  const rotation = kind === "intervisie" ? rotationOverview() : null;
  return {
    kind,
    leaderId: user.id,
    options: meetingFormOptions(),
    rotation,
    proposedFriends: proposedCriticalFriends(rotation?.proposal?.id ?? null),
  };
}

export async function action({ request }: Route.ActionArgs) {
  const user = requirePermission(request, "bijeenkomst:plannen");
  const submission = parseSubmission(await request.formData(), meetingFormSchema);
  if (submission.status !== "success") return invalid(submission);
  const input = submission.value;
  const errors = { ...checkMeetingReferences(input), ...checkMeetingTime(input, null) };
  if (Object.keys(errors).length) return invalid(submission, { fields: errors });
  const id = createMeeting(input, user.id);
  return redirect(`/bijeenkomsten/${id}?${input.alGehouden ? "vastgelegd" : "gepland"}=1`);
}

export default function NieuweBijeenkomst({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { kind, rotation, options } = loaderData;
  const title = kind === "intervisie" ? t("agenda.intervisiePlannen") : t("agenda.themaPlannen");
  return (
    <div className="leerkring-stack">
      <PageTitle>{title}</PageTitle>
      <Heading1>{title}</Heading1>
      {rotation && (
        <section aria-labelledby="rotatie" className="leerkring-card">
          <Heading2 id="rotatie">{t("rotatie.titel")}</Heading2>
          {rotation.proposal ? (
            <Paragraph>
              {t("rotatie.voorstel", {
                gemeente: rotation.proposal.name,
                count: rotation.proposal.count,
              })}
            </Paragraph>
          ) : (
            <Paragraph>{t("rotatie.geenKandidaten")}</Paragraph>
          )}
          <div className="leerkring-table-wrapper">
            <Table>
              <TableCaption>{t("rotatie.historie")}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t("veld.gemeente")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("rotatie.aantal")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("rotatie.laatst")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rotation.history.map((h) => (
                  <TableRow key={h.id}>
                    <TableCell>{h.name}</TableCell>
                    <TableCell>{h.count}</TableCell>
                    <TableCell>
                      {h.lastHostedAt
                        ? formatDateTime(locale, h.lastHostedAt, "date")
                        : t("rotatie.nooit")}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </section>
      )}
      <MeetingForm
        values={{
          kind,
          title: kind === "intervisie" ? t("agenda.standaardTitelIntervisie") : "",
          description: "",
          themaId: "",
          hostOrganisationId: rotation?.proposal ? String(rotation.proposal.id) : "",
          leaderId: String(loaderData.leaderId),
          location: "",
          date: "",
          startTime: "13:30",
          endTime: "16:30",
          capacity: "",
          criticalFriendIds: loaderData.proposedFriends.map(String),
        }}
        options={options}
        lastResult={actionData}
        submitLabel={t("agenda.plannen")}
        cancelTo="/agenda"
        recordHeld
      />
    </div>
  );
}
