import { issueMessage } from "#app/utils/forms.ts";
import { beleidsfactorOordelen, type BeleidsfactorOordeel } from "#db/schema.ts";
import type { Actor } from "#app/auth/rules/actor.ts";
import { scoreSchema, stijlSchema, type PageResult } from "./invullen-schema.ts";
import {
  activeIndicators,
  factorAnswers,
  listBeleidsfactoren,
  listMeetsuggesties,
  listVoorwaarden,
  saveBeleidsfactoren,
  saveBestuursstijl,
  saveScore,
  scoreRows,
  type WijkmetingRow,
} from "./monitor.server.ts";

// Filling in an assessment (/monitor/:id/invullen): what the page shows, and the save of the
// whole page that works without JavaScript.

/** The framework with this assessment's answers: per condition its indicators and factors. */
export function fillInData(meting: WijkmetingRow) {
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

export type FillInData = ReturnType<typeof fillInData>;
export type IndicatorItem = FillInData["conditions"][number]["indicators"][number];
export type FactorItem = FillInData["generalFactors"][number];

/** The policy factors whose judgement this person changed (the "vorige-" field differs). */
export function changedFactors(formData: FormData) {
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
export function saveWholePage(
  viewer: Actor,
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
      const issue = parsed.error.issues[0]!;
      indicatorErrors[id] = {
        error: issueMessage(issue, values[issue.path[0] as keyof typeof values]),
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
