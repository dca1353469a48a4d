import type { Catalogue } from "../catalogue.ts";
import type { algemeen as nl } from "../nl/algemeen.ts";

export const algemeen = {
  "app.naarStart": "Leerkring, go to the home page",
  "app.voettekst":
    "Leerkring — national learning programme Strengthening the Social Basis, with Movisie and the Werkplaatsen Sociaal Domein.",
  "nav.naarInhoud": "Skip to content",
  "persoon.voormalig": "former participant",
  "nav.hoofdmenu": "Main menu",
  "nav.overzicht": "Overview",
  "nav.beheer": "Administration",
  "nav.account": "My account",
  "nav.inloggen": "Log in",
  "nav.uitloggen": "Log out",
  "actie.opslaan": "Save",
  "actie.wijzigen": "Edit",
  "actie.annuleren": "Cancel",
  "bevestig.titel": "Are you sure?",
  "bevestig.nee": "No, go back",
  "veld.email": "Email address",
  "veld.wachtwoord": "Password",
  "veld.naam": "Name",
  "veld.organisatie": "Organisation",
  "veld.rol": "Role",
  "veld.soort": "Type of organisation",
  "veld.leerkring": "Learning circle",
  "veld.regio": "Region",
  "veld.schoolregio": "School-holiday region",
  "veld.werkplaats": "Werkplaats Sociaal Domein",
  "veld.kies": "Make a choice",
  "veld.huidigWachtwoord": "Current password",
  "veld.nieuwWachtwoord": "New password",
  "veld.herhaalWachtwoord": "Repeat the new password",
  "veld.wachtwoordEisen":
    "At least 8 and at most 128 characters, and hard to guess: no common password, single word, sequence or anything about yourself. A sentence of four or more words is strong and easy to remember.",
  "rol.beheerder": "Administrator",
  "rol.projectleider": "Project leader",
  "rol.medewerker": "Staff member (Movisie or Werkplaats)",
  "rol.deelnemer": "Participant",
  "soort.programma": "Programme",
  "soort.gemeente": "Municipality",
  "soort.movisie": "Movisie",
  "soort.werkplaats": "Werkplaats Sociaal Domein",
  "soort.welzijnsinstelling": "Welfare organisation",
  "soort.burgerinitiatief": "Citizens' initiative",
  "leerkring.1": "First learning circle",
  "leerkring.2": "Second learning circle",
  "taal.nl": "Nederlands",
  "taal.en": "English",
  "fout.verplicht": "Please fill in this field.",
  "fout.ongeldig": "This value is not valid. Please check what you entered.",
  "fout.teLang": "This is too long. Please shorten it.",
  "fout.maxTekens_one": "At most {count} character. Please shorten it.",
  "fout.maxTekens_other": "At most {count} characters. Please shorten it.",
  "fout.maakKeuze": "Please make a choice.",
  "fout.emailOngeldig": "Enter a valid email address, such as name@gemeente.nl.",
  "fout.wachtwoordTeKort": "The password must be at least 8 characters long.",
  "fout.wachtwoordTeLang": "The password may be at most 128 characters long.",
  "fout.wachtwoordTeBekend":
    "This password is on the list of commonly used passwords, or very close to one, so it is guessed quickly. For example, choose a sentence of four or more words that do not naturally belong together.",
  "fout.wachtwoordTeZwak":
    "This password is too easy to guess. For example, choose a sentence of four or more words that do not naturally belong together.",
  "fout.wachtwoordHerhaling":
    'Repeated characters or parts, such as "aaa" or "abcabc", are easy to guess. For example, choose a sentence of four or more words that do not naturally belong together.',
  "fout.wachtwoordPatroon":
    'Sequences such as "abcd" or "1234" and keyboard patterns such as "qwerty" are easy to guess. For example, choose a sentence of four or more words that do not naturally belong together.',
  "fout.wachtwoordLosWoord":
    "A single word is easy to guess, even with a digit or punctuation mark added. For example, choose a sentence of four or more words that do not naturally belong together.",
  "fout.wachtwoordNaam":
    "First names and surnames are easy to guess. For example, choose a sentence of four or more words that do not naturally belong together.",
  "fout.wachtwoordPersoonlijk":
    "Do not use your name, your e-mail address, your organisation or the word Leerkring: an attacker tries those first. For example, choose a sentence of four or more words that do not naturally belong together.",
  "fout.wachtwoordDatum":
    "Dates and years are easy to guess. For example, choose a sentence of four or more words that do not naturally belong together.",
  "fout.wachtwoordenVerschillen": "The two passwords do not match.",
  "fout.huidigWachtwoordOnjuist": "The current password is incorrect.",
  "fout.inloggenMislukt":
    "This email address and password do not belong to an active account. Please check them and try again.",
  "fout.teVeelPogingen_one":
    "An incorrect password has been entered too many times. Please try again in {count} second.",
  "fout.teVeelPogingen_other":
    "An incorrect password has been entered too many times. Please try again in {count} seconds.",
  "fout.teVeelHerstelverzoeken":
    "Too many reset links were requested from this address. Please try again in an hour.",
  "fout.kiesRol": "Choose a role.",
  "fout.kiesSoort": "Choose the type of organisation.",
  "fout.kiesOrganisatie": "Choose an organisation.",
  "fout.kiesLeerkring": "Choose the learning circle for this municipality.",
  "fout.kiesSchoolregio":
    "Choose north, middle or south as the school-holiday region, or leave it empty.",
  "fout.rolNietToegestaan": "You are not allowed to assign this role.",
  "fout.rolPastNietBijOrganisatie":
    "This role does not fit this organisation. Choose participant for a municipality or local partner, staff for Movisie or a Werkplaats, project leader or administrator for the programme.",
  "fout.bevestigBeheerder":
    "Tick the box to confirm that this person becomes an administrator, or choose another role.",
  "fout.emailHeeftAccount": "There is already an active account with this email address.",
  "fout.naamBestaat": "There is already an organisation with this name.",
  "fout.organisatieNietGevonden": "This organisation does not exist (any more).",
  "fout.accountNietGevonden": "This account does not exist (any more).",
  "fout.uitnodigingNietGevonden":
    "This invitation has already been used, withdrawn or has expired.",
  "fout.sessieNietGevonden": "This session has already been ended.",
  "fout.eigenAccount":
    "You cannot change your own role and status: this prevents you from accidentally locking yourself out. Ask another administrator.",
  "fout.naarStart": "Go to the home page",
  "fout.crossSite":
    "Request refused: it did not come from a Leerkring page. Reload the page and try again.",
  "fout.400.titel": "This request is not valid",
  "fout.400.tekst": "The address or the data are not valid. Check the link or go back.",
  "fout.403.titel": "No access",
  "fout.403.tekst":
    "You are logged in, but your role does not allow you to use this page or action. Do you think this is wrong? Please contact the administrator.",
  "fout.404.titel": "Page not found",
  "fout.404.tekst": "This page does not exist (any more). The link may be out of date.",
  "fout.500.titel": "Something went wrong",
  "fout.500.tekst":
    "Something went wrong on our side. Anything you saved earlier has been kept. Please try again in a few minutes.",
  "fout.405.titel": "Not possible here",
  "fout.405.tekst": "This page does not accept submissions. Go back and use a form.",
  "fout.413.titel": "Too much data",
  "fout.413.tekst": "What you sent is larger than {limiet} MB. Send less at once.",
  "fout.415.titel": "This request is not valid",
  "fout.415.tekst": "This page only accepts data from a form.",
  "fout.eenRegel": "Use a single line of text, without line breaks or tabs.",
  "actie.verwijderen": "Delete",
  "veld.gemeente": "Municipality",
  "paginering.label": "Pagination",
  "paginering.vorige": "Previous page",
  "paginering.volgende": "Next page",
  "paginering.pagina": "Page {pagina} of {totaal}",
  "paginering.paginaZonderTotaal": "Page {pagina}",
  "fout.datumOngeldig": "Enter a date that exists.",
  "fout.kiesKiezers": "Choose who may vote.",
  "fout.kiesUitslag": "Choose when the result is shown.",
  "fout.besluitTweeOpties": "Give at least two options, one per line.",
  "fout.besluitTeveelOpties": "Give at most ten options.",
  "fout.besluitDubbeleOptie": "Each option may appear only once.",
  "fout.deadlineVoorbij": "Choose a deadline in the future.",
  "fout.themaNietVoorgesteld":
    "This theme is not proposed (any more), or a vote on it is already open.",
  "fout.kiesOptie": "Choose one of the options.",
  "fout.alGestemd":
    "A vote has already been cast for your municipality (or by you). A vote can be cast only once.",
  "fout.stemmingGesloten":
    "Voting has closed: the deadline has passed or the decision has been recorded. Your vote was not counted.",
  "fout.alBesloten": "This proposal has already been decided.",
  "fout.kiesBesluit": "Choose accept or decline.",
  "fout.redenAfwijzing": "Write down why the request is declined; the municipality will read it.",
  "fout.alGevraagd":
    "Your municipality already has a request open; the project leaders will decide on it.",
  "fout.geenTweedeKring": "Only municipalities in the second circle can ask to join.",
  "fout.verzoekNietOpen": "This request has already been decided.",
  "fout.apiScopes": "Choose at least one part.",
  "fout.tijdOngeldig": "Enter a time such as 13:30.",
  "fout.eindVoorBegin": "The end time must be after the start time.",
  "fout.datumInVerleden":
    "This meeting lies entirely in the past. Choose a date and time in the future, or tick ‘Already held’ to record a meeting that has taken place.",
  "fout.verplaatsNaarVerleden":
    "A meeting cannot be moved into the past. Choose a moment in the future.",
  "fout.gehoudenInToekomst":
    "A meeting that has yet to begin has not been held. Untick the box, or choose the date on which it was held.",
  "fout.kiesThema": "Choose a theme.",
  "fout.kiesGastgemeente": "Choose the host municipality.",
  "fout.geenEersteKring":
    "The host municipality must be a municipality from the first learning circle.",
  "fout.kiesProjectleider": "Choose an active project leader.",
  "fout.geheelGetal": "Enter a whole number.",
  "fout.minimaalEen": "Enter at least 1.",
  "fout.teGroot": "This number is too large.",
  "fout.kiesAntwoord": "Choose yes, no or maybe.",
  "fout.kiesLeervraag": "Choose a learning question.",
  "fout.intervisieAlleenEersteKring":
    "Intervision is only for municipalities in the first learning circle. Choose a theme meeting or support in your own municipality.",
  "fout.kiesWerkvorm": "Choose at least one way of working.",
  "fout.bijeenkomstNietOpen":
    "This meeting has already been held or cancelled; it can no longer be changed.",
  "fout.bijeenkomstNietGeannuleerd": "This meeting has not been cancelled.",
  "fout.nogNietBegonnen": "A meeting can only be marked as held once it has started.",
  "fout.leervraagNietInTePlannen":
    "This learning question cannot be put on this agenda (any more): it may have been scheduled or withdrawn in the meantime.",
  "nav.agenda": "Calendar",
  "nav.leervragen": "Learning questions",
  "nav.aanDeSlag": "Local work",
  "nav.gemeenten": "Municipalities",
  "nav.themas": "Themes",
  "nav.besluiten": "Decisions",
  "filter.alle": "All",
  "filter.toepassen": "Filter",
  "fout.kiesBijeenkomst": "Choose an intervision session.",
  "fout.kiesGemeente": "Choose a municipality.",
  "nav.zoeken": "Search",
  "nav.essays": "Essays",
} satisfies Catalogue<typeof nl>;
