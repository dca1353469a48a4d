import type { Catalogue } from "../catalogue.ts";
import type { tweestaps as nl } from "../nl/tweestaps.ts";

export const tweestaps = {
  "tweestaps.titel": "Two-factor authentication",
  "tweestaps.uitleg":
    "With two-factor authentication you log in with your password and a code from an app on your phone (such as Google Authenticator, Microsoft Authenticator or FreeOTP). Someone who knows your password still cannot get in.",
  "tweestaps.staatAan": "Two-factor authentication is on.",
  "tweestaps.staatUit": "Two-factor authentication is off.",
  "tweestaps.verplicht":
    "Two-factor authentication is required for your role. Set it up now; then you can use Leerkring again.",
  "tweestaps.beheren": "Set up or manage two-factor authentication",
  "tweestaps.stap1": "1. Scan this QR code with your authenticator app",
  "tweestaps.qrAlt":
    "QR code to add Leerkring to your authenticator app. If you cannot scan it, use the key below.",
  "tweestaps.handmatig": "Or enter this key by hand:",
  "tweestaps.handmatigDetails": "Account: {email} · Time-based, 6 digits, every 30 seconds",
  "tweestaps.stap2": "2. Type the 6-digit code the app shows now",
  "tweestaps.code": "Code from your app",
  "tweestaps.aanzetten": "Turn on two-factor authentication",
  "tweestaps.aangezet": "Two-factor authentication is now on.",
  "tweestaps.herstelcodes": "Your recovery codes",
  "tweestaps.herstelcodesUitleg":
    "Keep these codes somewhere safe (for example in your password manager). If you lose your phone, log in with one of them; each code works once. You only see them now.",
  "tweestaps.herstelcodesOver_one": "You have {count} unused recovery code left.",
  "tweestaps.herstelcodesOver_other": "You have {count} unused recovery codes left.",
  "tweestaps.nieuweCodes": "Make new recovery codes",
  "tweestaps.nieuweCodesUitleg": "Your old recovery codes stop working.",
  "tweestaps.nieuweCodesGemaakt": "New recovery codes were made; the old ones no longer work.",
  "tweestaps.uitzetten": "Turn off two-factor authentication",
  "tweestaps.bewijs": "Your current password, or a code from your app",
  "tweestaps.uitgezet": "Two-factor authentication is off.",
  "tweestaps.uitzettenNietToegestaan":
    "Two-factor authentication is required for your role; you cannot turn it off. You can make new recovery codes.",
  "tweestaps.verder": "Continue to Leerkring",
  "tweestaps.terug": "Back to your account",

  "tweestaps.stap.titel": "Enter your code",
  "tweestaps.stap.uitleg":
    "Your password is right. Now type the 6-digit code from your authenticator app, or one of your recovery codes.",
  "tweestaps.stap.code": "Code or recovery code",
  "tweestaps.stap.onthouden": "Remember this device for 30 days",
  "tweestaps.stap.onthoudenUitleg":
    "Only on a device of your own. This browser then asks no code for 30 days.",
  "tweestaps.stap.knop": "Log in",
  "tweestaps.stap.opnieuw": "Log in again",

  "tweestaps.fout.zesCijfers": "Type the 6 digits your app shows now.",
  "tweestaps.fout.codeOnjuist": "This code is not right. Type the code your app shows now.",
  "tweestaps.fout.stapOnjuist":
    "This code is not right. Type the code your app shows now, or an unused recovery code.",
  "tweestaps.fout.verlopen":
    "Logging in took too long or was started in another browser. Please log in again.",
  "tweestaps.fout.bewijsOnjuist": "This password or code is not right.",
  "tweestaps.fout.nietAan": "Two-factor authentication is not on.",

  "tweestaps.beheer.resetten": "Reset two-factor",
  "tweestaps.beheer.resettenVoor": "Reset two-factor authentication of {naam}",
  "tweestaps.beheer.bevestig":
    "Two-factor authentication of {naam} ({email}) will be turned off: the app key, the recovery codes and remembered devices no longer work. {naam} gets an e-mail about it.",
  "tweestaps.beheer.bevestigVerplicht":
    "If two-factor authentication is required for this role, {naam} sets it up again at the next login.",
  "tweestaps.beheer.jaResetten": "Yes, reset two-factor authentication of {naam}",
  "tweestaps.beheer.gereset": "Two-factor authentication was reset; the person has been e-mailed.",
  "tweestaps.beheer.nietAan": "This person has no two-factor authentication.",

  "tweestaps.mail.onderwerp": "Your two-factor authentication was reset",
  "tweestaps.mail.aanhef": "Dear {naam},",
  "tweestaps.mail.tekst":
    "A Leerkring administrator ({beheerder}) turned off two-factor authentication for your account. Your old code app and recovery codes no longer work.",
  "tweestaps.mail.opnieuw":
    "Set up two-factor authentication again on your account page. If you did not ask for this, contact your administrator.",
  "tweestaps.mail.knop": "To your account",
  "tweestaps.mail.voet":
    "This e-mail was sent to {email} because something changed in your account.",

  "passkey.titel": "Passkeys",
  "passkey.uitleg":
    "A passkey is a key on your phone, laptop or security key. You confirm with your fingerprint, face or PIN instead of typing a code. A passkey counts as a second step, just like the code app.",
  "passkey.geen": "You have no passkeys yet.",
  "passkey.lijst": "Your passkeys",
  "passkey.aangemaakt": "Added {datum}",
  "passkey.laatstGebruikt": "Last used {datum}",
  "passkey.nooitGebruikt": "Not used yet",
  "passkey.naam": "Name of the passkey",
  "passkey.naamUitleg": "So you recognise it later, for example ‘Work laptop’ or ‘Phone’.",
  "passkey.toevoegen": "Add a passkey",
  "passkey.zonderJs":
    "Adding or using a passkey needs JavaScript, in a browser that supports passkeys. The code app always works.",
  "passkey.toegevoegd": "The passkey has been added.",
  "passkey.verwijderen": "Remove",
  "passkey.verwijderenVan": "Remove passkey {naam}",
  "passkey.bevestig":
    "The passkey {naam} will be removed. You can no longer log in with it; you can add it again.",
  "passkey.jaVerwijderen": "Yes, remove passkey {naam}",
  "passkey.verwijderd": "The passkey has been removed.",
  "passkey.gebruik": "Use a passkey",
  "passkey.ofCode": "Or type a code:",
  "passkey.fout.afgebroken":
    "Using the passkey was cancelled or did not work. Try again or use a code.",
  "passkey.fout.ongeldigAntwoord": "The passkey's answer could not be read. Try again.",
  "passkey.fout.uitdaging": "This request has expired or was used already. Try again.",
  "passkey.fout.onjuist": "This passkey could not be verified. Try again or use a code.",
  "passkey.fout.bestaatNiet": "This passkey does not exist (any more).",
  "passkey.fout.laatste":
    "Your role requires two-factor login. This is your last second step; set up the code app or add another passkey first.",
  "passkey.fout.teveel": "You already have {aantal} passkeys. Remove one first.",
} satisfies Catalogue<typeof nl>;
