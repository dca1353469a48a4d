// The Dutch catalogue: the source of every string in the interface. en.ts mirrors its keys.
export const nl = {
  "app.naarStart": "Leerkring, naar de startpagina",
  "app.voettekst":
    "Leerkring — landelijk leertraject Versterken van de Sociale Basis, met Movisie en de Werkplaatsen Sociaal Domein.",

  "nav.naarInhoud": "Direct naar de inhoud",
  "nav.hoofdmenu": "Hoofdmenu",
  "nav.overzicht": "Overzicht",
  "nav.beheer": "Beheer",
  "nav.account": "Mijn account",
  "nav.inloggen": "Inloggen",
  "nav.uitloggen": "Uitloggen",

  "actie.opslaan": "Opslaan",
  "actie.wijzigen": "Wijzigen",
  "actie.annuleren": "Annuleren",

  "veld.email": "E-mailadres",
  "veld.wachtwoord": "Wachtwoord",
  "veld.naam": "Naam",
  "veld.organisatie": "Organisatie",
  "veld.rol": "Rol",
  "veld.soort": "Soort organisatie",
  "veld.leerkring": "Leerkring",
  "veld.regio": "Regio",
  "veld.werkplaats": "Werkplaats Sociaal Domein",
  "veld.kies": "Maak een keuze",
  "veld.huidigWachtwoord": "Huidig wachtwoord",
  "veld.nieuwWachtwoord": "Nieuw wachtwoord",
  "veld.herhaalWachtwoord": "Herhaal het nieuwe wachtwoord",
  "veld.wachtwoordEisen":
    "Minstens 8 en hoogstens 128 tekens. Een veelgebruikt wachtwoord wordt geweigerd; een zin van een paar woorden is sterk en goed te onthouden.",

  "rol.beheerder": "Beheerder",
  "rol.projectleider": "Projectleider",
  "rol.medewerker": "Medewerker (Movisie of Werkplaats)",
  "rol.deelnemer": "Deelnemer",

  "soort.programma": "Programma",
  "soort.gemeente": "Gemeente",
  "soort.movisie": "Movisie",
  "soort.werkplaats": "Werkplaats Sociaal Domein",
  "soort.welzijnsinstelling": "Welzijnsinstelling",
  "soort.burgerinitiatief": "Burgerinitiatief",

  "leerkring.1": "Eerste leerkring",
  "leerkring.2": "Tweede leerkring",

  "taal.nl": "Nederlands",
  "taal.en": "English",

  "bijeenkomst.soort.thema": "Themabijeenkomst",
  "bijeenkomst.soort.intervisie": "Intervisiebijeenkomst",

  "leervraag.status.ingediend": "Ingediend",
  "leervraag.status.ingepland": "Ingepland",
  "leervraag.status.besproken": "Besproken",
  "leervraag.status.opvolging": "In opvolging",
  "leervraag.status.afgerond": "Afgerond",
  "leervraag.status.ingetrokken": "Ingetrokken",

  "fout.verplicht": "Vul dit veld in.",
  "fout.ongeldig": "Deze waarde klopt niet. Controleer wat je hebt ingevuld.",
  "fout.teLang": "Dit is te lang. Maak het korter.",
  "fout.emailOngeldig": "Vul een geldig e-mailadres in, zoals naam@gemeente.nl.",
  "fout.wachtwoordTeKort": "Het wachtwoord moet minstens 8 tekens hebben.",
  "fout.wachtwoordTeLang": "Het wachtwoord mag hoogstens 128 tekens hebben.",
  "fout.wachtwoordTeBekend":
    "Dit wachtwoord staat op de lijst van veelgebruikte wachtwoorden. Kies een ander.",
  "fout.wachtwoordenVerschillen": "De twee wachtwoorden zijn niet gelijk.",
  "fout.huidigWachtwoordOnjuist": "Het huidige wachtwoord klopt niet.",
  "fout.inloggenMislukt":
    "Dit e-mailadres en wachtwoord horen niet bij een actief account. Controleer ze en probeer het opnieuw.",
  "fout.teVeelPogingen":
    "Er is te vaak een verkeerd wachtwoord ingevuld. Probeer het over {seconden} seconden opnieuw.",
  "fout.kiesRol": "Kies een rol.",
  "fout.kiesSoort": "Kies de soort organisatie.",
  "fout.kiesOrganisatie": "Kies een organisatie.",
  "fout.kiesLeerkring": "Kies de leerkring van deze gemeente.",
  "fout.rolNietToegestaan": "Deze rol mag je niet toekennen.",
  "fout.emailHeeftAccount": "Er is al een actief account met dit e-mailadres.",
  "fout.naamBestaat": "Er is al een organisatie met deze naam.",
  "fout.organisatieNietGevonden": "Deze organisatie bestaat niet (meer).",
  "fout.accountNietGevonden": "Dit account bestaat niet (meer).",
  "fout.uitnodigingNietGevonden": "Deze uitnodiging is al gebruikt, ingetrokken of verlopen.",
  "fout.sessieNietGevonden": "Deze sessie is al beëindigd.",
  "fout.eigenAccount":
    "Je eigen rol en status wijzig je niet zelf: zo sluit je jezelf niet per ongeluk buiten. Vraag een andere beheerder.",
  "fout.naarStart": "Naar de startpagina",
  "fout.400.titel": "Dit verzoek klopt niet",
  "fout.400.tekst": "Het adres of de gegevens zijn niet geldig. Controleer de link of ga terug.",
  "fout.403.titel": "Geen toegang",
  "fout.403.tekst":
    "Je bent ingelogd, maar met jouw rol mag je deze pagina of actie niet gebruiken. Denk je dat dit niet klopt? Neem contact op met de beheerder.",
  "fout.404.titel": "Pagina niet gevonden",
  "fout.404.tekst": "Deze pagina bestaat niet (meer). Misschien is de link verouderd.",
  "fout.500.titel": "Er ging iets mis",
  "fout.500.tekst":
    "Er ging bij ons iets mis. Wat je eerder hebt opgeslagen, is bewaard. Probeer het over een paar minuten opnieuw.",

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
  "dashboard.actieveAccounts": "{aantal} actieve accounts",
  "dashboard.organisaties": "{aantal} organisaties",
  "dashboard.openUitnodigingen": "{aantal} openstaande uitnodigingen",
  "dashboard.naarBeheer": "Naar beheer",

  "inloggen.titel": "Inloggen",
  "inloggen.knop": "Inloggen",
  "inloggen.vergeten": "Wachtwoord vergeten?",
  "inloggen.uitnodiging":
    "Nog geen account? Accounts worden op uitnodiging aangemaakt door een projectleider of beheerder.",
  "inloggen.wachtwoordHersteld": "Je wachtwoord is gewijzigd. Log in met je nieuwe wachtwoord.",

  "vergeten.titel": "Wachtwoord vergeten",
  "vergeten.uitleg":
    "Vul het e-mailadres van je account in. We maken een link aan waarmee je een nieuw wachtwoord kiest; de link is twee uur geldig.",
  "vergeten.knop": "Herstellink aanvragen",
  "vergeten.verstuurd":
    "Als er een actief account bij dit adres hoort, is er een herstellink aangemaakt. Zolang Leerkring nog geen e-mail verstuurt, geeft de beheerder je die link.",

  "herstellen.titel": "Nieuw wachtwoord kiezen",
  "herstellen.knop": "Wachtwoord opslaan",
  "herstellen.ongeldig":
    "Deze herstellink is niet (meer) geldig. Een link werkt één keer en twee uur lang. Vraag een nieuwe aan.",

  "uitnodiging.titel": "Uitnodiging aannemen",
  "uitnodiging.uitleg":
    "Je bent uitgenodigd voor Leerkring als {rol} bij {organisatie}, met het adres {email}. Kies je naam en een wachtwoord.",
  "uitnodiging.knop": "Account aanmaken",
  "uitnodiging.ongeldig":
    "Deze uitnodiging is niet (meer) geldig: ze is al gebruikt, ingetrokken of verlopen. Vraag degene die je uitnodigde om een nieuwe.",
  "uitnodiging.alAccount":
    "Er bestaat al een account met dit e-mailadres. Log in of vraag een herstellink aan.",

  "account.titel": "Mijn account",
  "account.profiel": "Profiel",
  "account.taal": "Taal",
  "account.taalLabel": "Taal van Leerkring",
  "account.taalOpslaan": "Taal opslaan",
  "account.taalOpgeslagen": "Je taalkeuze is opgeslagen.",
  "account.wachtwoordWijzigen": "Wachtwoord wijzigen",
  "account.wachtwoordOpslaan": "Wachtwoord wijzigen",
  "account.wachtwoordGewijzigd":
    "Je wachtwoord is gewijzigd. Je andere sessies zijn beëindigd; op die apparaten log je opnieuw in.",
  "account.sessies": "Actieve sessies",
  "account.sessiesUitleg":
    "Hier staan de apparaten waarop je bent ingelogd. Herken je er een niet, beëindig die sessie dan en wijzig je wachtwoord.",
  "account.apparaat": "Apparaat",
  "account.gestart": "Ingelogd op",
  "account.laatstActief": "Laatst actief",
  "account.actie": "Actie",
  "account.dezeSessie": "deze sessie",
  "account.onbekendApparaat": "Onbekend apparaat",
  "account.beeindigen": "Beëindigen",
  "account.uitloggenHier": "Hier uitloggen",
  "account.sessieBeeindigd": "De sessie is beëindigd.",
  "account.andereSessiesBeeindigen": "Alle andere sessies beëindigen",
  "account.andereSessiesBeeindigd": "Je andere sessies zijn beëindigd.",

  "beheer.titel": "Beheer",
  "beheer.onderdelen": "Onderdelen van beheer",
  "beheer.uitnodigingen": "Uitnodigingen",
  "beheer.organisaties": "Organisaties",
  "beheer.accounts": "Accounts",

  "uitnodigen.titel": "Iemand uitnodigen",
  "uitnodigen.uitleg":
    "De uitgenodigde krijgt een link die zeven dagen geldig is en één keer werkt. Zolang Leerkring nog geen e-mail verstuurt, geef je die link zelf door.",
  "uitnodigen.knop": "Uitnodiging maken",
  "uitnodigen.aangemaakt": "De uitnodiging is gemaakt.",
  "uitnodigen.linkVoor": "Stuur deze link naar {email}:",
  "uitnodigen.open": "Openstaande uitnodigingen",
  "uitnodigen.geenOpen": "Er staan geen uitnodigingen open.",
  "uitnodigen.verloopt": "Geldig tot",
  "uitnodigen.intrekken": "Intrekken",
  "uitnodigen.ingetrokken": "De uitnodiging is ingetrokken; de link werkt niet meer.",

  "organisaties.nieuw": "Organisatie toevoegen",
  "organisaties.wijzigen": "{naam} wijzigen",
  "organisaties.toevoegen": "Organisatie toevoegen",
  "organisaties.opslaan": "Wijzigingen opslaan",
  "organisaties.aangemaakt": "De organisatie is toegevoegd.",
  "organisaties.gewijzigd": "De organisatie is gewijzigd.",
  "organisaties.lijst": "Alle organisaties",
  "organisaties.accounts": "Accounts",
  "organisaties.accountsVan": "accounts van {naam}",
  "organisaties.leerkringUitleg":
    "Alleen voor gemeenten: de eerste leerkring doet aan alle sporen mee, de tweede aan de themabijeenkomsten.",
  "organisaties.geenLeerkring": "Geen (geen gemeente)",
  "organisaties.geenWerkplaats": "Geen",

  "accounts.alle": "Alle accounts",
  "accounts.vanOrganisatie": "Accounts van {naam}",
  "accounts.filter": "Toon accounts van",
  "accounts.filterKnop": "Tonen",
  "accounts.alleOrganisaties": "Alle organisaties",
  "accounts.geen": "Deze organisatie heeft nog geen accounts.",
  "accounts.status": "Status",
  "accounts.actief": "Actief",
  "accounts.inactief": "Gedeactiveerd",
  "accounts.rolVan": "Rol van {naam}",
  "accounts.rolGewijzigd": "De rol is gewijzigd.",
  "accounts.deactiveren": "Deactiveren",
  "accounts.activeren": "Activeren",
  "accounts.gedeactiveerd": "Het account is gedeactiveerd en overal uitgelogd.",
  "accounts.geactiveerd": "Het account is weer actief.",
  "accounts.herstellink": "Herstellink maken",
  "accounts.herstellinkAangemaakt": "De herstellink is gemaakt.",
  "accounts.herstellinkVoor": "Stuur deze link naar {email}; hij is twee uur geldig:",
} as const;

export type MessageKey = keyof typeof nl;
