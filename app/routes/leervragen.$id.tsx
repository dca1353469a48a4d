import {
  Heading1,
  Heading2,
  OrderedList,
  OrderedListItem,
  Paragraph,
  PreHeading,
} from "@utrecht/component-library-react";
import { Link, useSearchParams } from "react-router";
import type { Route } from "./+types/leervragen.$id";
import { can } from "#app/auth/permissions.ts";
import {
  canChangeLeervraagStatus,
  canEditLeervraag,
  canReadLeervraagCasus,
} from "#app/auth/rules/leervraag.ts";
import { forbidden, requireFound, requirePermission } from "#app/auth/user.server.ts";
import { FormAlert, SuccessAlert } from "#app/components/fields.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { formatDateTime, useLocale, useT, type MessageKey } from "#shared/i18n/index.ts";
import { Comments } from "#app/leervragen/comments.tsx";
import { LeervraagFacts } from "#app/leervragen/leervraag-facts.tsx";
import { leervraagActionSchema } from "#app/leervragen/leervraag-schema.ts";
import {
  addComment,
  changeStatus,
  getLeervraag,
  leervraagComments,
  leervraagHistory,
  mentionableForLeervraag,
  planOnMeeting,
  plannableMeetings,
  recordOutcome,
} from "#app/leervragen/leervragen.server.ts";
import { OutcomeForm } from "#app/leervragen/outcome-form.tsx";
import { PlanForm } from "#app/leervragen/plan-form.tsx";
import { StatusForm } from "#app/leervragen/status-form.tsx";
import { statusesAfter } from "#app/leervragen/status.ts";
import { Attachments } from "#app/bijlagen/attachments.tsx";
import { attachmentsOf } from "#app/bijlagen/bijlagen.server.ts";
import { LinkedWijkmetingen } from "#app/monitor/linked-wijkmetingen.tsx";
import { assessmentsForLeervraag } from "#app/monitor/monitor.server.ts";
import { herkenningenOfLeervraag } from "#app/uitdagingen/uitdagingen.server.ts";
import { mentionOptions } from "#app/notifications/mentions.server.ts";
import { TagList } from "#app/tags/tag-list.tsx";
import { tagsOf } from "#app/tags/tags.server.ts";
import { invalid, parseSubmission, useSchemaForm } from "#app/utils/forms.ts";

function load(request: Request, idParam: string) {
  const user = requirePermission(request, "leervraag:bekijken");
  const leervraag = requireFound(idParam, getLeervraag);
  return { user, leervraag };
}

export function loader({ request, params }: Route.LoaderArgs) {
  const { user, leervraag } = load(request, params.id);
  const planner = can(user, "leervraag:inplannen");
  // An intervision casus and its outcome are confidential (app/auth/rules/leervraag.ts).
  const confidential = !canReadLeervraagCasus(user, leervraag);
  const { intervisie: _intervisie, ...shown } = leervraag;
  return {
    leervraag: confidential ? { ...shown, casus: "", outcome: "", followUp: "" } : shown,
    confidential,
    history: leervraagHistory(leervraag.id),
    comments: leervraagComments(leervraag.id),
    statuses: statusesAfter(leervraag.status).filter(
      (s) => s !== "ingepland" && canChangeLeervraagStatus(user, leervraag, s),
    ),
    canEdit: canEditLeervraag(user, leervraag),
    planner,
    meetings: planner && leervraag.status === "ingediend" ? plannableMeetings() : [],
    canComment: can(user, "leervraag:reageren"),
    mentionable: can(user, "leervraag:reageren")
      ? mentionOptions(mentionableForLeervraag(leervraag.id), user.id)
      : [],
    wijkmetingen: assessmentsForLeervraag(leervraag.id, user),
    bijlagen: attachmentsOf(user, {
      kind: "leervraag",
      id: leervraag.id,
      resource: { kind: "leervraag", leervraag },
    }),
    herkomst: herkenningenOfLeervraag(leervraag.id),
    tags: tagsOf("leervraag", leervraag.id),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { user, leervraag } = load(request, params.id);
  const formData = await request.formData();
  const submission = parseSubmission(formData, leervraagActionSchema);
  if (submission.status !== "success") return invalid(submission);
  const command = submission.value;
  switch (command.intent) {
    case "status":
      if (changeStatus(leervraag.id, command.status, user, command.note) !== "changed")
        throw forbidden();
      return { done: "leervraag.statusGewijzigd" as MessageKey };
    case "inplannen": {
      if (!can(user, "leervraag:inplannen")) throw forbidden();
      const result = planOnMeeting(leervraag.id, command.bijeenkomstId as number, user);
      if (result !== "planned") {
        const form = { key: "fout.leervraagNietInTePlannen" } as const;
        return invalid(submission, { form }, { status: 409 });
      }
      return { done: "bijeenkomst.leervraagIngepland" as MessageKey };
    }
    case "uitkomst":
      if (!can(user, "leervraag:inplannen")) throw forbidden();
      recordOutcome(leervraag.id, { outcome: command.outcome, followUp: command.followUp }, user);
      return { done: "leervraag.uitkomstOpgeslagen" as MessageKey };
    case "reactie":
      if (!can(user, "leervraag:reageren")) throw forbidden();
      if (addComment(leervraag.id, user, command.body, command.vermeld) !== "added") {
        const fields = { vermeld: { key: "leervraag.fout.vermelding" } } as const;
        return invalid(submission, { fields });
      }
      return { done: "leervraag.reactieGeplaatst" as MessageKey };
  }
}

export default function Leervraag({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const [params] = useSearchParams();
  const {
    leervraag: q,
    history,
    comments,
    statuses,
    canEdit,
    planner,
    meetings,
    canComment,
  } = loaderData;
  // Errors of any of the page's forms that belong to no field (a session no longer open).
  const [form] = useSchemaForm(leervraagActionSchema, { lastResult: actionData });
  const message =
    actionData && "done" in actionData
      ? actionData.done
      : params.get("ingediend")
        ? "leervraag.ingediendMelding"
        : params.get("gewijzigd")
          ? "leervraag.gewijzigdMelding"
          : null;
  return (
    <div className="leerkring-stack">
      <PageTitle>{q.title}</PageTitle>
      <div>
        <PreHeading>{t("leervraag.van", { gemeente: q.organisationName })}</PreHeading>
        <Heading1>{q.title}</Heading1>
      </div>
      <SuccessAlert message={message} />
      <FormAlert form={form} />
      <LeervraagFacts
        leervraag={q}
        confidential={loaderData.confidential}
        herkomst={loaderData.herkomst}
      />
      <TagList tags={loaderData.tags} listPath="/leervragen" />

      {(canEdit || statuses.length > 0) && (
        <section aria-labelledby="acties" className="leerkring-card leerkring-stack">
          <Heading2 id="acties">{t("leervraag.acties")}</Heading2>
          {canEdit && (
            <Link to={`/leervragen/${q.id}/bewerken`} className="utrecht-link">
              {t("leervraag.wijzigen")}
            </Link>
          )}
          {statuses.length > 0 && <StatusForm statuses={statuses} lastResult={actionData} />}
        </section>
      )}

      {planner && q.status === "ingediend" && (
        <section aria-labelledby="inplannen" className="leerkring-card">
          <Heading2 id="inplannen">{t("leervraag.inplannen")}</Heading2>
          {meetings.length === 0 ? (
            <Paragraph>
              {t("leervraag.geenSessies")}{" "}
              <Link to="/agenda/nieuw?soort=intervisie" className="utrecht-link">
                {t("agenda.intervisiePlannen")}
              </Link>
            </Paragraph>
          ) : (
            <PlanForm meetings={meetings} lastResult={actionData} />
          )}
        </section>
      )}

      {planner &&
        (q.status === "besproken" || q.status === "opvolging" || q.status === "ingepland") && (
          <section aria-labelledby="uitkomst-vastleggen" className="leerkring-card">
            <Heading2 id="uitkomst-vastleggen">{t("leervraag.uitkomstVastleggen")}</Heading2>
            <OutcomeForm
              values={{ outcome: q.outcome, followUp: q.followUp }}
              lastResult={actionData}
            />
          </section>
        )}

      {loaderData.wijkmetingen.length > 0 && <LinkedWijkmetingen items={loaderData.wijkmetingen} />}

      <Attachments {...loaderData.bijlagen} />

      <section aria-labelledby="verloop">
        <Heading2 id="verloop">{t("leervraag.verloop")}</Heading2>
        <OrderedList>
          {history.map((h) => (
            <OrderedListItem key={h.id}>
              {formatDateTime(locale, h.createdAt)}: {t(`leervraag.status.${h.toStatus}`)}
              {h.userName ? ` (${h.userName})` : ""}
              {h.note ? ` — ${h.note}` : ""}
            </OrderedListItem>
          ))}
        </OrderedList>
      </section>

      <Comments
        comments={comments}
        canComment={canComment}
        mentionable={loaderData.mentionable}
        lastResult={actionData}
      />
    </div>
  );
}
