import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import type { Key, ReactNode } from "react";

/**
 * A table inside a region that scrolls sideways when the screen is narrow; the region is named
 * by the caption and can be reached with the keyboard (WCAG 2.1.1).
 */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      className="leerkring-table-wrapper leerkring-table-region"
      role="region"
      aria-label={label}
      tabIndex={0}
    >
      {children}
    </div>
  );
}

export type Column<Row> = { label: ReactNode; cell: (row: Row) => ReactNode };

/**
 * A list of records as a captioned table: one row a record, one column a field. The first cell
 * names the row (a row header) unless `rowHeader` is false. With no rows, `empty` is said instead
 * of the table (a list that cannot be empty leaves it out).
 * Tables with more shape (grouped rows, totals, forms in cells) use the Utrecht parts directly.
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  empty,
  rowHeader = true,
}: {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => Key;
  empty?: ReactNode;
  rowHeader?: boolean;
}) {
  if (rows.length === 0 && empty !== undefined) return <Paragraph>{empty}</Paragraph>;
  return (
    <TableRegion label={caption}>
      <Table>
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            {columns.map((column, i) => (
              <TableHeaderCell key={i} scope="col">
                {column.label}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={rowKey(row)}>
              {columns.map((column, i) =>
                i === 0 && rowHeader ? (
                  <TableHeaderCell key={i} scope="row">
                    {column.cell(row)}
                  </TableHeaderCell>
                ) : (
                  <TableCell key={i}>{column.cell(row)}</TableCell>
                ),
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableRegion>
  );
}
