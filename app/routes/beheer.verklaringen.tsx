import { Alert, Heading2, Paragraph } from "@utrecht/component-library-react";
import type { Route } from "./+types/beheer.verklaringen";
import { requirePermission } from "#app/auth/user.server.ts";
import { ConfirmStep, isConfirmed } from "#app/components/confirm-step.tsx";
import { SuccessAlert } from "#app/components/fields.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { leerkringContext } from "#app/load-context.ts";
import { invalid, parseSubmission } from "#app/utils/forms.ts";
import { StatementForm } from "#app/verklaringen/statement-form.tsx";
import { statementIntents } from "#app/verklaringen/statement-schema.ts";
import {
  getStatementTexts,
  resetStatement,
  saveStatement,
} from "#app/verklaringen/statements.server.ts";
import { statementKinds } from "#db/schema.ts";
import { useT } from "#shared/i18n/index.ts";

// /beheer/verklaringen — the beheerder rewords the public privacy and accessibility statements,
// per language, or goes back to the shipped text.
export function loader({ request }: Route.LoaderArgs) {
  requirePermission(request, "verklaring:beheren");
  return { statements: statementKinds.map((kind) => ({ kind, texts: getStatementTexts(kind) })) };
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = requirePermission(request, "verklaring:beheren");
  const formData = await request.formData();
  const submission = parseSubmission(formData, statementIntents);
  if (submission.status !== "success") return invalid(submission);
  const input = submission.value;
  const { log } = context.get(leerkringContext);
  if (input.intent === "opslaan") {
    saveStatement(input.kind, { nl: input.nl, en: input.en }, user.id);
    log.info({ kind: input.kind, by: user.id }, "verklaring gewijzigd");
    return { done: "verklaringen.beheer.opgeslagen" as const };
  }
  // Going back to the shipped text throws the beheerder's text away: ask first.
  if (!isConfirmed(formData)) return { confirm: input.kind };
  resetStatement(input.kind);
  log.info({ kind: input.kind, by: user.id }, "verklaring teruggezet naar standaardtekst");
  return { done: "verklaringen.beheer.teruggezet" as const };
}

export default function BeheerVerklaringen({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const done = actionData && "done" in actionData ? actionData.done : null;
  const confirm = actionData && "confirm" in actionData ? actionData.confirm : null;
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("verklaringen.beheer.titel")}</PageTitle>
      <Heading2>{t("verklaringen.beheer.titel")}</Heading2>
      <Paragraph>{t("verklaringen.beheer.uitleg")}</Paragraph>
      <Alert type="info">
        <Paragraph>{t("verklaringen.beheer.concept")}</Paragraph>
      </Alert>
      <SuccessAlert message={done} />
      {confirm && (
        <ConfirmStep
          id="bevestig-standaard"
          consequences={[
            t("verklaringen.beheer.bevestigStandaard", {
              verklaring: t(`verklaringen.${confirm}.titel`),
            }),
            t("verklaringen.beheer.bevestigStandaardTerug"),
          ]}
          fields={{ intent: "standaard", kind: confirm }}
          confirmLabel={t("verklaringen.beheer.jaStandaard")}
          cancelTo="/beheer/verklaringen"
        />
      )}
      {loaderData.statements.map(({ kind, texts }) => (
        <StatementForm
          key={`${kind}-${done ?? ""}`}
          kind={kind}
          texts={texts}
          lastResult={actionData}
        />
      ))}
    </div>
  );
}
