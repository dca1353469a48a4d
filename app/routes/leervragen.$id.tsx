import {
  Button,
  DataList,
  Heading1,
  Heading2,
  OrderedList,
  OrderedListItem,
  Paragraph,
  PreHeading,
} from "@utrecht/component-library-react";
import { Form, Link, useSearchParams } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/leervragen.$id";
import { can } from "#app/auth/permissions.ts";
import {
  canChangeLeervraagStatus,
  canEditLeervraag,
  canReadLeervraagCasus,
} from "#app/auth/rules/leervraag.ts";
import { forbidden, requireFound, requirePermission } from "#app/auth/user.server.ts";
import {
  FormAlert,
  SelectField,
  SuccessAlert,
  TextareaField,
} from "#app/components/fields-legacy.tsx";
import { Detail } from "#app/components/detail.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { formatDateTime, useLocale, useT, type MessageKey } from "#shared/i18n/index.ts";
import {
  addComment,
  changeStatus,
  commentSchema,
  getLeervraag,
  leervraagComments,
  leervraagHistory,
  outcomeSchema,
  planOnMeeting,
  plannableMeetings,
  recordOutcome,
} from "#app/leervragen/leervragen.server.ts";
import { statusesAfter } from "#app/leervragen/status.ts";
import { LinkedWijkmetingen } from "#app/monitor/linked-wijkmetingen.tsx";
import { assessmentsForLeervraag } from "#app/monitor/monitor.server.ts";
import { idField } from "#app/utils/fields.ts";
import { formError, invalidForm, parseForm, type FormFailure } from "#app/utils/forms-legacy.ts";
import { leervraagStatuses } from "#db/schema.ts";

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
    wijkmetingen: assessmentsForLeervraag(leervraag.id, user),
  };
}

const intents = z.discriminatedUnion(
  "intent",
  [
    z.object({
      intent: z.literal("status"),
      status: z.enum(leervraagStatuses, { error: "fout.ongeldig" }),
      note: z.string().max(2000, "fout.teLang").optional().default(""),
    }),
    z.object({
      intent: z.literal("inplannen"),
      bijeenkomstId: z
        .union([z.literal(""), idField])
        .refine((v) => v !== "", "fout.kiesBijeenkomst"),
    }),
    z.object({ intent: z.literal("uitkomst") }).extend(outcomeSchema.shape),
    z.object({ intent: z.literal("reactie") }).extend(commentSchema.shape),
  ],
  { error: "fout.ongeldig" },
);

export async function action({ request, params }: Route.ActionArgs) {
  const { user, leervraag } = load(request, params.id);
  const formData = await request.formData();
  const parsed = parseForm(intents, formData);
  if (!parsed.success) return invalidForm(parsed.failure);
  const command = parsed.data;
  switch (command.intent) {
    case "status":
      if (changeStatus(leervraag.id, command.status, user, command.note) !== "changed")
        throw forbidden();
      return { done: "leervraag.statusGewijzigd" as MessageKey };
    case "inplannen": {
      if (!can(user, "leervraag:inplannen")) throw forbidden();
      const result = planOnMeeting(leervraag.id, command.bijeenkomstId as number, user);
      if (result !== "planned")
        return formError("fout.leervraagNietInTePlannen", formData, { status: 409 });
      return { done: "bijeenkomst.leervraagIngepland" as MessageKey };
    }
    case "uitkomst":
      if (!can(user, "leervraag:inplannen")) throw forbidden();
      recordOutcome(leervraag.id, { outcome: command.outcome, followUp: command.followUp });
      return { done: "leervraag.uitkomstOpgeslagen" as MessageKey };
    case "reactie":
      if (!can(user, "leervraag:reageren")) throw forbidden();
      addComment(leervraag.id, user.id, command.body);
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
  const failure = actionData && "errors" in actionData ? (actionData as FormFailure) : undefined;
  const message =
    actionData && "done" in actionData
      ? actionData.done
      : params.get("ingediend")
        ? "leervraag.ingediendMelding"
        : params.get("gewijzigd")
          ? "leervraag.gewijzigdMelding"
          : null;
  const failureFor = (intent: string) => (failure?.values.intent === intent ? failure : undefined);
  return (
    <div className="leerkring-stack">
      <PageTitle>{q.title}</PageTitle>
      <div>
        <PreHeading>{t("leervraag.van", { gemeente: q.organisationName })}</PreHeading>
        <Heading1>{q.title}</Heading1>
      </div>
      <SuccessAlert message={message} />
      <FormAlert failure={failure?.errors._form ? failure : undefined} />
      <DataList>
        <Detail label={t("leervraag.veld.status")}>
          <strong>{t(`leervraag.status.${q.status}`)}</strong>
        </Detail>
        <Detail label={t("veld.gemeente")}>
          <Link to={`/gemeenten/${q.organisationSlug}`} className="utrecht-link">
            {q.organisationName}
          </Link>
        </Detail>
        {q.themaName && (
          <Detail label={t("leervraag.veld.thema")}>
            <Link to={`/themas/${q.themaSlug}`} className="utrecht-link">
              {q.themaName}
            </Link>
          </Detail>
        )}
        <Detail label={t("leervraag.veld.werkvormen")}>
          {q.werkvormen.map((w) => t(`werkvorm.${w}`)).join(", ") || "–"}
        </Detail>
        {q.bijeenkomstId && (
          <Detail label={t("leervraag.bijeenkomst")}>
            <Link to={`/bijeenkomsten/${q.bijeenkomstId}`} className="utrecht-link">
              {q.bijeenkomstTitle}
            </Link>
            {q.bijeenkomstStartsAt
              ? `, ${formatDateTime(locale, q.bijeenkomstStartsAt, "long")}`
              : ""}
          </Detail>
        )}
      </DataList>

      <section aria-labelledby="vraag">
        <Heading2 id="vraag">{t("leervraag.veld.vraag")}</Heading2>
        <Paragraph className="leerkring-prewrap">{q.question}</Paragraph>
        <Heading2>{t("leervraag.veld.casus")}</Heading2>
        <Paragraph className="leerkring-prewrap">
          {loaderData.confidential ? t("leervraag.casusVertrouwelijk") : q.casus}
        </Paragraph>
        {q.context && (
          <>
            <Heading2>{t("leervraag.veld.context")}</Heading2>
            <Paragraph className="leerkring-prewrap">{q.context}</Paragraph>
          </>
        )}
      </section>

      {(q.outcome || q.followUp) && (
        <section aria-labelledby="uitkomst" className="leerkring-card">
          <Heading2 id="uitkomst">{t("leervraag.uitkomst")}</Heading2>
          {q.outcome && <Paragraph className="leerkring-prewrap">{q.outcome}</Paragraph>}
          {q.followUp && (
            <>
              <h3 className="utrecht-heading-3">{t("leervraag.veld.opvolging")}</h3>
              <Paragraph className="leerkring-prewrap">{q.followUp}</Paragraph>
            </>
          )}
        </section>
      )}

      {(canEdit || statuses.length > 0) && (
        <section aria-labelledby="acties" className="leerkring-card leerkring-stack">
          <Heading2 id="acties">{t("leervraag.acties")}</Heading2>
          {canEdit && (
            <Link to={`/leervragen/${q.id}/bewerken`} className="utrecht-link">
              {t("leervraag.wijzigen")}
            </Link>
          )}
          {statuses.length > 0 && (
            <Form method="post" className="leerkring-form">
              <input type="hidden" name="intent" value="status" />
              <TextareaField
                name="note"
                label={t("leervraag.toelichting")}
                failure={failureFor("status")}
                rows={2}
              />
              <div className="leerkring-actions">
                {statuses.map((s) => (
                  <Button
                    key={s}
                    type="submit"
                    name="status"
                    value={s}
                    appearance="secondary-action-button"
                  >
                    {t(`leervraag.naar.${s}`)}
                  </Button>
                ))}
              </div>
            </Form>
          )}
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
            <Form method="post" className="leerkring-form">
              <input type="hidden" name="intent" value="inplannen" />
              <SelectField
                name="bijeenkomstId"
                label={t("leervraag.kiesSessie")}
                options={meetings.map((m) => ({
                  value: String(m.id),
                  label: `${m.title} — ${formatDateTime(locale, m.startsAt, "date")}`,
                }))}
                placeholder={t("veld.kies")}
                failure={failureFor("inplannen")}
              />
              <Button type="submit" appearance="primary-action-button">
                {t("bijeenkomst.opAgendaZetten")}
              </Button>
            </Form>
          )}
        </section>
      )}

      {planner &&
        (q.status === "besproken" || q.status === "opvolging" || q.status === "ingepland") && (
          <section aria-labelledby="uitkomst-vastleggen" className="leerkring-card">
            <Heading2 id="uitkomst-vastleggen">{t("leervraag.uitkomstVastleggen")}</Heading2>
            <Form method="post" className="leerkring-form">
              <input type="hidden" name="intent" value="uitkomst" />
              <TextareaField
                name="outcome"
                label={t("leervraag.veld.uitkomst")}
                defaultValue={q.outcome}
                failure={failureFor("uitkomst")}
                rows={5}
              />
              <TextareaField
                name="followUp"
                label={t("leervraag.veld.opvolging")}
                defaultValue={q.followUp}
                failure={failureFor("uitkomst")}
                rows={3}
              />
              <Button type="submit" appearance="secondary-action-button">
                {t("actie.opslaan")}
              </Button>
            </Form>
          </section>
        )}

      {loaderData.wijkmetingen.length > 0 && <LinkedWijkmetingen items={loaderData.wijkmetingen} />}

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

      <section aria-labelledby="reacties" className="leerkring-stack">
        <Heading2 id="reacties">{t("leervraag.reacties")}</Heading2>
        {comments.length === 0 ? (
          <Paragraph>{t("leervraag.geenReacties")}</Paragraph>
        ) : (
          comments.map((c) => (
            <article key={c.id} className="leerkring-card">
              <Paragraph className="leerkring-muted">
                {c.userName ?? t("leervraag.onbekend")}{" "}
                {c.organisationName ? `(${c.organisationName})` : ""} ·{" "}
                {formatDateTime(locale, c.createdAt)}
              </Paragraph>
              <Paragraph className="leerkring-prewrap">{c.body}</Paragraph>
            </article>
          ))
        )}
        {canComment && (
          <Form method="post" className="leerkring-form" noValidate>
            <input type="hidden" name="intent" value="reactie" />
            <TextareaField
              name="body"
              label={t("leervraag.reactieLabel")}
              failure={failureFor("reactie")}
              rows={3}
            />
            <Button type="submit" appearance="secondary-action-button">
              {t("leervraag.reageren")}
            </Button>
          </Form>
        )}
      </section>
    </div>
  );
}
