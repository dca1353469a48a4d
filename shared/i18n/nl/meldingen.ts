// Dutch texts of notifications: the centre at /meldingen, the choices per category.
export const meldingen = {
  "meldingen.categorie.bijeenkomsten": "bijeenkomsten",
  "meldingen.categorie.leervragen": "leervragen",
  "meldingen.categorie.essays": "essays",
  "meldingen.categorie.aan-de-slag": "aan de slag",
  "meldingen.categorie.vermeldingen": "vermeldingen van jou",
} as const;
