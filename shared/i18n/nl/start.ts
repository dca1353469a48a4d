// Dutch texts of the start page: the landing page for visitors, the dashboard after logging in.
export const start = {
  "landing.titel": "Samen leren over de sociale basis",
  "landing.intro":
    "Leerkring ondersteunt het landelijk leertraject Versterken van de Sociale Basis: gemeenten leren samen, met Movisie en de Werkplaatsen Sociaal Domein als kritische vriend.",
  "landing.sporen":
    "Het leertraject loopt langs drie sporen: landelijke themabijeenkomsten, intervisiebijeenkomsten bij de gemeenten van de eerste leerkring, en samen aan de slag in gemeenten.",
  "landing.themas": "De thema's",
  "landing.voorgesteld": "Voorgesteld thema",
  "landing.bron":
    "Bron: De Sociale Basis: het investeren waard. Samen leren in een nieuwe context (Movisie en Werkplaatsen Sociaal Domein, 2018).",
  "dashboard.titel": "Overzicht",
  "dashboard.welkom": "Welkom, {naam}",
  "dashboard.intro.projectleider":
    "Plan de bijeenkomsten van het seizoen en zet ingediende leervragen op de agenda.",
  "dashboard.intro.medewerker":
    "Je bent critical friend bij bijeenkomsten en schrijft na themabijeenkomsten het essay.",
  "dashboard.intro.deelnemer":
    "Hier zie je de leervragen van je gemeente en de komende bijeenkomsten.",
  "dashboard.intro.beheerder": "Je beheert de organisaties, accounts en uitnodigingen.",
  "dashboard.komend": "Komende bijeenkomsten",
  "dashboard.geenKomend": "Er zijn nog geen bijeenkomsten gepland.",
  "dashboard.wachtend": "Leervragen die wachten op een plek",
  "dashboard.geenWachtend": "Alle ingediende leervragen zijn ingepland.",
  "dashboard.eigenVragen": "Leervragen van {organisatie}",
  "dashboard.geenEigenVragen": "Je gemeente heeft nog geen leervragen ingediend.",
  "dashboard.gehouden": "Gehouden bijeenkomsten",
  "dashboard.geenGehouden": "Er zijn nog geen bijeenkomsten gehouden.",
  "dashboard.beheer": "Beheer",
  "dashboard.actieveAccounts_one": "{count} actief account",
  "dashboard.actieveAccounts_other": "{count} actieve accounts",
  "dashboard.organisaties_one": "{count} organisatie",
  "dashboard.organisaties_other": "{count} organisaties",
  "dashboard.openUitnodigingen_one": "{count} openstaande uitnodiging",
  "dashboard.openUitnodigingen_other": "{count} openstaande uitnodigingen",
  "dashboard.naarBeheer": "Naar beheer",
  "dashboard.volgendeGastheer": "Volgende gastgemeente in de rotatie: {gemeente}.",
  "dashboard.mijnTrajecten": "Mijn trajecten (aan de slag)",
  "dashboard.geenTrajecten": "Je neemt nog niet deel aan een traject in een gemeente.",
  "dashboard.essays": "Essays te schrijven",
  "dashboard.geenEssays": "Er wacht geen essay.",
} as const;
