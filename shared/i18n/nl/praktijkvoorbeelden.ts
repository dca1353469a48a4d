// Practice examples (praktijkvoorbeelden) at /praktijkvoorbeelden, and where they are listed.
export const praktijkvoorbeelden = {
  "praktijk.nav": "Praktijkvoorbeelden",
  "praktijk.lijst": "Praktijkvoorbeelden",
  "praktijk.lijstUitleg":
    "Successen van gemeenten, beschreven zodat anderen ervan kunnen leren: wat werkte, voor wie, en wat ervoor nodig was. Zo verspreidt kennis zich verder dan de bijeenkomst waar ze ontstond.",
  "praktijk.feed": "Abonneer je op nieuwe praktijkvoorbeelden (Atom-feed)",
  "praktijk.feedTitel": "Leerkring – praktijkvoorbeelden van gemeenten",
  "praktijk.nieuw": "Praktijkvoorbeeld schrijven",
  "praktijk.nieuwUitleg":
    "Beschrijf een succes van een gemeente bij een thema. Het blijft een concept tot een medewerker of projectleider het publiceert; dan kan iedereen het lezen.",
  "praktijk.wijzigen": "{titel} wijzigen",
  "praktijk.bewerken": "Concept bewerken",
  "praktijk.opslaanConcept": "Concept opslaan",
  "praktijk.opgeslagen": "Het concept is opgeslagen.",
  "praktijk.publiceren": "Publiceren",
  "praktijk.isGepubliceerd": "Het praktijkvoorbeeld is gepubliceerd.",
  "praktijk.naarConcept": "Terug naar concept om te wijzigen",
  "praktijk.isConcept":
    "Het praktijkvoorbeeld is terug in concept. Lezers zien de gepubliceerde versie tot je opnieuw publiceert.",
  "praktijk.conceptUitleg":
    "Dit is een concept: alleen wie het mag schrijven ziet het, tot het is gepubliceerd.",
  "praktijk.herzieningUitleg":
    "Je ziet de versie in bewerking. Lezers zien de gepubliceerde versie tot die opnieuw is gepubliceerd.",
  "praktijk.kop": "Praktijkvoorbeeld uit {gemeente}",
  "praktijk.regel": "{gemeente}, {thema}",
  "praktijk.gepubliceerd": "Gepubliceerd",
  "praktijk.gepubliceerdeVoorbeelden": "Gepubliceerd",
  "praktijk.inBewerking": "In bewerking",
  "praktijk.aantal_one": "{count} praktijkvoorbeeld",
  "praktijk.aantal_other": "{count} praktijkvoorbeelden",
  "praktijk.geenVoorbeelden": "Er zijn nog geen praktijkvoorbeelden gepubliceerd.",
  "praktijk.geenFilter": "Geen gepubliceerde praktijkvoorbeelden met deze filters.",
  "praktijk.geen": "Geen",
  "praktijk.status.concept": "Concept",
  "praktijk.bron": "Leerkring – Versterken van de Sociale Basis",
  "praktijk.filter.titel": "Filters",
  "praktijk.filter.alle": "Alle",
  "praktijk.filter.toepassen": "Filteren",
  "praktijk.veld.titel": "Titel",
  "praktijk.veld.thema": "Thema",
  "praktijk.veld.bijeenkomst": "Themabijeenkomst",
  "praktijk.veld.bijeenkomstUitleg":
    "De gehouden themabijeenkomst waar het voorbeeld uit voortkwam.",
  "praktijk.veld.traject": "Aan de slag",
  "praktijk.veld.trajectUitleg": "De lokale ondersteuning van deze gemeente waar het over gaat.",
  "praktijk.veld.samenvatting": "Korte samenvatting",
  "praktijk.veld.samenvattingUitleg":
    "Een of twee zinnen: wat lukte er, en waarom is het de moeite waard?",
  "praktijk.veld.tekst": "Tekst",
  "praktijk.veld.tekstUitleg": "Gewone tekst. Een lege regel begint een nieuwe alinea.",
  "praktijk.starten": "Praktijkvoorbeeld schrijven bij deze bijeenkomst",
  "praktijk.startenUitleg":
    "Is er een succes van een gemeente dat anderen verder helpt? Beschrijf het als praktijkvoorbeeld.",
  "praktijk.bijThema": "Praktijkvoorbeelden",
  "praktijk.geenBijThema": "Er zijn nog geen praktijkvoorbeelden bij dit thema.",
  "praktijk.geenBijGemeente": "Er zijn nog geen praktijkvoorbeelden van deze gemeente.",
  "praktijk.melding.gepubliceerd.titel": "Nieuw praktijkvoorbeeld: {titel}",
  "praktijk.melding.gepubliceerd.tekst":
    "Het praktijkvoorbeeld ‘{titel}’ over {gemeente} is gepubliceerd.",
} as const;
