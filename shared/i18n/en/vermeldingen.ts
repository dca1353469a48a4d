import type { Catalogue } from "../catalogue.ts";
import type { vermeldingen as nl } from "../nl/vermeldingen.ts";

export const vermeldingen = {
  "vermeldingen.lijst": "People to mention",
  "vermeldingen.uitleg":
    "Type @ and a name to mention someone. Only people who may read this document are listed, and they are notified.",
  "vermeldingen.aantal_one":
    "{count} person found. Choose with the up and down arrows, confirm with Enter.",
  "vermeldingen.aantal_other":
    "{count} people found. Choose with the up and down arrows, confirm with Enter.",
  "vermeldingen.geen": "Nobody found who may read this document.",
  "vermeldingen.fout": "Searching for people does not work right now. Please try again shortly.",
  "vermeldingen.melding.genoemd.titel": "{wie} mentioned you in ‘{document}’",
  "vermeldingen.melding.genoemd.tekst":
    "{wie} mentioned you in ‘{document}’. Open the document to read what it is about.",
  "vermeldingen.melding.genoemdDoorIemand.titel": "You were mentioned in ‘{document}’",
  "vermeldingen.melding.genoemdDoorIemand.tekst":
    "Someone mentioned you in ‘{document}’. Open the document to read what it is about.",
  "vermeldingen.melding.geweigerd.titel": "Mention of {naam} not delivered",
  "vermeldingen.melding.geweigerd.tekst":
    "{naam} may not read ‘{document}’, so {naam} gets no notification of the mention. Remove the mention or ask a project leader for access.",
} satisfies Catalogue<typeof nl>;
