import {
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { TableRegion } from "#app/components/data-table.tsx";
import { useT } from "#shared/i18n/index.ts";
import type { ReportTable } from "./tables.ts";

/** One table of the report, its first cell a row header, with its CSV download below it. */
export function ReportTableView({ table, seizoen }: { table: ReportTable; seizoen: string }) {
  const t = useT();
  return (
    <section aria-labelledby={`tabel-${table.slug}`} className="leerkring-stack">
      <Heading2 id={`tabel-${table.slug}`}>{table.caption}</Heading2>
      {table.rows.length === 0 ? (
        <Paragraph>{t("rapportage.geenRijen")}</Paragraph>
      ) : (
        <TableRegion label={table.caption}>
          <Table data-tabel={table.slug}>
            {/* The heading above says the same; the caption names the table for screen readers. */}
            <TableCaption className="visually-hidden">{table.caption}</TableCaption>
            <TableHeader>
              <TableRow>
                {table.columns.map((column) => (
                  <TableHeaderCell key={column} scope="col">
                    {column}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {table.rows.map((row, r) => (
                <TableRow key={r}>
                  {row.map((value, i) =>
                    i === 0 ? (
                      <TableHeaderCell key={i} scope="row">
                        {value}
                      </TableHeaderCell>
                    ) : (
                      <TableCell key={i}>{value ?? "—"}</TableCell>
                    ),
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableRegion>
      )}
      <Paragraph>
        <a href={`/rapportage/${seizoen}/${table.slug}.csv`} className="utrecht-link" download>
          {t("rapportage.csv", { tabel: table.caption })}
        </a>
      </Paragraph>
    </section>
  );
}
