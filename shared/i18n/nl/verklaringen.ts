// Dutch texts of the privacy and accessibility statements (/privacy, /toegankelijkheid) and of
// /beheer/verklaringen. The shipped statements (`…standaard`) are written in the format the
// beheerder edits: a blank line between paragraphs, `## ` for a heading, `- ` for a list item.
export const verklaringen = {
  "verklaringen.privacy.titel": "Privacyverklaring",
  "verklaringen.toegankelijkheid.titel": "Toegankelijkheidsverklaring",
  "verklaringen.voettekst": "Over deze website",
  "verklaringen.bijgewerkt": "Laatst bijgewerkt op {datum}.",
  "verklaringen.duur.uren_one": "{count} uur",
  "verklaringen.duur.uren_other": "{count} uur",
  "verklaringen.duur.dagen_one": "{count} dag",
  "verklaringen.duur.dagen_other": "{count} dagen",
  "verklaringen.privacy.standaard": `Leerkring is het online platform van het leertraject "Versterken van de Sociale Basis", een programma van het ministerie van Volksgezondheid, Welzijn en Sport (VWS) en de Vereniging van Nederlandse Gemeenten (VNG), uitgevoerd met Movisie en de Werkplaatsen Sociaal Domein. Op Leerkring werken gemeenten, Movisie, de Werkplaatsen en lokale partners samen aan leervragen, bijeenkomsten en essays. Deze verklaring zegt welke persoonsgegevens Leerkring verwerkt, waarom, op welke grondslag, hoe lang, wie ons daarbij helpt en welke rechten u heeft.

## Wie is verantwoordelijk

Verwerkingsverantwoordelijke is [naam van de organisatie die Leerkring namens het programma beheert], [adres]. De functionaris voor gegevensbescherming is bereikbaar via [e-mailadres van de functionaris voor gegevensbescherming].

## Welke gegevens wij verwerken

- Uw account: naam, e-mailadres, organisatie, rol en taalkeuze, en een versleutelde (gehashte) vorm van uw wachtwoord.
- Sessies: wanneer u bent ingelogd, het IP-adres en de browser (user agent) waarmee u inlogde, en de apparaten die u eerder gebruikte (alleen een gehashte sleutel).
- Aanmeldingen en aanwezigheid bij bijeenkomsten.
- Wat u schrijft: leervragen en casussen, reacties, logboekberichten, en uw bijdragen aan samen bewerkte documenten (notities en essays), met wie wat wanneer schreef.
- Meldingen in Leerkring, uw instellingen daarvoor, en de e-mails die Leerkring aan u stuurt (de uitgaande post).
- Het auditlog: wie wat deed, bij welk gegeven, wanneer en vanaf welk IP-adres (onder meer inloggen, geweigerde toegang, wijzigingen van rollen en accounts).
- Volgers van essays zonder account: alleen het e-mailadres en de taal.

## Waarom wij deze gegevens verwerken

- Om u toegang te geven tot het platform en te laten zien wat bij uw rol en organisatie hoort.
- Om samen te werken in het leertraject: bijeenkomsten plannen, leervragen bespreken, notities en essays samen schrijven.
- Om u te laten weten wat er voor u verandert (meldingen en e-mail), zoals u dat zelf instelt.
- Om het platform te beveiligen: misbruik herkennen, inlogpogingen beperken en achteraf kunnen nagaan wie wat deed.

## Grondslag

Het leertraject is een programma van VWS en VNG in het algemeen belang. Voor accounts, samenwerking en meldingen is de grondslag de vervulling van een taak van algemeen belang (artikel 6, lid 1, onder e, AVG); voor zover de verwerkingsverantwoordelijke geen overheidsorgaan is, is dat het gerechtvaardigd belang bij het uitvoeren van het programma (artikel 6, lid 1, onder f, AVG). Voor de beveiliging, de sessies en het auditlog is de grondslag het gerechtvaardigd belang bij een veilig platform (artikel 6, lid 1, onder f, AVG). Wie essays volgt zonder account, doet dat met toestemming (artikel 6, lid 1, onder a, AVG), die op elk moment met de afmeldlink in elke e-mail kan worden ingetrokken.

## Hoe lang wij gegevens bewaren

- Sessies: een sessie vervalt na {sessieInactief} zonder gebruik en uiterlijk {sessieMax} na het inloggen; uitloggen beëindigt haar direct.
- Auditlog: standaard 12 maanden, daarna worden de regels automatisch verwijderd.
- E-mails in de uitgaande post: [termijn], zodat de beheerder kan nagaan of een bericht is verzonden.
- Accounts: zolang u deelneemt aan het leertraject. Een account dat lange tijd niet is gebruikt, wordt gemarkeerd en na overleg verwijderd.
- Wat u in gedeelde stukken schreef (reacties, notities, essays), blijft na het verwijderen van uw account bewaard, maar staat dan op naam van "voormalig deelnemer".

## Verwerkers

Wij schakelen deze partijen in; met elk is een verwerkersovereenkomst gesloten:

- Hosting: [naam van de hostingpartij], in [land binnen de EU].
- Verzending van e-mail: [naam van de e-mailprovider].

Wij verkopen geen gegevens en gebruiken geen tracking- of advertentiecookies. Leerkring plaatst alleen een cookie dat nodig is om ingelogd te blijven.

## Uw rechten

- Inzage: op de pagina Mijn gegevens onder Account ziet u wat Leerkring over u bewaart.
- Overdraagbaarheid: op dezelfde pagina downloadt u uw gegevens als JSON-bestand.
- Correctie: uw naam en taal past u zelf aan onder Account; voor andere gegevens neemt u contact op met de beheerder.
- Wissen: u kunt vragen uw account te verwijderen; een beheerder voert dat uit na een bevestiging.
- Bezwaar en beperking: u kunt bezwaar maken tegen een verwerking op grond van het gerechtvaardigd belang of het algemeen belang.
- Klacht: bent u het niet eens met hoe wij met uw gegevens omgaan, dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens (https://autoriteitpersoonsgegevens.nl).

Wij beantwoorden een verzoek binnen een maand.

## Contact

Vragen over deze verklaring of een verzoek over uw gegevens: [e-mailadres voor privacyvragen].`,
  "verklaringen.toegankelijkheid.standaard": `Het leertraject "Versterken van de Sociale Basis" (VWS, VNG en Movisie) wil dat iedereen Leerkring kan gebruiken. Daarom houden wij ons aan de Europese norm EN 301 549 en de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau AA.

## Organisatie en reikwijdte

Deze verklaring geldt voor het platform Leerkring: [webadres van Leerkring], beheerd door [naam van de organisatie].

## Status: voldoet gedeeltelijk

Leerkring voldoet gedeeltelijk aan WCAG 2.1 niveau AA. Dat baseren wij op:

- een automatische toegankelijkheidscontrole (axe-core, alle criteria van WCAG 2.1 A en AA) in elke end-to-endtest van het platform, die bij elke wijziging draait;
- tests die de belangrijkste taken alleen met het toetsenbord doorlopen, zoals inloggen, formulieren invullen en bevestigen;
- tests op een scherm van 320 pixels breed, zonder horizontaal scrollen;
- de componenten van NL Design System, die zelf op toegankelijkheid worden getoetst.

Een volledig onderzoek door een onafhankelijke partij volgens de WCAG-EM-methode is nog niet gedaan; [datum gepland onderzoek].

## Bekende uitzonderingen

- De PDF-download van essays en notities is een getagde PDF: een schermlezer leest de koppen, lijsten, tabellen (met kopcellen) en afbeeldingen (met hun alternatieve tekst) in de leesvolgorde, en de taal en titel van het document staan erin. Hij is nog niet volledig getoetst aan PDF/UA: links zijn nog geen eigen structuurelementen. Gebruik zo nodig de HTML- of Word-download, die dezelfde inhoud heeft.
- Bij het samen bewerken van een document krijgt elke schrijver een kleur voor de cursor. Die kleuren hebben niet altijd genoeg contrast en worden niet aan een schermlezer doorgegeven; wie er schrijft, staat wel in de lijst met aanwezigen bij het document.

Wij werken eraan deze uitzonderingen op te lossen.

## Een probleem melden

Kunt u iets op Leerkring niet gebruiken, of ziet u een fout in de toegankelijkheid? Meld het via [e-mailadres], en zeg op welke pagina het was en wat er misging. U krijgt binnen 5 werkdagen een reactie en binnen 3 weken een oplossing of een toelichting.

Bent u niet tevreden met onze reactie, dan kunt u contact opnemen met de Nationale Ombudsman (https://www.nationaleombudsman.nl).

## Over deze verklaring

Deze verklaring volgt het model van https://www.digitoegankelijk.nl. De datum van de laatste wijziging staat bovenaan deze pagina.`,
  "verklaringen.beheer.nav": "Verklaringen",
  "verklaringen.beheer.titel": "Privacy- en toegankelijkheidsverklaring",
  "verklaringen.beheer.uitleg":
    "Deze teksten staan openbaar op /privacy en /toegankelijkheid, in beide talen. Zolang u niets wijzigt, tonen de pagina's de standaardtekst van Leerkring.",
  "verklaringen.beheer.concept":
    "De standaardteksten zijn een concept: laat ze nakijken door de functionaris voor gegevensbescherming en vul de gegevens tussen [haken] in.",
  "verklaringen.beheer.opmaak":
    "Een lege regel begint een nieuwe alinea. Een regel die begint met ## is een kop, met ### een tussenkop, met - een opsommingspunt. Webadressen (https://…) en e-mailadressen worden links. HTML wordt als gewone tekst getoond.",
  "verklaringen.beheer.tekstNl": "Tekst in het Nederlands",
  "verklaringen.beheer.tekstEn": "Tekst in het Engels",
  "verklaringen.beheer.opslaan": "{verklaring} opslaan",
  "verklaringen.beheer.standaard": "Terug naar standaardtekst",
  "verklaringen.beheer.bekijken": "{verklaring} bekijken",
  "verklaringen.beheer.status.standaard": "Nu getoond: de standaardtekst.",
  "verklaringen.beheer.status.eigen": "Nu getoond: een eigen tekst, laatst gewijzigd op {datum}.",
  "verklaringen.beheer.opgeslagen": "De verklaring is opgeslagen.",
  "verklaringen.beheer.teruggezet": "De pagina toont weer de standaardtekst.",
  "verklaringen.beheer.bevestigStandaard":
    "De eigen tekst van de {verklaring} wordt in beide talen verwijderd; de pagina toont weer de standaardtekst van Leerkring.",
  "verklaringen.beheer.bevestigStandaardTerug":
    "Wilt u uw tekst bewaren, kopieer hem dan eerst uit het formulier hieronder.",
  "verklaringen.beheer.jaStandaard": "Ja, terug naar de standaardtekst",
};
