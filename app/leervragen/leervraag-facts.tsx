import { DataList, Heading2, Heading3, Paragraph } from "@utrecht/component-library-react";
import { Link } from "react-router";
import { Detail } from "#app/components/detail.tsx";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";
import type { getLeervraag } from "./leervragen.server.ts";

type Shown = Omit<NonNullable<ReturnType<typeof getLeervraag>>, "intervisie">;

/**
 * What a learning question is: its facts, the question, the case (or that it is confidential),
 * the context and the outcome once there is one. The page around it holds the forms.
 */
export function LeervraagFacts({
  leervraag: q,
  confidential,
  herkomst = [],
}: {
  leervraag: Shown;
  confidential: boolean;
  /** The recognised challenges of Schema C it came from (app/uitdagingen/). */
  herkomst?: {
    code: string;
    text: string;
    actorName: string;
    wijkName: string;
    href: string;
  }[];
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <DataList>
        <Detail label={t("leervraag.veld.status")}>
          <strong>{t(`leervraag.status.${q.status}`)}</strong>
        </Detail>
        <Detail label={t("veld.gemeente")}>
          <Link to={`/gemeenten/${q.organisationSlug}`} className="utrecht-link">
            {q.organisationName}
          </Link>
        </Detail>
        {q.wijkName && <Detail label={t("wijk.veld.wijk")}>{q.wijkName}</Detail>}
        {herkomst.map((h) => (
          <Detail key={h.code + h.wijkName} label={t("uitdaging.leervraag.bron")}>
            <Link to={h.href} className="utrecht-link">
              {t("uitdaging.leervraag.bronRegel", {
                code: h.code,
                tekst: h.text,
                wijk: h.wijkName,
                actor: h.actorName,
              })}
            </Link>
          </Detail>
        ))}
        {q.themaName && (
          <Detail label={t("leervraag.veld.thema")}>
            <Link to={`/themas/${q.themaSlug}`} className="utrecht-link">
              {q.themaName}
            </Link>
          </Detail>
        )}
        <Detail label={t("leervraag.veld.werkvormen")}>
          {q.werkvormen.map((w) => t(`werkvorm.${w}`)).join(", ") || "–"}
        </Detail>
        {q.bijeenkomstId && (
          <Detail label={t("leervraag.bijeenkomst")}>
            <Link to={`/bijeenkomsten/${q.bijeenkomstId}`} className="utrecht-link">
              {q.bijeenkomstTitle}
            </Link>
            {q.bijeenkomstStartsAt
              ? `, ${formatDateTime(locale, q.bijeenkomstStartsAt, "long")}`
              : ""}
          </Detail>
        )}
      </DataList>

      <section aria-labelledby="vraag">
        <Heading2 id="vraag">{t("leervraag.veld.vraag")}</Heading2>
        <Paragraph className="leerkring-prewrap">{q.question}</Paragraph>
        <Heading2>{t("leervraag.veld.casus")}</Heading2>
        <Paragraph className="leerkring-prewrap">
          {confidential ? t("leervraag.casusVertrouwelijk") : q.casus}
        </Paragraph>
        {q.context && (
          <>
            <Heading2>{t("leervraag.veld.context")}</Heading2>
            <Paragraph className="leerkring-prewrap">{q.context}</Paragraph>
          </>
        )}
      </section>

      {(q.outcome || q.followUp) && (
        <section aria-labelledby="uitkomst" className="leerkring-card">
          <Heading2 id="uitkomst">{t("leervraag.uitkomst")}</Heading2>
          {q.outcome && <Paragraph className="leerkring-prewrap">{q.outcome}</Paragraph>}
          {q.followUp && (
            <>
              <Heading3>{t("leervraag.veld.opvolging")}</Heading3>
              <Paragraph className="leerkring-prewrap">{q.followUp}</Paragraph>
            </>
          )}
        </section>
      )}
    </>
  );
}
