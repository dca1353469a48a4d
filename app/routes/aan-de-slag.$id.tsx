import { DataList, Heading1, Paragraph, PreHeading } from "@utrecht/component-library-react";
import { Link, useSearchParams } from "react-router";
import type { Route } from "./+types/aan-de-slag.$id";
import { TrajectLog } from "#app/aan-de-slag/traject-log.tsx";
import { TagList } from "#app/tags/tag-list.tsx";
import { tagsOf } from "#app/tags/tags.server.ts";
import { attachmentsOfEach } from "#app/bijlagen/bijlagen.server.ts";
import { logSchema } from "#app/aan-de-slag/traject-schema.ts";
import { addLogEntry, getTraject, trajectLog } from "#app/aan-de-slag/trajecten.server.ts";
import { canEditTraject } from "#app/auth/rules/traject.ts";
import { forbidden, requireFound, requirePermission } from "#app/auth/user.server.ts";
import { SuccessAlert } from "#app/components/fields.tsx";
import { Detail } from "#app/components/detail.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { useT } from "#shared/i18n/index.ts";
import { invalid, parseSubmission } from "#app/utils/forms.ts";
import { toAmsterdamInputs } from "#shared/time.ts";

function load(request: Request, idParam: string) {
  const user = requirePermission(request, "traject:bekijken");
  const traject = requireFound(idParam, getTraject);
  return { user, traject };
}

export function loader({ request, params }: Route.LoaderArgs) {
  const { user, traject } = load(request, params.id);
  const log = trajectLog(traject.id);
  return {
    traject,
    tags: tagsOf("traject", traject.id),
    log,
    // The log's files follow the casework (app/auth/rules/bijlage.ts).
    bijlagen: attachmentsOfEach(
      user,
      "logboek",
      log.map((entry) => entry.id),
      {
        kind: "logboek",
        traject: {
          organisationId: traject.organisationId,
          memberIds: traject.members.map((m) => m.id),
        },
      },
    ),
    canEdit: canEditTraject(user, traject),
    today: toAmsterdamInputs(new Date()).date,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { user, traject } = load(request, params.id);
  // Everyone who takes part keeps the others informed through the log.
  if (!canEditTraject(user, traject)) throw forbidden();
  const submission = parseSubmission(await request.formData(), logSchema);
  if (submission.status !== "success") return invalid(submission);
  addLogEntry(traject.id, user, submission.value);
  return { done: "traject.logToegevoegd" as const };
}

export default function Traject({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const [params] = useSearchParams();
  const { traject: tr, log, canEdit } = loaderData;
  const message =
    actionData && "done" in actionData
      ? actionData.done
      : params.get("aangemaakt")
        ? "traject.aangemaaktMelding"
        : params.get("gewijzigd")
          ? "traject.gewijzigdMelding"
          : null;
  return (
    <div className="leerkring-stack">
      <PageTitle>{tr.title}</PageTitle>
      <div>
        <PreHeading>{t("traject.in", { gemeente: tr.organisationName })}</PreHeading>
        <Heading1>{tr.title}</Heading1>
      </div>
      <SuccessAlert message={message} />
      <DataList>
        <Detail label={t("traject.veld.status")}>{t(`traject.status.${tr.status}`)}</Detail>
        <Detail label={t("veld.gemeente")}>
          <Link to={`/gemeenten/${tr.organisationSlug}`} className="utrecht-link">
            {tr.organisationName}
          </Link>
        </Detail>
        {tr.themaName && <Detail label={t("leervraag.veld.thema")}>{tr.themaName}</Detail>}
        {tr.wijkName && <Detail label={t("wijk.veld.wijk")}>{tr.wijkName}</Detail>}
        {tr.aanvragerName && (
          <Detail label={t("traject.veld.aanvrager")}>{tr.aanvragerName}</Detail>
        )}
        <Detail label={t("traject.veld.partners")}>
          {tr.partners.map((p) => `${p.name} (${t(`partnerrol.${p.role}`)})`).join(", ") || "–"}
        </Detail>
        <Detail label={t("traject.veld.doelgroepen")}>
          {tr.doelgroepen.map((d) => t(`doelgroep.${d}`)).join(", ") || "–"}
        </Detail>
        <Detail label={t("traject.veld.leden")}>
          {tr.members.map((m) => `${m.name} (${m.organisationName})`).join(", ") || "–"}
        </Detail>
      </DataList>
      {tr.description && <Paragraph className="leerkring-prewrap">{tr.description}</Paragraph>}
      <TagList tags={loaderData.tags} listPath="/aan-de-slag" />
      {canEdit && (
        <Link to={`/aan-de-slag/${tr.id}/bewerken`} className="utrecht-link">
          {t("traject.wijzigen")}
        </Link>
      )}

      <TrajectLog
        log={log}
        attachments={loaderData.bijlagen}
        canEdit={canEdit}
        today={loaderData.today}
        lastResult={actionData}
      />
    </div>
  );
}
