// CSV as Dutch spreadsheets open it: semicolons, decimal commas, CRLF and a byte-order mark so
// that accents survive. Text cells that a spreadsheet would run as a formula are defused.

export type CsvCell = string | number | null;

/** The way the monitor writes a figure everywhere (page, chart and CSV): one decimal, a comma. */
export function formatFigure(value: number | null, decimals = 1): string {
  if (value === null) return "";
  return value.toFixed(decimals).replace(".", ",");
}

/** A change with its sign: +0,3, −0,2, 0,0. */
export function formatChange(value: number | null): string {
  if (value === null) return "";
  return value > 0 ? `+${formatFigure(value)}` : formatFigure(value);
}

const FIGURE = /^[+-]?\d+(,\d+)?$/;

function cell(value: CsvCell): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text) && !FIGURE.test(text)) {
    text = `'${text}`;
  }
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return "\uFEFF" + rows.map((r) => r.map(cell).join(";")).join("\r\n") + "\r\n";
}

/** Reads what toCsv wrote (used by the tests and by anyone re-importing an export). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const input = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ";") {
      row.push(field);
      field = "";
    } else if (c === "\r" && input[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** "attachment" with an ASCII file name and the UTF-8 one beside it (RFC 6266). */
export function contentDisposition(filename: string): string {
  const ascii = filename
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9._-]+/g, "-");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
