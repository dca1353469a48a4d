import type { Catalogue } from "../catalogue.ts";
import type { meldingen as nl } from "../nl/meldingen.ts";

export const meldingen = {
  "meldingen.categorie.bijeenkomsten": "meetings",
  "meldingen.categorie.leervragen": "learning questions",
  "meldingen.categorie.essays": "essays",
  "meldingen.categorie.aan-de-slag": "casework",
  "meldingen.categorie.vermeldingen": "mentions of you",
} as const satisfies Catalogue<typeof nl>;
