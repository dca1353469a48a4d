import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { Link } from "react-router";
import { useT } from "#shared/i18n/index.ts";

/** On a second-circle member's dashboard: what the second circle takes part in, and joining. */
export function SecondCircleCard() {
  const t = useT();
  return (
    <section aria-labelledby="tweede-kring" className="leerkring-card">
      <Heading2 id="tweede-kring">{t("kring.tweedeKring")}</Heading2>
      <Paragraph>{t("kring.tweedeKringUitleg")}</Paragraph>
      <Paragraph>
        <Link to="/eerste-kring" className="utrecht-link">
          {t("kring.naarPagina")}
        </Link>
      </Paragraph>
    </section>
  );
}

/** On a project leader's dashboard, while municipalities wait for a decision. */
export function JoinRequestsNotice({ count }: { count: number }) {
  const t = useT();
  if (count === 0) return null;
  return (
    <Paragraph>
      {t("kring.openOpDashboard", { count })}{" "}
      <Link to="/eerste-kring" className="utrecht-link">
        {t("kring.naarVerzoeken")}
      </Link>
    </Paragraph>
  );
}
