import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { useT } from "#shared/i18n/index.ts";

/** The votes per option, as a table (a bar per option is drawn with CSS from the same numbers). */
export function Tally({
  options,
  counts,
  total,
}: {
  options: { value: string; label: string }[];
  counts: Record<string, number>;
  total: number;
}) {
  const t = useT();
  return (
    <div className="leerkring-table-wrapper">
      <Table>
        <TableCaption>{t("besluit.uitslag")}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t("besluit.optie")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("besluit.stemmenAantal")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {options.map((o) => {
            const n = counts[o.value] ?? 0;
            return (
              <TableRow key={o.value}>
                <TableHeaderCell scope="row">{o.label}</TableHeaderCell>
                <TableCell>
                  {t("besluit.stemmenWaarde", {
                    count: n,
                    procent: total ? Math.round((100 * n) / total) : 0,
                  })}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
