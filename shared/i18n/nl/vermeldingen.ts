// @vermeldingen in een gedeeld document: de keuzelijst in de editor en de melding aan wie genoemd is.
export const vermeldingen = {
  "vermeldingen.lijst": "Personen om te noemen",
  "vermeldingen.uitleg":
    "Typ @ en een naam om iemand te noemen. Alleen wie dit document mag lezen staat in de lijst en krijgt een melding.",
  "vermeldingen.aantal_one":
    "{count} persoon gevonden. Kies met pijl omhoog en omlaag, bevestig met Enter.",
  "vermeldingen.aantal_other":
    "{count} personen gevonden. Kies met pijl omhoog en omlaag, bevestig met Enter.",
  "vermeldingen.geen": "Niemand gevonden die dit document mag lezen.",
  "vermeldingen.fout": "Zoeken naar personen lukt nu niet. Probeer het zo opnieuw.",
  "vermeldingen.melding.genoemd.titel": "{wie} noemde je in ‘{document}’",
  "vermeldingen.melding.genoemd.tekst":
    "{wie} heeft je genoemd in ‘{document}’. Open het document om te lezen waar het over gaat.",
  "vermeldingen.melding.genoemdDoorIemand.titel": "Je bent genoemd in ‘{document}’",
  "vermeldingen.melding.genoemdDoorIemand.tekst":
    "Iemand heeft je genoemd in ‘{document}’. Open het document om te lezen waar het over gaat.",
  "vermeldingen.melding.geweigerd.titel": "Vermelding van {naam} niet afgeleverd",
  "vermeldingen.melding.geweigerd.tekst":
    "{naam} mag ‘{document}’ niet lezen. Daarom krijgt {naam} geen melding van de vermelding. Haal de vermelding weg of vraag een projectleider om toegang.",
} as const;
