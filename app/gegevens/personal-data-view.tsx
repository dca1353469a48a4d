import {
  DataList,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { Detail } from "#app/components/detail.tsx";
import { TableRegion } from "#app/components/data-table.tsx";
import { describeUserAgent } from "#app/utils/user-agent.ts";
import { formatDateTime, useLocale, useT, type MessageKey } from "#shared/i18n/index.ts";
import type { PersonalData } from "./personal-data.server.ts";

// What /account/mijn-gegevens shows of the person's data: one section per kind, a table where it
// is tabular. The JSON download holds the same data (personal-data.server.ts).

type Cell = string | number | boolean | Date | null | undefined;

/** At most this many rows of a long list on the page; the download holds them all. */
const PAGE_ROWS = 100;

function useCell() {
  const t = useT();
  const locale = useLocale();
  return (value: Cell): string => {
    if (value === null || value === undefined || value === "") return "–";
    if (value instanceof Date) return formatDateTime(locale, value);
    if (typeof value === "boolean") return value ? t("gegevens.ja") : t("gegevens.nee");
    return String(value);
  };
}

function Section({
  id,
  title,
  columns,
  rows,
  intro,
}: {
  id: string;
  title: MessageKey;
  columns: MessageKey[];
  rows: Cell[][];
  intro?: string;
}) {
  const t = useT();
  const cell = useCell();
  return (
    <section aria-labelledby={id} className="leerkring-stack">
      <Heading2 id={id}>{t(title)}</Heading2>
      {intro && <Paragraph>{intro}</Paragraph>}
      {rows.length === 0 ? (
        <Paragraph>{t("gegevens.geen")}</Paragraph>
      ) : (
        <TableRegion label={t(title)}>
          <Table>
            <TableHeader>
              <TableRow>
                {columns.map((c) => (
                  <TableHeaderCell key={c} scope="col">
                    {t(c)}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.slice(0, PAGE_ROWS).map((row, i) => (
                <TableRow key={i}>
                  {row.map((value, j) => (
                    <TableCell key={j}>{cell(value)}</TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableRegion>
      )}
    </section>
  );
}

export function PersonalDataView({ data }: { data: PersonalData }) {
  const t = useT();
  const cell = useCell();
  const p = data.profiel;
  return (
    <>
      <section aria-labelledby="profiel" className="leerkring-stack">
        <Heading2 id="profiel">{t("gegevens.profiel")}</Heading2>
        <DataList>
          <Detail label={t("gegevens.veld.nummer")}>{p.nummer}</Detail>
          <Detail label={t("veld.naam")}>{p.naam}</Detail>
          <Detail label={t("veld.email")}>{p.email}</Detail>
          <Detail label={t("veld.rol")}>{t(`rol.${p.rol}`)}</Detail>
          <Detail label={t("veld.organisatie")}>{p.organisatie}</Detail>
          <Detail label={t("gegevens.veld.taal")}>{p.taal}</Detail>
          <Detail label={t("gegevens.veld.actief")}>{cell(p.actief)}</Detail>
          <Detail label={t("gegevens.veld.tweestaps")}>{cell(p.tweestaps)}</Detail>
          <Detail label={t("gegevens.veld.aangemaakt")}>{cell(p.aangemaakt)}</Detail>
          <Detail label={t("gegevens.veld.laatstIngelogd")}>{cell(p.laatstIngelogd)}</Detail>
        </DataList>
      </section>
      <Section
        id="sessies"
        title="gegevens.sessies"
        columns={[
          "gegevens.kolom.begonnen",
          "gegevens.kolom.laatstActief",
          "gegevens.kolom.browser",
          "gegevens.kolom.adres",
        ]}
        rows={data.sessies.map((s) => [
          s.begonnen,
          s.laatstActief,
          s.browser ? describeUserAgent(s.browser) : null,
          s.adres,
        ])}
      />
      <Section
        id="aanmeldingen"
        title="gegevens.aanmeldingen"
        columns={[
          "gegevens.kolom.bijeenkomst",
          "gegevens.kolom.wanneer",
          "gegevens.kolom.antwoord",
          "gegevens.kolom.aanwezig",
        ]}
        rows={data.aanmeldingen.map((a) => [a.bijeenkomst, a.begint, a.antwoord, a.aanwezig])}
      />
      <Section
        id="leervragen"
        title="gegevens.leervragen"
        columns={["gegevens.kolom.titel", "gegevens.kolom.status", "gegevens.kolom.wanneer"]}
        rows={data.leervragen.map((l) => [l.titel, l.status, l.ingediend])}
      />
      <Section
        id="reacties"
        title="gegevens.reacties"
        columns={["gegevens.kolom.waar", "gegevens.kolom.tekst", "gegevens.kolom.wanneer"]}
        rows={data.reacties.map((r) => [
          `${t(`gegevens.soort.${r.soort}`)}: ${r.waar}`,
          r.tekst,
          r.geschreven,
        ])}
      />
      <Section
        id="documentbijdragen"
        title="gegevens.documentbijdragen"
        columns={[
          "gegevens.kolom.document",
          "gegevens.kolom.wijzigingen",
          "gegevens.kolom.eerste",
          "gegevens.kolom.laatste",
        ]}
        rows={data.documentbijdragen.map((d) => [d.document, d.wijzigingen, d.eerste, d.laatste])}
      />
      <Section
        id="documentversies"
        title="gegevens.documentversies"
        columns={["gegevens.kolom.document", "gegevens.kolom.naam", "gegevens.kolom.wanneer"]}
        rows={data.documentversies.map((v) => [v.document, v.naam, v.gemaakt])}
      />
      <Section
        id="essays"
        title="gegevens.essayAuteurschap"
        columns={["gegevens.kolom.titel", "gegevens.kolom.status"]}
        rows={data.essayAuteurschap.map((e) => [e.essay, e.status])}
      />
      <Section
        id="toetredingen"
        title="gegevens.toetredingsverzoeken"
        columns={["gegevens.kolom.tekst", "gegevens.kolom.status", "gegevens.kolom.wanneer"]}
        rows={data.toetredingsverzoeken.map((r) => [
          r.tekst,
          t(`kring.uitslag.${r.status}`),
          r.gemaakt,
        ])}
      />
      <Section
        id="interventies"
        title="gegevens.interventies"
        columns={["gegevens.kolom.titel", "gegevens.kolom.wanneer"]}
        rows={data.interventies.map((i) => [i.titel, i.gemaakt])}
      />
      <Section
        id="praktijkvoorbeelden"
        title="gegevens.praktijkvoorbeelden"
        columns={["gegevens.kolom.titel", "gegevens.kolom.status", "gegevens.kolom.wanneer"]}
        rows={data.praktijkvoorbeelden.map((p) => [
          p.titel,
          p.status === "gepubliceerd" ? t("praktijk.gepubliceerd") : t("praktijk.status.concept"),
          p.gemaakt,
        ])}
      />
      <Section
        id="visiewijzigingen"
        title="gegevens.visiewijzigingen"
        columns={["gegevens.kolom.waar", "gegevens.kolom.tekst", "gegevens.kolom.wanneer"]}
        rows={data.visiewijzigingen.map((v) => [
          v.gemeente,
          [
            v.opvatting ? t(`opvatting.${v.opvatting}`) : "",
            ...v.benaderingen.map((b) => t(`benadering.${b}`)),
          ]
            .filter(Boolean)
            .join(" · "),
          v.gewijzigd,
        ])}
      />
      <Section
        id="oogst"
        title="gegevens.oogst"
        columns={["gegevens.kolom.bijeenkomst", "gegevens.kolom.tekst", "gegevens.kolom.wanneer"]}
        rows={data.oogst.map((o) => [
          o.bijeenkomst,
          [o.geleerd, o.proberen, o.vraag].filter(Boolean).join(" · "),
          o.bijgewerkt,
        ])}
      />
      <Section
        id="vervolgacties"
        title="gegevens.vervolgacties"
        columns={[
          "gegevens.kolom.actie",
          "gegevens.kolom.bijeenkomst",
          "gegevens.kolom.uiterlijk",
          "gegevens.kolom.afgerond",
        ]}
        rows={data.vervolgacties.map((a) => [a.actie, a.bijeenkomst, a.uiterlijk, a.afgerond])}
      />
      <Section
        id="meldingsvoorkeuren"
        title="gegevens.meldingsvoorkeuren"
        columns={["gegevens.kolom.naam", "gegevens.kolom.status"]}
        rows={Object.entries(data.meldingsvoorkeuren).map(([category, mode]) => [
          t(`meldingen.categorie.${category as keyof typeof data.meldingsvoorkeuren}`),
          t(`meldingen.bezorging.${mode}`),
        ])}
      />
      <section aria-labelledby="agendakoppeling" className="leerkring-stack">
        <Heading2 id="agendakoppeling">{t("gegevens.agendaKoppeling")}</Heading2>
        <Paragraph>
          {data.agendaKoppeling
            ? t("gegevens.agendaKoppeling.aan", { datum: cell(data.agendaKoppeling.gemaakt) })
            : t("gegevens.geen")}
        </Paragraph>
      </section>
      <Section
        id="meldingen"
        title="gegevens.meldingen"
        intro={
          data.meldingen.length
            ? t("gegevens.meldingen.aantal", { count: data.meldingen.length })
            : undefined
        }
        columns={["gegevens.kolom.link", "gegevens.kolom.wanneer", "gegevens.kolom.gelezen"]}
        rows={data.meldingen.map((m) => [m.link, m.gemaakt, m.gelezen])}
      />
      <Section
        id="mails"
        title="gegevens.mails"
        columns={["gegevens.kolom.onderwerp", "gegevens.kolom.status", "gegevens.kolom.wanneer"]}
        rows={data.mails.map((m) => [m.onderwerp, m.status, m.gemaakt])}
      />
      <Section
        id="auditregels"
        title="gegevens.auditregels"
        intro={t("gegevens.auditregels.uitleg")}
        columns={["gegevens.kolom.wanneer", "gegevens.kolom.actie", "gegevens.kolom.adres"]}
        rows={data.auditregels.map((a) => [a.wanneer, t(`audit.actie.${a.actie}`), a.adres])}
      />
    </>
  );
}
