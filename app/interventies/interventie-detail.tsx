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
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { Link } from "react-router";
import { Detail } from "#app/components/detail.tsx";
import { TableRegion } from "#app/components/data-table.tsx";
import { usePeriodeLabel } from "#app/monitor/ui.tsx";
import { useT } from "#shared/i18n/index.ts";
import { INTERACTIEFACTOREN, interactieFactorSlugs } from "#db/beleidsinterventies.ts";
import { BESTUURSSTIJLEN, VOORWAARDEN } from "#db/sociale-kwaliteit.ts";
import type { InterventieRow, linkedWijkmetingen } from "./interventies.server.ts";

type Props = {
  interventie: InterventieRow;
  actoren: { slug: string; name: string }[];
  metingen: ReturnType<typeof linkedWijkmetingen>;
};

/** What an intervention is: where, aimed at what, with which instruments and in which style. */
export function InterventieFacts({ interventie: i, metingen }: Omit<Props, "actoren">) {
  const t = useT();
  const label = usePeriodeLabel();
  const stijl = BESTUURSSTIJLEN[i.bestuursstijl];
  const instruments = [
    ...i.instrumentAarden.map((a) => t(`interventie.aard.${a}`)),
    ...(i.instrumentWerking ? [t(`interventie.werking.${i.instrumentWerking}`)] : []),
    ...(i.instrumentReikwijdte ? [t(`interventie.reikwijdte.${i.instrumentReikwijdte}`)] : []),
    ...(i.instrumentRichting ? [t(`interventie.richting.${i.instrumentRichting}`)] : []),
    ...(i.horizontaal ? [t("interventie.horizontaal")] : []),
  ];
  return (
    <DataList className="leerkring-datalist">
      <Detail label={t("veld.gemeente")}>{i.organisationName}</Detail>
      <Detail label={t("interventie.veld.wijken")}>{i.wijken.map((w) => w.name).join(", ")}</Detail>
      <Detail label={t("interventie.veld.voorwaarden")}>
        {VOORWAARDEN.filter((v) => i.voorwaarden.includes(v.slug))
          .map((v) => v.name)
          .join(", ") || t("interventie.geen")}
      </Detail>
      <Detail label={t("interventie.veld.bestuursstijl")}>
        {`${stijl.naam} (${stijl.participatie})`}
      </Detail>
      <Detail label={t("interventie.veld.instrumenten")}>
        {instruments.join(", ") || t("interventie.geen")}
      </Detail>
      <Detail label={t("interventie.veld.onderzoeksdesign")}>
        {i.onderzoeksdesignName ?? t("interventie.geenDesign")}
      </Detail>
      <Detail label={t("interventie.veld.nulmeting")}>{label(i.nulmetingPeriode)}</Detail>
      <Detail label={t("interventie.veld.vervolg")}>
        {i.vervolgPeriode ? label(i.vervolgPeriode) : t("interventie.geenVervolg")}
      </Detail>
      <Detail label={t("interventie.metingen")}>
        {metingen.length === 0 ? (
          t("interventie.geenMetingen")
        ) : (
          <UnorderedList>
            {metingen.map((m) => (
              <UnorderedListItem key={m.id}>
                <Link to={`/monitor/${m.id}`} className="utrecht-link">
                  {t("monitor.meting.titel", { wijk: m.wijk, periode: label(m.periode) })}
                </Link>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </Detail>
      <Detail label={t("interventie.veld.delen")}>
        {i.sharedWithCircle ? t("monitor.ja") : t("monitor.nee")}
      </Detail>
    </DataList>
  );
}

/** Its indicators, the actors' roles and the six factors of interactive policy. */
export function InterventieAims({ interventie: i, actoren }: Omit<Props, "metingen">) {
  const t = useT();
  const present = interactieFactorSlugs.filter((f) => i.factoren.includes(f));
  return (
    <>
      <section aria-labelledby="indicatoren" className="leerkring-stack">
        <Heading2 id="indicatoren">{t("interventie.indicatoren.titel")}</Heading2>
        {i.indicatoren.length === 0 ? (
          <Paragraph>{t("interventie.indicatoren.geen")}</Paragraph>
        ) : (
          <UnorderedList>
            {i.indicatoren.map((ind) => (
              <UnorderedListItem key={ind.id}>
                <span className="leerkring-muted">{ind.code}</span> {ind.text}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>
      <section aria-labelledby="rollen" className="leerkring-stack">
        <Heading2 id="rollen">{t("interventie.veld.rollen")}</Heading2>
        <TableRegion label={t("interventie.veld.rollen")}>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t("interventie.kolom.actor")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("interventie.kolom.rol")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {actoren.map((a) => (
                <TableRow key={a.slug}>
                  <TableHeaderCell scope="row">{a.name}</TableHeaderCell>
                  <TableCell>{i.rollen[a.slug as keyof typeof i.rollen] ?? "–"}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableRegion>
      </section>
      <section aria-labelledby="factoren" className="leerkring-stack">
        <Heading2 id="factoren">{t("interventie.veld.factoren")}</Heading2>
        <Paragraph>
          {t("interventie.factorenAanwezig", { count: present.length, totaal: 6 })}
        </Paragraph>
        <UnorderedList>
          {interactieFactorSlugs.map((f) => (
            <UnorderedListItem key={f}>
              <strong>
                {present.includes(f) ? t("interventie.aanwezig") : t("interventie.nietAanwezig")}
              </strong>
              : {INTERACTIEFACTOREN[f]}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </section>
    </>
  );
}
