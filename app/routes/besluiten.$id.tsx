import {
  Alert,
  DataList,
  Heading1,
  Heading2,
  Paragraph,
  PreHeading,
} from "@utrecht/component-library-react";
import { Link } from "react-router";
import type { Route } from "./+types/besluiten.$id";
import {
  besluitVoter,
  canDecideBesluit,
  canSeeBesluitUitslag,
  canVoteBesluit,
  isBesluitOpen,
} from "#app/auth/rules/besluit.ts";
import { forbidden, requireFound, requirePermission } from "#app/auth/user.server.ts";
import { DecisionForm, VoteForm } from "#app/besluiten/besluit-forms.tsx";
import { besluitIntents } from "#app/besluiten/besluit-schema.ts";
import {
  besluitResource,
  castVote,
  getBesluit,
  possibleVoters,
  recordDecision,
  tally,
  voteOf,
} from "#app/besluiten/besluiten.server.ts";
import { Tally } from "#app/besluiten/tally.tsx";
import { Detail } from "#app/components/detail.tsx";
import { FormAlert, SuccessAlert } from "#app/components/fields.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { invalid, parseSubmission, useSchemaForm } from "#app/utils/forms.ts";
import { getDb } from "#db/client.ts";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";

export function loader({ request, params }: Route.LoaderArgs) {
  const user = requirePermission(request, "besluit:bekijken");
  const found = requireFound(params.id, (id) => getBesluit(id));
  const { besluit } = found;
  const resource = besluitResource(besluit, new Date());
  const voter = besluitVoter(user, besluit);
  const vote = voter ? voteOf(besluit.id, voter) : null;
  const showTally = canSeeBesluitUitslag(user, { ...resource, hasVoted: !!vote });
  const counted = tally(besluit.id);
  return {
    ...found,
    open: isBesluitOpen(resource),
    voter,
    vote,
    canVote: canVoteBesluit(user, resource) && !vote,
    canDecide: canDecideBesluit(user, besluit),
    tally: showTally ? { counts: Object.fromEntries(counted.counts), total: counted.total } : null,
    voted: counted.total,
    possible: possibleVoters(getDb(), besluit),
    proposed: new URL(request.url).searchParams.has("voorgesteld"),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const user = requirePermission(request, "besluit:bekijken");
  const { besluit } = requireFound(params.id, (id) => getBesluit(id));
  const submission = parseSubmission(await request.formData(), besluitIntents);
  if (submission.status !== "success") return invalid(submission);
  const command = submission.value;
  if (command.intent === "stemmen") {
    const result = castVote(besluit, user, command.optionId);
    if (result === "niet-stemgerechtigd") throw forbidden();
    if (result === "onbekende-optie") {
      return invalid(submission, { fields: { optionId: { key: "fout.kiesOptie" } } });
    }
    if (result !== "gestemd") {
      const key = result === "gesloten" ? "fout.stemmingGesloten" : "fout.alGestemd";
      return invalid(submission, { form: { key } }, { status: 409 });
    }
    return { done: "besluit.gestemdMelding" as const };
  }
  if (!canDecideBesluit(user, { decidedAt: null })) throw forbidden();
  const result = recordDecision(besluit.id, user, command);
  if (result === "onbekende-optie") {
    return invalid(submission, { fields: { optionId: { key: "fout.kiesOptie" } } });
  }
  if (result === "al-besloten") {
    return invalid(submission, { form: { key: "fout.alBesloten" } }, { status: 409 });
  }
  return { done: "besluit.vastgelegdMelding" as const };
}

export default function Besluit({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { besluit, thema, options } = loaderData;
  const labelled = options.map((o) => ({
    value: String(o.id),
    label: o.themaStatus ? t(`besluit.optie.${o.themaStatus}`) : o.label,
  }));
  const labelOf = (id: number | null) => labelled.find((o) => o.value === String(id))?.label ?? "";
  const done = actionData && "done" in actionData ? actionData.done : null;
  // A refusal (voting closed, decided already) is said at the top when its form is gone.
  const [voteResult] = useSchemaForm(besluitIntents, { lastResult: actionData, intent: "stemmen" });
  const [decideResult] = useSchemaForm(besluitIntents, {
    lastResult: actionData,
    intent: "vastleggen",
  });
  return (
    <div className="leerkring-stack">
      <PageTitle>{besluit.title}</PageTitle>
      <div>
        <PreHeading>{t("besluit.enkel")}</PreHeading>
        <Heading1>{besluit.title}</Heading1>
      </div>
      <SuccessAlert message={done ?? (loaderData.proposed ? "besluit.voorgesteldMelding" : null)} />
      {!loaderData.canVote && <FormAlert form={voteResult} />}
      {!loaderData.canDecide && <FormAlert form={decideResult} />}
      {besluit.description && <Paragraph lead>{besluit.description}</Paragraph>}
      {thema && (
        <Paragraph>
          {t("besluit.overThema")}{" "}
          <Link to={`/themas/${thema.slug}`} className="utrecht-link">
            {thema.name}
          </Link>
        </Paragraph>
      )}
      <DataList>
        <Detail label={t("besluit.veld.kiezers")}>{t(`besluit.kiezers.${besluit.kiezers}`)}</Detail>
        <Detail label={t("besluit.veld.deadline")}>
          {formatDateTime(locale, besluit.deadline)}
        </Detail>
        <Detail label={t("besluit.veld.uitslag")}>{t(`besluit.uitslag.${besluit.uitslag}`)}</Detail>
        <Detail label={t("besluit.opkomst")}>
          {t("besluit.opkomstWaarde", { count: loaderData.voted, totaal: loaderData.possible })}
        </Detail>
      </DataList>

      {besluit.decidedAt && (
        <section aria-labelledby="besluit" className="leerkring-card">
          <Heading2 id="besluit">{t("besluit.besluit")}</Heading2>
          <Paragraph>
            <strong>{labelOf(besluit.decidedOptionId)}</strong>
          </Paragraph>
          <Paragraph className="leerkring-prewrap">{besluit.reasons}</Paragraph>
          <Paragraph className="leerkring-muted">
            {t("besluit.vastgelegdDoor", {
              naam: loaderData.decidedBy ?? "",
              datum: formatDateTime(locale, besluit.decidedAt),
            })}
          </Paragraph>
        </section>
      )}

      <section aria-labelledby="stemmen" className="leerkring-stack">
        <Heading2 id="stemmen">{t("besluit.stemming")}</Heading2>
        {loaderData.vote && (
          <Alert type="info">
            <Paragraph>
              {t(
                loaderData.voter?.startsWith("gemeente:")
                  ? "besluit.gemeenteGestemd"
                  : "besluit.jijGestemd",
                {
                  keuze: labelOf(loaderData.vote.optionId),
                  naam: loaderData.vote.castBy ?? "",
                },
              )}
            </Paragraph>
          </Alert>
        )}
        {loaderData.canVote ? (
          <VoteForm options={labelled} lastResult={actionData} />
        ) : (
          !loaderData.vote && (
            <Paragraph>
              {loaderData.open ? t("besluit.nietStemgerechtigd") : t("besluit.stemmingDicht")}
            </Paragraph>
          )
        )}
        {loaderData.tally ? (
          <Tally
            options={labelled}
            counts={loaderData.tally.counts}
            total={loaderData.tally.total}
          />
        ) : (
          <Paragraph>
            {t(
              besluit.uitslag === "na-stemmen"
                ? "besluit.uitslagNaStemmen"
                : "besluit.uitslagNaDeadline",
            )}
          </Paragraph>
        )}
      </section>

      {loaderData.canDecide && (
        <section aria-labelledby="vastleggen" className="leerkring-card">
          <Heading2 id="vastleggen">{t("besluit.vastleggen")}</Heading2>
          <Paragraph>{t("besluit.vastleggenUitleg")}</Paragraph>
          <DecisionForm options={labelled} lastResult={actionData} />
        </section>
      )}
      <Paragraph>
        <Link to="/besluiten" className="utrecht-link">
          {t("besluit.terug")}
        </Link>
      </Paragraph>
    </div>
  );
}
