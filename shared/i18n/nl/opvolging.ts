// Follow-up after a theme meeting: the harvest, action items, the essay's due date.
export const opvolging = {
  "opvolging.titel": "Opvolging: {titel}",
  "opvolging.kop": "Opvolging",
  "opvolging.intro":
    "Na de themabijeenkomst halen we op wat er geleerd is, spreken we vervolgacties af en schrijven Movisie en de Werkplaatsen het essay.",
  "opvolging.terug": "Terug naar de bijeenkomst",
  "opvolging.link": "Opvolging: oogst, vervolgacties en deadline van het essay",

  "opvolging.oogst.titel": "Oogst",
  "opvolging.oogst.uitleg":
    "Drie korte vragen voor wie erbij was. Alleen wie het essay schrijft (medewerkers en projectleiders) ziet je antwoorden, met je naam. Je kunt ze aanpassen tot het essay is gepubliceerd.",
  "opvolging.oogst.geleerd": "Wat heb je geleerd?",
  "opvolging.oogst.proberen": "Wat ga je uitproberen?",
  "opvolging.oogst.vraag": "Welke vraag bleef liggen?",
  "opvolging.oogst.opslaan": "Oogst opslaan",
  "opvolging.oogst.ingevuld": "Je hebt je oogst ingevuld. Je kunt haar nog aanpassen.",
  "opvolging.oogst.gesloten": "Het essay is gepubliceerd: de oogst is gesloten.",
  "opvolging.oogst.alleenAanwezigen": "Alleen wie bij de bijeenkomst was, vult de oogst in.",
  "opvolging.oogst.aantal_one": "{count} aanwezige heeft de oogst ingevuld.",
  "opvolging.oogst.aantal_other": "{count} aanwezigen hebben de oogst ingevuld.",
  "opvolging.oogst.naarEssay": "De antwoorden staan naast het essay",
  "opvolging.oogstOpgeslagen": "Je oogst is opgeslagen. Dank je wel!",

  "opvolging.essay.titel": "Essay",
  "opvolging.essay.deadline": "Het essay moet uiterlijk {datum} gepubliceerd zijn.",
  "opvolging.essay.gepubliceerd": "Het essay is gepubliceerd.",
  "opvolging.essay.geenDeadline": "Voor het essay is geen deadline vastgelegd.",
  "opvolging.essay.veld.deadline": "Deadline van het essay",
  "opvolging.essay.wijzigen": "Deadline wijzigen",
  "opvolging.deadlineOpgeslagen": "De deadline van het essay is gewijzigd.",

  "opvolging.acties.titel": "Vervolgacties",
  "opvolging.acties.geen": "Er zijn nog geen vervolgacties afgesproken.",
  "opvolging.acties.kolom.actie": "Actie",
  "opvolging.acties.kolom.eigenaar": "Wie",
  "opvolging.acties.kolom.datum": "Uiterlijk",
  "opvolging.acties.kolom.status": "Status",
  "opvolging.acties.open": "Open",
  "opvolging.acties.verlopen": "Verlopen",
  "opvolging.acties.afgerond": "Afgerond op {datum}",
  "opvolging.acties.afronden": "Afronden",
  "opvolging.acties.nieuw": "Vervolgactie toevoegen",
  "opvolging.acties.veld.tekst": "Wat moet er gebeuren?",
  "opvolging.acties.veld.eigenaar": "Wie pakt het op?",
  "opvolging.acties.veld.datum": "Uiterlijk op",
  "opvolging.acties.kiesEigenaar": "Kies iemand",
  "opvolging.acties.toevoegen": "Toevoegen",
  "opvolging.acties.uitleg":
    "Wie de actie oppakt krijgt een melding, en op de dag dat ze klaar moet zijn een herinnering.",
  "opvolging.actieToegevoegd": "De vervolgactie is toegevoegd.",
  "opvolging.actieAfgerond": "De vervolgactie is afgerond.",

  "opvolging.antwoorden.titel": "Oogst van de deelnemers",
  "opvolging.antwoorden.uitleg":
    "Wat de aanwezigen na de bijeenkomst invulden. Alleen wie het essay schrijft ziet dit, met de namen.",
  "opvolging.antwoorden.geen": "Nog niemand heeft de oogst ingevuld.",
  "opvolging.antwoorden.geleerd": "Geleerd",
  "opvolging.antwoorden.proberen": "Gaat uitproberen",
  "opvolging.antwoorden.vraag": "Bleef liggen",
  "opvolging.antwoorden.naarOpvolging": "Vervolgacties en deadline",

  "opvolging.dashboard.titel": "Opvolging",
  "opvolging.dashboard.geen": "Je hebt geen openstaande opvolging.",
  "opvolging.dashboard.actie": "{bijeenkomst} · uiterlijk {datum}",
  "opvolging.dashboard.oogst": "Vul je oogst in: {bijeenkomst}",
  "opvolging.dashboard.essay": "Essay over de deadline: {titel}",

  "opvolging.melding.oogst.titel": "Wat heb je geleerd bij {bijeenkomst}?",
  "opvolging.melding.oogst.tekst":
    "Je was bij de themabijeenkomst ‘{bijeenkomst}’. Vertel in drie korte vragen wat je hebt geleerd, wat je gaat uitproberen en welke vraag bleef liggen. De schrijvers van het essay gebruiken je antwoorden.",
  "opvolging.melding.actie.titel": "Vervolgactie voor jou: {tekst}",
  "opvolging.melding.actie.tekst":
    "Na de themabijeenkomst ‘{bijeenkomst}’ is deze vervolgactie aan jou gegeven: {tekst}. Bekijk wanneer ze klaar moet zijn.",
  "opvolging.melding.actieHerinnering.titel": "Herinnering: {tekst}",
  "opvolging.melding.actieHerinnering.tekst":
    "De vervolgactie ‘{tekst}’ van ‘{bijeenkomst}’ moet vandaag klaar zijn, of had al klaar moeten zijn. Rond haar af in Leerkring als ze klaar is.",
  "opvolging.melding.essayBijna.titel": "Deadline nadert: {titel}",
  "opvolging.melding.essayBijna.tekst":
    "Het essay ‘{titel}’ moet binnen een week gepubliceerd zijn.",
  "opvolging.melding.essayVerlopen.titel": "Deadline verstreken: {titel}",
  "opvolging.melding.essayVerlopen.tekst":
    "De deadline van het essay ‘{titel}’ is verstreken en het is nog niet gepubliceerd.",
};
