import type { Catalogue } from "../catalogue.ts";
import type { meldingen as nl } from "../nl/meldingen.ts";

export const meldingen = {
  "meldingen.categorie.bijeenkomsten": "meetings",
  "meldingen.categorie.leervragen": "learning questions",
  "meldingen.categorie.essays": "essays",
  "meldingen.categorie.aan-de-slag": "casework",
  "meldingen.categorie.vermeldingen": "mentions of you",
  "meldingen.categorie.beheer": "administration",
  "meldingen.categorie.besluiten": "decisions and votes",
  "meldingen.categorie.opvolging": "follow-up of theme meetings",

  "meldingen.titel": "Notifications",
  "meldingen.intro": "Everything Leerkring lets you know about, newest first.",
  "meldingen.leeg":
    "You have no notifications yet. As soon as something happens that concerns you, you will see it here.",
  "meldingen.ongelezen": "Unread",
  "meldingen.gelezen": "Read",
  "meldingen.onbekend": "Notification",
  "meldingen.aantalOngelezen_one": "{count} unread notification",
  "meldingen.aantalOngelezen_other": "{count} unread notifications",
  "meldingen.geenOngelezen": "No unread notifications",
  "meldingen.allesGelezen": "Mark all as read",
  "meldingen.allesGelezenGedaan": "All notifications are marked as read.",
  "meldingen.nietGevonden": "This notification does not exist (any more).",
  "meldingen.paginering": "Pages of notifications",
  "meldingen.pagina": "Page {pagina} of {paginas}",
  "meldingen.vorige": "Previous page",
  "meldingen.volgende": "Next page",
  "meldingen.nav": "Notifications",
  "meldingen.navOngelezen_one": "Notifications, {count} unread",
  "meldingen.navOngelezen_other": "Notifications, {count} unread",

  "meldingen.nieuw.titel": "New since your last visit",
  "meldingen.nieuw.geen": "Nothing new since your last visit.",
  "meldingen.nieuw.naarAlle": "See all notifications",

  "meldingen.bezorging.direct": "An e-mail straight away",
  "meldingen.bezorging.dagelijks": "One e-mail a day (at 7:00)",
  "meldingen.bezorging.wekelijks": "One e-mail a week (Monday at 7:00)",
  "meldingen.bezorging.alleen-in-app": "Only in Leerkring, no e-mail",
  "meldingen.keuzes.titel": "Notifications",
  "meldingen.keuzes.uitleg":
    "Choose per subject how you hear what happens. Everything is always on the Notifications page too.",
  "meldingen.keuzes.over": "Notifications about {categorie}",
  "meldingen.keuzes.opslaan": "Save choices",
  "meldingen.keuzes.opgeslagen": "Your notification choices have been saved.",

  "meldingen.digest.onderwerp.dagelijks": "Your daily summary from Leerkring",
  "meldingen.digest.onderwerp.wekelijks": "Your weekly summary from Leerkring",
  "meldingen.digest.intro_one": "There is {count} new notification for you.",
  "meldingen.digest.intro_other": "There are {count} new notifications for you.",
  "meldingen.digest.waarom.dagelijks":
    "You get this summary because you receive notifications about these subjects by e-mail once a day.",
  "meldingen.digest.waarom.wekelijks":
    "You get this summary because you receive notifications about these subjects by e-mail once a week.",
  "meldingen.digest.afmelden": "No more e-mails about {categorie}",
  "meldingen.digest.naarCentrum": "See all your notifications in Leerkring",

  "meldingen.afmelden.titel": "Unsubscribe",
  "meldingen.afmelden.persoon":
    "You will no longer get e-mails about {categorie}. You will still see these notifications in Leerkring, on the Notifications page.",
  "meldingen.afmelden.abonnee":
    "You will no longer get e-mails about new essays, and we will no longer keep your e-mail address.",
  "meldingen.afmelden.knop": "Unsubscribe",
  "meldingen.afmelden.gedaanPersoon":
    "You have unsubscribed: you will no longer get e-mails about {categorie}. You can change this at any time in your account.",
  "meldingen.afmelden.gedaanAbonnee":
    "You have unsubscribed. We will send you no more e-mails and have deleted your e-mail address.",
  "meldingen.afmelden.ongeldig":
    "This unsubscribe link is not right or no longer works. Use the whole link from the e-mail, or sign in and change your choices in your account.",
} as const satisfies Catalogue<typeof nl>;
