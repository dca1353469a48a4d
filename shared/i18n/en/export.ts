import type { Catalogue } from "../catalogue.ts";
import type { exporteren as nl } from "../nl/export.ts";

export const exporteren = {
  "export.auteur": "Author",
  "export.auteurs": "Authors",
  "export.datum": "Date",
  "export.samenvatting": "Summary",
  "export.pagina": "Page {page} of {pages}",
  "export.status": "Status",
  "export.voetnoten": "Notes",
  "export.terugNaarVoetnoot": "Back to note {number} in the text",
} satisfies Catalogue<typeof nl>;
