import { Paragraph } from "@utrecht/component-library-react";
import { useRef } from "react";
import { useActionData } from "react-router";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";
import { SavedLine, useAutoSave, useSaveStatus } from "./auto-save.tsx";
import { SCORE_VALUES, type ActionResult, type ScoreResult } from "./invullen-schema.ts";
import type { IndicatorItem } from "./invullen.server.ts";

/** One indicator: its score, and a note and source that are saved when the field is left. */
export function IndicatorFields({ metingId, item }: { metingId: number; item: IndicatorItem }) {
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
            {t(error.key, error.vars)}
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
