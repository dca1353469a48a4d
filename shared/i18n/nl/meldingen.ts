// Dutch texts of notifications: the centre at /meldingen, the choices per category, the digests
// and unsubscribing.
export const meldingen = {
  "meldingen.categorie.bijeenkomsten": "bijeenkomsten",
  "meldingen.categorie.leervragen": "leervragen",
  "meldingen.categorie.essays": "essays",
  "meldingen.categorie.aan-de-slag": "aan de slag",
  "meldingen.categorie.vermeldingen": "vermeldingen van jou",
  "meldingen.categorie.beheer": "beheerzaken",
  "meldingen.categorie.besluiten": "besluiten en stemmingen",
  "meldingen.categorie.opvolging": "opvolging van themabijeenkomsten",

  "meldingen.titel": "Meldingen",
  "meldingen.intro": "Alles waarover Leerkring je iets laat weten, het nieuwste eerst.",
  "meldingen.leeg":
    "Je hebt nog geen meldingen. Zodra er iets gebeurt dat jou aangaat, zie je het hier.",
  "meldingen.ongelezen": "Ongelezen",
  "meldingen.gelezen": "Gelezen",
  "meldingen.onbekend": "Melding",
  "meldingen.aantalOngelezen_one": "{count} ongelezen melding",
  "meldingen.aantalOngelezen_other": "{count} ongelezen meldingen",
  "meldingen.geenOngelezen": "Geen ongelezen meldingen",
  "meldingen.allesGelezen": "Alles gelezen",
  "meldingen.allesGelezenGedaan": "Alle meldingen staan op gelezen.",
  "meldingen.nietGevonden": "Deze melding bestaat niet (meer).",
  "meldingen.paginering": "Pagina’s met meldingen",
  "meldingen.pagina": "Pagina {pagina} van {paginas}",
  "meldingen.vorige": "Vorige pagina",
  "meldingen.volgende": "Volgende pagina",
  "meldingen.nav": "Meldingen",
  "meldingen.navOngelezen_one": "Meldingen, {count} ongelezen",
  "meldingen.navOngelezen_other": "Meldingen, {count} ongelezen",

  "meldingen.nieuw.titel": "Nieuw sinds je vorige bezoek",
  "meldingen.nieuw.geen": "Niets nieuws sinds je vorige bezoek.",
  "meldingen.nieuw.naarAlle": "Alle meldingen bekijken",

  "meldingen.bezorging.direct": "Direct een e-mail",
  "meldingen.bezorging.dagelijks": "Eén e-mail per dag (om 7.00 uur)",
  "meldingen.bezorging.wekelijks": "Eén e-mail per week (maandag om 7.00 uur)",
  "meldingen.bezorging.alleen-in-app": "Alleen in Leerkring, geen e-mail",
  "meldingen.keuzes.titel": "Meldingen",
  "meldingen.keuzes.uitleg":
    "Kies per onderwerp hoe je hoort wat er gebeurt. Alles staat ook altijd op de pagina Meldingen.",
  "meldingen.keuzes.over": "Meldingen over {categorie}",
  "meldingen.keuzes.opslaan": "Keuzes opslaan",
  "meldingen.keuzes.opgeslagen": "Je keuzes voor meldingen zijn opgeslagen.",

  "meldingen.digest.onderwerp.dagelijks": "Je dagelijkse overzicht uit Leerkring",
  "meldingen.digest.onderwerp.wekelijks": "Je wekelijkse overzicht uit Leerkring",
  "meldingen.digest.intro_one": "Er is {count} nieuwe melding voor je.",
  "meldingen.digest.intro_other": "Er zijn {count} nieuwe meldingen voor je.",
  "meldingen.digest.waarom.dagelijks":
    "Je krijgt dit overzicht omdat je meldingen over deze onderwerpen één keer per dag per e-mail ontvangt.",
  "meldingen.digest.waarom.wekelijks":
    "Je krijgt dit overzicht omdat je meldingen over deze onderwerpen één keer per week per e-mail ontvangt.",
  "meldingen.digest.afmelden": "Geen e-mails meer over {categorie}",
  "meldingen.digest.naarCentrum": "Al je meldingen bekijken in Leerkring",

  "meldingen.afmelden.titel": "Afmelden",
  "meldingen.afmelden.persoon":
    "Je krijgt dan geen e-mails meer over {categorie}. In Leerkring zie je deze meldingen nog wel, op de pagina Meldingen.",
  "meldingen.afmelden.abonnee":
    "Je krijgt dan geen e-mails meer over nieuwe essays, en we bewaren je e-mailadres niet langer.",
  "meldingen.afmelden.knop": "Afmelden",
  "meldingen.afmelden.gedaanPersoon":
    "Je bent afgemeld: je krijgt geen e-mails meer over {categorie}. Je kunt dit altijd weer aanpassen bij je account.",
  "meldingen.afmelden.gedaanAbonnee":
    "Je bent afgemeld. We sturen je geen e-mails meer en hebben je e-mailadres verwijderd.",
  "meldingen.afmelden.ongeldig":
    "Deze afmeldlink klopt niet of werkt niet meer. Gebruik de hele link uit de e-mail, of log in en pas je keuzes aan bij je account.",
} as const;
