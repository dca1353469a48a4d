import type { MessageKey } from "./nl.ts";

// The English catalogue, selectable per account. Keys mirror nl.ts; TypeScript checks they all exist.
export const en: Record<MessageKey, string> = {
  "app.naarStart": "Leerkring, go to the home page",
  "app.voettekst":
    "Leerkring — national learning programme Strengthening the Social Basis, with Movisie and the Werkplaatsen Sociaal Domein.",

  "nav.naarInhoud": "Skip to content",
  "nav.hoofdmenu": "Main menu",
  "nav.overzicht": "Overview",
  "nav.beheer": "Administration",
  "nav.account": "My account",
  "nav.inloggen": "Log in",
  "nav.uitloggen": "Log out",

  "actie.opslaan": "Save",
  "actie.wijzigen": "Edit",
  "actie.annuleren": "Cancel",

  "veld.email": "Email address",
  "veld.wachtwoord": "Password",
  "veld.naam": "Name",
  "veld.organisatie": "Organisation",
  "veld.rol": "Role",
  "veld.soort": "Type of organisation",
  "veld.leerkring": "Learning circle",
  "veld.regio": "Region",
  "veld.werkplaats": "Werkplaats Sociaal Domein",
  "veld.kies": "Make a choice",
  "veld.huidigWachtwoord": "Current password",
  "veld.nieuwWachtwoord": "New password",
  "veld.herhaalWachtwoord": "Repeat the new password",
  "veld.wachtwoordEisen":
    "At least 8 and at most 128 characters. A commonly used password will be rejected; a sentence of a few words is strong and easy to remember.",

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

  "bijeenkomst.soort.thema": "Theme meeting",
  "bijeenkomst.soort.intervisie": "Intervision session",

  "leervraag.status.ingediend": "Submitted",
  "leervraag.status.ingepland": "Scheduled",
  "leervraag.status.besproken": "Discussed",
  "leervraag.status.opvolging": "In follow-up",
  "leervraag.status.afgerond": "Completed",
  "leervraag.status.ingetrokken": "Withdrawn",

  "fout.verplicht": "Please fill in this field.",
  "fout.ongeldig": "This value is not valid. Please check what you entered.",
  "fout.teLang": "This is too long. Please shorten it.",
  "fout.emailOngeldig": "Enter a valid email address, such as name@gemeente.nl.",
  "fout.wachtwoordTeKort": "The password must be at least 8 characters long.",
  "fout.wachtwoordTeLang": "The password may be at most 128 characters long.",
  "fout.wachtwoordTeBekend":
    "This password is on the list of commonly used passwords. Please choose another.",
  "fout.wachtwoordenVerschillen": "The two passwords do not match.",
  "fout.huidigWachtwoordOnjuist": "The current password is incorrect.",
  "fout.inloggenMislukt":
    "This email address and password do not belong to an active account. Please check them and try again.",
  "fout.teVeelPogingen":
    "An incorrect password has been entered too many times. Please try again in {seconden} seconds.",
  "fout.kiesRol": "Choose a role.",
  "fout.kiesSoort": "Choose the type of organisation.",
  "fout.kiesOrganisatie": "Choose an organisation.",
  "fout.kiesLeerkring": "Choose the learning circle for this municipality.",
  "fout.rolNietToegestaan": "You are not allowed to assign this role.",
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
  "dashboard.actieveAccounts": "{aantal} active accounts",
  "dashboard.organisaties": "{aantal} organisations",
  "dashboard.openUitnodigingen": "{aantal} pending invitations",
  "dashboard.naarBeheer": "Go to administration",

  "inloggen.titel": "Log in",
  "inloggen.knop": "Log in",
  "inloggen.vergeten": "Forgotten your password?",
  "inloggen.uitnodiging":
    "No account yet? Accounts are created by invitation from a project leader or administrator.",
  "inloggen.wachtwoordHersteld": "Your password has been changed. Log in with your new password.",

  "vergeten.titel": "Forgotten password",
  "vergeten.uitleg":
    "Enter the email address of your account. We will create a link with which you can choose a new password; the link is valid for two hours.",
  "vergeten.knop": "Request reset link",
  "vergeten.verstuurd":
    "If an active account belongs to this address, a reset link has been created. Until Leerkring sends emails, the administrator will give you that link.",

  "herstellen.titel": "Choose a new password",
  "herstellen.knop": "Save password",
  "herstellen.ongeldig":
    "This reset link is not valid (any more). A link works once and for two hours. Please request a new one.",

  "uitnodiging.titel": "Accept invitation",
  "uitnodiging.uitleg":
    "You have been invited to Leerkring as {rol} at {organisatie}, with the address {email}. Choose your name and a password.",
  "uitnodiging.knop": "Create account",
  "uitnodiging.ongeldig":
    "This invitation is not valid (any more): it has already been used, withdrawn or has expired. Ask the person who invited you for a new one.",
  "uitnodiging.alAccount":
    "An account with this email address already exists. Log in or request a reset link.",

  "account.titel": "My account",
  "account.profiel": "Profile",
  "account.taal": "Language",
  "account.taalLabel": "Language of Leerkring",
  "account.taalOpslaan": "Save language",
  "account.taalOpgeslagen": "Your language choice has been saved.",
  "account.wachtwoordWijzigen": "Change password",
  "account.wachtwoordOpslaan": "Change password",
  "account.wachtwoordGewijzigd":
    "Your password has been changed. Your other sessions have been ended; you will need to log in again on those devices.",
  "account.sessies": "Active sessions",
  "account.sessiesUitleg":
    "These are the devices on which you are logged in. If you do not recognise one, end that session and change your password.",
  "account.apparaat": "Device",
  "account.gestart": "Logged in on",
  "account.laatstActief": "Last active",
  "account.actie": "Action",
  "account.dezeSessie": "this session",
  "account.onbekendApparaat": "Unknown device",
  "account.beeindigen": "End",
  "account.uitloggenHier": "Log out here",
  "account.sessieBeeindigd": "The session has been ended.",
  "account.andereSessiesBeeindigen": "End all other sessions",
  "account.andereSessiesBeeindigd": "Your other sessions have been ended.",

  "beheer.titel": "Administration",
  "beheer.onderdelen": "Administration sections",
  "beheer.uitnodigingen": "Invitations",
  "beheer.organisaties": "Organisations",
  "beheer.accounts": "Accounts",

  "uitnodigen.titel": "Invite someone",
  "uitnodigen.uitleg":
    "The invitee receives a link that is valid for seven days and works once. Until Leerkring sends emails, you pass that link on yourself.",
  "uitnodigen.knop": "Create invitation",
  "uitnodigen.aangemaakt": "The invitation has been created.",
  "uitnodigen.linkVoor": "Send this link to {email}:",
  "uitnodigen.open": "Pending invitations",
  "uitnodigen.geenOpen": "There are no pending invitations.",
  "uitnodigen.verloopt": "Valid until",
  "uitnodigen.intrekken": "Withdraw",
  "uitnodigen.ingetrokken": "The invitation has been withdrawn; the link no longer works.",

  "organisaties.nieuw": "Add organisation",
  "organisaties.wijzigen": "Edit {naam}",
  "organisaties.toevoegen": "Add organisation",
  "organisaties.opslaan": "Save changes",
  "organisaties.aangemaakt": "The organisation has been added.",
  "organisaties.gewijzigd": "The organisation has been updated.",
  "organisaties.lijst": "All organisations",
  "organisaties.accounts": "Accounts",
  "organisaties.accountsVan": "accounts of {naam}",
  "organisaties.leerkringUitleg":
    "For municipalities only: the first learning circle takes part in all tracks, the second in the theme meetings.",
  "organisaties.geenLeerkring": "None (not a municipality)",
  "organisaties.geenWerkplaats": "None",

  "accounts.alle": "All accounts",
  "accounts.vanOrganisatie": "Accounts of {naam}",
  "accounts.filter": "Show accounts of",
  "accounts.filterKnop": "Show",
  "accounts.alleOrganisaties": "All organisations",
  "accounts.geen": "This organisation has no accounts yet.",
  "accounts.status": "Status",
  "accounts.actief": "Active",
  "accounts.inactief": "Deactivated",
  "accounts.rolVan": "Role of {naam}",
  "accounts.rolGewijzigd": "The role has been changed.",
  "accounts.deactiveren": "Deactivate",
  "accounts.activeren": "Activate",
  "accounts.gedeactiveerd": "The account has been deactivated and logged out everywhere.",
  "accounts.geactiveerd": "The account is active again.",
  "accounts.herstellink": "Create reset link",
  "accounts.herstellinkAangemaakt": "The reset link has been created.",
  "accounts.herstellinkVoor": "Send this link to {email}; it is valid for two hours:",
};
