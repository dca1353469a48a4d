import { ButtonLink, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useT } from "#shared/i18n/index.ts";
import { InterventieTable } from "./interventie-table.tsx";
import type { interventiesForMeting } from "./interventies.server.ts";

/**
 * On an assessment's page, beside the change in scores since the previous one: the interventions
 * in this neighbourhood that ran between the two measurements.
 */
export function InterventiesBetween({
  rows,
  wijk,
  labels,
  canRecord,
  changes,
}: ReturnType<typeof interventiesForMeting> & {
  wijk: string;
  /** The change since the previous measurement, per indicator code. */
  changes: Map<string, number | null>;
  /** The periods as shown: this measurement's, and the previous one's (null when the first). */
  labels: { current: string; previous: string | null };
}) {
  const t = useT();
  const { current, previous } = labels;
  const title = t("interventie.tussen.titel");
  return (
    <section aria-labelledby="interventies" className="leerkring-stack">
      <Heading2 id="interventies">{title}</Heading2>
      <Paragraph>
        {previous
          ? t("interventie.tussen.uitleg", { wijk, vorige: previous, periode: current })
          : t("interventie.tussen.uitlegEerste", { wijk, periode: current })}
      </Paragraph>
      {rows.length === 0 ? (
        <Paragraph>{t("interventie.tussen.geen")}</Paragraph>
      ) : (
        <InterventieTable label={title} rows={rows} changes={changes} />
      )}
      {canRecord && (
        <Paragraph>
          <ButtonLink href="/interventies/nieuw" appearance="secondary-action-button">
            {t("interventie.nieuw")}
          </ButtonLink>
        </Paragraph>
      )}
    </section>
  );
}
