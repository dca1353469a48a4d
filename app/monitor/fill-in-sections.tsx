import {
  Alert,
  Button,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { useT } from "#shared/i18n/index.ts";
import type { PageResult, SubmitResult } from "./invullen-schema.ts";
import type { IndicatorItem } from "./invullen.server.ts";
import { MissingAlert } from "./missing-alert.tsx";

// The fill-in page's table of contents and its two closing sections: saving the whole page
// (the one button that works without JavaScript) and submitting the assessment.

type Condition = { slug: string; name: string; indicators: IndicatorItem[] };

export function FillInContents({ conditions }: { conditions: Condition[] }) {
  const t = useT();
  return (
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
  );
}

export function SaveSection({
  pageSave,
  conditions,
}: {
  pageSave: PageResult | null;
  conditions: Condition[];
}) {
  const t = useT();
  return (
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
                      :{" "}
                      {t(
                        pageSave.indicatorErrors[i.id]!.error.key,
                        pageSave.indicatorErrors[i.id]!.error.vars,
                      )}
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
  );
}

export function SubmitSection({
  metingId,
  shared,
  missing,
}: {
  metingId: number;
  shared: boolean;
  missing: SubmitResult["missing"] | null;
}) {
  const t = useT();
  return (
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
            defaultChecked={shared}
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
          formAction={`/monitor/${metingId}/invullen#indienen`}
          appearance="primary-action-button"
        >
          {t("monitor.indienen.knop")}
        </Button>
      </div>
    </section>
  );
}
