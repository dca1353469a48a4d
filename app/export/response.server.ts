import type { ExportDocument, ExportLabels } from "./document.server.ts";
import { toDocx } from "./docx.server.ts";
import { toHtmlDocument } from "./html.server.ts";
import { toMarkdown } from "./markdown.server.ts";
import { toPdf } from "./pdf.server.ts";

/** The formats, named by their file extension as in `/essays/:slug.pdf`. */
export const EXPORT_FORMATS = ["pdf", "docx", "md", "html"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: unknown): value is ExportFormat {
  return EXPORT_FORMATS.some((format) => format === value);
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  md: "text/markdown; charset=utf-8",
  html: "text/html; charset=utf-8",
};

export function renderExport(
  format: ExportFormat,
  doc: ExportDocument,
  labels: ExportLabels,
): Promise<Buffer | string> {
  switch (format) {
    case "pdf":
      return toPdf(doc, labels);
    case "docx":
      return toDocx(doc, labels);
    case "md":
      return Promise.resolve(toMarkdown(doc, labels));
    case "html":
      return Promise.resolve(toHtmlDocument(doc, labels));
  }
}

/** A download: the format's Content-Type and a file name that survives every browser. */
export function exportResponse(
  format: ExportFormat,
  body: Buffer | string,
  filenameBase: string,
): Response {
  const name = filenameBase
    .normalize("NFC")
    .replace(/[\p{Cc}\\/:*?"<>|]+/gu, " ")
    .replace(/\s+/g, " ")
    .replace(/^[\s.]+|\s+$/g, "") // no hidden file, no name that climbs a directory
    .slice(0, 120)
    .trim();
  // Old clients read only `filename`, which must be ASCII; others prefer the UTF-8 `filename*`.
  const ascii =
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .toLowerCase() || "document";
  const utf8 = encodeURIComponent(name || ascii).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return new Response(typeof body === "string" ? body : new Uint8Array(body), {
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${ascii}.${format}"; filename*=UTF-8''${utf8}.${format}`,
    },
  });
}
