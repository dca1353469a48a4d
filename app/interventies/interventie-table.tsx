import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { Link } from "react-router";
import { TableRegion } from "#app/components/data-table.tsx";
import { ChangeText, usePeriodeLabel } from "#app/monitor/ui.tsx";
import { useT } from "#shared/i18n/index.ts";
import { BESTUURSSTIJLEN, type BestuursstijlSlug } from "#db/sociale-kwaliteit.ts";

type Row = {
  id: number;
  title: string;
  organisationName: string;
  bestuursstijl: BestuursstijlSlug;
  nulmetingPeriode: string;
  vervolgPeriode: string | null;
  wijken?: { id: number; name: string }[];
  indicatorCodes?: string[];
};

/** Interventions in a table: on the list, and beside the change in scores on an assessment. */
export function InterventieTable({
  label,
  rows,
  changes,
}: {
  label: string;
  rows: Row[];
  /** On an assessment: the change per indicator code, shown for the indicators each aims at. */
  changes?: Map<string, number | null>;
}) {
  const t = useT();
  const periode = usePeriodeLabel();
  const withWijken = rows.some((r) => r.wijken);
  return (
    <TableRegion label={label}>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t("interventie.veld.titel")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("veld.gemeente")}</TableHeaderCell>
            {withWijken && (
              <TableHeaderCell scope="col">{t("interventie.veld.wijken")}</TableHeaderCell>
            )}
            <TableHeaderCell scope="col">{t("interventie.veld.bestuursstijl")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("interventie.kolom.looptijd")}</TableHeaderCell>
            {changes && (
              <TableHeaderCell scope="col">{t("interventie.kolom.verandering")}</TableHeaderCell>
            )}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.id}>
              <TableHeaderCell scope="row">
                <Link to={`/interventies/${r.id}`} className="utrecht-link">
                  {r.title}
                </Link>
              </TableHeaderCell>
              <TableCell>{r.organisationName}</TableCell>
              {withWijken && <TableCell>{r.wijken?.map((w) => w.name).join(", ")}</TableCell>}
              <TableCell>{BESTUURSSTIJLEN[r.bestuursstijl].naam}</TableCell>
              <TableCell>
                {t("interventie.looptijd", {
                  van: periode(r.nulmetingPeriode),
                  tot: r.vervolgPeriode ? periode(r.vervolgPeriode) : t("interventie.lopend"),
                })}
              </TableCell>
              {changes && (
                <TableCell>
                  {r.indicatorCodes?.length
                    ? r.indicatorCodes.map((code, i) => (
                        <span key={code}>
                          {i > 0 && "; "}
                          {code} <ChangeText value={changes.get(code) ?? null} />
                        </span>
                      ))
                    : t("interventie.geenIndicatoren")}
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableRegion>
  );
}
