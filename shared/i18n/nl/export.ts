// Dutch texts of downloads (PDF and Word).
export const exporteren = {
  "export.auteur": "Auteur",
  "export.auteurs": "Auteurs",
  "export.datum": "Datum",
  "export.samenvatting": "Samenvatting",
  "export.pagina": "Pagina {page} van {pages}",
  "export.status": "Status",
  "export.voetnoten": "Voetnoten",
  "export.terugNaarVoetnoot": "Terug naar voetnoot {number} in de tekst",
} as const;
