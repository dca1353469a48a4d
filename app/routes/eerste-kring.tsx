import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import type { Route } from "./+types/eerste-kring";
import { can } from "#app/auth/permissions.ts";
import { canAskToJoinFirstCircle, isSecondCircleMember } from "#app/auth/rules/kring.ts";
import { forbidden, requireUser } from "#app/auth/user.server.ts";
import { FormAlert, SuccessAlert } from "#app/components/fields.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { JoinRequest } from "#app/kring/request-list.tsx";
import { AskToJoinForm } from "#app/kring/toetreding-forms.tsx";
import { toetredingIntents } from "#app/kring/toetreding-schema.ts";
import {
  askToJoin,
  decideRequest,
  latestRequestOf,
  listRequests,
} from "#app/kring/toetreding.server.ts";
import { invalid, parseSubmission, useSchemaForm } from "#app/utils/forms.ts";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";

// The learning circles: a second-circle municipality reads its scope and asks to join the first
// circle; project leaders decide on the requests. A municipality that asked keeps seeing its
// request's outcome here (the link in the news leads here), also once it is in the first circle.

export function loader({ request }: Route.LoaderArgs) {
  const user = requireUser(request);
  const decides = can(user, "kring:toetreding-beoordelen");
  const own = latestRequestOf(user.organisationId);
  const secondCircle = isSecondCircleMember(user);
  if (!decides && !secondCircle && !own) throw forbidden();
  return {
    secondCircle,
    canAsk: canAskToJoinFirstCircle(user) && own?.status !== "open",
    own: secondCircle || own ? own : null,
    requests: decides ? listRequests() : null,
  };
}

export async function action({ request }: Route.ActionArgs) {
  const user = requireUser(request);
  const submission = parseSubmission(await request.formData(), toetredingIntents);
  if (submission.status !== "success") return invalid(submission);
  const command = submission.value;
  if (command.intent === "vragen") {
    if (!canAskToJoinFirstCircle(user)) throw forbidden();
    const result = askToJoin(user, command.motivation);
    if (result !== "gevraagd") {
      const key = result === "al-gevraagd" ? "fout.alGevraagd" : "fout.geenTweedeKring";
      return invalid(submission, { form: { key } }, { status: 409 });
    }
    return { done: "kring.gevraagdMelding" as const };
  }
  if (!can(user, "kring:toetreding-beoordelen")) throw forbidden();
  const result = decideRequest(command.requestId, user, command);
  if (result === "niet-open") {
    return invalid(submission, { form: { key: "fout.verzoekNietOpen" } }, { status: 409 });
  }
  return { done: "kring.beoordeeldMelding" as const };
}

export default function EersteKring({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { own, requests } = loaderData;
  const done = actionData && "done" in actionData ? actionData.done : null;
  // A refusal of a request (one already open) is said at the top when the form is gone.
  const [askResult] = useSchemaForm(toetredingIntents, {
    lastResult: actionData,
    intent: "vragen",
  });
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("kring.titel")}</PageTitle>
      <Heading1>{t("kring.titel")}</Heading1>
      <SuccessAlert message={done} />
      {loaderData.secondCircle && (
        <section aria-labelledby="tweede-kring" className="leerkring-card leerkring-stack">
          <Heading2 id="tweede-kring">{t("kring.tweedeKring")}</Heading2>
          <Paragraph>{t("kring.tweedeKringUitleg")}</Paragraph>
          {!loaderData.canAsk && <FormAlert form={askResult} />}
          {loaderData.canAsk && (
            <>
              <Paragraph>{t("kring.vragenUitleg")}</Paragraph>
              <AskToJoinForm lastResult={actionData} />
            </>
          )}
        </section>
      )}
      {own && (
        <section aria-labelledby="eigen-verzoek" className="leerkring-card leerkring-stack">
          <Heading2 id="eigen-verzoek">{t("kring.motivatieGegeven")}</Heading2>
          <Paragraph>
            {t(`kring.status.${own.status}`, {
              datum: formatDateTime(locale, own.decidedAt ?? own.createdAt, "date"),
            })}
          </Paragraph>
          <Paragraph>{own.motivation}</Paragraph>
          {own.reasons && (
            <Paragraph>
              <strong>{t("kring.redenen")}:</strong> {own.reasons}
            </Paragraph>
          )}
        </section>
      )}
      {requests && (
        <>
          <section aria-labelledby="open-verzoeken" className="leerkring-stack">
            <Heading2 id="open-verzoeken">{t("kring.openVerzoeken")}</Heading2>
            {requests.open.length === 0 ? (
              <Paragraph>{t("kring.geenOpen")}</Paragraph>
            ) : (
              <ul className="leerkring-results">
                {requests.open.map((r) => (
                  <JoinRequest key={r.id} request={r} lastResult={actionData} />
                ))}
              </ul>
            )}
          </section>
          {requests.decided.length > 0 && (
            <section aria-labelledby="eerdere-besluiten" className="leerkring-stack">
              <Heading2 id="eerdere-besluiten">{t("kring.eerdereBesluiten")}</Heading2>
              <ul className="leerkring-results">
                {requests.decided.map((r) => (
                  <JoinRequest key={r.id} request={r} lastResult={null} />
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}
