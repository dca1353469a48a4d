import { Alert, Heading1, Heading2, Heading3, Paragraph } from "@utrecht/component-library-react";
import { data, Link, redirect } from "react-router";
import type { Route } from "./+types/monitor._index";
import { forbidden } from "#app/auth/user.server.ts";
import { SuccessAlert } from "#app/components/fields.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { useT } from "#shared/i18n/index.ts";
import { canCreateWijkmeting } from "#app/auth/rules/wijkmeting.ts";
import {
  buildReports,
  listVisibleWijkmetingen,
  requireMonitorViewer,
  startWijkmeting,
} from "#app/monitor/monitor.server.ts";
import { organisationSlug, wijkOptions } from "#app/wijken/wijken.server.ts";
import { latestPerWijk, overviewFilterSchema } from "#app/monitor/overview.ts";
import { periodeKey } from "#app/monitor/period.ts";
import { StartForm } from "#app/monitor/start-form.tsx";
import { selectableYears, startSchema } from "#app/monitor/start-schema.ts";
import { ConditionsFigure, periodeLabel, SourceNote, usePeriodeLabel } from "#app/monitor/ui.tsx";
import { WijkmetingList } from "#app/monitor/wijkmeting-list.tsx";
import { invalid, parseSubmission, reply } from "#app/utils/forms.ts";

/** The latest results shown on the overview; the list below links to all of them. */
const SUMMARY_LIMIT = 12;

export function loader({ request }: Route.LoaderArgs) {
  const viewer = requireMonitorViewer(request);
  const url = new URL(request.url);
  const filter = overviewFilterSchema.parse(Object.fromEntries(url.searchParams)).gemeente ?? null;
  const all = listVisibleWijkmetingen(viewer);
  const municipalities = [...new Map(all.map((m) => [m.organisationId, m.organisationName]))].map(
    ([id, name]) => ({ id, name }),
  );
  const metingen = filter ? all.filter((m) => m.organisationId === filter) : all;
  const latest = latestPerWijk(metingen);
  const summaries = buildReports(latest.slice(0, SUMMARY_LIMIT)).map((report) => {
    const m = report.meting;
    return {
      id: m.id,
      organisationName: m.organisationName,
      wijk: m.wijk,
      periode: m.periode,
      previous: report.previous?.periode ?? null,
      medianN: report.circle.medianShown ? report.circle.assessments : 0,
      conditions: report.conditions,
    };
  });

  const canStart = canCreateWijkmeting(viewer);
  return {
    canStart,
    ownOrganisationId: viewer.organisationId,
    wijken: canStart ? wijkOptions(viewer.organisationId) : [],
    wijkenHref: canStart ? `/gemeenten/${organisationSlug(viewer.organisationId)}/wijken` : "",
    years: selectableYears(),
    metingen,
    municipalities,
    filter,
    summaries,
    moreSummaries: latest.length > SUMMARY_LIMIT,
    deleted: url.searchParams.has("verwijderd"),
  };
}

export async function action({ request }: Route.ActionArgs) {
  const viewer = requireMonitorViewer(request);
  const formData = await request.formData();
  const submission = parseSubmission(formData, startSchema);
  if (formData.get("intent") !== "starten") {
    return invalid(submission, { form: { key: "fout.ongeldig" } });
  }
  if (!canCreateWijkmeting(viewer)) throw forbidden();
  if (submission.status !== "success") return invalid(submission);
  const result = startWijkmeting(viewer, {
    wijkId: submission.value.wijkId,
    periode: periodeKey(submission.value.jaar, submission.value.deel),
  });
  if ("error" in result) {
    return invalid(submission, { fields: { wijkId: { key: "monitor.fout.kiesWijk" } } });
  }
  if ("existingId" in result) {
    return data(
      {
        ...reply(submission, { form: { key: "monitor.fout.bestaatAl" } }),
        existingId: result.existingId,
      },
      { status: 400 },
    );
  }
  return redirect(`/monitor/${result.id}/invullen`);
}

export default function MonitorIndex({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const label = usePeriodeLabel();
  const { canStart, metingen, municipalities, summaries } = loaderData;
  const existingId =
    actionData && "existingId" in actionData ? (actionData.existingId as number) : null;
  const showOrganisation = municipalities.length > 1 || !canStart;
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("monitor.titel")}</PageTitle>
      <Heading1>{t("monitor.titel")}</Heading1>
      <Paragraph lead>{t("monitor.intro")}</Paragraph>
      <Paragraph>
        <Link to="/monitor/kader" className="utrecht-link">
          {t("monitor.kaderLink")}
        </Link>
      </Paragraph>
      <SuccessAlert message={loaderData.deleted ? "monitor.verwijderd" : null} />

      {canStart && (
        <StartForm
          wijken={loaderData.wijken}
          wijkenHref={loaderData.wijkenHref}
          years={loaderData.years}
          lastResult={actionData}
          existingId={existingId}
        />
      )}

      <WijkmetingList
        metingen={metingen}
        municipalities={municipalities}
        filter={loaderData.filter}
        canStart={canStart}
        ownOrganisationId={loaderData.ownOrganisationId}
        showOrganisation={showOrganisation}
      />

      <section aria-labelledby="wijken" className="leerkring-stack">
        <Heading2 id="wijken">{t("monitor.wijken.titel")}</Heading2>
        {summaries.length === 0 ? (
          <Paragraph>{t("monitor.wijken.leeg")}</Paragraph>
        ) : (
          <>
            <Paragraph>{t("monitor.wijken.uitleg")}</Paragraph>
            {summaries.map((s) => (
              <article
                key={s.id}
                className="leerkring-stack leerkring-card"
                aria-labelledby={`wijk-${s.id}`}
              >
                <Heading3 id={`wijk-${s.id}`}>
                  {showOrganisation ? `${s.organisationName} – ` : ""}
                  {s.wijk}, {periodeLabel(t, s.periode)}
                </Heading3>
                <ConditionsFigure
                  id={`radar-${s.id}`}
                  title={t("monitor.radar.titel", { wijk: s.wijk, periode: label(s.periode) })}
                  conditions={s.conditions}
                  labels={{
                    current: label(s.periode),
                    previous: s.previous ? label(s.previous) : null,
                    median: s.medianN,
                  }}
                />
                <Paragraph>
                  <Link to={`/monitor/${s.id}`} className="utrecht-link">
                    {t("monitor.heleMeting")}
                    <span className="visually-hidden">
                      {" "}
                      {s.wijk}, {label(s.periode)}
                    </span>
                  </Link>
                </Paragraph>
              </article>
            ))}
            {loaderData.moreSummaries && (
              <Alert type="info">
                <Paragraph>{t("monitor.wijken.meer")}</Paragraph>
              </Alert>
            )}
          </>
        )}
      </section>
      <SourceNote part="schemaA" />
    </div>
  );
}
