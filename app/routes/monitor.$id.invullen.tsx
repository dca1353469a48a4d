import {
  Alert,
  Button,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { useEffect, useRef, useState } from "react";
import { data, Form, Link, redirect, useActionData, useFetcher } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/monitor.$id.invullen";
import { PageTitle } from "#app/components/page-title.tsx";
import { formatDateTime, isMessageKey, useLocale, useT, type MessageKey } from "#app/i18n/index.ts";
import {
  activeIndicators,
  factorAnswers,
  listBeleidsfactoren,
  listMeetsuggesties,
  listVoorwaarden,
  requireWijkmeting,
  saveBeleidsfactoren,
  saveBestuursstijl,
  saveScore,
  scoreRows,
  submitWijkmeting,
  type Missing,
  type WijkmetingRow,
} from "#app/monitor/monitor.server.ts";
import type { MonitorViewer } from "#app/monitor/access.ts";
import { periodeLabel, SourceNote } from "#app/monitor/ui.tsx";
import { idField, optionalText } from "#app/utils/fields.ts";
import { parseForm, type FieldErrors } from "#app/utils/forms.ts";
import { beleidsfactorOordelen, type BeleidsfactorOordeel } from "#db/schema.ts";
import { BESTUURSSTIJLEN, bestuursstijlSlugs, SCHEMA_B_INLEIDING } from "#db/sociale-kwaliteit.ts";

// Filling in an assessment. The whole page is one form: without JavaScript its one "Alles
// opslaan" button (and "Indienen") posts every answer and note, and the action stores what this
// person changed since the page was loaded (the hidden "vorige-" fields), so colleagues of the
// municipality can work at once without overwriting each other. With JavaScript every choice
// saves at once and a note or source when the field is left, each indicator through its own
// fetcher; "Opgeslagen" shows only once the server has stored what is in the fields.

const SCORE_VALUES = ["1", "2", "3", "4", "5", "weet-niet"] as const;

const scoreSchema = z.object({
  indicatorId: idField,
  score: z.enum(SCORE_VALUES, { error: "monitor.fout.kiesScore" }),
  note: optionalText(1000),
  source: optionalText(300),
});

const stijlSchema = z.object({
  bestuursstijl: z.enum(bestuursstijlSlugs, { error: "monitor.fout.kiesStijl" }),
});

export function loader({ request, params }: Route.LoaderArgs) {
  const { meting } = requireWijkmeting(request, params.id, "bewerken");
  if (meting.status !== "concept") throw redirect(`/monitor/${meting.id}`);
  const answers = new Map(scoreRows([meting.id]).map((s) => [s.indicatorId, s]));
  const indicators = activeIndicators();
  const factorsAnswered = factorAnswers(meting.id);
  const factors = listBeleidsfactoren().map((f) => ({
    ...f,
    oordeel: factorsAnswered.get(f.id) ?? null,
  }));
  const suggestions = listMeetsuggesties();
  const conditions = listVoorwaarden().map((c) => ({
    ...c,
    indicators: indicators
      .filter((i) => i.voorwaardeId === c.id)
      .map((i) => {
        const a = answers.get(i.id);
        return {
          id: i.id,
          code: i.code,
          text: i.text,
          answer: a
            ? {
                score: a.score,
                note: a.note,
                source: a.source,
                scoredText: a.indicatorText,
                updatedAt: a.updatedAt,
                updatedByName: a.updatedByName,
              }
            : null,
        };
      }),
    factors: factors.filter((f) => f.voorwaardeId === c.id),
    suggestions: suggestions.filter((s) => s.voorwaardeId === c.id).map((s) => s.text),
  }));
  return {
    meting: {
      id: meting.id,
      wijk: meting.wijk,
      periode: meting.periode,
      organisationName: meting.organisationName,
      bestuursstijl: meting.bestuursstijl,
      sharedWithCircle: meting.sharedWithCircle,
    },
    conditions,
    generalFactors: factors.filter((f) => f.voorwaardeId === null),
  };
}

type ScoreResult =
  | { intent: "score"; indicatorId: number; savedAt: number }
  | { intent: "score"; indicatorId: number; errors: FieldErrors };
type GroupResult = {
  intent: "beleid" | "stijl";
  group: string;
  savedAt?: number;
  errors?: FieldErrors;
};
type SubmitResult = { intent: "indienen"; missing: Missing };
type PageResult = {
  intent: "alles";
  savedAt: number;
  failed: number;
  /** Per indicator id: the error, and what was typed (kept in the fields, not stored). */
  indicatorErrors: Record<number, { error: MessageKey; note: string; source: string }>;
  formError?: MessageKey;
};
type Failure = { intent: "fout"; message: MessageKey };

/** The policy factors whose judgement this person changed (the "vorige-" field differs). */
function changedFactors(formData: FormData) {
  const entries: { beleidsfactorId: number; oordeel: BeleidsfactorOordeel }[] = [];
  for (const [key, value] of formData) {
    const match = /^factor-(\d+)$/.exec(key);
    if (!match) continue;
    if (!beleidsfactorOordelen.includes(value as BeleidsfactorOordeel)) return "ongeldig" as const;
    // Only what this person changed: a colleague's answer given meanwhile is left alone.
    if (formData.get(`vorige-${match[1]}`) === value) continue;
    entries.push({ beleidsfactorId: Number(match[1]), oordeel: value as BeleidsfactorOordeel });
  }
  return entries;
}

const field = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

/**
 * Stores everything the page's form holds that this person changed: each indicator's score, note
 * and source, the policy factors and the governance style. An indicator that cannot be stored
 * (a note without a score) is reported beside it; the others are stored all the same.
 */
function saveWholePage(
  viewer: MonitorViewer,
  meting: WijkmetingRow,
  formData: FormData,
): Omit<PageResult, "intent"> {
  const indicatorErrors: PageResult["indicatorErrors"] = {};
  for (const { id } of activeIndicators()) {
    const values = {
      score: field(formData, `score-${id}`),
      note: field(formData, `note-${id}`),
      source: field(formData, `source-${id}`),
    };
    const changed = (["score", "note", "source"] as const).some(
      (k) => values[k] !== field(formData, `vorige-${k}-${id}`),
    );
    if (!changed) continue;
    const parsed = scoreSchema.safeParse({ indicatorId: id, ...values });
    if (!parsed.success) {
      const error = parsed.error.issues[0]?.message;
      indicatorErrors[id] = {
        error: isMessageKey(error) ? error : "fout.ongeldig",
        note: values.note,
        source: values.source,
      };
      continue;
    }
    const { score, ...rest } = parsed.data;
    saveScore(viewer, meting, { ...rest, score: score === "weet-niet" ? null : Number(score) });
  }
  const failed = Object.keys(indicatorErrors).length;
  const factors = changedFactors(formData);
  if (
    factors === "ongeldig" ||
    (factors.length > 0 && saveBeleidsfactoren(viewer, meting, factors) !== "opgeslagen")
  ) {
    return { savedAt: Date.now(), failed: failed + 1, indicatorErrors, formError: "fout.ongeldig" };
  }
  const stijl = field(formData, "bestuursstijl");
  if (stijl && stijl !== field(formData, "vorige-bestuursstijl")) {
    const parsed = stijlSchema.safeParse({ bestuursstijl: stijl });
    if (!parsed.success) {
      return {
        savedAt: Date.now(),
        failed: failed + 1,
        indicatorErrors,
        formError: "fout.ongeldig",
      };
    }
    saveBestuursstijl(viewer, meting, parsed.data.bestuursstijl);
  }
  return { savedAt: Date.now(), failed, indicatorErrors };
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
    const parsed = parseForm(scoreSchema, formData);
    if (!parsed.success) {
      return data({ intent, indicatorId, errors: parsed.failure.errors } satisfies ScoreResult, {
        status: 400,
      });
    }
    const { score, ...rest } = parsed.data;
    const result = saveScore(viewer, meting, {
      ...rest,
      score: score === "weet-niet" ? null : Number(score),
    });
    if (result === "onbekende-indicator") {
      return data(
        {
          intent,
          indicatorId,
          errors: { score: "monitor.fout.onbekendeIndicator" },
        } satisfies ScoreResult,
        { status: 409 },
      );
    }
    return { intent, indicatorId, savedAt: Date.now() } satisfies ScoreResult;
  }

  if (intent === "beleid") {
    const group = String(formData.get("group") ?? "");
    const entries = changedFactors(formData);
    if (entries === "ongeldig") {
      return data({ intent, group, errors: { _form: "fout.ongeldig" } } satisfies GroupResult, {
        status: 400,
      });
    }
    if (saveBeleidsfactoren(viewer, meting, entries) === "onbekende-factor") {
      return data(
        { intent, group, errors: { _form: "monitor.fout.onbekendeFactor" } } satisfies GroupResult,
        {
          status: 409,
        },
      );
    }
    return { intent, group, savedAt: Date.now() } satisfies GroupResult;
  }

  if (intent === "stijl") {
    const parsed = parseForm(stijlSchema, formData);
    if (!parsed.success) {
      return data({ intent, group: "stijl", errors: parsed.failure.errors } satisfies GroupResult, {
        status: 400,
      });
    }
    saveBestuursstijl(viewer, meting, parsed.data.bestuursstijl);
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

type ActionResult = ScoreResult | GroupResult | SubmitResult | PageResult | Failure | undefined;

/** This group's result: from its own fetcher, or from a page submission without JavaScript. */
function useSaveStatus(fetcherData: unknown, matches: (r: ActionResult) => boolean) {
  const page = useActionData() as ActionResult;
  const result = (fetcherData as ActionResult) ?? (page && matches(page) ? page : undefined);
  return result && matches(result) ? result : undefined;
}

/**
 * Saving one group of fields through a fetcher. "Opgeslagen" is only true when the server has
 * confirmed the last save and nothing was typed since: a note typed after the score was saved
 * makes it disappear until that note is stored too.
 */
function useAutoSave(metingId: number) {
  const fetcher = useFetcher<ActionResult>();
  const [dirty, setDirty] = useState(false);
  const save = (values: Record<string, string>) => {
    setDirty(false);
    void fetcher.submit(values, { method: "post", action: `/monitor/${metingId}/invullen` });
  };
  const confirmed =
    fetcher.state === "idle" && !dirty && !!fetcher.data && "savedAt" in fetcher.data;
  return { fetcher, dirty, edited: () => setDirty(true), save, confirmed };
}

function SavedLine({
  busy,
  saved,
  error,
}: {
  busy: boolean;
  saved: boolean;
  error?: string | undefined;
}) {
  const t = useT();
  return (
    <span role="status" className="leerkring-save-status">
      {busy ? t("monitor.bezig") : error ? "" : saved ? t("monitor.opgeslagen") : ""}
    </span>
  );
}

type IndicatorItem = Route.ComponentProps["loaderData"]["conditions"][number]["indicators"][number];

function IndicatorFields({ metingId, item }: { metingId: number; item: IndicatorItem }) {
  const t = useT();
  const locale = useLocale();
  const auto = useAutoSave(metingId);
  const own = useSaveStatus(
    auto.fetcher.data,
    (r) => r?.intent === "score" && r.indicatorId === item.id,
  ) as ScoreResult | undefined;
  const page = useActionData() as ActionResult;
  const pageError = page?.intent === "alles" ? page.indicatorErrors[item.id] : undefined;
  const error = auto.fetcher.data
    ? own && "errors" in own
      ? own.errors.score
      : undefined
    : (pageError?.error ?? (own && "errors" in own ? own.errors.score : undefined));
  const ref = useRef<HTMLDivElement>(null);
  const anchor = `indicator-${item.code}`;
  const a = item.answer;
  const current = a ? (a.score === null ? "weet-niet" : String(a.score)) : "";
  const reworded = a && a.scoredText !== item.text;
  const describedBy = [reworded && `${anchor}-eerder`, error && `${anchor}-fout`]
    .filter(Boolean)
    .join(" ");
  // What the fields hold now, sent as the indicator's own save.
  const saveNow = () => {
    const root = ref.current;
    if (!root) return;
    const value = (name: string) =>
      (root.querySelector(`[name="${name}-${item.id}"]`) as HTMLInputElement | null)?.value ?? "";
    const checked = root.querySelector<HTMLInputElement>(`[name="score-${item.id}"]:checked`);
    auto.save({
      intent: "score",
      indicatorId: String(item.id),
      score: checked?.value ?? "",
      note: value("note"),
      source: value("source"),
    });
  };
  const saveIfEdited = () => {
    if (auto.dirty) saveNow();
  };
  const saved = auto.fetcher.data ? auto.confirmed : !!own && "savedAt" in own && !auto.dirty;
  return (
    <div ref={ref} id={anchor} className="leerkring-score" tabIndex={-1}>
      {/* As loaded: the whole-page save stores only what differs from these. */}
      <input type="hidden" name={`vorige-score-${item.id}`} value={current} />
      <input type="hidden" name={`vorige-note-${item.id}`} value={a?.note ?? ""} />
      <input type="hidden" name={`vorige-source-${item.id}`} value={a?.source ?? ""} />
      <fieldset aria-describedby={describedBy || undefined} aria-invalid={error ? true : undefined}>
        <legend className="leerkring-score__legend">
          <span className="leerkring-code-label">{item.code}</span> {item.text}
        </legend>
        {reworded && (
          <Paragraph id={`${anchor}-eerder`} className="leerkring-muted">
            {t("monitor.andereFormulering", { tekst: a.scoredText })}
          </Paragraph>
        )}
        {error && (
          <Paragraph id={`${anchor}-fout`} className="leerkring-error">
            {t(error)}
          </Paragraph>
        )}
        <div className="leerkring-scale">
          {SCORE_VALUES.map((v) => (
            <label key={v} className="leerkring-scale__option">
              <input
                type="radio"
                name={`score-${item.id}`}
                value={v}
                defaultChecked={current === v}
                onChange={saveNow}
              />
              <span>{t(v === "weet-niet" ? "monitor.score.weetNiet" : `monitor.score.${v}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <details
        className="leerkring-score__details"
        open={!!(a?.note || a?.source || pageError?.note || pageError?.source) || undefined}
      >
        <summary>
          {t("monitor.toelichtingToevoegen")}
          <span className="visually-hidden"> {item.code}</span>
        </summary>
        <div className="leerkring-form">
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor={`${anchor}-note`}>
              {t("monitor.veld.toelichting")}
              <span className="visually-hidden"> {item.code}</span>
            </label>
            <textarea
              id={`${anchor}-note`}
              name={`note-${item.id}`}
              defaultValue={pageError?.note ?? a?.note ?? ""}
              maxLength={1000}
              rows={2}
              onChange={auto.edited}
              onBlur={saveIfEdited}
              className="utrecht-textarea utrecht-textarea--html-textarea"
            />
          </div>
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor={`${anchor}-source`}>
              {t("monitor.veld.bron")}
              <span className="visually-hidden"> {item.code}</span>
            </label>
            <input
              id={`${anchor}-source`}
              name={`source-${item.id}`}
              defaultValue={pageError?.source ?? a?.source ?? ""}
              maxLength={300}
              onChange={auto.edited}
              onBlur={saveIfEdited}
              className="utrecht-textbox utrecht-textbox--html-input"
            />
          </div>
        </div>
      </details>
      <div className="leerkring-actions">
        <SavedLine busy={auto.fetcher.state !== "idle"} saved={saved} error={error} />
        {a && !saved && (
          <span className="leerkring-muted">
            {t("monitor.laatstOpgeslagen", {
              naam: a.updatedByName ?? "–",
              datum: formatDateTime(locale, a.updatedAt),
            })}
          </span>
        )}
      </div>
    </div>
  );
}

type Factor = { id: number; code: string; text: string; oordeel: BeleidsfactorOordeel | null };

function FactorGroupFields({
  metingId,
  group,
  title,
  factors,
  suggestions,
}: {
  metingId: number;
  group: string;
  title: string;
  factors: Factor[];
  suggestions: string[];
}) {
  const t = useT();
  const auto = useAutoSave(metingId);
  const result = useSaveStatus(
    auto.fetcher.data,
    (r) => r?.intent === "beleid" && r.group === group,
  ) as GroupResult | undefined;
  const anchor = `beleid-${group}`;
  return (
    <section
      className="leerkring-stack leerkring-card"
      aria-labelledby={`${anchor}-titel`}
      id={anchor}
      tabIndex={-1}
    >
      <Heading3 id={`${anchor}-titel`}>{title}</Heading3>
      {result?.errors?._form && (
        <Alert type="error" role="alert">
          <Paragraph>{t(result.errors._form)}</Paragraph>
        </Alert>
      )}
      {factors.map((f) => (
        <fieldset key={f.id} id={`factor-${f.code}`} className="leerkring-factor" tabIndex={-1}>
          <legend>
            <span className="leerkring-code-label">{f.code}</span> {f.text}
          </legend>
          <input type="hidden" name={`vorige-${f.id}`} value={f.oordeel ?? ""} />
          <div className="leerkring-scale">
            {beleidsfactorOordelen.map((o) => (
              <label key={o} className="leerkring-scale__option">
                <input
                  type="radio"
                  name={`factor-${f.id}`}
                  value={o}
                  defaultChecked={f.oordeel === o}
                  onChange={() =>
                    auto.save({
                      intent: "beleid",
                      group,
                      [`factor-${f.id}`]: o,
                      [`vorige-${f.id}`]: f.oordeel ?? "",
                    })
                  }
                />
                <span>{t(`monitor.oordeel.${o}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      {suggestions.length > 0 && (
        <details>
          <summary>
            {t("monitor.beleid.meetsuggesties")}
            <span className="visually-hidden"> {title}</span>
          </summary>
          <UnorderedList>
            {suggestions.map((s) => (
              <UnorderedListItem key={s}>{s}</UnorderedListItem>
            ))}
          </UnorderedList>
        </details>
      )}
      <div className="leerkring-actions">
        <SavedLine busy={auto.fetcher.state !== "idle"} saved={auto.confirmed} />
      </div>
    </section>
  );
}

function StyleFields({ metingId, current }: { metingId: number; current: string | null }) {
  const t = useT();
  const auto = useAutoSave(metingId);
  const result = useSaveStatus(auto.fetcher.data, (r) => r?.intent === "stijl") as
    GroupResult | undefined;
  const error = result?.errors?.bestuursstijl;
  return (
    <div className="leerkring-stack" id="bestuursstijl-vraag">
      <input type="hidden" name="vorige-bestuursstijl" value={current ?? ""} />
      <fieldset aria-describedby={error ? "bestuursstijl-fout" : undefined}>
        <legend className="leerkring-score__legend">{t("monitor.stijl.vraag")}</legend>
        {error && (
          <Paragraph id="bestuursstijl-fout" className="leerkring-error">
            {t(error)}
          </Paragraph>
        )}
        <div className="leerkring-styles">
          {bestuursstijlSlugs.map((s) => (
            <label key={s} className="leerkring-style-option">
              <input
                type="radio"
                name="bestuursstijl"
                value={s}
                defaultChecked={current === s}
                onChange={() => auto.save({ intent: "stijl", bestuursstijl: s })}
              />
              <span>
                <strong>{BESTUURSSTIJLEN[s].naam}</strong>{" "}
                <span className="leerkring-muted">
                  ({t("monitor.stijl.participatie", { rol: BESTUURSSTIJLEN[s].participatie })})
                </span>
                <br />
                {BESTUURSSTIJLEN[s].toelichting}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="leerkring-actions">
        <SavedLine busy={auto.fetcher.state !== "idle"} saved={auto.confirmed} error={error} />
      </div>
    </div>
  );
}

function MissingAlert({ missing }: { missing: Missing }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [missing]);
  return (
    <div ref={ref} tabIndex={-1} className="leerkring-focus-target">
      <Alert type="error" role="alert">
        <Paragraph>
          <strong>{t("monitor.indienen.onvolledig")}</strong>
        </Paragraph>
        {missing.indicators.length > 0 && (
          <>
            <Paragraph>
              {t("monitor.indienen.ontbreektIndicatoren", { count: missing.indicators.length })}
            </Paragraph>
            <UnorderedList>
              {missing.indicators.map((i) => (
                <UnorderedListItem key={i.id}>
                  <a href={`#indicator-${i.code}`} className="utrecht-link">
                    {i.code}
                  </a>{" "}
                  {i.text}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </>
        )}
        {missing.factors.length > 0 && (
          <>
            <Paragraph>
              {t("monitor.indienen.ontbreektFactoren", { count: missing.factors.length })}
            </Paragraph>
            <UnorderedList>
              {missing.factors.map((f) => (
                <UnorderedListItem key={f.id}>
                  <a href={`#factor-${f.code}`} className="utrecht-link">
                    {f.code}
                  </a>{" "}
                  {f.text}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </>
        )}
        {missing.bestuursstijl && (
          <Paragraph>
            <a href="#bestuursstijl" className="utrecht-link">
              {t("monitor.indienen.ontbreektStijl")}
            </a>
          </Paragraph>
        )}
      </Alert>
    </div>
  );
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
      <nav aria-label={t("monitor.invullen.inhoud")} className="leerkring-toc">
        <ul>
          {conditions.map((c) => (
            <li key={c.slug}>
              <a href={`#voorwaarde-${c.slug}`} className="utrecht-link">
                {c.name}
              </a>{" "}
              <span className="leerkring-muted">
                (
                {t("monitor.invullen.voortgangVoorwaarde", {
                  aantal: c.indicators.filter((i) => i.answer).length,
                  totaal: c.indicators.length,
                })}
                )
              </span>
            </li>
          ))}
          <li>
            <a href="#beleid" className="utrecht-link">
              {t("monitor.beleid.titel")}
            </a>
          </li>
          <li>
            <a href="#bestuursstijl" className="utrecht-link">
              {t("monitor.stijl.titel")}
            </a>
          </li>
          <li>
            <a href="#indienen" className="utrecht-link">
              {t("monitor.indienen.titel")}
            </a>
          </li>
        </ul>
      </nav>

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

        <section
          aria-labelledby="opslaan"
          className="leerkring-stack leerkring-card leerkring-focus-target"
        >
          <Heading2 id="opslaan" tabIndex={-1}>
            {t("monitor.opslaan.titel")}
          </Heading2>
          <Paragraph>{t("monitor.opslaan.uitleg")}</Paragraph>
          {pageSave &&
            (pageSave.failed > 0 ? (
              <Alert type="error" role="alert">
                <Paragraph>{t(pageSave.formError ?? "monitor.opslaan.nietAlles")}</Paragraph>
                {Object.keys(pageSave.indicatorErrors).length > 0 && (
                  <UnorderedList>
                    {conditions
                      .flatMap((c) => c.indicators)
                      .filter((i) => pageSave.indicatorErrors[i.id])
                      .map((i) => (
                        <UnorderedListItem key={i.id}>
                          <a href={`#indicator-${i.code}`} className="utrecht-link">
                            {i.code}
                          </a>
                          : {t(pageSave.indicatorErrors[i.id]!.error)}
                        </UnorderedListItem>
                      ))}
                  </UnorderedList>
                )}
              </Alert>
            ) : (
              <Alert type="ok" role="status">
                <Paragraph>{t("monitor.opslaan.gelukt")}</Paragraph>
              </Alert>
            ))}
          <div className="leerkring-actions">
            <Button type="submit" name="intent" value="alles" appearance="secondary-action-button">
              {t("monitor.opslaan.knop")}
            </Button>
          </div>
        </section>

        <section aria-labelledby="indienen" className="leerkring-stack leerkring-card">
          <Heading2 id="indienen" tabIndex={-1}>
            {t("monitor.indienen.titel")}
          </Heading2>
          {missing && <MissingAlert missing={missing} />}
          <Paragraph>{t("monitor.indienen.uitleg")}</Paragraph>
          <div className="leerkring-form">
            <div className="leerkring-checkbox">
              <input
                type="checkbox"
                id="indienen-delen"
                name="sharedWithCircle"
                defaultChecked={meting.sharedWithCircle}
                aria-describedby="indienen-delen-uitleg"
              />
              <label htmlFor="indienen-delen">{t("monitor.delen.label")}</label>
            </div>
            <Paragraph id="indienen-delen-uitleg" className="leerkring-muted">
              {t("monitor.delen.uitleg")}
            </Paragraph>
            <Button
              type="submit"
              name="intent"
              value="indienen"
              formAction={`/monitor/${meting.id}/invullen#indienen`}
              appearance="primary-action-button"
            >
              {t("monitor.indienen.knop")}
            </Button>
          </div>
        </section>
      </Form>
    </div>
  );
}
