import { renderHtml, type ProseMirrorJSON } from "#shared/editor/render.ts";
import {
  metadataRows,
  parseBody,
  type ExportDocument,
  type ExportLabels,
} from "./document.server.ts";

// The body is the editor schema's own HTML (shared/editor/render.ts), as on the site; this adds the
// page around it, so the file reads and prints well when opened on its own.

const STYLE = `
body { font: 1.0625rem/1.6 Georgia, "Source Serif 4", serif; color: #1a1a1a; max-width: 42rem;
  margin: 2.5rem auto; padding: 0 1.25rem; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.6em 0 0.5em; }
header { border-bottom: 1px solid #d0d0d0; margin-bottom: 2rem; padding-bottom: 1rem; }
header h1 { font-size: 2rem; margin-top: 0; }
.subtitle { font-size: 1.15rem; font-style: italic; color: #555; }
dl > div { display: flex; gap: 1rem; }
dt { min-width: 8rem; font-weight: 600; color: #555; }
dd { margin: 0; }
li > p { margin: 0.25em 0; }
blockquote { margin: 1em 0; padding-left: 1em; border-left: 3px solid #b5b5b5; color: #333; }
a { color: #1f4e8c; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #b5b5b5; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
th > p, td > p { margin: 0; }
img { max-width: 100%; height: auto; }
.leerkring-footnotes { border-top: 1px solid #d0d0d0; margin-top: 2rem; font-size: 0.9em; }
code { font-family: ui-monospace, "Source Code Pro", Consolas, monospace; font-size: 0.9em; }
@page { size: A4; margin: 2cm; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  a { color: inherit; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; }
  blockquote, li { break-inside: avoid; }
}`;

function escape(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** A standalone HTML5 file: the title block and the body, with print-friendly inline CSS. */
export function toHtmlDocument(doc: ExportDocument, labels: ExportLabels): string {
  const body = renderHtml(parseBody(doc.json).toJSON() as ProseMirrorJSON, {
    heading: labels.footnotes,
    back: labels.footnoteBack,
  });
  const rows = metadataRows(doc, labels)
    .map((row) => `<div><dt>${escape(row.label)}</dt><dd>${escape(row.value)}</dd></div>`)
    .join("\n");
  const head = [
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    // Opened from disk the file has no server headers; it needs no script, font or image.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escape(doc.title)}</title>`,
    doc.authors.length > 0
      ? `<meta name="author" content="${escape(doc.authors.join(", "))}">`
      : "",
    doc.summary ? `<meta name="description" content="${escape(doc.summary)}">` : "",
    `<style>${STYLE}\n</style>`,
  ];
  const header = [
    `<h1>${escape(doc.title)}</h1>`,
    doc.subtitle ? `<p class="subtitle">${escape(doc.subtitle)}</p>` : "",
    `<dl>\n${rows}\n</dl>`,
    doc.summary ? `<p><strong>${escape(labels.summary)}:</strong> ${escape(doc.summary)}</p>` : "",
    doc.source ? `<p>${escape(doc.source)}</p>` : "",
  ];
  return `<!doctype html>
<html lang="${doc.locale}">
<head>
${head.filter(Boolean).join("\n")}
</head>
<body>
<article>
<header>
${header.filter(Boolean).join("\n")}
</header>
${body}
</article>
</body>
</html>
`;
}
