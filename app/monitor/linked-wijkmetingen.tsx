import {
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { Link } from "react-router";
import { useT } from "#shared/i18n/index.ts";
import { formatFigure } from "./csv.ts";
import type { LinkedWijkmeting } from "./monitor.server.ts";
import { usePeriodeLabel } from "./ui.tsx";

/**
 * The assessments linked to a learning question, shown on its page (app/routes/leervragen.$id.tsx).
 */
export function LinkedWijkmetingen({
  items,
  headingId = "wijkmetingen",
}: {
  items: LinkedWijkmeting[];
  headingId?: string;
}) {
  const t = useT();
  const label = usePeriodeLabel();
  return (
    <section aria-labelledby={headingId} className="leerkring-stack">
      <Heading2 id={headingId}>{t("monitor.gekoppeld.titel")}</Heading2>
      {items.length === 0 ? (
        <Paragraph>{t("monitor.gekoppeld.leeg")}</Paragraph>
      ) : (
        <UnorderedList>
          {items.map((m) => (
            <UnorderedListItem key={m.id}>
              <Link to={m.href} className="utrecht-link">
                {t("monitor.meting.titel", { wijk: m.wijk, periode: label(m.periode) })}
              </Link>{" "}
              <span className="leerkring-muted">
                ({m.organisationName}, {t(`monitor.status.${m.status}`)})
              </span>
              <br />
              {m.conditions
                .map((c) =>
                  t("monitor.radar.waarde", {
                    voorwaarde: c.name,
                    waarde: c.value === null ? t("monitor.geenScore") : formatFigure(c.value),
                  }),
                )
                .join(" ")}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  );
}
