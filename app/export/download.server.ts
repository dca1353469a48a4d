import { translator, type Translate } from "#shared/i18n/index.ts";
import type { Locale } from "#shared/i18n/locales.ts";
import type { ExportDocument, ExportLabels } from "./document.server.ts";
import {
  exportResponse,
  isExportFormat,
  renderExport,
  type ExportFormat,
} from "./response.server.ts";

/** The format a download URL asks for, from its extension (`/essays/x.pdf`); null when none. */
export function formatFromUrl(request: Request): ExportFormat | null {
  const extension = new URL(request.url).pathname.split(".").pop();
  return isExportFormat(extension) ? extension : null;
}

function labels(t: Translate): ExportLabels {
  return {
    author: t("export.auteur"),
    authors: t("export.auteurs"),
    date: t("export.datum"),
    summary: t("export.samenvatting"),
    page: t("export.pagina"),
    footnotes: t("export.voetnoten"),
    footnoteBack: t("export.terugNaarVoetnoot"),
  };
}

/** Renders a document in the asked format as a download, with the catalogue's fixed words. */
export async function download(
  format: ExportFormat,
  locale: Locale,
  build: (t: Translate) => ExportDocument,
): Promise<Response> {
  const t = translator(locale);
  const doc = build(t);
  return exportResponse(format, await renderExport(format, doc, labels(t)), doc.title);
}
