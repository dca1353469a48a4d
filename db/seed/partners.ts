import { addDays, seasonOf } from "#app/seizoen/season.ts";
import type { DbOrTx } from "#db/client.ts";
import type { Provincie } from "#db/provincies.ts";
import {
  partnerActiviteiten,
  partnerContacten,
  partnerProvincies,
  type OrganisationKind,
} from "#db/schema.ts";
import { toAmsterdamInputs } from "#shared/time.ts";

// The partners' network of the demo (/partners). Seed 000 ("Krachten bundelen") says there are
// fourteen Werkplaatsen Sociaal Domein and names six knowledge partners (KKNN, Neimed,
// Zeeuws|Planbureau, STAMM, Fries Sociaal Planbureau, Sociaal Planbureau Groningen); it does not
// name the Werkplaatsen or say what anyone covers. The Werkplaatsen' names, every province
// below, the activities and the contacts are illustrative, and the page says so.

type PartnerSeed = { slug: string; name: string; kind: OrganisationKind; region: string };

const werkplaats = (slug: string, region: string): PartnerSeed => ({
  slug: `werkplaats-${slug}`,
  name: `Werkplaats Sociaal Domein ${region}`,
  kind: "werkplaats",
  region,
});

/** The nine Werkplaatsen beside the five of demo.ts, fourteen in all. */
export const MORE_WERKPLAATSEN: PartnerSeed[] = [
  werkplaats("groningen", "Groningen"),
  werkplaats("drenthe", "Drenthe"),
  werkplaats("twente", "Twente"),
  werkplaats("flevoland", "Flevoland"),
  werkplaats("amsterdam", "Amsterdam"),
  werkplaats("haaglanden", "Haaglanden"),
  werkplaats("rijnmond", "Rijnmond"),
  werkplaats("zeeland", "Zeeland"),
  werkplaats("limburg", "Limburg"),
];

export const KENNISPARTNERS: PartnerSeed[] = [
  {
    slug: "kknn",
    name: "Kennisnetwerk Krimp Noord-Nederland (KKNN)",
    kind: "kennisnetwerk",
    region: "Noord-Nederland",
  },
  { slug: "neimed", name: "Neimed", kind: "kennisnetwerk", region: "Limburg" },
  { slug: "zeeuws-planbureau", name: "Zeeuws Planbureau", kind: "planbureau", region: "Zeeland" },
  { slug: "stamm", name: "STAMM", kind: "kennisnetwerk", region: "Drenthe" },
  {
    slug: "fries-sociaal-planbureau",
    name: "Fries Sociaal Planbureau",
    kind: "planbureau",
    region: "Friesland",
  },
  {
    slug: "sociaal-planbureau-groningen",
    name: "Sociaal Planbureau Groningen",
    kind: "planbureau",
    region: "Groningen",
  },
];

const COVERAGE: Record<string, Provincie[]> = {
  "werkplaats-noord-holland": ["noord-holland"],
  "werkplaats-friesland": ["friesland"],
  "werkplaats-utrecht": ["utrecht"],
  "werkplaats-oost": ["gelderland", "overijssel"],
  "werkplaats-zuid": ["noord-brabant", "limburg"],
  "werkplaats-groningen": ["groningen"],
  "werkplaats-drenthe": ["drenthe"],
  "werkplaats-twente": ["overijssel"],
  "werkplaats-flevoland": ["flevoland"],
  "werkplaats-amsterdam": ["noord-holland"],
  "werkplaats-haaglanden": ["zuid-holland"],
  "werkplaats-rijnmond": ["zuid-holland"],
  "werkplaats-zeeland": ["zeeland"],
  "werkplaats-limburg": ["limburg"],
  kknn: ["groningen", "friesland", "drenthe"],
  neimed: ["limburg"],
  "zeeuws-planbureau": ["zeeland"],
  stamm: ["drenthe"],
  "fries-sociaal-planbureau": ["friesland"],
  "sociaal-planbureau-groningen": ["groningen"],
};

/** Activities of this season, a number of days ago (never before the season began). */
const ACTIVITIES: { partner: string; gemeente: string; daysAgo: number; body: string }[] = [
  {
    partner: "werkplaats-noord-holland",
    gemeente: "hilversum",
    daysAgo: 12,
    body: "Gesprek met het wijkteam Hilversum-Oost over vrijwilligerswerk van jongeren.",
  },
  {
    partner: "movisie",
    gemeente: "hilversum",
    daysAgo: 5,
    body: "Kennissessie over eenzaamheid voor beleidsmedewerkers en welzijnswerk.",
  },
  {
    partner: "fries-sociaal-planbureau",
    gemeente: "leeuwarden",
    daysAgo: 9,
    body: "Cijfers over armoede per wijk gedeeld met de gemeente.",
  },
  {
    partner: "werkplaats-friesland",
    gemeente: "leeuwarden",
    daysAgo: 3,
    body: "Actieonderzoek met bewoners naar schulden: startbijeenkomst.",
  },
  {
    partner: "werkplaats-utrecht",
    gemeente: "amersfoort",
    daysAgo: 7,
    body: "Meedenken over een buurtmonitor met de afdeling onderzoek.",
  },
  {
    partner: "neimed",
    gemeente: "heerlen",
    daysAgo: 14,
    body: "Presentatie over bevolkingskrimp en voorzieningen in de wijken.",
  },
];

/** Illustrative people: one gave no consent yet, so only the staff member who entered them sees them. */
const CONTACTS = [
  {
    name: "Femke Post",
    organisation: "Wijkteam Hilversum-Oost",
    function: "Coördinator",
    gemeente: "hilversum",
    knownBy: "werkplaats-noord-holland",
    consentDaysAgo: 30,
  },
  {
    name: "Hidde Wiersma",
    organisation: "Sociaal Werk Leeuwarden",
    function: "Opbouwwerker",
    gemeente: "leeuwarden",
    knownBy: "werkplaats-friesland",
    consentDaysAgo: 20,
  },
  {
    name: "Ilse Brouwer",
    organisation: "Bibliotheek Amersfoort",
    function: "Programmamaker",
    gemeente: "amersfoort",
    knownBy: "movisie",
    consentDaysAgo: null,
  },
];

export function seedDemoPartners(
  tx: DbOrTx,
  ctx: { orgId: Map<string, number>; userId: Map<string, number>; now: Date },
) {
  const id = (slug: string) => ctx.orgId.get(slug)!;
  for (const [slug, provincies] of Object.entries(COVERAGE)) {
    for (const provincie of provincies) {
      tx.insert(partnerProvincies)
        .values({ organisationId: id(slug), provincie })
        .run();
    }
  }
  const today = toAmsterdamInputs(ctx.now).date;
  const seasonStart = seasonOf(today).first;
  const ago = (days: number) => {
    const day = addDays(today, -days);
    return day < seasonStart ? seasonStart : day;
  };
  const staff = ctx.userId.get("medewerker@leerkring.test")!;
  for (const a of ACTIVITIES) {
    tx.insert(partnerActiviteiten)
      .values({
        partnerId: id(a.partner),
        gemeenteId: id(a.gemeente),
        day: ago(a.daysAgo),
        body: a.body,
        createdById: staff,
      })
      .run();
  }
  for (const c of CONTACTS) {
    tx.insert(partnerContacten)
      .values({
        name: c.name,
        organisation: c.organisation,
        function: c.function,
        gemeenteId: id(c.gemeente),
        knownById: id(c.knownBy),
        consentOn: c.consentDaysAgo === null ? null : addDays(today, -c.consentDaysAgo),
        createdById: staff,
      })
      .run();
  }
}
