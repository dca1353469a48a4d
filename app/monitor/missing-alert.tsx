import {
  Alert,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { useEffect, useRef } from "react";
import { useT } from "#shared/i18n/index.ts";
import type { Missing } from "./monitor.server.ts";

/** What is still missing when the assessment is submitted too early, with links to each. */
export function MissingAlert({ missing }: { missing: Missing }) {
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
