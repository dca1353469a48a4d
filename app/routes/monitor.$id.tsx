import {
  Alert,
  ButtonLink,
  DataList,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
} from "@utrecht/component-library-react";
import { Link, redirect } from "react-router";
import type { Route } from "./+types/monitor.$id";
import { Detail } from "#app/components/detail.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";
import { canEditWijkmeting } from "#app/auth/rules/wijkmeting.ts";
import { InterventiesBetween } from "#app/interventies/interventies-between.tsx";
import { interventiesForMeting } from "#app/interventies/interventies.server.ts";
import { MIN_SHARED_FOR_MEDIAN } from "#app/monitor/aggregate.ts";
import { FactorSummary } from "#app/monitor/factor-summary.tsx";
import {
  buildReport,
  deleteConcept,
  factorAnswers,
  leervraagOptions,
  linkLeervraag,
  listBeleidsfactoren,
  reopenWijkmeting,
  requireWijkmeting,
  setSharedWithCircle,
} from "#app/monitor/monitor.server.ts";
import { ConditionsFigure, IndicatorsFigure, periodeLabel, SourceNote } from "#app/monitor/ui.tsx";
import { WijkmetingActions } from "#app/monitor/wijkmeting-actions.tsx";
import { wijkmetingActionSchema } from "#app/monitor/wijkmeting-schema.ts";
import { invalid, parseSubmission } from "#app/utils/forms.ts";
import { BESTUURSSTIJLEN } from "#db/sociale-kwaliteit.ts";

export function loader({ request, params }: Route.LoaderArgs) {
  const { viewer, meting } = requireWijkmeting(request, params.id);
  const report = buildReport(meting);
  const answers = factorAnswers(meting.id);
  const factors = listBeleidsfactoren().map((f) => ({ ...f, oordeel: answers.get(f.id) ?? null }));
  const canEdit = canEditWijkmeting(viewer, meting);
  const url = new URL(request.url);
  return {
    report,
    factors,
    canEdit,
    leervragen: canEdit ? leervraagOptions(meting.organisationId) : [],
    submitted: url.searchParams.has("ingediend"),
    interventies: interventiesForMeting(viewer, meting, report.previous?.periode ?? null),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { viewer, meting } = requireWijkmeting(request, params.id, "bewerken");
  const submission = parseSubmission(await request.formData(), wijkmetingActionSchema);
  if (submission.payload["intent"] === "verwijderen" && meting.status !== "concept") {
    return invalid(submission, { form: { key: "monitor.fout.alleenConcept" } }, { status: 409 });
  }
  if (submission.status !== "success") return invalid(submission);
  const input = submission.value;
  switch (input.intent) {
    case "delen":
      setSharedWithCircle(viewer, meting, input.sharedWithCircle);
      return {
        intent: input.intent,
        done: input.sharedWithCircle
          ? ("monitor.delen.aan" as const)
          : ("monitor.delen.uit" as const),
      };
    case "leervraag":
      if (linkLeervraag(viewer, meting, input.leervraagId) === "onbekende-leervraag") {
        return invalid(submission, {
          fields: { leervraagId: { key: "monitor.fout.onbekendeLeervraag" } },
        });
      }
      return { intent: input.intent, done: "monitor.leervraag.gekoppeld" as const };
    case "heropenen":
      if (meting.status === "ingediend") reopenWijkmeting(viewer, meting);
      return redirect(`/monitor/${meting.id}/invullen`);
    case "verwijderen":
      deleteConcept(viewer, meting);
      return redirect("/monitor?verwijderd");
  }
}

export default function Wijkmeting({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { report, factors, canEdit } = loaderData;
  const m = report.meting;
  const done = actionData && "done" in actionData ? actionData.done : null;
  const periode = periodeLabel(t, m.periode);
  const labels = {
    current: periode,
    previous: report.previous ? periodeLabel(t, report.previous.periode) : null,
    median: report.circle.medianShown ? report.circle.assessments : 0,
  };
  const title = t("monitor.meting.titel", { wijk: m.wijk, periode });
  return (
    <div className="leerkring-stack">
      <PageTitle>{title}</PageTitle>
      <Paragraph>
        <Link to="/monitor" className="utrecht-link">
          {t("monitor.terug")}
        </Link>
      </Paragraph>
      <Heading1>{title}</Heading1>
      <Paragraph lead>{m.organisationName}</Paragraph>
      {loaderData.submitted && m.status === "ingediend" && (
        <Alert type="ok" role="status">
          <Paragraph>{t("monitor.ingediend.melding")}</Paragraph>
        </Alert>
      )}
      {m.status === "concept" && (
        <Alert type="info">
          <Paragraph>{t("monitor.concept.uitleg")}</Paragraph>
          {canEdit && (
            <Paragraph>
              <Link to={`/monitor/${m.id}/invullen`} className="utrecht-link">
                {t("monitor.verderInvullen")}
              </Link>
            </Paragraph>
          )}
        </Alert>
      )}

      <DataList className="leerkring-datalist">
        <Detail label={t("monitor.kolom.status")}>{t(`monitor.status.${m.status}`)}</Detail>
        {m.submittedAt && (
          <Detail label={t("monitor.veld.ingediend")}>
            {t("monitor.ingediendDoor", {
              datum: formatDateTime(locale, m.submittedAt, "date"),
              naam: m.submittedByName ?? "–",
            })}
          </Detail>
        )}
        <Detail label={t("monitor.veld.bestuursstijl")}>
          {m.bestuursstijl
            ? `${BESTUURSSTIJLEN[m.bestuursstijl].naam} (${BESTUURSSTIJLEN[m.bestuursstijl].participatie})`
            : t("monitor.geenStijl")}
        </Detail>
        <Detail label={t("monitor.veld.gedeeld")}>
          {m.sharedWithCircle ? t("monitor.ja") : t("monitor.nee")}
        </Detail>
        <Detail label={t("monitor.veld.leervraag")}>
          {m.leervraagId && m.leervraagTitle ? (
            <Link to={`/leervragen/${m.leervraagId}`} className="utrecht-link">
              {m.leervraagTitle}
            </Link>
          ) : (
            t("monitor.geenLeervraag")
          )}
        </Detail>
      </DataList>

      <Paragraph>
        <ButtonLink href={`/monitor/${m.id}.csv`} appearance="secondary-action-button" download>
          {t("monitor.csv")}
        </ButtonLink>
      </Paragraph>
      <Paragraph className="leerkring-muted">{t("monitor.csv.uitleg")}</Paragraph>

      <section aria-labelledby="voorwaarden" className="leerkring-stack">
        <Heading2 id="voorwaarden">{t("monitor.voorwaarden.titel")}</Heading2>
        <ConditionsFigure
          id="radar"
          title={t("monitor.radar.titel", { wijk: m.wijk, periode })}
          conditions={report.conditions}
          labels={labels}
        />
        <Paragraph>
          {report.previous ? (
            <>
              {t("monitor.vorige.uitleg")}{" "}
              <Link to={`/monitor/${report.previous.id}`} className="utrecht-link">
                {t("monitor.meting.titel", { wijk: m.wijk, periode: labels.previous! })}
              </Link>
            </>
          ) : (
            t("monitor.geenVorige")
          )}
        </Paragraph>
        <Paragraph>
          {report.circle.medianShown
            ? t("monitor.mediaan.uitleg", {
                periode,
                leerkring: report.circle.circle ?? "–",
                metingen: t("monitor.mediaan.metingen", { count: report.circle.assessments }),
                gemeenten: t("monitor.mediaan.gemeenten", { count: report.circle.municipalities }),
              })
            : report.circle.assessments > 0
              ? t("monitor.mediaan.teWeinig", {
                  count: MIN_SHARED_FOR_MEDIAN,
                  aantal: report.circle.assessments,
                })
              : t("monitor.mediaan.geen")}
        </Paragraph>
      </section>

      <section aria-labelledby="indicatoren" className="leerkring-stack">
        <Heading2 id="indicatoren">{t("monitor.indicatoren.titel")}</Heading2>
        {report.indicators.map((c) => (
          <section
            key={c.slug}
            aria-labelledby={`voorwaarde-${c.slug}`}
            className="leerkring-stack"
          >
            <Heading3 id={`voorwaarde-${c.slug}`}>
              {c.name} <span className="leerkring-muted">· {c.waarde}</span>
            </Heading3>
            {c.items.length === 0 ? (
              <Paragraph>{t("monitor.geenIndicatoren")}</Paragraph>
            ) : (
              <IndicatorsFigure
                id={`staaf-${c.slug}`}
                name={c.name}
                items={c.items}
                labels={labels}
              />
            )}
          </section>
        ))}
      </section>

      <InterventiesBetween
        {...loaderData.interventies}
        wijk={m.wijk}
        labels={labels}
        changes={new Map(report.indicators.flatMap((c) => c.items.map((i) => [i.code, i.change])))}
      />

      <FactorSummary factors={factors} conditions={report.indicators} />

      {canEdit && (
        <WijkmetingActions
          meting={m}
          leervragen={loaderData.leervragen}
          lastResult={actionData}
          done={done}
        />
      )}
      <SourceNote part="schemaA" />
    </div>
  );
}
