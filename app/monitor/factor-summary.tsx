import {
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { useT } from "#shared/i18n/index.ts";
import type { BeleidsfactorOordeel } from "#db/schema.ts";

type Factor = {
  id: number;
  voorwaardeId: number | null;
  text: string;
  oordeel: BeleidsfactorOordeel | null;
};

/** The judgements of the policy factors on an assessment's page: the general ones, then per condition. */
export function FactorSummary({
  factors,
  conditions,
}: {
  factors: Factor[];
  conditions: { id: number; slug: string; name: string }[];
}) {
  const t = useT();
  const groups = [
    {
      key: "algemeen",
      name: t("monitor.beleid.algemeen"),
      items: factors.filter((f) => f.voorwaardeId === null),
    },
    ...conditions.map((c) => ({
      key: c.slug,
      name: c.name,
      items: factors.filter((f) => f.voorwaardeId === c.id),
    })),
  ];
  return (
    <section aria-labelledby="beleid" className="leerkring-stack">
      <Heading2 id="beleid">{t("monitor.beleid.titel")}</Heading2>
      {groups.map((g) => {
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
  );
}
