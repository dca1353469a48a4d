import {
  Button,
  DataList,
  Heading1,
  Heading2,
  Paragraph,
  PreHeading,
} from "@utrecht/component-library-react";
import { Form, Link, useSearchParams } from "react-router";
import type { Route } from "./+types/aan-de-slag.$id";
import {
  addLogEntry,
  getTraject,
  logSchema,
  trajectLog,
} from "#app/aan-de-slag/trajecten.server.ts";
import { canEditTraject } from "#app/auth/rules/traject.ts";
import { forbidden, requireFound, requirePermission } from "#app/auth/user.server.ts";
import {
  SelectField,
  SuccessAlert,
  TextareaField,
  TextField,
} from "#app/components/fields-legacy.tsx";
import { Detail } from "#app/components/detail.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";

import { invalidForm, parseForm, type FormFailure } from "#app/utils/forms-legacy.ts";
import { toAmsterdamInputs } from "#shared/time.ts";
import { logboekSoorten } from "#db/schema.ts";

function load(request: Request, idParam: string) {
  const user = requirePermission(request, "traject:bekijken");
  const traject = requireFound(idParam, getTraject);
  return { user, traject };
}

export function loader({ request, params }: Route.LoaderArgs) {
  const { user, traject } = load(request, params.id);
  return {
    traject,
    log: trajectLog(traject.id),
    canEdit: canEditTraject(user, traject),
    today: toAmsterdamInputs(new Date()).date,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { user, traject } = load(request, params.id);
  // Everyone who takes part keeps the others informed through the log.
  if (!canEditTraject(user, traject)) throw forbidden();
  const parsed = parseForm(logSchema, await request.formData());
  if (!parsed.success) return invalidForm(parsed.failure);
  addLogEntry(traject.id, user.id, parsed.data);
  return { done: "traject.logToegevoegd" as const };
}

export default function Traject({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const [params] = useSearchParams();
  const { traject: tr, log, canEdit } = loaderData;
  const failure = actionData && "errors" in actionData ? (actionData as FormFailure) : undefined;
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
      {canEdit && (
        <Link to={`/aan-de-slag/${tr.id}/bewerken`} className="utrecht-link">
          {t("traject.wijzigen")}
        </Link>
      )}

      <section aria-labelledby="logboek" className="leerkring-stack">
        <Heading2 id="logboek">{t("traject.logboek")}</Heading2>
        {canEdit && (
          <Form method="post" className="leerkring-form leerkring-card" noValidate>
            <SelectField
              name="kind"
              label={t("traject.veld.soortLog")}
              options={logboekSoorten.map((k) => ({ value: k, label: t(`logboek.${k}`) }))}
              defaultValue="activiteit"
              failure={failure}
            />
            <TextField
              name="date"
              type="date"
              label={t("traject.veld.datum")}
              defaultValue={loaderData.today}
              failure={failure}
            />
            <TextareaField name="body" label={t("traject.veld.wat")} failure={failure} rows={3} />
            <Button type="submit" appearance="secondary-action-button">
              {t("traject.logToevoegen")}
            </Button>
          </Form>
        )}
        {log.length === 0 ? (
          <Paragraph>{t("traject.geenLog")}</Paragraph>
        ) : (
          log.map((entry) => (
            <article key={entry.id} className="leerkring-card">
              <Paragraph className="leerkring-muted">
                {formatDateTime(locale, entry.happenedOn, "date")} · {t(`logboek.${entry.kind}`)} ·{" "}
                {entry.userName ?? t("leervraag.onbekend")}
              </Paragraph>
              <Paragraph className="leerkring-prewrap">{entry.body}</Paragraph>
            </article>
          ))
        )}
      </section>
    </div>
  );
}
