import { Alert, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { data, Form, Link, redirect } from "react-router";
import type { Route } from "./+types/monitor.$id.invullen";
import { PageTitle } from "#app/components/page-title.tsx";
import { useT } from "#shared/i18n/index.ts";
import { FactorGroupFields, StyleFields } from "#app/monitor/factor-fields.tsx";
import { IndicatorFields } from "#app/monitor/indicator-fields.tsx";
import {
  scoreSchema,
  stijlSchema,
  type ActionResult,
  type Failure,
  type GroupResult,
  type PageResult,
  type ScoreResult,
  type SubmitResult,
} from "#app/monitor/invullen-schema.ts";
import { changedFactors, fillInData, saveWholePage } from "#app/monitor/invullen.server.ts";
import { FillInContents, SaveSection, SubmitSection } from "#app/monitor/fill-in-sections.tsx";
import {
  requireWijkmeting,
  saveBeleidsfactoren,
  saveBestuursstijl,
  saveScore,
  submitWijkmeting,
} from "#app/monitor/monitor.server.ts";
import { periodeLabel, SourceNote } from "#app/monitor/ui.tsx";
import { parseSubmission } from "#app/utils/forms.ts";
import { SCHEMA_B_INLEIDING } from "#db/sociale-kwaliteit.ts";

// Filling in an assessment. The whole page is one form: without JavaScript its one "Alles
// opslaan" button (and "Indienen") posts every answer and note, and the action stores what this
// person changed since the page was loaded (the hidden "vorige-" fields), so colleagues of the
// municipality can work at once without overwriting each other. With JavaScript every choice
// saves at once and a note or source when the field is left, each indicator through its own
// fetcher; "Opgeslagen" shows only once the server has stored what is in the fields.

export function loader({ request, params }: Route.LoaderArgs) {
  const { meting } = requireWijkmeting(request, params.id, "bewerken");
  if (meting.status !== "concept") throw redirect(`/monitor/${meting.id}`);
  return fillInData(meting);
}

export async function action({ request, params }: Route.ActionArgs) {
  const { viewer, meting } = requireWijkmeting(request, params.id, "bewerken");
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (meting.status !== "concept") {
    return data({ intent: "fout", message: "monitor.alIngediend" } satisfies Failure, {
      status: 409,
    });
  }

  if (intent === "score") {
    const indicatorId = Number(formData.get("indicatorId")) || 0;
    const submission = parseSubmission(formData, scoreSchema);
    if (submission.status !== "success") {
      const errors = submission.error ?? {};
      return data({ intent, indicatorId, errors } satisfies ScoreResult, { status: 400 });
    }
    const { score, ...rest } = submission.value;
    const result = saveScore(viewer, meting, {
      ...rest,
      score: score === "weet-niet" ? null : Number(score),
    });
    if (result === "onbekende-indicator") {
      const errors = { score: { key: "monitor.fout.onbekendeIndicator" as const } };
      return data({ intent, indicatorId, errors } satisfies ScoreResult, { status: 409 });
    }
    return { intent, indicatorId, savedAt: Date.now() } satisfies ScoreResult;
  }

  if (intent === "beleid") {
    const group = String(formData.get("group") ?? "");
    const entries = changedFactors(formData);
    if (entries === "ongeldig") {
      return data({ intent, group, formError: "fout.ongeldig" } satisfies GroupResult, {
        status: 400,
      });
    }
    if (saveBeleidsfactoren(viewer, meting, entries) === "onbekende-factor") {
      return data(
        { intent, group, formError: "monitor.fout.onbekendeFactor" } satisfies GroupResult,
        { status: 409 },
      );
    }
    return { intent, group, savedAt: Date.now() } satisfies GroupResult;
  }

  if (intent === "stijl") {
    const submission = parseSubmission(formData, stijlSchema);
    if (submission.status !== "success") {
      const errors = submission.error ?? {};
      return data({ intent, group: "stijl", errors } satisfies GroupResult, { status: 400 });
    }
    saveBestuursstijl(viewer, meting, submission.value.bestuursstijl);
    return { intent, group: "stijl", savedAt: Date.now() } satisfies GroupResult;
  }

  if (intent === "alles" || intent === "indienen") {
    // The page's own form: store every change first, so nothing typed is lost on submitting.
    const saved = saveWholePage(viewer, meting, formData);
    if (saved.failed) {
      return data({ intent: "alles", ...saved } satisfies PageResult, { status: 400 });
    }
    if (intent === "alles") return { intent, ...saved } satisfies PageResult;
    const result = submitWijkmeting(viewer, meting, formData.get("sharedWithCircle") === "on");
    if (!result.submitted) {
      return data({ intent, missing: result.missing } satisfies SubmitResult, { status: 400 });
    }
    return redirect(`/monitor/${meting.id}?ingediend`);
  }

  return data({ intent: "fout", message: "fout.ongeldig" } satisfies Failure, { status: 400 });
}

export default function Invullen({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { meting, conditions, generalFactors } = loaderData;
  const periode = periodeLabel(t, meting.periode);
  const title = t("monitor.invullen.titel", { wijk: meting.wijk, periode });
  const total = conditions.reduce((n, c) => n + c.indicators.length, 0);
  const answered = conditions.reduce((n, c) => n + c.indicators.filter((i) => i.answer).length, 0);
  const result = actionData as ActionResult;
  const missing = result?.intent === "indienen" ? result.missing : null;
  const failure = result?.intent === "fout" ? result.message : null;
  const pageSave = result?.intent === "alles" ? result : null;
  return (
    <div className="leerkring-stack">
      <PageTitle>{title}</PageTitle>
      <Paragraph>
        <Link to="/monitor" className="utrecht-link">
          {t("monitor.terug")}
        </Link>
      </Paragraph>
      <Heading1>{title}</Heading1>
      <Paragraph lead>{meting.organisationName}</Paragraph>
      {failure && (
        <Alert type="error" role="alert">
          <Paragraph>{t(failure)}</Paragraph>
        </Alert>
      )}
      <Paragraph>{t("monitor.invullen.uitleg")}</Paragraph>
      <Paragraph>
        <strong>{t("monitor.invullen.voortgang", { aantal: answered, count: total })}</strong>{" "}
        <Link to={`/monitor/${meting.id}`} className="utrecht-link">
          {t("monitor.naarUitkomst")}
        </Link>
      </Paragraph>
      <FillInContents conditions={conditions} />

      <Form
        method="post"
        action={`/monitor/${meting.id}/invullen#opslaan`}
        className="leerkring-stack"
        aria-label={title}
      >
        {conditions.map((c) => (
          <section
            key={c.slug}
            aria-labelledby={`voorwaarde-${c.slug}`}
            className="leerkring-stack"
          >
            <Heading2 id={`voorwaarde-${c.slug}`} tabIndex={-1}>
              {c.name} <span className="leerkring-muted">· {c.waarde}</span>
            </Heading2>
            <Paragraph>{c.description}</Paragraph>
            {c.indicators.length === 0 ? (
              <Paragraph>{t("monitor.geenIndicatoren")}</Paragraph>
            ) : (
              c.indicators.map((i) => <IndicatorFields key={i.id} metingId={meting.id} item={i} />)
            )}
          </section>
        ))}

        <section aria-labelledby="beleid" className="leerkring-stack">
          <Heading2 id="beleid" tabIndex={-1}>
            {t("monitor.beleid.titel")}
          </Heading2>
          <Paragraph>{t("monitor.beleid.uitleg")}</Paragraph>
          <Paragraph className="leerkring-muted">{SCHEMA_B_INLEIDING}</Paragraph>
          <FactorGroupFields
            metingId={meting.id}
            group="algemeen"
            title={t("monitor.beleid.algemeen")}
            factors={generalFactors}
            suggestions={[]}
          />
          {conditions.map((c) => (
            <FactorGroupFields
              key={c.slug}
              metingId={meting.id}
              group={c.slug}
              title={c.name}
              factors={c.factors}
              suggestions={c.suggestions}
            />
          ))}
          <SourceNote part="schemaB" />
        </section>

        <section aria-labelledby="bestuursstijl" className="leerkring-stack">
          <Heading2 id="bestuursstijl" tabIndex={-1}>
            {t("monitor.stijl.titel")}
          </Heading2>
          <StyleFields metingId={meting.id} current={meting.bestuursstijl} />
          <SourceNote part="bestuursstijlen" />
        </section>

        <SaveSection pageSave={pageSave} conditions={conditions} />

        <SubmitSection metingId={meting.id} shared={meting.sharedWithCircle} missing={missing} />
      </Form>
    </div>
  );
}
