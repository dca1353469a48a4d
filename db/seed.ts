import { count, eq } from "drizzle-orm";
import { hashPassword, passwordSchema } from "#app/auth/password.server.ts";
import { translator, type MessageKey } from "#app/i18n/index.ts";
import { amsterdamToUtc } from "#app/utils/time.ts";
import type { Config } from "#server/config.ts";
import type { Db } from "./client.ts";
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
  themas,
  trajectLeden,
  trajectPartners,
  trajecten,
  users,
  type OrganisationKind,
  type Role,
  type Werkvorm,
} from "./schema.ts";
import { seedDemoEssay } from "./seed-essays.ts";
import { seedDemoWijkmetingen, seedFramework } from "./seed-monitor.ts";

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

const gemeente = (name: string, circle: 1 | 2, werkplaats: string, region: string): OrgSeed => ({
  slug: name.toLowerCase().replace(/[^a-z]+/g, "-"),
  name: `Gemeente ${name}`,
  kind: "gemeente",
  circle,
  region,
  werkplaats,
});

const GEMEENTEN: OrgSeed[] = [
  gemeente("Hilversum", 1, "werkplaats-noord-holland", "Noord-Holland"),
  gemeente("Haarlem", 1, "werkplaats-noord-holland", "Noord-Holland"),
  gemeente("Amstelveen", 1, "werkplaats-noord-holland", "Noord-Holland"),
  gemeente("Zuidwest-Friesland", 1, "werkplaats-friesland", "Friesland"),
  gemeente("Zaanstad", 1, "werkplaats-noord-holland", "Noord-Holland"),
  gemeente("Leeuwarden", 1, "werkplaats-friesland", "Friesland"),
  gemeente("Amersfoort", 1, "werkplaats-utrecht", "Utrecht"),
  gemeente("Zeist", 1, "werkplaats-utrecht", "Utrecht"),
  gemeente("Nieuwegein", 1, "werkplaats-utrecht", "Utrecht"),
  gemeente("Deventer", 1, "werkplaats-oost", "Overijssel"),
  gemeente("Apeldoorn", 1, "werkplaats-oost", "Gelderland"),
  gemeente("Tilburg", 1, "werkplaats-zuid", "Noord-Brabant"),
  gemeente("Heerlen", 1, "werkplaats-zuid", "Limburg"),
  gemeente("Alkmaar", 2, "werkplaats-noord-holland", "Noord-Holland"),
  gemeente("Ede", 2, "werkplaats-oost", "Gelderland"),
  gemeente("Zwolle", 2, "werkplaats-oost", "Overijssel"),
  gemeente("Breda", 2, "werkplaats-zuid", "Noord-Brabant"),
  gemeente("Emmen", 2, "werkplaats-friesland", "Drenthe"),
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
    "“Hoe kunnen wij de burgers bereiken die we nu niet bereiken, maar die wel baat kunnen hebben van beschikbare voorzieningen en diensten?” Voorgesteld als vijfde thema; de projectleiders beslissen.",
};

/**
 * The season the demo takes place in: the trajectory starts with the meeting of 20 September,
 * placed in the most recent September so that the demo always has a past and a future.
 */
export function demoSeasonYear(now = new Date()): number {
  const start = amsterdamToUtc(now.getUTCFullYear(), 9, 20);
  return now >= start ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
}

export function isDatabaseEmpty(db: Db): boolean {
  const [orgs] = db.select({ n: count() }).from(organisations).all();
  const [people] = db.select({ n: count() }).from(users).all();
  return orgs!.n === 0 && people!.n === 0;
}

/** Fills an empty database with the demo trajectory. Does nothing (returns false) otherwise. */
export async function seedDemo(db: Db, now = new Date()): Promise<boolean> {
  if (!isDatabaseEmpty(db)) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const year = demoSeasonYear(now);
  seedFramework(db);
  const at = (y: number, m: number, d: number, h: number, min = 0) =>
    amsterdamToUtc(y, m, d, h, min);

  db.transaction((tx) => {
    const orgId = new Map<string, number>();
    for (const o of [...OTHER_ORGANISATIONS, ...WERKPLAATSEN, ...GEMEENTEN]) {
      const row = tx
        .insert(organisations)
        .values({
          slug: o.slug,
          name: o.name,
          kind: o.kind,
          circle: o.circle ?? null,
          region: o.region ?? null,
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
    tx.insert(themas)
      .values({ ...PROPOSED_THEMA, status: "voorgesteld", position: THEMAS.length })
      .run();

    const leader = userId.get("projectleider@leerkring.test")!;
    const past = (d: Date) => d.getTime() < now.getTime();

    const startMeeting = at(year, 9, 20, 13);
    const start = tx
      .insert(bijeenkomsten)
      .values({
        kind: "thema",
        title: "Startbijeenkomst: de keuze van de thema's",
        description:
          "Vertegenwoordigers van de 13 gemeenten kozen vier thema's om in de loop van het leertraject uit te diepen.",
        location: "Amersfoort",
        startsAt: startMeeting,
        endsAt: at(year, 9, 20, 16, 30),
        leaderId: leader,
        status: "gehouden",
      })
      .returning({ id: bijeenkomsten.id })
      .get();

    const firstIntervisionStart = at(year, 11, 29, 13, 30);
    const firstIntervision = tx
      .insert(bijeenkomsten)
      .values({
        kind: "intervisie",
        title: "Eerste intervisiebijeenkomst",
        description:
          "Hilversum en Haarlem leggen hun leervraag en casus aan de groep voor. Movisie en de Werkplaats Noord-Holland zijn critical friend.",
        hostOrganisationId: orgId.get("hilversum")!,
        location: "Raadhuis Hilversum, Dudokpark 1, Hilversum",
        startsAt: firstIntervisionStart,
        endsAt: at(year, 11, 29, 16, 30),
        leaderId: leader,
        status: past(firstIntervisionStart) ? "gehouden" : "gepland",
      })
      .returning({ id: bijeenkomsten.id })
      .get();

    const themeMeetings = [
      { thema: "samenwerken-in-vertrouwen", date: [year + 1, 1, 23], location: "Utrecht" },
      { thema: "zichtbaar-maken-en-meten-resultaten", date: [year + 1, 3, 12], location: "Zwolle" },
      { thema: "inwoners-betrekken", date: [year + 1, 5, 21], location: "Haarlem" },
      { thema: "sociale-steunstructuren", date: [year + 1, 9, 17], location: "Leeuwarden" },
    ] as const;
    for (const m of themeMeetings) {
      const [y, mo, d] = m.date;
      const thema = THEMAS.find((t) => t.slug === m.thema)!;
      const startsAt = at(y, mo, d, 13);
      tx.insert(bijeenkomsten)
        .values({
          kind: "thema",
          title: `Themabijeenkomst: ${thema.name}`,
          description:
            "Landelijke themabijeenkomst voor de eerste en tweede leerkring, met een inhoudelijke aftrap door Movisie en de Werkplaatsen.",
          themaId: themaId.get(m.thema)!,
          location: m.location,
          startsAt,
          endsAt: at(y, mo, d, 16, 30),
          leaderId: leader,
          status: past(startsAt) ? "gehouden" : "gepland",
        })
        .run();
    }

    const planned: LeervraagStatus = past(firstIntervisionStart) ? "besproken" : "ingepland";
    const submittedBy = (email: string) => userId.get(email)!;
    const questions = [
      {
        organisationId: orgId.get("hilversum")!,
        title: "Wijkteams en vrijwilligersinitiatieven in verbinding",
        question:
          "Hoe bouwen onze sociale wijkteams een duurzame, gelijkwaardige samenwerking op met de vrijwilligersinitiatieven in de wijk?",
        casus:
          "In Hilversum-Oost draaien sinds twee jaar een buurtkamer en een maaltijdproject van bewoners. Het wijkteam verwijst er steeds vaker naar, maar de vrijwilligers voelen zich overvraagd en missen terugkoppeling.",
        context:
          "G-40-gemeente; wijkteams sinds de decentralisaties; subsidieregeling voor bewonersinitiatieven.",
        themaId: themaId.get("samenwerken-in-vertrouwen")!,
        werkvormen: ["intervisie", "lokale-ondersteuning"] as Werkvorm[],
        status: planned,
        bijeenkomstId: firstIntervision.id,
        submittedById: submittedBy("deelnemer@leerkring.test"),
      },
      {
        organisationId: orgId.get("haarlem")!,
        title: "Wat levert de sociale basis in Schalkwijk op?",
        question:
          "Hoe maken we zichtbaar wat investeringen in de sociale basis van Schalkwijk opleveren, zonder alles in cijfers te willen vangen?",
        casus:
          "De gemeenteraad vraagt om resultaten van het wijkgerichte werken in Schalkwijk. De bestaande monitor meet vooral productie (aantallen activiteiten), niet wat bewoners ervaren.",
        context: "Wijkgericht werken met welzijn, woningcorporatie en bewonersinitiatieven.",
        themaId: themaId.get("zichtbaar-maken-en-meten-resultaten")!,
        werkvormen: ["intervisie", "themabijeenkomst"] as Werkvorm[],
        status: planned,
        bijeenkomstId: firstIntervision.id,
        submittedById: submittedBy("fatima.ouali@leerkring.test"),
      },
      {
        organisationId: orgId.get("amstelveen")!,
        title: "Inwoners die we nu niet bereiken",
        question:
          "Hoe bereiken we inwoners die baat hebben bij voorzieningen in de wijk, maar er nu geen gebruik van maken?",
        casus:
          "Ouderen met een kleine beurs in Amstelveen-Noord maken weinig gebruik van de ontmoetingsplekken, terwijl eenzaamheid er toeneemt.",
        context: "",
        themaId: themaId.get("inwoners-betrekken")!,
        werkvormen: ["intervisie"] as Werkvorm[],
        status: "ingediend" as const,
        submittedById: submittedBy("iris.vanleeuwen@leerkring.test"),
      },
      {
        organisationId: orgId.get("zuidwest-friesland")!,
        title: "Steunstructuren in kleine kernen",
        question:
          "Hoe houden we in kleine dorpen een sociale steunstructuur overeind nu voorzieningen verdwijnen?",
        casus:
          "In drie dorpen is het dorpshuis gesloten. Inwoners organiseren zelf vervoer en ontmoeting, maar de vrijwilligers vergrijzen.",
        context: "Plattelandsgemeente met 80 kernen.",
        themaId: themaId.get("sociale-steunstructuren")!,
        werkvormen: ["intervisie", "lokale-ondersteuning"] as Werkvorm[],
        status: "ingediend" as const,
        submittedById: submittedBy("sjoerd.devries@leerkring.test"),
      },
    ];
    for (const q of questions) {
      const row = tx.insert(leervragen).values(q).returning({ id: leervragen.id }).get();
      const steps =
        q.status === "ingediend"
          ? ["ingediend"]
          : q.status === "ingepland"
            ? ["ingediend", "ingepland"]
            : ["ingediend", "ingepland", "besproken"];
      steps.forEach((status, i) =>
        tx
          .insert(leervraagStatuswijzigingen)
          .values({
            leervraagId: row.id,
            fromStatus: (steps[i - 1] as LeervraagStatus | undefined) ?? null,
            toStatus: status as LeervraagStatus,
            userId: status === "ingediend" ? q.submittedById : leader,
          })
          .run(),
      );
    }

    // The first intervision session: Movisie and the host's Werkplaats as critical friends, a
    // programme, and a few people who said they will come.
    tx.insert(criticalFriends)
      .values([
        { bijeenkomstId: firstIntervision.id, organisationId: orgId.get("movisie")! },
        {
          bijeenkomstId: firstIntervision.id,
          organisationId: orgId.get("werkplaats-noord-holland")!,
        },
      ])
      .run();
    [
      ["13:30", "Welkom en kennismaking"],
      ["13:45", "Casus Hilversum: wijkteams en vrijwilligersinitiatieven"],
      ["14:45", "Pauze"],
      ["15:00", "Casus Haarlem: wat levert de sociale basis in Schalkwijk op?"],
      ["16:00", "Terugblik met de critical friends"],
    ].forEach(([time, title], i) =>
      tx
        .insert(agendapunten)
        .values({ bijeenkomstId: firstIntervision.id, position: i + 1, time: time!, title: title! })
        .run(),
    );
    for (const email of [
      "deelnemer@leerkring.test",
      "fatima.ouali@leerkring.test",
      "medewerker@leerkring.test",
      "eva.visser@leerkring.test",
    ]) {
      tx.insert(deelnames)
        .values({
          bijeenkomstId: firstIntervision.id,
          userId: userId.get(email)!,
          response: "ja",
          respondedAt: now,
        })
        .run();
    }

    tx.update(organisations)
      .set({
        socialeBasisOpvatting: "breed",
        socialeBasisBenaderingen: ["halfdelijn", "basisfunctioneel"],
      })
      .where(eq(organisations.slug, "hilversum"))
      .run();
    tx.update(organisations)
      .set({ socialeBasisOpvatting: "smal", socialeBasisBenaderingen: ["non-institutioneel"] })
      .where(eq(organisations.slug, "zuidwest-friesland"))
      .run();

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
            happenedOn: new Date(now.getTime() - (c.log.length - i) * 7 * 86_400_000),
          })
          .run(),
      );
    }

    seedDemoWijkmetingen(tx, { orgId, userId, year });
    seedDemoEssay(tx, {
      bijeenkomstId: start.id,
      authorIds: [
        userId.get("medewerker@leerkring.test")!,
        userId.get("noor.deboer@leerkring.test")!,
      ],
      publishedAt: at(year, 10, 8, 10),
    });
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
