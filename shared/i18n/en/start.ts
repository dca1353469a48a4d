import type { Catalogue } from "../catalogue.ts";
import type { start as nl } from "../nl/start.ts";

export const start = {
  "landing.titel": "Learning together about the social basis",
  "landing.intro":
    "Leerkring supports the national learning programme Strengthening the Social Basis: municipalities learn together, with Movisie and the Werkplaatsen Sociaal Domein as critical friend.",
  "landing.sporen":
    "The learning programme follows three tracks: national theme meetings, intervision sessions at the municipalities of the first learning circle, and working together in municipalities.",
  "landing.themas": "The themes",
  "landing.voorgesteld": "Proposed theme",
  "landing.bron":
    "Source: De Sociale Basis: het investeren waard. Samen leren in een nieuwe context (Movisie and Werkplaatsen Sociaal Domein, 2018).",
  "dashboard.titel": "Overview",
  "dashboard.welkom": "Welcome, {naam}",
  "dashboard.intro.projectleider":
    "Plan the season's meetings and put submitted learning questions on the agenda.",
  "dashboard.intro.medewerker":
    "You act as critical friend at meetings and write the essay after theme meetings.",
  "dashboard.intro.deelnemer":
    "Here you can see your municipality's learning questions and the upcoming meetings.",
  "dashboard.intro.beheerder": "You manage the organisations, accounts and invitations.",
  "dashboard.komend": "Upcoming meetings",
  "dashboard.geenKomend": "No meetings have been scheduled yet.",
  "dashboard.wachtend": "Learning questions waiting for a slot",
  "dashboard.geenWachtend": "All submitted learning questions have been scheduled.",
  "dashboard.eigenVragen": "Learning questions from {organisatie}",
  "dashboard.geenEigenVragen": "Your municipality has not submitted any learning questions yet.",
  "dashboard.gehouden": "Past meetings",
  "dashboard.geenGehouden": "No meetings have been held yet.",
  "dashboard.beheer": "Administration",
  "dashboard.actieveAccounts_one": "{count} active account",
  "dashboard.actieveAccounts_other": "{count} active accounts",
  "dashboard.organisaties_one": "{count} organisation",
  "dashboard.organisaties_other": "{count} organisations",
  "dashboard.openUitnodigingen_one": "{count} pending invitation",
  "dashboard.openUitnodigingen_other": "{count} pending invitations",
  "dashboard.naarBeheer": "Go to administration",
  "dashboard.volgendeGastheer": "Next host municipality in the rotation: {gemeente}.",
  "dashboard.mijnTrajecten": "My local projects (local work)",
  "dashboard.geenTrajecten": "You are not yet taking part in a local project in a municipality.",
  "dashboard.essays": "Essays to write",
  "dashboard.geenEssays": "No essay is waiting.",
} satisfies Catalogue<typeof nl>;
