import {
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { TableRegion } from "#app/components/data-table.tsx";
import { useT } from "#shared/i18n/index.ts";
import type { recurringUitdagingen } from "./uitdagingen.server.ts";

/**
 * Which challenges of Schema C recur across the municipalities: shown to project leaders where
 * they choose the cases for intervision (/leervragen).
 */
export function RecurringUitdagingen({ rows }: { rows: ReturnType<typeof recurringUitdagingen> }) {
  const t = useT();
  return (
    <section aria-labelledby="terugkerend" className="leerkring-stack">
      <Heading2 id="terugkerend">{t("uitdaging.terugkerend.titel")}</Heading2>
      <Paragraph>{t("uitdaging.terugkerend.uitleg")}</Paragraph>
      {rows.length === 0 ? (
        <Paragraph>{t("uitdaging.terugkerend.geen")}</Paragraph>
      ) : (
        <>
          <Paragraph>
            <a href="/leervragen/terugkerende-uitdagingen.csv" className="utrecht-link" download>
              {t("uitdaging.terugkerend.csv")}
            </a>
          </Paragraph>
          <TableRegion label={t("uitdaging.terugkerend.titel")}>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t("uitdaging.kolom.uitdaging")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("uitdaging.kolom.actor")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("uitdaging.kolom.gemeenten")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("uitdaging.kolom.wijken")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("uitdaging.kolom.welke")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((r) => (
                  <TableRow key={r.code}>
                    <TableHeaderCell scope="row">
                      <span className="leerkring-muted">{r.code}</span> {r.text}
                    </TableHeaderCell>
                    <TableCell>{r.actorName}</TableCell>
                    <TableCell>{r.gemeenten}</TableCell>
                    <TableCell>{r.wijken}</TableCell>
                    <TableCell>{r.namen.join(", ")}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableRegion>
        </>
      )}
    </section>
  );
}
