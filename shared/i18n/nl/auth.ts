// Dutch texts of logging in, passwords, accepting an invitation and one's own account.
export const auth = {
  "inloggen.titel": "Inloggen",
  "inloggen.knop": "Inloggen",
  "inloggen.vergeten": "Wachtwoord vergeten?",
  "inloggen.uitnodiging":
    "Nog geen account? Accounts worden op uitnodiging aangemaakt door een projectleider of beheerder.",
  "inloggen.wachtwoordHersteld": "Je wachtwoord is gewijzigd. Log in met je nieuwe wachtwoord.",
  "vergeten.titel": "Wachtwoord vergeten",
  "vergeten.uitleg":
    "Vul het e-mailadres van je account in. We mailen je een link waarmee je een nieuw wachtwoord kiest; de link is twee uur geldig.",
  "vergeten.knop": "Herstellink aanvragen",
  "vergeten.verstuurd":
    "Als er een actief account bij dit adres hoort, hebben we er een herstellink naartoe gemaild. Kijk in je inbox (en je map met ongewenste e-mail); de link is twee uur geldig.",
  "vergeten.bewaard":
    "Als er een actief account bij dit adres hoort, is er een herstellink gemaakt. Deze Leerkring verstuurt geen e-mail (geen SMTP ingesteld): de beheerder vindt het bericht in Beheer › E-mail en geeft je de link.",
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
  "uitnodigingsmail.onderwerp": "{naam} nodigt je uit voor Leerkring",
  "uitnodigingsmail.tekst":
    "{naam} nodigt je uit voor Leerkring, de plek waar gemeenten, Movisie en de Werkplaatsen samen leren, namens {organisatie}. Met de link hieronder kies je je naam en een wachtwoord.",
  "uitnodigingsmail.geldig": "De link is zeven dagen geldig en werkt één keer.",
  "uitnodigingsmail.knop": "Je uitnodiging voor Leerkring aannemen",
  "uitnodigingsmail.voet":
    "Je krijgt deze e-mail omdat iemand {email} uitnodigde voor Leerkring. Verwachtte je hem niet, dan kun je hem negeren: zonder de link wordt er geen account gemaakt.",
  "herstelmail.onderwerp": "Een nieuw wachtwoord voor Leerkring",
  "herstelmail.aanhef": "Hallo {naam},",
  "herstelmail.tekst":
    "Er is gevraagd om je wachtwoord voor Leerkring opnieuw in te stellen. Met de link hieronder kies je een nieuw wachtwoord; hij is twee uur geldig en werkt één keer.",
  "herstelmail.nietGevraagd":
    "Heb je dit niet gevraagd? Dan kun je deze e-mail negeren: je wachtwoord blijft hetzelfde.",
  "herstelmail.knop": "Een nieuw wachtwoord kiezen voor Leerkring",
  "herstelmail.voet":
    "Je krijgt deze e-mail omdat er een herstellink is gevraagd voor het account van {email}.",
} as const;
