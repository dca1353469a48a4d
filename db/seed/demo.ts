import { count, eq, inArray } from "drizzle-orm";
import { hashPassword, passwordSchema } from "#app/auth/password.server.ts";
import { notitiesDocumentName } from "#shared/collab/protocol.ts";
import type { ProseMirrorJSON } from "#shared/editor/render.ts";
import { translator, type MessageKey } from "#shared/i18n/index.ts";
import { amsterdamToUtc, toAmsterdamInputs } from "#shared/time.ts";
import type { Config } from "#shared/config.server.ts";
import type { Db } from "#db/client.ts";
import type { LeervraagStatus } from "#app/leervragen/status.ts";
import {
  agendapunten,
  bijeenkomsten,
  criticalFriends,
  deelnames,
  leervraagStatuswijzigingen,
  leervragen,
  logboek,
  organisations,
  tagKoppelingen,
  tags,
  themas,
  trajectLeden,
  trajectPartners,
  trajecten,
  users,
  type OrganisationKind,
  type Role,
  type Werkvorm,
} from "#db/schema.ts";
import { heading, insertDemoDocument, listItem } from "./documents.ts";
import { seedDemoBesluiten } from "./besluiten.ts";
import { seedDemoEssay } from "./essays.ts";
import { seedDemoGemeenten } from "./gemeenten.ts";
import { seedDemoPraktijkvoorbeelden } from "./praktijkvoorbeelden.ts";
import { seedDemoOpvolging } from "./opvolging.ts";
import { seedDemoDatumprikker } from "./datumprikker.ts";
import { dutchDay } from "#app/opvolging/days.ts";
import { seedDemoWijkmetingen, seedFramework } from "./monitor.ts";
import { seedDemoInterventies } from "./interventies.ts";
import { seedDemoWijken } from "./wijken.ts";
import { KENNISPARTNERS, MORE_WERKPLAATSEN, seedDemoPartners } from "./partners.ts";

export { seedFramework };

// The demo trajectory, after "De Sociale Basis: het investeren waard" (Movisie & Werkplaatsen,
// 2018): 13 municipalities in the first circle, a second circle, Movisie and regional
// Werkplaatsen, the four chosen themes and a proposed fifth. The document names Hilversum,
// Haarlem, Amstelveen and Zuidwest-Friesland; the other municipalities, all people and the
// texts of the learning questions are illustrative.

export const DEMO_PASSWORD = "demo-leerkring";

export const DEMO_ACCOUNTS = [
  { email: "beheerder@leerkring.test", role: "beheerder", description: "platformbeheer" },
  { email: "projectleider@leerkring.test", role: "projectleider", description: "projectleider" },
  { email: "medewerker@leerkring.test", role: "medewerker", description: "Movisie" },
  { email: "deelnemer@leerkring.test", role: "deelnemer", description: "gemeente Hilversum" },
] as const satisfies readonly { email: string; role: Role; description: string }[];

type OrgSeed = {
  slug: string;
  name: string;
  kind: OrganisationKind;
  circle?: 1 | 2;
  region?: string;
  werkplaats?: string;
  schoolRegion?: "noord" | "midden" | "zuid";
};

const WERKPLAATSEN: OrgSeed[] = [
  {
    slug: "werkplaats-noord-holland",
    name: "Werkplaats Sociaal Domein Noord-Holland",
    region: "Noord-Holland",
    kind: "werkplaats",
  },
  {
    slug: "werkplaats-friesland",
    name: "Werkplaats Sociaal Domein Friesland",
    region: "Friesland",
    kind: "werkplaats",
  },
  {
    slug: "werkplaats-utrecht",
    name: "Werkplaats Sociaal Domein Utrecht",
    region: "Utrecht",
    kind: "werkplaats",
  },
  {
    slug: "werkplaats-oost",
    name: "Werkplaats Sociaal Domein Oost-Nederland",
    region: "Gelderland en Overijssel",
    kind: "werkplaats",
  },
  {
    slug: "werkplaats-zuid",
    name: "Werkplaats Sociaal Domein Zuid",
    region: "Noord-Brabant en Limburg",
    kind: "werkplaats",
  },
];

// The school-holiday region is Rijksoverheid's "regioindeling" for each municipality (noord:
// Noord-Holland, Friesland, Overijssel, Drenthe; midden: Utrecht and Apeldoorn and Ede in
// Gelderland; zuid: Noord-Brabant, Limburg).
const gemeente = (
  name: string,
  circle: 1 | 2,
  werkplaats: string,
  region: string,
  schoolRegion: "noord" | "midden" | "zuid",
): OrgSeed => ({
  slug: name.toLowerCase().replace(/[^a-z]+/g, "-"),
  name: `Gemeente ${name}`,
  kind: "gemeente",
  circle,
  region,
  werkplaats,
  schoolRegion,
});

const GEMEENTEN: OrgSeed[] = [
  gemeente("Hilversum", 1, "werkplaats-noord-holland", "Noord-Holland", "noord"),
  gemeente("Haarlem", 1, "werkplaats-noord-holland", "Noord-Holland", "noord"),
  gemeente("Amstelveen", 1, "werkplaats-noord-holland", "Noord-Holland", "noord"),
  gemeente("Zuidwest-Friesland", 1, "werkplaats-friesland", "Friesland", "noord"),
  gemeente("Zaanstad", 1, "werkplaats-noord-holland", "Noord-Holland", "noord"),
  gemeente("Leeuwarden", 1, "werkplaats-friesland", "Friesland", "noord"),
  gemeente("Amersfoort", 1, "werkplaats-utrecht", "Utrecht", "midden"),
  gemeente("Zeist", 1, "werkplaats-utrecht", "Utrecht", "midden"),
  gemeente("Nieuwegein", 1, "werkplaats-utrecht", "Utrecht", "midden"),
  gemeente("Deventer", 1, "werkplaats-oost", "Overijssel", "noord"),
  gemeente("Apeldoorn", 1, "werkplaats-oost", "Gelderland", "midden"),
  gemeente("Tilburg", 1, "werkplaats-zuid", "Noord-Brabant", "zuid"),
  gemeente("Heerlen", 1, "werkplaats-zuid", "Limburg", "zuid"),
  gemeente("Alkmaar", 2, "werkplaats-noord-holland", "Noord-Holland", "noord"),
  gemeente("Ede", 2, "werkplaats-oost", "Gelderland", "midden"),
  gemeente("Zwolle", 2, "werkplaats-oost", "Overijssel", "noord"),
  gemeente("Breda", 2, "werkplaats-zuid", "Noord-Brabant", "zuid"),
  gemeente("Emmen", 2, "werkplaats-friesland", "Drenthe", "noord"),
];

const OTHER_ORGANISATIONS: OrgSeed[] = [
  {
    slug: "programma-sociaal-domein",
    name: "Programma Sociaal Domein (VNG en VWS)",
    kind: "programma",
  },
  { slug: "movisie", name: "Movisie", kind: "movisie", region: "Landelijk" },
  {
    slug: "welzijn-hilversum",
    name: "Welzijn Hilversum",
    kind: "welzijnsinstelling",
    region: "Noord-Holland",
  },
  {
    slug: "buurtinitiatief-schalkwijk",
    name: "Buurtinitiatief Schalkwijk Samen",
    kind: "burgerinitiatief",
    region: "Noord-Holland",
  },
];

const PEOPLE: { email: string; name: string; role: Role; organisation: string }[] = [
  {
    email: "beheerder@leerkring.test",
    name: "Sanne de Wit",
    role: "beheerder",
    organisation: "programma-sociaal-domein",
  },
  {
    email: "projectleider@leerkring.test",
    name: "Pieter van Dam",
    role: "projectleider",
    organisation: "programma-sociaal-domein",
  },
  {
    email: "yasmina.elamrani@leerkring.test",
    name: "Yasmina El Amrani",
    role: "projectleider",
    organisation: "programma-sociaal-domein",
  },
  {
    email: "medewerker@leerkring.test",
    name: "Marloes Jansen",
    role: "medewerker",
    organisation: "movisie",
  },
  {
    email: "ruben.bakker@leerkring.test",
    name: "Ruben Bakker",
    role: "medewerker",
    organisation: "movisie",
  },
  {
    email: "eva.visser@leerkring.test",
    name: "Eva Visser",
    role: "medewerker",
    organisation: "werkplaats-noord-holland",
  },
  {
    email: "jelle.hoekstra@leerkring.test",
    name: "Jelle Hoekstra",
    role: "medewerker",
    organisation: "werkplaats-friesland",
  },
  {
    email: "noor.deboer@leerkring.test",
    name: "Noor de Boer",
    role: "medewerker",
    organisation: "werkplaats-utrecht",
  },
  {
    email: "deelnemer@leerkring.test",
    name: "Lotte Vermeulen",
    role: "deelnemer",
    organisation: "hilversum",
  },
  {
    email: "daan.smit@leerkring.test",
    name: "Daan Smit",
    role: "deelnemer",
    organisation: "hilversum",
  },
  {
    email: "fatima.ouali@leerkring.test",
    name: "Fatima Ouali",
    role: "deelnemer",
    organisation: "haarlem",
  },
  {
    email: "thomas.mulder@leerkring.test",
    name: "Thomas Mulder",
    role: "deelnemer",
    organisation: "haarlem",
  },
  {
    email: "iris.vanleeuwen@leerkring.test",
    name: "Iris van Leeuwen",
    role: "deelnemer",
    organisation: "amstelveen",
  },
  {
    email: "sjoerd.devries@leerkring.test",
    name: "Sjoerd de Vries",
    role: "deelnemer",
    organisation: "zuidwest-friesland",
  },
  {
    email: "anouk.peters@leerkring.test",
    name: "Anouk Peters",
    role: "deelnemer",
    organisation: "amersfoort",
  },
  {
    email: "kees.koster@leerkring.test",
    name: "Kees Koster",
    role: "deelnemer",
    organisation: "welzijn-hilversum",
  },
  {
    email: "hanna.berg@leerkring.test",
    name: "Hanna van den Berg",
    role: "deelnemer",
    organisation: "alkmaar",
  },
];

const THEMAS = [
  {
    slug: "samenwerken-in-vertrouwen",
    name: "Samenwerken in vertrouwen",
    description:
      "Hoe werken formele, publiek gefinancierde organisaties en informele verbanden en initiatieven van inwoners samen op basis van vertrouwen?",
  },
  {
    slug: "zichtbaar-maken-en-meten-resultaten",
    name: "Zichtbaar maken en meten resultaten",
    description:
      "Wat levert de sociale basis op, en hoe maak je dat zichtbaar? Over outcome, maatschappelijke impact en passende onderzoeksdesigns.",
  },
  {
    slug: "inwoners-betrekken",
    name: "Inwoners betrekken",
    description:
      "Kwetsbare bewoners komen zelf te weinig aan het woord. Hoe geven inwoners mee vorm aan de sociale basis van hun wijk of dorp?",
  },
  {
    slug: "sociale-steunstructuren",
    name: "Het hoe en wat van sociale steunstructuren",
    description:
      "Welke sociale steunstructuren zijn er in een wijk of dorp, hoe werken ze en hoe versterk je de samenhang ertussen?",
  },
] as const;

const PROPOSED_THEMA = {
  slug: "burgers-bereiken-die-we-nu-niet-bereiken",
  name: "Burgers bereiken die we nu niet bereiken",
  description:
    "“Hoe kunnen wij de burgers bereiken die we nu niet bereiken, maar die wel baat kunnen hebben van beschikbare voorzieningen en diensten?” Voorgesteld als vijfde thema; na een stemming in de eerste leerkring vastgesteld door de projectleiders.",
};

// The demo season moves with the calendar: every meeting lies a fixed number of days from the day
// the demo is seeded, moved off the weekend, so the demo has the same shape whatever the date (a
// held start, held intervision sessions with notes, the next session a fortnight ahead, the theme
// meetings to come). Negative: in the past.
const SCHEDULE = {
  start: -70,
  intervisies: [-49, -21, 14, 56, 98],
  themas: [35, 77, 126, 175],
} as const;

export type DemoDay = { y: number; m: number; d: number };

/** A calendar day `days` after `day`, moved off a weekend away from `day` (a past day stays past). */
function shiftDay(day: DemoDay, days: number): DemoDay {
  const date = new Date(Date.UTC(day.y, day.m - 1, day.d + days));
  const weekday = date.getUTCDay(); // 0 Sunday … 6 Saturday
  const off = weekday === 6 ? (days < 0 ? -1 : 2) : weekday === 0 ? (days < 0 ? -2 : 1) : 0;
  date.setUTCDate(date.getUTCDate() + off);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** The weekday `days` from today in Amsterdam (`now`), never on a weekend. */
export function demoDay(now: Date, days: number): DemoDay {
  const [y, m, d] = toAmsterdamInputs(now).date.split("-").map(Number) as [number, number, number];
  return shiftDay({ y, m, d }, days);
}

/** The days of the demo season's meetings, seen from `now`. */
export function demoSchedule(now = new Date()) {
  return {
    start: demoDay(now, SCHEDULE.start),
    intervisies: SCHEDULE.intervisies.map((days) => demoDay(now, days)),
    themas: SCHEDULE.themas.map((days) => demoDay(now, days)),
  };
}

/** The season (its year) the demo takes place in: the year of the start meeting. */
export function demoSeasonYear(now = new Date()): number {
  return demoSchedule(now).start.y;
}

const THEMA_MEETINGS = [
  { thema: "samenwerken-in-vertrouwen", location: "Utrecht" },
  { thema: "zichtbaar-maken-en-meten-resultaten", location: "Zwolle" },
  { thema: "inwoners-betrekken", location: "Haarlem" },
  { thema: "sociale-steunstructuren", location: "Leeuwarden" },
] as const;

type Intervisie = {
  title: string;
  description: string;
  host: string;
  location: string;
  agenda: [string, string][];
  /** What was written during the session; stored once it has been held. */
  notes?: ProseMirrorJSON;
};

const notes = (sections: [string, string[]][]): ProseMirrorJSON => ({
  type: "doc",
  content: sections.flatMap(([title, lines]) => [
    heading(title),
    { type: "bulletList", content: lines.map(listItem) },
  ]),
});

// Sessions hosted in rotation by first-circle municipalities; the critical friends are Movisie
// and the Werkplaats of the host's region.
const INTERVISIES: Intervisie[] = [
  {
    title: "Eerste intervisiebijeenkomst",
    description:
      "Hilversum en Haarlem leggen hun leervraag en casus aan de groep voor. Movisie en de Werkplaats Noord-Holland zijn critical friend.",
    host: "hilversum",
    location: "Raadhuis Hilversum, Dudokpark 1, Hilversum",
    agenda: [
      ["13:30", "Welkom en kennismaking"],
      ["13:45", "Casus Hilversum: wijkteams en vrijwilligersinitiatieven"],
      ["14:45", "Pauze"],
      ["15:00", "Casus Haarlem: wat levert de sociale basis in Schalkwijk op?"],
      ["16:00", "Terugblik met de critical friends"],
    ],
    notes: notes([
      [
        "Casus Hilversum",
        [
          "De vrijwilligers van de buurtkamer willen gehoord worden vóórdat het wijkteam iemand doorverwijst.",
          "Tip uit Haarlem: een vast aanspreekpunt in het wijkteam per initiatief.",
          "Movisie: gelijkwaardigheid begint bij afspraken over wat je níét van vrijwilligers vraagt.",
        ],
      ],
      [
        "Casus Schalkwijk",
        [
          "De raad wil cijfers; bewoners vertellen verhalen. Beide laten zien wat het oplevert.",
          "Werkplaats Noord-Holland denkt mee over een kleine set indicatoren met bewoners.",
        ],
      ],
      ["Afspraken", ["Hilversum organiseert in januari een gesprek wijkteam–vrijwilligers."]],
    ]),
  },
  {
    title: "Tweede intervisiebijeenkomst",
    description:
      "Amersfoort en Haarlem brengen een casus in. Movisie en de Werkplaats Utrecht zijn critical friend.",
    host: "amersfoort",
    location: "Stadhuis Amersfoort, Stadhuisplein 1, Amersfoort",
    agenda: [
      ["13:30", "Welkom en terugblik op de eerste bijeenkomst"],
      ["13:45", "Casus Amersfoort: ontmoeting in de nieuwe wijk"],
      ["14:45", "Pauze"],
      ["15:00", "Casus Haarlem: mantelzorgers in beeld"],
      ["16:00", "Terugblik met de critical friends"],
    ],
    notes: notes([
      [
        "Casus Amersfoort",
        [
          "In de nieuwe wijk ontbreekt een plek om elkaar te ontmoeten; bewoners willen zelf iets opzetten.",
          "Werkplaats Utrecht: begin klein, met wat er al is (school, sportclub, supermarkt).",
        ],
      ],
      [
        "Casus Haarlem",
        [
          "Mantelzorgers vinden de weg naar ondersteuning pas als het te laat is.",
          "Idee: huisartsen en wijkverpleging als vindplaats, met een warme overdracht.",
        ],
      ],
      ["Afspraken", ["Movisie deelt voorbeelden van ontmoetingsplekken die bewoners zelf runnen."]],
    ]),
  },
  {
    title: "Derde intervisiebijeenkomst",
    description:
      "Hilversum brengt een tweede leervraag in. Movisie en de Werkplaats Friesland zijn critical friend.",
    host: "leeuwarden",
    location: "Stadhuis Leeuwarden, Hofplein 38, Leeuwarden",
    agenda: [
      ["13:30", "Welkom"],
      ["13:45", "Casus Hilversum: jongeren in de buurtkamer"],
      ["15:00", "Pauze"],
      ["15:15", "Wat hebben we geleerd? Terugblik op de eerste twee bijeenkomsten"],
      ["16:00", "Terugblik met de critical friends"],
    ],
  },
  {
    title: "Vierde intervisiebijeenkomst",
    description: "Movisie en de Werkplaats Oost-Nederland zijn critical friend.",
    host: "deventer",
    location: "Stadhuis Deventer, Grote Kerkhof 1, Deventer",
    agenda: [
      ["13:30", "Welkom"],
      ["13:45", "Casussen van de gemeenten"],
      ["16:00", "Terugblik met de critical friends"],
    ],
  },
  {
    title: "Vijfde intervisiebijeenkomst",
    description: "Movisie en de Werkplaats Zuid zijn critical friend.",
    host: "tilburg",
    location: "Stadswinkel Tilburg, Stadhuisplein 128, Tilburg",
    agenda: [
      ["13:30", "Welkom"],
      ["13:45", "Casussen van de gemeenten"],
      ["16:00", "Terugblik met de critical friends"],
    ],
  },
];

const START_NOTES = notes([
  [
    "Keuze van de thema's",
    [
      "Samenwerken in vertrouwen",
      "Zichtbaar maken en meten resultaten",
      "Inwoners betrekken",
      "Het hoe en wat van sociale steunstructuren",
    ],
  ],
  [
    "Voorgesteld als vijfde thema",
    ["Burgers bereiken die we nu niet bereiken: de projectleiders beslissen."],
  ],
  ["Afspraken", ["Elke gemeente dient voor de eerste intervisie een leervraag in."]],
]);

type LeervraagSeed = {
  organisation: string;
  title: string;
  question: string;
  casus: string;
  context: string;
  thema: (typeof THEMAS)[number]["slug"];
  werkvormen: Werkvorm[];
  submittedBy: string;
  /** Index in INTERVISIES of the session that takes it up; none: it waits for a place. */
  intervisie?: number;
  /** Days before today it was submitted, for a question that waits for a place. */
  submittedDaysAgo?: number;
  outcome?: string;
  followUp?: string;
  /** Slugs of its tags (db/tags.ts); illustrative, the seeds do not tag questions. */
  tags?: string[];
};

const LEERVRAGEN: LeervraagSeed[] = [
  {
    organisation: "hilversum",
    title: "Wijkteams en vrijwilligersinitiatieven in verbinding",
    tags: ["wmo", "g40"],
    question:
      "Hoe bouwen onze sociale wijkteams een duurzame, gelijkwaardige samenwerking op met de vrijwilligersinitiatieven in de wijk?",
    casus:
      "In Hilversum-Oost draaien sinds twee jaar een buurtkamer en een maaltijdproject van bewoners. Het wijkteam verwijst er steeds vaker naar, maar de vrijwilligers voelen zich overvraagd en missen terugkoppeling.",
    context:
      "G-40-gemeente; wijkteams sinds de decentralisaties; subsidieregeling voor bewonersinitiatieven.",
    thema: "samenwerken-in-vertrouwen",
    werkvormen: ["intervisie", "lokale-ondersteuning"],
    submittedBy: "deelnemer@leerkring.test",
    intervisie: 0,
    outcome:
      "Vrijwilligers willen vooraf gehoord worden. Een vast aanspreekpunt per initiatief in het wijkteam helpt.",
    followUp: "Gesprek wijkteam en vrijwilligers in januari, met de Werkplaats Noord-Holland.",
  },
  {
    organisation: "haarlem",
    title: "Wat levert de sociale basis in Schalkwijk op?",
    tags: ["armoede", "g40"],
    question:
      "Hoe maken we zichtbaar wat investeringen in de sociale basis van Schalkwijk opleveren, zonder alles in cijfers te willen vangen?",
    casus:
      "De gemeenteraad vraagt om resultaten van het wijkgerichte werken in Schalkwijk. De bestaande monitor meet vooral productie (aantallen activiteiten), niet wat bewoners ervaren.",
    context: "Wijkgericht werken met welzijn, woningcorporatie en bewonersinitiatieven.",
    thema: "zichtbaar-maken-en-meten-resultaten",
    werkvormen: ["intervisie", "themabijeenkomst"],
    submittedBy: "fatima.ouali@leerkring.test",
    intervisie: 0,
    outcome:
      "Cijfers en verhalen van bewoners samen laten zien wat het wijkgerichte werken oplevert.",
    followUp: "Met bewoners een kleine set indicatoren kiezen; de wijkmeting als startpunt.",
  },
  {
    organisation: "amersfoort",
    title: "Ontmoeting in een nieuwe wijk",
    question:
      "Hoe ontstaat in een nieuwbouwwijk zonder voorzieningen een plek waar bewoners elkaar ontmoeten?",
    casus:
      "In Vathorst-Noord wonen sinds kort 3.000 nieuwe bewoners. Er is geen buurthuis; een groep ouders wil zelf iets opzetten maar weet niet waar te beginnen.",
    context: "Groeigemeente; de voorzieningen komen pas over enkele jaren.",
    thema: "inwoners-betrekken",
    werkvormen: ["intervisie"],
    submittedBy: "anouk.peters@leerkring.test",
    intervisie: 1,
    outcome:
      "Begin bij wat er al is: de school, de sportclub en de supermarkt als ontmoetingsplek.",
    followUp: "Movisie deelt voorbeelden van ontmoetingsplekken die bewoners zelf runnen.",
  },
  {
    organisation: "haarlem",
    title: "Mantelzorgers eerder in beeld",
    tags: ["eenzaamheid", "zorg"],
    question:
      "Hoe vinden mantelzorgers in Haarlem de weg naar ondersteuning voordat zij overbelast raken?",
    casus:
      "Het steunpunt mantelzorg ziet mensen pas als het te laat is. Huisartsen en wijkverpleging zien hen eerder, maar verwijzen zelden door.",
    context: "Samenwerking met huisartsen in de wijk staat nog in de kinderschoenen.",
    thema: "sociale-steunstructuren",
    werkvormen: ["intervisie", "lokale-ondersteuning"],
    submittedBy: "thomas.mulder@leerkring.test",
    intervisie: 1,
    outcome:
      "Huisartsen en wijkverpleging zijn de vindplaats; een warme overdracht werkt beter dan een folder.",
    followUp: "",
  },
  {
    organisation: "hilversum",
    title: "Jongeren in de buurtkamer",
    question:
      "Hoe wordt de buurtkamer in Hilversum-Oost ook een plek voor jongeren, zonder dat de huidige bezoekers wegblijven?",
    casus:
      "De buurtkamer trekt vooral ouderen. Jongeren hangen op het plein ernaast; de vrijwilligers willen ze uitnodigen maar weten niet hoe.",
    context: "Jongerenwerk en buurtkamer werken nog los van elkaar.",
    thema: "inwoners-betrekken",
    werkvormen: ["intervisie"],
    submittedBy: "daan.smit@leerkring.test",
    intervisie: 2,
  },
  {
    organisation: "amstelveen",
    title: "Inwoners die we nu niet bereiken",
    question:
      "Hoe bereiken we inwoners die baat hebben bij voorzieningen in de wijk, maar er nu geen gebruik van maken?",
    casus:
      "Ouderen met een kleine beurs in Amstelveen-Noord maken weinig gebruik van de ontmoetingsplekken, terwijl eenzaamheid er toeneemt.",
    context: "",
    thema: "inwoners-betrekken",
    werkvormen: ["intervisie"],
    submittedBy: "iris.vanleeuwen@leerkring.test",
    submittedDaysAgo: 12,
  },
  {
    organisation: "zuidwest-friesland",
    title: "Steunstructuren in kleine kernen",
    tags: ["plattelandsgemeente", "krimpregio"],
    question:
      "Hoe houden we in kleine dorpen een sociale steunstructuur overeind nu voorzieningen verdwijnen?",
    casus:
      "In drie dorpen is het dorpshuis gesloten. Inwoners organiseren zelf vervoer en ontmoeting, maar de vrijwilligers vergrijzen.",
    context: "Plattelandsgemeente met 80 kernen.",
    thema: "sociale-steunstructuren",
    werkvormen: ["intervisie", "lokale-ondersteuning"],
    submittedBy: "sjoerd.devries@leerkring.test",
    submittedDaysAgo: 5,
  },
];

export function isDatabaseEmpty(db: Db): boolean {
  const [orgs] = db.select({ n: count() }).from(organisations).all();
  const [people] = db.select({ n: count() }).from(users).all();
  return orgs!.n === 0 && people!.n === 0;
}

/** Fills an empty database with the demo trajectory. Does nothing (returns false) otherwise. */
export async function seedDemo(db: Db, now = new Date()): Promise<boolean> {
  if (!isDatabaseEmpty(db)) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const schedule = demoSchedule(now);
  const year = schedule.start.y;
  seedFramework(db);
  /** An Amsterdam wall-clock time on `day`, or on the weekday `daysAfter` from it. */
  const at = (day: DemoDay, h: number, min = 0, daysAfter = 0) => {
    const { y, m, d } = daysAfter ? shiftDay(day, daysAfter) : day;
    return amsterdamToUtc(y, m, d, h, min);
  };
  const isPast = (day: DemoDay) => at(day, 23, 59) < now;

  db.transaction((tx) => {
    const orgId = new Map<string, number>();
    const seeds: OrgSeed[] = [
      ...OTHER_ORGANISATIONS,
      ...WERKPLAATSEN,
      ...MORE_WERKPLAATSEN,
      ...KENNISPARTNERS,
      ...GEMEENTEN,
    ];
    for (const o of seeds) {
      const row = tx
        .insert(organisations)
        .values({
          slug: o.slug,
          name: o.name,
          kind: o.kind,
          circle: o.circle ?? null,
          region: o.region ?? null,
          schoolRegion: o.schoolRegion ?? null,
          werkplaatsId: o.werkplaats ? orgId.get(o.werkplaats)! : null,
        })
        .returning({ id: organisations.id })
        .get();
      orgId.set(o.slug, row.id);
    }

    const userId = new Map<string, number>();
    for (const p of PEOPLE) {
      const row = tx
        .insert(users)
        .values({
          email: p.email,
          name: p.name,
          role: p.role,
          organisationId: orgId.get(p.organisation)!,
          passwordHash,
        })
        .returning({ id: users.id })
        .get();
      userId.set(p.email, row.id);
    }

    const themaId = new Map<string, number>();
    THEMAS.forEach((t, position) => {
      const row = tx
        .insert(themas)
        .values({ ...t, status: "gekozen", position })
        .returning({ id: themas.id })
        .get();
      themaId.set(t.slug, row.id);
    });
    // Proposed at the start meeting, adopted after the first circle voted (seedDemoBesluiten).
    const fifth = tx
      .insert(themas)
      .values({ ...PROPOSED_THEMA, status: "gekozen", position: THEMAS.length })
      .returning({ id: themas.id })
      .get();

    const leader = userId.get("projectleider@leerkring.test")!;
    const user = (email: string) => userId.get(email)!;
    const org = (slug: string) => orgId.get(slug)!;

    const start = tx
      .insert(bijeenkomsten)
      .values({
        kind: "thema",
        title: "Startbijeenkomst: de keuze van de thema's",
        description:
          "Vertegenwoordigers van de 13 gemeenten kozen vier thema's om in de loop van het leertraject uit te diepen.",
        location: "Amersfoort",
        startsAt: at(schedule.start, 13),
        endsAt: at(schedule.start, 16, 30),
        leaderId: leader,
        status: "gehouden",
        createdAt: at(schedule.start, 9, 0, -28),
      })
      .returning({ id: bijeenkomsten.id })
      .get();

    // Inserted before the theme meetings and the other sessions so that it keeps id 2, which the
    // live-notes e2e tests use.
    const insertIntervision = (s: (typeof INTERVISIES)[number], day: DemoDay) =>
      tx
        .insert(bijeenkomsten)
        .values({
          kind: "intervisie",
          title: s.title,
          description: s.description,
          hostOrganisationId: org(s.host),
          location: s.location,
          startsAt: at(day, 13, 30),
          endsAt: at(day, 16, 30),
          leaderId: leader,
          status: isPast(day) ? "gehouden" : "gepland",
          createdAt: at(schedule.start, 9, 0, -28),
        })
        .returning({ id: bijeenkomsten.id })
        .get().id;
    const nextIntervision = INTERVISIES.findIndex((_, i) => !isPast(schedule.intervisies[i]!));
    const intervisieIds: number[] = [];
    intervisieIds[nextIntervision] = insertIntervision(
      INTERVISIES[nextIntervision]!,
      schedule.intervisies[nextIntervision]!,
    );

    THEMA_MEETINGS.forEach((m, i) => {
      const thema = THEMAS.find((t) => t.slug === m.thema)!;
      const day = schedule.themas[i]!;
      tx.insert(bijeenkomsten)
        .values({
          kind: "thema",
          title: `Themabijeenkomst: ${thema.name}`,
          description:
            "Landelijke themabijeenkomst voor de eerste en tweede leerkring, met een inhoudelijke aftrap door Movisie en de Werkplaatsen.",
          themaId: themaId.get(m.thema)!,
          location: m.location,
          startsAt: at(day, 13),
          endsAt: at(day, 16, 30),
          leaderId: leader,
          status: isPast(day) ? "gehouden" : "gepland",
          createdAt: at(schedule.start, 9, 0, -28),
        })
        .run();
    });

    INTERVISIES.forEach((s, i) => {
      intervisieIds[i] ??= insertIntervision(s, schedule.intervisies[i]!);
    });

    // Every session: Movisie and the host region's Werkplaats as critical friends, a programme
    // around the questions on its agenda, and notes once it has been held.
    INTERVISIES.forEach((s, i) => {
      const id = intervisieIds[i]!;
      const day = schedule.intervisies[i]!;
      const host = [...GEMEENTEN].find((g) => g.slug === s.host)!;
      tx.insert(criticalFriends)
        .values([
          { bijeenkomstId: id, organisationId: org("movisie") },
          { bijeenkomstId: id, organisationId: org(host.werkplaats!) },
        ])
        .run();
      s.agenda.forEach(([time, title], position) =>
        tx
          .insert(agendapunten)
          .values({ bijeenkomstId: id, position: position + 1, time, title })
          .run(),
      );
      if (s.notes && isPast(day)) {
        insertDemoDocument(tx, notitiesDocumentName(id), s.notes, at(day, 17));
      }
    });
    insertDemoDocument(tx, notitiesDocumentName(start.id), START_NOTES, at(schedule.start, 17));

    // The learning questions, each with a history dated when it happened: submitted some weeks
    // before its session, scheduled a few days later, discussed on the day of the session.
    for (const q of LEERVRAGEN) {
      const session = q.intervisie === undefined ? undefined : q.intervisie;
      const sessionDay = session === undefined ? undefined : schedule.intervisies[session]!;
      const submittedAt =
        sessionDay === undefined
          ? at(demoDay(now, -(q.submittedDaysAgo ?? 10)), 10, 15)
          : at(sessionDay, 10, 15, -30);
      const steps: { status: LeervraagStatus; at: Date; by: number }[] = [
        { status: "ingediend", at: submittedAt, by: user(q.submittedBy) },
      ];
      if (sessionDay) {
        steps.push({ status: "ingepland", at: at(sessionDay, 11, 40, -25), by: leader });
        if (isPast(sessionDay)) {
          steps.push({ status: "besproken", at: at(sessionDay, 16, 45), by: leader });
        }
      }
      const last = steps.at(-1)!;
      const held = last.status === "besproken";
      const row = tx
        .insert(leervragen)
        .values({
          organisationId: org(q.organisation),
          title: q.title,
          question: q.question,
          casus: q.casus,
          context: q.context,
          themaId: themaId.get(q.thema)!,
          werkvormen: q.werkvormen,
          status: last.status,
          bijeenkomstId: session === undefined ? null : intervisieIds[session]!,
          outcome: held ? (q.outcome ?? "") : "",
          followUp: held ? (q.followUp ?? "") : "",
          submittedById: user(q.submittedBy),
          createdAt: submittedAt,
          updatedAt: last.at,
        })
        .returning({ id: leervragen.id })
        .get();
      for (const tag of tx
        .select({ id: tags.id })
        .from(tags)
        .where(inArray(tags.slug, q.tags ?? []))
        .all()) {
        tx.insert(tagKoppelingen)
          .values({ tagId: tag.id, ownerKind: "leervraag", leervraagId: row.id })
          .run();
      }
      steps.forEach((step, i) =>
        tx
          .insert(leervraagStatuswijzigingen)
          .values({
            leervraagId: row.id,
            fromStatus: steps[i - 1]?.status ?? null,
            toStatus: step.status,
            userId: step.by,
            createdAt: step.at,
          })
          .run(),
      );
    }

    // A few people have said they will come to the next session, over the past days.
    const next = intervisieIds[nextIntervision]!;
    [
      "deelnemer@leerkring.test",
      "fatima.ouali@leerkring.test",
      "medewerker@leerkring.test",
      "eva.visser@leerkring.test",
    ].forEach((email, i) =>
      tx
        .insert(deelnames)
        .values({
          bijeenkomstId: next,
          userId: user(email),
          response: "ja",
          respondedAt: at(demoDay(now, -(2 + 2 * i)), 9 + i, 5 + 11 * i),
        })
        .run(),
    );
    // Who was present at the meetings held so far, for the season report (illustratief: the
    // source documents name no attendance): the municipalities' people at the start meeting, and
    // those of the first circle, all but every third, at each intervision session held.
    const circleOf = (p: (typeof PEOPLE)[number]) =>
      GEMEENTEN.find((g) => g.slug === p.organisation)?.circle;
    const municipal = PEOPLE.filter((p) => circleOf(p) !== undefined);
    const firstCircle = municipal.filter((p) => circleOf(p) === 1);
    const heldMeetings = [
      { id: start.id, day: schedule.start, people: municipal },
      ...INTERVISIES.flatMap((_, i) =>
        isPast(schedule.intervisies[i]!)
          ? [
              {
                id: intervisieIds[i]!,
                day: schedule.intervisies[i]!,
                people: firstCircle.filter((_, n) => (n + i) % 3 !== 2),
              },
            ]
          : [],
      ),
    ];
    for (const meeting of heldMeetings) {
      tx.insert(deelnames)
        .values(
          meeting.people.map((p) => ({
            bijeenkomstId: meeting.id,
            userId: user(p.email),
            response: "ja" as const,
            respondedAt: at(meeting.day, 9, 0, -7),
            attended: true,
          })),
        )
        .run();
    }
    seedDemoGemeenten(tx, {
      orgId,
      memberOf: (slug) => {
        const member = PEOPLE.find((p) => p.organisation === slug);
        return member ? user(member.email) : null;
      },
      start: at(schedule.start, 17),
      // The view changed after the first intervision session (always in the past).
      changedAt: at(schedule.intervisies[0]!, 17),
    });

    // Aan de slag: casework in four municipalities, as the source document describes.
    const casework = [
      {
        gemeente: "hilversum",
        title: "Samen sterker in Hilversum-Oost",
        description:
          "Wijkteam, buurtkamer en maaltijdproject zoeken samen naar een werkbare verdeling van taken.",
        thema: "samenwerken-in-vertrouwen",
        status: "lopend" as const,
        doelgroepen: ["bewoners", "professionals"] as (
          "bewoners" | "professionals" | "beleidsmakers"
        )[],
        partners: [
          ["movisie", "inhoudelijk-adviseur"],
          ["werkplaats-noord-holland", "procesbegeleider"],
          ["welzijn-hilversum", "procesbegeleider"],
        ] as const,
        members: [
          "medewerker@leerkring.test",
          "eva.visser@leerkring.test",
          "deelnemer@leerkring.test",
          "kees.koster@leerkring.test",
        ],
        log: [
          ["contact", "Kennismaking met het wijkteam en twee vrijwilligers van de buurtkamer."],
          [
            "afspraak",
            "Afgesproken: in januari een gezamenlijke bijeenkomst van wijkteam en vrijwilligers.",
          ],
        ] as const,
      },
      {
        gemeente: "haarlem",
        title: "Resultaten zichtbaar maken in Schalkwijk",
        description:
          "Samen met bewoners en professionals indicatoren kiezen die laten zien wat de sociale basis oplevert.",
        thema: "zichtbaar-maken-en-meten-resultaten",
        status: "lopend" as const,
        doelgroepen: ["bewoners", "professionals", "beleidsmakers"] as (
          "bewoners" | "professionals" | "beleidsmakers"
        )[],
        partners: [
          ["movisie", "onderzoeker"],
          ["werkplaats-noord-holland", "inhoudelijk-adviseur"],
        ] as const,
        members: [
          "ruben.bakker@leerkring.test",
          "fatima.ouali@leerkring.test",
          "thomas.mulder@leerkring.test",
        ],
        log: [
          ["activiteit", "Werksessie met beleidsmakers over de vraag van de gemeenteraad."],
        ] as const,
      },
      {
        gemeente: "amstelveen",
        title: "Ontmoeting in Amstelveen-Noord",
        description:
          "Verkennen waarom ouderen met een kleine beurs de ontmoetingsplekken niet vinden.",
        thema: "inwoners-betrekken",
        status: "verkenning" as const,
        doelgroepen: ["bewoners"] as ("bewoners" | "professionals" | "beleidsmakers")[],
        partners: [["werkplaats-noord-holland", "onderzoeker"]] as const,
        members: ["eva.visser@leerkring.test", "iris.vanleeuwen@leerkring.test"],
        log: [] as const,
      },
      {
        gemeente: "zuidwest-friesland",
        title: "Dorpen aan zet",
        description:
          "Onderzoek naar wat dorpen zelf organiseren nu voorzieningen verdwijnen, en wat zij daarvoor nodig hebben.",
        thema: "sociale-steunstructuren",
        status: "lopend" as const,
        doelgroepen: ["bewoners", "beleidsmakers"] as (
          "bewoners" | "professionals" | "beleidsmakers"
        )[],
        partners: [
          ["werkplaats-friesland", "onderzoeker"],
          ["movisie", "inhoudelijk-adviseur"],
        ] as const,
        members: ["jelle.hoekstra@leerkring.test", "sjoerd.devries@leerkring.test"],
        log: [["activiteit", "Interviews met dorpsbelangen in drie kernen afgerond."]] as const,
      },
    ];
    for (const c of casework) {
      const row = tx
        .insert(trajecten)
        .values({
          organisationId: orgId.get(c.gemeente)!,
          title: c.title,
          description: c.description,
          themaId: themaId.get(c.thema)!,
          status: c.status,
          doelgroepen: c.doelgroepen,
          createdById: userId.get(c.members[0]!)!,
        })
        .returning({ id: trajecten.id })
        .get();
      tx.insert(trajectPartners)
        .values(
          c.partners.map(([org, role]) => ({
            trajectId: row.id,
            organisationId: orgId.get(org)!,
            role,
          })),
        )
        .run();
      tx.insert(trajectLeden)
        .values(c.members.map((email) => ({ trajectId: row.id, userId: userId.get(email)! })))
        .run();
      c.log.forEach(([kind, body], i) =>
        tx
          .insert(logboek)
          .values({
            trajectId: row.id,
            userId: userId.get(c.members[0]!)!,
            kind,
            body,
            happenedOn: at(demoDay(now, -7 * (c.log.length - i)), 12),
          })
          .run(),
      );
    }

    seedDemoWijkmetingen(tx, { orgId, userId, year });
    seedDemoBesluiten(
      tx,
      { themaId: fifth.id, leaderId: leader, user, org },
      {
        proposed: at(schedule.start, 17, 0, 1),
        deadline: at(schedule.start, 17, 0, 15),
        decided: at(schedule.start, 10, 0, 16),
        openProposed: at(demoDay(now, -3), 9),
        openDeadline: at(demoDay(now, 10), 17),
      },
    );
    seedDemoWijken(tx, { orgId, userId, now });
    seedDemoInterventies(tx, { orgId, userId, year });
    seedDemoPartners(tx, { orgId, userId, now });
    seedDemoEssay(tx, {
      bijeenkomstId: start.id,
      authorIds: [
        userId.get("medewerker@leerkring.test")!,
        userId.get("noor.deboer@leerkring.test")!,
      ],
      // Written after the start meeting, published a couple of weeks later.
      publishedAt: at(schedule.start, 10, 0, 18),
    });
    seedDemoPraktijkvoorbeelden(
      tx,
      {
        hilversum: org("hilversum"),
        haarlem: org("haarlem"),
        samenwerken: themaId.get("samenwerken-in-vertrouwen")!,
        inwoners: themaId.get("inwoners-betrekken")!,
        startId: start.id,
        writerId: user("medewerker@leerkring.test"),
        memberId: user("fatima.ouali@leerkring.test"),
      },
      at(schedule.start, 11, 0, 25),
    );
    seedDemoDatumprikker(
      tx,
      { bijeenkomstId: intervisieIds[nextIntervision]!, leaderId: leader },
      {
        opened: at(demoDay(now, -3), 10),
        deadline: at(demoDay(now, 5), 17),
        alternative: at(schedule.intervisies[nextIntervision]!, 13, 30, 2),
      },
    );
    seedDemoOpvolging(
      tx,
      { bijeenkomstId: start.id, leaderId: leader, user },
      {
        responded: at(schedule.start, 9, 0, -14),
        answered: at(schedule.start, 11, 0, 2),
        essayDue: dutchDay(at(schedule.start, 12, 0, 28)),
        actionDone: {
          due: dutchDay(at(schedule.start, 12, 0, 14)),
          at: at(schedule.start, 15, 0, 10),
        },
        actionOpen: dutchDay(at(demoDay(now, 21), 12)),
      },
    );
  });
  return true;
}

const FIRST_ADMIN_ORGANISATION = "Programma Sociaal Domein (VNG en VWS)";

/**
 * A production start without demo data: the first beheerder comes from the environment
 * (ADMIN_EMAIL, ADMIN_PASSWORD, optionally ADMIN_NAME) when the database has no accounts yet.
 */
export async function ensureFirstAdmin(db: Db, cfg: Config): Promise<"created" | "exists"> {
  const [people] = db.select({ n: count() }).from(users).all();
  if (people!.n > 0) return "exists";
  if (!cfg.ADMIN_EMAIL || !cfg.ADMIN_PASSWORD) {
    throw new Error(
      "De database heeft nog geen accounts. Zet ADMIN_EMAIL en ADMIN_PASSWORD om de eerste beheerder aan te maken, of start met SEED=demo.",
    );
  }
  const check = passwordSchema([
    cfg.ADMIN_EMAIL,
    cfg.ADMIN_NAME ?? "Beheerder",
    FIRST_ADMIN_ORGANISATION,
  ]).safeParse(cfg.ADMIN_PASSWORD);
  if (!check.success) {
    throw new Error(
      `ADMIN_PASSWORD voldoet niet: ${translator("nl")(check.error.issues[0]!.message as MessageKey)}`,
    );
  }
  const passwordHash = await hashPassword(cfg.ADMIN_PASSWORD);
  db.transaction((tx) => {
    let org = tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.slug, "programma-sociaal-domein"))
      .get();
    org ??= tx
      .insert(organisations)
      .values({
        slug: "programma-sociaal-domein",
        name: FIRST_ADMIN_ORGANISATION,
        kind: "programma",
      })
      .returning({ id: organisations.id })
      .get();
    tx.insert(users)
      .values({
        email: cfg.ADMIN_EMAIL!.toLowerCase(),
        name: cfg.ADMIN_NAME ?? "Beheerder",
        role: "beheerder",
        organisationId: org.id,
        passwordHash,
      })
      .run();
  });
  return "created";
}
