import { Alert, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { Link, redirect } from "react-router";
import type { Route } from "./+types/agenda.rotatie";
import { requirePermission } from "#app/auth/user.server.ts";
import {
  checkRotationRows,
  createRotation,
  proposeSeasonRotation,
  rotationHosts,
  seasonChoices,
} from "#app/bijeenkomsten/rotation-plan.server.ts";
import { RotationProposal } from "#app/bijeenkomsten/rotation-proposal.tsx";
import { RotationRequestForm } from "#app/bijeenkomsten/rotation-request-form.tsx";
import {
  rotationConfirmSchema,
  rotationRequestSchema,
} from "#app/bijeenkomsten/rotation-schema.ts";
import { parseSeason } from "#app/seizoen/season.ts";
import { PageTitle } from "#app/components/page-title.tsx";
import {
  invalid,
  isFormResult,
  issueMessage,
  parseSubmission,
  type FieldMessage,
} from "#app/utils/forms.ts";
import { useT } from "#shared/i18n/index.ts";

// Planning a season's intervision sessions at once: ask for N sessions (GET), adjust the proposal,
// confirm it (POST). The planner's rules: app/bijeenkomsten/rotation-plan.ts.

const DEFAULT_BEGIN = "13:30";
const DEFAULT_EINDE = "16:30";

export function loader({ request }: Route.LoaderArgs) {
  requirePermission(request, "bijeenkomst:plannen");
  const url = new URL(request.url);
  const seasons = seasonChoices().map((s) => s.slug);
  const values = {
    seizoen: url.searchParams.get("seizoen") ?? seasons[0]!,
    aantal: url.searchParams.get("aantal") ?? "",
    begin: url.searchParams.get("begin") ?? DEFAULT_BEGIN,
    einde: url.searchParams.get("einde") ?? DEFAULT_EINDE,
    uitgesloten: url.searchParams
      .getAll("uitgesloten")
      .map(Number)
      .filter((n) => Number.isInteger(n) && n > 0),
  };
  // A season asked for by its address (a later one, say) is offered too, so the form shows it.
  if (parseSeason(values.seizoen) && !seasons.includes(values.seizoen))
    seasons.push(values.seizoen);
  const hosts = rotationHosts();
  const base = { seasons, hosts, values, errors: {} as Record<string, FieldMessage> };
  if (!url.searchParams.has("aantal")) return { ...base, proposal: null, problem: null };
  const parsed = rotationRequestSchema.safeParse(values);
  if (!parsed.success) {
    const errors: Record<string, FieldMessage> = {};
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0]);
      errors[name] ??= issueMessage(issue, url.searchParams.get(name));
    }
    return { ...base, errors, proposal: null, problem: null };
  }
  const plan = proposeSeasonRotation(parsed.data);
  return plan.ok
    ? { ...base, proposal: plan, problem: null }
    : { ...base, proposal: null, problem: plan.problem };
}

export async function action({ request }: Route.ActionArgs) {
  const user = requirePermission(request, "bijeenkomst:plannen");
  const submission = parseSubmission(await request.formData(), rotationConfirmSchema);
  if (submission.status !== "success") return invalid(submission);
  const errors = checkRotationRows(submission.value);
  if (errors.form) return invalid(submission, errors);
  const ids = createRotation(submission.value, user);
  const first = [...submission.value.rijen].sort((a, b) => a.datum.localeCompare(b.datum))[0]!;
  return redirect(
    `/agenda?weergave=maand&maand=${first.datum.slice(0, 7)}&soort=intervisie&rotatie=${ids.length}`,
  );
}

export default function Rotatie({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { seasons, hosts, values, errors, proposal, problem } = loaderData;
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("rotatie.plan.titel")}</PageTitle>
      <Heading1>{t("rotatie.plan.titel")}</Heading1>
      <Paragraph>{t("rotatie.plan.uitleg")}</Paragraph>
      <RotationRequestForm values={values} seasons={seasons} hosts={hosts} errors={errors} />
      {!proposal && isFormResult(actionData) && (
        <Alert type="error" role="alert">
          <Paragraph>{t("rotatie.plan.nietBevestigd")}</Paragraph>
        </Alert>
      )}
      {problem && (
        <Alert type="error" role="alert">
          <Paragraph>{t(problem.key, problem.vars)}</Paragraph>
        </Alert>
      )}
      {proposal && (
        <section aria-labelledby="voorstel" className="leerkring-stack">
          <Heading2 id="voorstel">{t("rotatie.plan.voorstel")}</Heading2>
          {proposal.warnings.map((w) => (
            <Alert key={w.key} type="warning">
              <Paragraph>{t(w.key, w.vars)}</Paragraph>
            </Alert>
          ))}
          <RotationProposal
            key={JSON.stringify(values)}
            sessions={proposal.sessions}
            hosts={hosts}
            seizoen={values.seizoen}
            begin={values.begin}
            einde={values.einde}
            lastResult={actionData}
          />
        </section>
      )}
      <Paragraph>
        <Link to="/agenda" className="utrecht-link">
          {t("rotatie.plan.terug")}
        </Link>
      </Paragraph>
    </div>
  );
}
