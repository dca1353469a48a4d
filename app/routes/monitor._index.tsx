import {
  Alert,
  Button,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { data, Form, Link, redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/monitor._index";
import { forbidden } from "#app/auth/user.server.ts";
import { FormAlert, SelectField, SuccessAlert, TextField } from "#app/components/fields-legacy.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { useT } from "#shared/i18n/index.ts";
import { canCreateWijkmeting } from "#app/auth/rules/wijkmeting.ts";
import {
  buildReport,
  listVisibleWijkmetingen,
  requireMonitorViewer,
  startWijkmeting,
  wijkenOf,
} from "#app/monitor/monitor.server.ts";
import { periodeDelen, periodeKey } from "#app/monitor/period.ts";
import {
  ConditionsFigure,
  periodeLabel,
  SourceNote,
  TableRegion,
  usePeriodeLabel,
} from "#app/monitor/ui.tsx";
import { parseId } from "#app/utils/fields.ts";
import { formValues, invalidForm, parseForm, type FormFailure } from "#app/utils/forms-legacy.ts";

const FIRST_YEAR = 2018;
/** The latest results shown on the overview; the list below links to all of them. */
const SUMMARY_LIMIT = 12;

function selectableYears(now = new Date()) {
  const last = now.getFullYear() + 1;
  return Array.from({ length: last - FIRST_YEAR + 1 }, (_, k) => last - k);
}

const startSchema = z.object({
  wijk: z
    .string({ error: "fout.verplicht" })
    .trim()
    .min(1, "fout.verplicht")
    .min(2, "monitor.fout.wijkTeKort")
    .max(80, "fout.teLang"),
  jaar: z.coerce
    .number({ error: "monitor.fout.jaar" })
    .int("monitor.fout.jaar")
    .refine((y) => selectableYears().includes(y), "monitor.fout.jaar"),
  deel: z.enum(periodeDelen, { error: "fout.ongeldig" }).default(""),
});

export function loader({ request }: Route.LoaderArgs) {
  const viewer = requireMonitorViewer(request);
  const url = new URL(request.url);
  const filter = parseId(url.searchParams.get("gemeente") ?? undefined);
  const all = listVisibleWijkmetingen(viewer);
  const municipalities = [...new Map(all.map((m) => [m.organisationId, m.organisationName]))].map(
    ([id, name]) => ({ id, name }),
  );
  const metingen = filter ? all.filter((m) => m.organisationId === filter) : all;

  // The latest submitted assessment of each neighbourhood (the list is sorted newest period first).
  const latest = new Map<string, (typeof metingen)[number]>();
  for (const m of metingen) {
    const key = `${m.organisationId}:${m.wijk.toLowerCase()}`;
    if (m.status === "ingediend" && !latest.has(key)) latest.set(key, m);
  }
  const summaries = [...latest.values()].slice(0, SUMMARY_LIMIT).map((m) => {
    const report = buildReport(m);
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
    wijken: canStart ? wijkenOf(viewer.organisationId) : [],
    years: selectableYears(),
    metingen,
    municipalities,
    filter,
    summaries,
    moreSummaries: latest.size > SUMMARY_LIMIT,
    deleted: url.searchParams.has("verwijderd"),
  };
}

export async function action({ request }: Route.ActionArgs) {
  const viewer = requireMonitorViewer(request);
  const formData = await request.formData();
  if (formData.get("intent") !== "starten") {
    return invalidForm({ errors: { _form: "fout.ongeldig" }, values: formValues(formData) });
  }
  if (!canCreateWijkmeting(viewer)) throw forbidden();
  const parsed = parseForm(startSchema, formData);
  if (!parsed.success) return invalidForm(parsed.failure);
  const result = startWijkmeting(viewer, {
    wijk: parsed.data.wijk,
    periode: periodeKey(parsed.data.jaar, parsed.data.deel),
  });
  if ("existingId" in result) {
    return data(
      {
        errors: { _form: "monitor.fout.bestaatAl" },
        values: formValues(formData),
        existingId: result.existingId,
      } satisfies FormFailure & { existingId: number },
      { status: 400 },
    );
  }
  return redirect(`/monitor/${result.id}/invullen`);
}

export default function MonitorIndex({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const label = usePeriodeLabel();
  const { canStart, metingen, municipalities, summaries } = loaderData;
  const failure = actionData && "errors" in actionData ? (actionData as FormFailure) : undefined;
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
        <section aria-labelledby="nieuw" className="leerkring-stack leerkring-card">
          <Heading2 id="nieuw">{t("monitor.nieuw.titel")}</Heading2>
          <Paragraph>{t("monitor.nieuw.uitleg")}</Paragraph>
          <FormAlert failure={failure} />
          {existingId && (
            <Paragraph>
              <Link to={`/monitor/${existingId}`} className="utrecht-link">
                {t("monitor.naarBestaande")}
              </Link>
            </Paragraph>
          )}
          <Form method="post" className="leerkring-form" noValidate>
            <input type="hidden" name="intent" value="starten" />
            <TextField
              name="wijk"
              label={t("monitor.veld.wijk")}
              description={t("monitor.veld.wijkUitleg")}
              failure={failure}
              autoComplete="off"
              list={loaderData.wijken.length ? "bekende-wijken" : undefined}
            />
            {loaderData.wijken.length > 0 && (
              <datalist id="bekende-wijken">
                {loaderData.wijken.map((w) => (
                  <option key={w} value={w} />
                ))}
              </datalist>
            )}
            <SelectField
              name="jaar"
              label={t("monitor.veld.jaar")}
              options={loaderData.years.map((y) => ({ value: String(y), label: String(y) }))}
              defaultValue={String(new Date().getFullYear())}
              failure={failure}
            />
            <SelectField
              name="deel"
              label={t("monitor.veld.deel")}
              options={periodeDelen.map((d) => ({
                value: d,
                label: t(d ? `monitor.deel.${d}` : "monitor.deel.heel"),
              }))}
              defaultValue=""
              failure={failure}
            />
            <Button type="submit" appearance="primary-action-button">
              {t("monitor.nieuw.starten")}
            </Button>
          </Form>
        </section>
      )}

      <section aria-labelledby="lijst" className="leerkring-stack">
        <Heading2 id="lijst">{t("monitor.lijst.titel")}</Heading2>
        {municipalities.length > 1 && (
          <Form method="get" className="leerkring-filter">
            <SelectField
              name="gemeente"
              label={t("monitor.filter.gemeente")}
              options={[
                { value: "", label: t("monitor.filter.alle") },
                ...municipalities.map((m) => ({ value: String(m.id), label: m.name })),
              ]}
              defaultValue={loaderData.filter ? String(loaderData.filter) : ""}
            />
            <Button type="submit" appearance="secondary-action-button">
              {t("monitor.filter.toepassen")}
            </Button>
          </Form>
        )}
        {metingen.length === 0 ? (
          <Paragraph>
            {loaderData.filter
              ? t("monitor.lijst.leegFilter")
              : canStart
                ? t("monitor.lijst.leeg.eigen")
                : t("monitor.lijst.leeg.alle")}
          </Paragraph>
        ) : (
          <TableRegion label={t("monitor.lijst.titel")}>
            <Table>
              <TableHeader>
                <TableRow>
                  {showOrganisation && (
                    <TableHeaderCell scope="col">{t("monitor.kolom.gemeente")}</TableHeaderCell>
                  )}
                  <TableHeaderCell scope="col">{t("monitor.kolom.wijk")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("monitor.kolom.periode")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("monitor.kolom.status")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("monitor.kolom.ingevuld")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("monitor.kolom.gedeeld")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("monitor.kolom.actie")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {metingen.map((m) => {
                  const own = canStart && m.organisationId === loaderData.ownOrganisationId;
                  const fill = own && m.status === "concept";
                  const name = `${m.wijk}, ${label(m.periode)}`;
                  return (
                    <TableRow key={m.id}>
                      {showOrganisation && <TableCell>{m.organisationName}</TableCell>}
                      <TableCell>{m.wijk}</TableCell>
                      <TableCell>{label(m.periode)}</TableCell>
                      <TableCell>{t(`monitor.status.${m.status}`)}</TableCell>
                      <TableCell>
                        {t("monitor.ingevuld", { aantal: m.answered, totaal: m.total })}
                      </TableCell>
                      <TableCell>
                        {m.sharedWithCircle ? t("monitor.ja") : t("monitor.nee")}
                      </TableCell>
                      <TableCell>
                        <Link
                          to={fill ? `/monitor/${m.id}/invullen` : `/monitor/${m.id}`}
                          className="utrecht-link"
                        >
                          {fill ? t("monitor.verderInvullen") : t("monitor.bekijken")}
                          <span className="visually-hidden"> {name}</span>
                        </Link>
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </TableRegion>
        )}
      </section>

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
