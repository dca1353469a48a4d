// Dutch texts of downloads (PDF and Word).
export const exporteren = {
  "export.auteur": "Auteur",
  "export.auteurs": "Auteurs",
  "export.datum": "Datum",
  "export.samenvatting": "Samenvatting",
  "export.pagina": "Pagina {page} van {pages}",
  "export.status": "Status",
} as const;
