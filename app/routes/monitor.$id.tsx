import {
  Alert,
  Button,
  ButtonLink,
  DataList,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { data, Form, Link, redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/monitor.$id";
import { FormAlert, SelectField, SuccessAlert } from "#app/components/fields.tsx";
import { Detail } from "#app/components/detail.tsx";
import { PageTitle } from "#app/components/page-title.tsx";
import { formatDateTime, useLocale, useT } from "#app/i18n/index.ts";
import { canEditWijkmeting } from "#app/monitor/access.ts";
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
import { idField } from "#app/utils/fields.ts";
import {
  formError,
  formValues,
  invalidForm,
  parseForm,
  type FormFailure,
} from "#app/utils/forms.ts";
import { BESTUURSSTIJLEN } from "#db/sociale-kwaliteit.ts";
import { MIN_SHARED_FOR_MEDIAN } from "#app/monitor/aggregate.ts";

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
  };
}

const leervraagSchema = z.object({ leervraagId: z.union([z.literal(""), idField]).default("") });

export async function action({ request, params }: Route.ActionArgs) {
  const { viewer, meting } = requireWijkmeting(request, params.id, "bewerken");
  const formData = await request.formData();
  const intent = formData.get("intent");

  if (intent === "delen") {
    const shared = formData.get("sharedWithCircle") === "on";
    setSharedWithCircle(viewer, meting, shared);
    return {
      intent,
      done: shared ? ("monitor.delen.aan" as const) : ("monitor.delen.uit" as const),
    };
  }
  if (intent === "leervraag") {
    const parsed = parseForm(leervraagSchema, formData);
    if (!parsed.success) return invalidForm(parsed.failure);
    const id = parsed.data.leervraagId === "" ? null : parsed.data.leervraagId;
    if (linkLeervraag(viewer, meting, id) === "onbekende-leervraag") {
      return invalidForm({
        errors: { leervraagId: "monitor.fout.onbekendeLeervraag" },
        values: formValues(formData),
      });
    }
    return { intent, done: "monitor.leervraag.gekoppeld" as const };
  }
  if (intent === "heropenen") {
    if (meting.status === "ingediend") reopenWijkmeting(viewer, meting);
    return redirect(`/monitor/${meting.id}/invullen`);
  }
  if (intent === "verwijderen") {
    if (meting.status !== "concept") {
      return formError("monitor.fout.alleenConcept", formData, { status: 409 });
    }
    if (formData.get("bevestig") !== "on") {
      return invalidForm({ errors: { bevestig: "monitor.fout.bevestig" }, values: {} });
    }
    deleteConcept(viewer, meting);
    return redirect("/monitor?verwijderd");
  }
  return data({ errors: { _form: "fout.ongeldig" }, values: {} } satisfies FormFailure, {
    status: 400,
  });
}

export default function Wijkmeting({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { report, factors, canEdit } = loaderData;
  const m = report.meting;
  const failure = actionData && "errors" in actionData ? (actionData as FormFailure) : undefined;
  const done = actionData && "done" in actionData ? actionData.done : null;
  const periode = periodeLabel(t, m.periode);
  const labels = {
    current: periode,
    previous: report.previous ? periodeLabel(t, report.previous.periode) : null,
    median: report.circle.medianShown ? report.circle.assessments : 0,
  };
  const title = t("monitor.meting.titel", { wijk: m.wijk, periode });
  const factorGroups = [
    {
      key: "algemeen",
      name: t("monitor.beleid.algemeen"),
      items: factors.filter((f) => f.voorwaardeId === null),
    },
    ...report.indicators.map((c) => ({
      key: c.slug,
      name: c.name,
      items: factors.filter((f) => f.voorwaardeId === c.id),
    })),
  ];
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

      <section aria-labelledby="beleid" className="leerkring-stack">
        <Heading2 id="beleid">{t("monitor.beleid.titel")}</Heading2>
        {factorGroups.map((g) => {
          const count = (o: string | null) => g.items.filter((f) => f.oordeel === o).length;
          return (
            <section key={g.key} aria-labelledby={`beleid-${g.key}`}>
              <Heading3 id={`beleid-${g.key}`}>{g.name}</Heading3>
              <Paragraph className="leerkring-muted">
                {t("monitor.beleid.samenvatting", {
                  aanwezig: count("aanwezig"),
                  deels: count("deels"),
                  afwezig: count("afwezig"),
                  open: count(null),
                })}
              </Paragraph>
              <UnorderedList>
                {g.items.map((f) => (
                  <UnorderedListItem key={f.id}>
                    <strong>
                      {f.oordeel ? t(`monitor.oordeel.${f.oordeel}`) : t("monitor.nietIngevuld")}
                    </strong>
                    {": "}
                    {f.text}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            </section>
          );
        })}
      </section>

      {canEdit && (
        <section aria-labelledby="acties" className="leerkring-stack leerkring-card">
          <Heading2 id="acties">{t("monitor.acties.titel")}</Heading2>
          <SuccessAlert message={done} />
          <FormAlert failure={failure} />
          <Form method="post" className="leerkring-form">
            <input type="hidden" name="intent" value="delen" />
            <div className="leerkring-checkbox">
              <input
                type="checkbox"
                id="sharedWithCircle"
                name="sharedWithCircle"
                defaultChecked={m.sharedWithCircle}
                aria-describedby="delen-uitleg"
                key={String(m.sharedWithCircle)}
              />
              <label htmlFor="sharedWithCircle">{t("monitor.delen.label")}</label>
            </div>
            <Paragraph id="delen-uitleg" className="leerkring-muted">
              {t("monitor.delen.uitleg")}
            </Paragraph>
            <Button type="submit" appearance="secondary-action-button">
              {t("monitor.delen.opslaan")}
            </Button>
          </Form>

          <Form method="post" className="leerkring-form">
            <input type="hidden" name="intent" value="leervraag" />
            {loaderData.leervragen.length === 0 ? (
              <Paragraph>{t("monitor.leervraag.geenVragen")}</Paragraph>
            ) : (
              <>
                <SelectField
                  name="leervraagId"
                  label={t("monitor.leervraag.label")}
                  description={t("monitor.leervraag.uitleg")}
                  options={[
                    { value: "", label: t("monitor.leervraag.geen") },
                    ...loaderData.leervragen.map((l) => ({ value: String(l.id), label: l.title })),
                  ]}
                  defaultValue={m.leervraagId ? String(m.leervraagId) : ""}
                  failure={failure}
                />
                <Button type="submit" appearance="secondary-action-button">
                  {t("monitor.leervraag.opslaan")}
                </Button>
              </>
            )}
          </Form>

          {m.status === "ingediend" ? (
            <Form method="post" className="leerkring-form">
              <input type="hidden" name="intent" value="heropenen" />
              <Paragraph className="leerkring-muted">{t("monitor.heropenen.uitleg")}</Paragraph>
              <Button type="submit" appearance="secondary-action-button">
                {t("monitor.heropenen")}
              </Button>
            </Form>
          ) : (
            <Form method="post" className="leerkring-form">
              <input type="hidden" name="intent" value="verwijderen" />
              <div className="leerkring-checkbox">
                <input
                  type="checkbox"
                  id="bevestig"
                  name="bevestig"
                  aria-invalid={failure?.errors.bevestig ? true : undefined}
                  aria-describedby={failure?.errors.bevestig ? "bevestig-fout" : undefined}
                />
                <label htmlFor="bevestig">{t("monitor.verwijderen.bevestig")}</label>
              </div>
              {failure?.errors.bevestig && (
                <Paragraph id="bevestig-fout" className="leerkring-error">
                  {t(failure.errors.bevestig)}
                </Paragraph>
              )}
              <Button type="submit" appearance="secondary-action-button">
                {t("monitor.verwijderen")}
              </Button>
            </Form>
          )}
        </section>
      )}
      <SourceNote part="schemaA" />
    </div>
  );
}
