import type { Catalogue } from "../catalogue.ts";
import type { auth as nl } from "../nl/auth.ts";

export const auth = {
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
    "If an active account belongs to this address, we have emailed a reset link to it. Check your inbox (and your junk mail folder); the link is valid for two hours.",
  "vergeten.bewaard":
    "If an active account belongs to this address, a reset link has been created. This Leerkring sends no email (no SMTP configured): the administrator finds the message under Administration › Email and gives you the link.",
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
  "uitnodigingsmail.onderwerp": "{naam} invites you to Leerkring",
  "uitnodigingsmail.tekst":
    "{naam} invites you to Leerkring, where municipalities, Movisie and the Werkplaatsen learn together, on behalf of {organisatie}. With the link below you choose your name and a password.",
  "uitnodigingsmail.geldig": "The link is valid for seven days and works once.",
  "uitnodigingsmail.knop": "Accept your invitation to Leerkring",
  "uitnodigingsmail.voet":
    "You receive this email because someone invited {email} to Leerkring. If you did not expect it, you can ignore it: without the link no account is created.",
  "herstelmail.onderwerp": "A new password for Leerkring",
  "herstelmail.aanhef": "Hello {naam},",
  "herstelmail.tekst":
    "Someone asked to reset your Leerkring password. With the link below you choose a new password; it is valid for two hours and works once.",
  "herstelmail.nietGevraagd":
    "Did you not ask for this? Then you can ignore this email: your password stays the same.",
  "herstelmail.knop": "Choose a new password for Leerkring",
  "herstelmail.voet":
    "You receive this email because a reset link was asked for the account of {email}.",
} satisfies Catalogue<typeof nl>;
