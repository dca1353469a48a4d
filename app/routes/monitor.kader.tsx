import {
  Heading1,
  Heading2,
  Heading3,
  OrderedList,
  OrderedListItem,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { Link } from "react-router";
import type { Route } from "./+types/monitor.kader";
import { can } from "#app/auth/permissions.ts";
import { PageTitle } from "#app/components/page-title.tsx";
import { useT } from "#shared/i18n/index.ts";
import {
  activeIndicators,
  listBeleidsfactoren,
  listMeetsuggesties,
  listVoorwaarden,
  requireMonitorViewer,
} from "#app/monitor/monitor.server.ts";
import { TableRegion } from "#app/components/data-table.tsx";
import { SourceNote } from "#app/monitor/ui.tsx";
import { SchemaCSection } from "#app/uitdagingen/schema-c-section.tsx";
import { listActoren } from "#app/uitdagingen/uitdagingen.server.ts";
import { BESTUURSSTIJLEN, bestuursstijlSlugs, SCHEMA_B_INLEIDING } from "#db/sociale-kwaliteit.ts";

// /monitor/kader — the framework as the monitor uses it today, with its source.
export function loader({ request }: Route.LoaderArgs) {
  const viewer = requireMonitorViewer(request);
  const indicators = activeIndicators();
  const factors = listBeleidsfactoren();
  const suggestions = listMeetsuggesties();
  return {
    canManage: can(viewer, "indicator:beheren"),
    conditions: listVoorwaarden().map((c) => ({
      ...c,
      indicators: indicators.filter((i) => i.voorwaardeId === c.id),
      factors: factors.filter((f) => f.voorwaardeId === c.id),
      suggestions: suggestions.filter((s) => s.voorwaardeId === c.id).map((s) => s.text),
    })),
    generalFactors: factors.filter((f) => f.voorwaardeId === null),
    actoren: listActoren(),
  };
}

export default function Kader({ loaderData }: Route.ComponentProps) {
  const t = useT();
  return (
    <div className="leerkring-stack">
      <PageTitle>{t("monitor.kader.titel")}</PageTitle>
      <Paragraph>
        <Link to="/monitor" className="utrecht-link">
          {t("monitor.terug")}
        </Link>
      </Paragraph>
      <Heading1>{t("monitor.kader.titel")}</Heading1>
      <Paragraph lead>{t("monitor.kader.intro")}</Paragraph>
      <SourceNote />
      {loaderData.canManage && (
        <Paragraph>
          <Link to="/beheer/indicatoren" className="utrecht-link">
            {t("monitor.kader.beheren")}
          </Link>
        </Paragraph>
      )}

      {loaderData.conditions.map((c) => (
        <section
          key={c.slug}
          aria-labelledby={`kader-${c.slug}`}
          className="leerkring-stack leerkring-card"
        >
          <Heading2 id={`kader-${c.slug}`}>
            {c.name}{" "}
            <span className="leerkring-muted">
              · {t("monitor.kader.waarde", { waarde: c.waarde })}
            </span>
          </Heading2>
          <Paragraph>{c.description}</Paragraph>
          <Paragraph>
            <strong>{t("monitor.kader.domeinen")}:</strong> {c.domeinen.join(", ")}
          </Paragraph>
          <Heading3>{t("monitor.kader.indicatoren")}</Heading3>
          <TableRegion label={`${c.name}: ${t("monitor.kader.indicatoren")}`}>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t("monitor.kolom.code")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("monitor.kolom.indicator")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {c.indicators.map((i) => (
                  <TableRow key={i.id}>
                    <TableHeaderCell scope="row">{i.code}</TableHeaderCell>
                    <TableCell>{i.text}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableRegion>
          <Heading3>{t("monitor.kader.factoren")}</Heading3>
          <UnorderedList>
            {c.factors.map((f) => (
              <UnorderedListItem key={f.id}>{f.text}</UnorderedListItem>
            ))}
          </UnorderedList>
          <Heading3>{t("monitor.beleid.meetsuggesties")}</Heading3>
          <UnorderedList>
            {c.suggestions.map((s) => (
              <UnorderedListItem key={s}>{s}</UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      ))}

      <section aria-labelledby="kader-algemeen" className="leerkring-stack">
        <Heading2 id="kader-algemeen">{t("monitor.kader.algemeneFactoren")}</Heading2>
        <Paragraph>{SCHEMA_B_INLEIDING}</Paragraph>
        <OrderedList>
          {loaderData.generalFactors.map((f) => (
            <OrderedListItem key={f.id}>{f.text}</OrderedListItem>
          ))}
        </OrderedList>
        <SourceNote part="schemaB" />
      </section>

      <section aria-labelledby="kader-stijlen" className="leerkring-stack">
        <Heading2 id="kader-stijlen">{t("monitor.kader.stijlen")}</Heading2>
        <TableRegion label={t("monitor.kader.stijlen")}>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t("monitor.kader.stijl")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("monitor.kader.participatie")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("monitor.kader.toelichting")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {bestuursstijlSlugs.map((s) => (
                <TableRow key={s}>
                  <TableHeaderCell scope="row">{BESTUURSSTIJLEN[s].naam}</TableHeaderCell>
                  <TableCell>{BESTUURSSTIJLEN[s].participatie}</TableCell>
                  <TableCell>{BESTUURSSTIJLEN[s].toelichting}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableRegion>
        <SourceNote part="bestuursstijlen" />
      </section>

      <SchemaCSection actoren={loaderData.actoren} />
    </div>
  );
}
