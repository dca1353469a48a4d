// Schema C: actors of the social basis, their tasks and challenges; challenges a municipality
// recognises per neighbourhood (/gemeenten/:slug/wijken/:wijkId, /monitor/kader, /leervragen).
export const uitdagingen = {
  "uitdaging.kader.titel": "Schema C: rollen, taken en uitdagingen van de actoren",
  "uitdaging.kader.uitleg":
    "Wie doet wat in de sociale basis, en waar lopen ze tegenaan? Per actor de rollen en taken en de uitdagingen die het document noemt. Een gemeente legt per wijk vast welke uitdagingen ze herkent.",
  "uitdaging.kader.taken": "Rollen en taken",
  "uitdaging.kader.uitdagingen": "Uitdagingen",
  "uitdaging.wijkTitel": "Uitdagingen in {wijk}",
  "uitdaging.wijkUitleg":
    "Welke uitdagingen uit Schema C herkent je gemeente in deze wijk, en bij welke actor? Een herkende uitdaging kun je in één stap tot leervraag maken.",
  "uitdaging.naarKader": "Alle actoren, taken en uitdagingen in het kader",
  "uitdaging.herkend.titel": "Herkende uitdagingen",
  "uitdaging.herkend.geen": "Er zijn in deze wijk nog geen uitdagingen herkend.",
  "uitdaging.kolom.code": "Code",
  "uitdaging.kolom.uitdaging": "Uitdaging",
  "uitdaging.kolom.actor": "Bij actor",
  "uitdaging.kolom.notitie": "Notitie",
  "uitdaging.kolom.leervraag": "Leervraag",
  "uitdaging.kolom.actie": "Actie",
  "uitdaging.kolom.gemeenten": "Gemeenten",
  "uitdaging.kolom.wijken": "Wijken",
  "uitdaging.kolom.welke": "Welke gemeenten",
  "uitdaging.herkennenTitel": "Een uitdaging herkennen",
  "uitdaging.herkennenUitleg":
    "Kies de uitdaging en bij welke actor je hem herkent. Herken je dezelfde uitdaging opnieuw bij dezelfde actor, dan wordt de notitie bijgewerkt.",
  "uitdaging.veld.uitdaging": "Uitdaging",
  "uitdaging.veld.actor": "Bij actor",
  "uitdaging.veld.actorUitleg":
    "Standaard de actor waarbij Schema C de uitdaging noemt; kies een andere als je hem elders herkent.",
  "uitdaging.actorZoalsSchema": "Zoals in Schema C",
  "uitdaging.veld.notitie": "Notitie",
  "uitdaging.veld.notitieUitleg": "Optioneel: waar zie je dit aan in de wijk?",
  "uitdaging.herkennen": "Herkennen",
  "uitdaging.herkend": "De uitdaging is vastgelegd als herkend.",
  "uitdaging.vergeten": "De uitdaging is niet meer als herkend vastgelegd.",
  "uitdaging.vergeten.knop": "Niet meer herkennen",
  "uitdaging.bevestigVergeten":
    "“{tekst}” staat dan niet meer als herkend in deze wijk, met de notitie. Je kunt hem later opnieuw herkennen.",
  "uitdaging.jaVergeten": "Ja, niet meer herkennen",
  "uitdaging.maakLeervraag": "Maak er een leervraag van",
  "uitdaging.fout.kies": "Kies een uitdaging uit de lijst.",
  "uitdaging.fout.actor": "Kies een actor uit de lijst.",
  "uitdaging.fout.onbekend": "Deze herkende uitdaging bestaat niet (meer).",
  "uitdaging.leervraag.titel": "{wijk}: {tekst}",
  "uitdaging.leervraag.vraag": "Hoe gaan we in {wijk} om met deze uitdaging: {tekst}",
  "uitdaging.leervraag.casus": "Herkend in {wijk}, bij {actor}.",
  "uitdaging.leervraag.vooringevuld":
    "Vooringevuld vanuit een herkende uitdaging uit Schema C. Pas aan wat je wilt en dien de leervraag in; de uitdaging verwijst dan naar deze leervraag.",
  "uitdaging.leervraag.bron": "Voortgekomen uit een herkende uitdaging",
  "uitdaging.leervraag.bronRegel": "{code} {tekst} — in {wijk}, bij {actor}",
  "uitdaging.terugkerend.titel": "Uitdagingen die terugkomen in de leerkring",
  "uitdaging.terugkerend.uitleg":
    "Welke uitdagingen uit Schema C herkennen meerdere gemeenten in hun wijken? Een aanknopingspunt bij het kiezen van casussen voor intervisie.",
  "uitdaging.terugkerend.geen": "Er zijn nog geen uitdagingen herkend.",
  "uitdaging.terugkerend.csv": "Download als CSV",
} as const;
