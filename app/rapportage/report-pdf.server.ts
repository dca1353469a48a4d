import type { ExportDocument } from "#app/export/document.server.ts";
import type { Locale } from "#shared/i18n/locales.ts";
import type { Translate } from "#shared/i18n/index.ts";
import type { ProseMirrorJSON } from "#shared/editor/render.ts";
import type { ReportTable } from "./tables.ts";

// The whole report as a document of the export pipeline (app/export/): a heading per table and
// the table itself, its first row column headers and each row's first cell a row header, so
// the PDF is tagged as the essays are (H2, Table, TH, TD).

const text = (value: string): ProseMirrorJSON[] =>
  value === "" ? [] : [{ type: "text", text: value }];
const paragraph = (value: string): ProseMirrorJSON => ({ type: "paragraph", content: text(value) });
const cell = (type: "tableHeader" | "tableCell", value: string): ProseMirrorJSON => ({
  type,
  content: [paragraph(value)],
});

function tableBlocks(table: ReportTable, empty: string): ProseMirrorJSON[] {
  const heading = { type: "heading", attrs: { level: 2 }, content: text(table.caption) };
  if (table.rows.length === 0) return [heading, paragraph(empty)];
  const header = { type: "tableRow", content: table.columns.map((c) => cell("tableHeader", c)) };
  const rows = table.rows.map((row) => ({
    type: "tableRow",
    content: row.map((value, i) =>
      cell(i === 0 ? "tableHeader" : "tableCell", String(value ?? "")),
    ),
  }));
  return [heading, { type: "table", content: [header, ...rows] }];
}

export function reportDocument(options: {
  seizoen: string;
  /** The season's days in words. */
  period: string;
  tables: ReportTable[];
  t: Translate;
  locale: Locale;
  date: Date;
}): ExportDocument {
  const { t, seizoen } = options;
  return {
    title: t("rapportage.titel", { seizoen }),
    subtitle: t("rapportage.ondertitel"),
    summary: t("rapportage.intro"),
    authors: [],
    date: options.date,
    meta: [{ label: t("rapportage.periode"), value: options.period }],
    json: {
      type: "doc",
      content: options.tables.flatMap((table) => tableBlocks(table, t("rapportage.geenRijen"))),
    },
    locale: options.locale,
  };
}
