import type { Catalogue } from "../catalogue.ts";
import type { zoeken as nl } from "../nl/zoeken.ts";

export const zoeken = {
  "zoeken.titel": "Search",
  "zoeken.titelMet": "Search for ‘{q}’",
  "zoeken.label": "What are you looking for?",
  "zoeken.soort": "Kind",
  "zoeken.soort.leervraag": "Learning question",
  "zoeken.soort.traject": "Local work",
  "zoeken.knop": "Search",
  "zoeken.resultaten_one": "{count} result",
  "zoeken.resultaten_other": "{count} results",
  "zoeken.resultatenMeer_one": "More than {count} result",
  "zoeken.resultatenMeer_other": "More than {count} results",
  "zoeken.geenResultaten":
    "Nothing found. Try another or shorter word; the start of a word is enough.",
  "zoeken.soort.essay": "Essay",
  "zoeken.soort.praktijkvoorbeeld": "Practice example",
  "zoeken.soort.interventie": "Policy intervention",
  "zoeken.soort.notities": "Notes",
  "zoeken.soort.bijlage": "Attachment",
} satisfies Catalogue<typeof nl>;
