import {
  Alert,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { useT } from "#shared/i18n/index.ts";
import { beleidsfactorOordelen } from "#db/schema.ts";
import { BESTUURSSTIJLEN, bestuursstijlSlugs } from "#db/sociale-kwaliteit.ts";
import { SavedLine, useAutoSave, useSaveStatus } from "./auto-save.tsx";
import type { GroupResult } from "./invullen-schema.ts";
import type { FactorItem } from "./invullen.server.ts";

/** The policy factors of one group, each judged with one click. */
export function FactorGroupFields({
  metingId,
  group,
  title,
  factors,
  suggestions,
}: {
  metingId: number;
  group: string;
  title: string;
  factors: FactorItem[];
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
      {result?.formError && (
        <Alert type="error" role="alert">
          <Paragraph>{t(result.formError)}</Paragraph>
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

/** The governance style, chosen with one click. */
export function StyleFields({ metingId, current }: { metingId: number; current: string | null }) {
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
            {t(error.key, error.vars)}
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
