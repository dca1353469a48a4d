// Dutch texts of search.
export const zoeken = {
  "zoeken.titel": "Zoeken",
  "zoeken.titelMet": "Zoeken naar ‘{q}’",
  "zoeken.label": "Waar zoek je naar?",
  "zoeken.soort": "Soort",
  "zoeken.soort.leervraag": "Leervraag",
  "zoeken.soort.traject": "Aan de slag",
  "zoeken.knop": "Zoeken",
  "zoeken.resultaten_one": "{count} resultaat",
  "zoeken.resultaten_other": "{count} resultaten",
  "zoeken.resultatenMeer_one": "Meer dan {count} resultaat",
  "zoeken.resultatenMeer_other": "Meer dan {count} resultaten",
  "zoeken.geenResultaten":
    "Niets gevonden. Probeer een ander of korter woord; een begin van een woord is genoeg.",
  "zoeken.soort.essay": "Essay",
  "zoeken.soort.praktijkvoorbeeld": "Praktijkvoorbeeld",
  "zoeken.soort.interventie": "Beleidsinterventie",
  "zoeken.soort.notities": "Notities",
  "zoeken.soort.bijlage": "Bijlage",
} as const;
