// Dutch texts of two-factor login: setting it up at /account/tweestaps, the second login step at
// /inloggen/code, and a beheerder's reset.
export const tweestaps = {
  "tweestaps.titel": "Tweestapsverificatie",
  "tweestaps.uitleg":
    "Met tweestapsverificatie log je in met je wachtwoord én een code uit een app op je telefoon (zoals Google Authenticator, Microsoft Authenticator of FreeOTP). Wie je wachtwoord kent, komt dan nog niet binnen.",
  "tweestaps.staatAan": "Tweestapsverificatie staat aan.",
  "tweestaps.staatUit": "Tweestapsverificatie staat uit.",
  "tweestaps.verplicht":
    "Voor jouw rol is tweestapsverificatie verplicht. Stel het nu in; daarna kun je Leerkring weer gebruiken.",
  "tweestaps.beheren": "Tweestapsverificatie instellen of beheren",
  "tweestaps.stap1": "1. Scan deze QR-code met je authenticator-app",
  "tweestaps.qrAlt":
    "QR-code om Leerkring toe te voegen aan je authenticator-app. Kun je hem niet scannen, gebruik dan de sleutel hieronder.",
  "tweestaps.handmatig": "Of voer deze sleutel met de hand in:",
  "tweestaps.handmatigDetails": "Account: {email} · Tijdgebaseerd, 6 cijfers, elke 30 seconden",
  "tweestaps.stap2": "2. Typ de code van 6 cijfers die de app nu toont",
  "tweestaps.code": "Code uit je app",
  "tweestaps.aanzetten": "Tweestapsverificatie aanzetten",
  "tweestaps.aangezet": "Tweestapsverificatie staat nu aan.",
  "tweestaps.herstelcodes": "Je herstelcodes",
  "tweestaps.herstelcodesUitleg":
    "Bewaar deze codes op een veilige plek (bijvoorbeeld in je wachtwoordmanager). Ben je je telefoon kwijt, dan log je in met één van deze codes; elke code werkt één keer. Je ziet ze alleen nu.",
  "tweestaps.herstelcodesOver_one": "Je hebt nog {count} ongebruikte herstelcode.",
  "tweestaps.herstelcodesOver_other": "Je hebt nog {count} ongebruikte herstelcodes.",
  "tweestaps.nieuweCodes": "Nieuwe herstelcodes maken",
  "tweestaps.nieuweCodesUitleg": "Je oude herstelcodes werken daarna niet meer.",
  "tweestaps.nieuweCodesGemaakt": "Er zijn nieuwe herstelcodes gemaakt; de oude werken niet meer.",
  "tweestaps.uitzetten": "Tweestapsverificatie uitzetten",
  "tweestaps.bewijs": "Je huidige wachtwoord, of een code uit je app",
  "tweestaps.uitgezet": "Tweestapsverificatie staat uit.",
  "tweestaps.uitzettenNietToegestaan":
    "Voor jouw rol is tweestapsverificatie verplicht; je kunt het niet uitzetten. Wel kun je nieuwe herstelcodes maken.",
  "tweestaps.verder": "Verder naar Leerkring",
  "tweestaps.terug": "Terug naar je account",

  "tweestaps.stap.titel": "Code invoeren",
  "tweestaps.stap.uitleg":
    "Je wachtwoord klopt. Typ nu de code van 6 cijfers uit je authenticator-app, of een van je herstelcodes.",
  "tweestaps.stap.code": "Code of herstelcode",
  "tweestaps.stap.onthouden": "Onthoud dit apparaat 30 dagen",
  "tweestaps.stap.onthoudenUitleg":
    "Alleen op een eigen apparaat. Deze browser vraagt dan 30 dagen geen code.",
  "tweestaps.stap.knop": "Inloggen",
  "tweestaps.stap.opnieuw": "Opnieuw inloggen",

  "tweestaps.fout.zesCijfers": "Typ de 6 cijfers die je app nu toont.",
  "tweestaps.fout.codeOnjuist": "Deze code klopt niet. Typ de code die je app nu toont.",
  "tweestaps.fout.stapOnjuist":
    "Deze code klopt niet. Typ de code die je app nu toont, of een ongebruikte herstelcode.",
  "tweestaps.fout.verlopen":
    "Het inloggen duurde te lang of is in een andere browser begonnen. Log opnieuw in.",
  "tweestaps.fout.bewijsOnjuist": "Dit wachtwoord of deze code klopt niet.",
  "tweestaps.fout.nietAan": "Tweestapsverificatie staat niet aan.",

  "tweestaps.beheer.resetten": "Tweestaps resetten",
  "tweestaps.beheer.resettenVoor": "Tweestapsverificatie van {naam} resetten",
  "tweestaps.beheer.bevestig":
    "De tweestapsverificatie van {naam} ({email}) wordt uitgezet: de app-sleutel, de passkeys, de herstelcodes en onthouden apparaten vervallen. {naam} krijgt hierover een e-mail.",
  "tweestaps.beheer.bevestigVerplicht":
    "Is tweestapsverificatie voor deze rol verplicht, dan stelt {naam} het bij de volgende keer inloggen opnieuw in.",
  "tweestaps.beheer.jaResetten": "Ja, reset de tweestapsverificatie van {naam}",
  "tweestaps.beheer.gereset":
    "De tweestapsverificatie is gereset; de persoon heeft een e-mail gekregen.",
  "tweestaps.beheer.nietAan": "Deze persoon heeft geen tweestapsverificatie.",

  "tweestaps.mail.onderwerp": "Je tweestapsverificatie is gereset",
  "tweestaps.mail.aanhef": "Beste {naam},",
  "tweestaps.mail.tekst":
    "Een beheerder van Leerkring ({beheerder}) heeft de tweestapsverificatie van je account uitgezet. Je oude code-app, passkeys en herstelcodes werken niet meer.",
  "tweestaps.mail.opnieuw":
    "Stel tweestapsverificatie opnieuw in op je accountpagina. Heb je hier niet om gevraagd, neem dan contact op met je beheerder.",
  "tweestaps.mail.knop": "Naar je account",
  "tweestaps.mail.voet":
    "Deze e-mail is verstuurd naar {email} omdat er iets aan je account is veranderd.",

  "passkey.titel": "Passkeys",
  "passkey.uitleg":
    "Een passkey is een sleutel op je telefoon, laptop of beveiligingssleutel. Je bevestigt met je vingerafdruk, gezicht of pincode, in plaats van een code over te typen. Een passkey telt als tweede stap, net als de code-app.",
  "passkey.geen": "Je hebt nog geen passkeys.",
  "passkey.lijst": "Je passkeys",
  "passkey.aangemaakt": "Toegevoegd {datum}",
  "passkey.laatstGebruikt": "Laatst gebruikt {datum}",
  "passkey.nooitGebruikt": "Nog niet gebruikt",
  "passkey.naam": "Naam van de passkey",
  "passkey.naamUitleg": "Zodat je hem later herkent, bijvoorbeeld ‘Laptop werk’ of ‘Telefoon’.",
  "passkey.toevoegen": "Passkey toevoegen",
  "passkey.zonderJs":
    "Een passkey toevoegen of gebruiken kan alleen met JavaScript aan, in een browser die passkeys ondersteunt. De code-app werkt altijd.",
  "passkey.toegevoegd": "De passkey is toegevoegd.",
  "passkey.verwijderen": "Verwijderen",
  "passkey.verwijderenVan": "Passkey {naam} verwijderen",
  "passkey.bevestig":
    "De passkey {naam} wordt verwijderd. Je kunt er daarna niet meer mee inloggen; je kunt hem wel opnieuw toevoegen.",
  "passkey.jaVerwijderen": "Ja, verwijder passkey {naam}",
  "passkey.verwijderd": "De passkey is verwijderd.",
  "passkey.gebruik": "Gebruik een passkey",
  "passkey.ofCode": "Of typ een code:",
  "passkey.fout.afgebroken":
    "Het gebruik van de passkey is afgebroken of niet gelukt. Probeer het opnieuw of gebruik een code.",
  "passkey.fout.ongeldigAntwoord":
    "Het antwoord van de passkey kon niet worden gelezen. Probeer het opnieuw.",
  "passkey.fout.uitdaging": "Deze aanvraag is verlopen of al gebruikt. Probeer het opnieuw.",
  "passkey.fout.onjuist":
    "Deze passkey kon niet worden gecontroleerd. Probeer het opnieuw of gebruik een code.",
  "passkey.fout.bestaatNiet": "Deze passkey bestaat niet (meer).",
  "passkey.fout.laatste":
    "Voor jouw rol is tweestapsverificatie verplicht. Dit is je laatste tweede stap; stel eerst de code-app in of voeg een andere passkey toe.",
  "passkey.fout.teveel": "Je hebt al {aantal} passkeys. Verwijder er eerst een.",
};
