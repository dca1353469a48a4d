import { asc } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resetLoginThrottle } from "#app/auth/throttle.server.ts";
import { getDb } from "#db/client.ts";
import { beleidsfactoren, indicatoren, voorwaarden, type Role } from "#db/schema.ts";
import {
  createLeervraag,
  createOrganisation,
  createUser,
  createWijk,
  createWijkmeting,
  TEST_PASSWORD,
} from "#tests/factories.ts";
import { Client, startTestApp } from "#tests/setup/http.ts";

// Every route and action of the monitor × every role, including anonymous and the two kinds of
// participant the resource rules tell apart: a member of another municipality (same circle) and
// a member of a local partner. 200 allowed, 302 to login (or onward), 403 refused, 404 not
// visible (another municipality's unshared work is not even confirmed to exist).
const app = startTestApp();
beforeEach(() => resetLoginThrottle());

type Who = "anoniem" | Exclude<Role, "deelnemer"> | "deelnemer" | "andere-gemeente" | "partner";
const everyone: Who[] = [
  "anoniem",
  "beheerder",
  "projectleider",
  "medewerker",
  "deelnemer",
  "andere-gemeente",
  "partner",
];

const clients = new Map<Who, Client>();
const ids = {
  own: 0,
  concept: 0,
  ingediend: 0,
  gedeeld: 0,
  heropenen: 0,
  verwijderen: 0,
  leervraag: 0,
  indicator: 0,
  intrekken: 0,
  factor: 0,
  voorwaarde: 0,
};

beforeAll(async () => {
  const own = createOrganisation({ circle: 1 }).id;
  ids.own = own;
  const other = createOrganisation({ circle: 1 }).id;
  const partner = createOrganisation({ kind: "welzijnsinstelling", circle: null }).id;
  const staff = createOrganisation({ kind: "movisie", circle: null }).id;
  const orgOf: Record<Exclude<Who, "anoniem">, number> = {
    beheerder: staff,
    projectleider: staff,
    medewerker: staff,
    deelnemer: own,
    "andere-gemeente": other,
    partner,
  };
  for (const who of everyone) {
    const client = new Client(app);
    if (who !== "anoniem") {
      const role: Role = who === "andere-gemeente" || who === "partner" ? "deelnemer" : who;
      const user = await createUser({ role, organisationId: orgOf[who] });
      resetLoginThrottle();
      await client.login(user.email, TEST_PASSWORD);
    }
    clients.set(who, client);
  }
  const all = () => 3;
  ids.concept = createWijkmeting({ organisationId: own }).id;
  ids.ingediend = createWijkmeting({ organisationId: own, status: "ingediend", score: all }).id;
  ids.gedeeld = createWijkmeting({
    organisationId: own,
    status: "ingediend",
    sharedWithCircle: true,
    score: all,
  }).id;
  ids.heropenen = createWijkmeting({ organisationId: own, status: "ingediend", score: all }).id;
  ids.verwijderen = createWijkmeting({ organisationId: own }).id;
  ids.leervraag = createLeervraag({ organisationId: own }).id;
  const framework = getDb().select().from(indicatoren).orderBy(asc(indicatoren.id)).all();
  ids.indicator = framework[0]!.id;
  ids.intrekken = framework[framework.length - 1]!.id;
  ids.factor = getDb().select().from(beleidsfactoren).get()!.id;
  ids.voorwaarde = getDb().select().from(voorwaarden).get()!.id;
});

const row = (
  anoniem: number,
  beheerder: number,
  projectleider: number,
  medewerker: number,
  deelnemer: number,
  andere: number,
  partner: number,
): Record<Who, number> => ({
  anoniem,
  beheerder,
  projectleider,
  medewerker,
  deelnemer,
  "andere-gemeente": andere,
  partner,
});

// Seeing: staff see every assessment; the own municipality its own; another municipality only
// what is submitted and shared; a partner's member has no monitor.
const pages: [string, () => string, Record<Who, number>][] = [
  ["overzicht", () => "/monitor", row(302, 200, 200, 200, 200, 200, 403)],
  ["kader", () => "/monitor/kader", row(302, 200, 200, 200, 200, 200, 403)],
  ["concept", () => `/monitor/${ids.concept}`, row(302, 200, 200, 200, 200, 404, 403)],
  [
    "ingediend, niet gedeeld",
    () => `/monitor/${ids.ingediend}`,
    row(302, 200, 200, 200, 200, 404, 403),
  ],
  ["ingediend en gedeeld", () => `/monitor/${ids.gedeeld}`, row(302, 200, 200, 200, 200, 200, 403)],
  [
    "CSV, niet gedeeld",
    () => `/monitor/${ids.ingediend}.csv`,
    row(302, 200, 200, 200, 200, 404, 403),
  ],
  ["CSV, gedeeld", () => `/monitor/${ids.gedeeld}.csv`, row(302, 200, 200, 200, 200, 200, 403)],
  [
    "invullen, concept",
    () => `/monitor/${ids.concept}/invullen`,
    row(302, 403, 403, 403, 200, 404, 403),
  ],
  [
    "invullen, ingediend",
    () => `/monitor/${ids.ingediend}/invullen`,
    row(302, 403, 403, 403, 302, 404, 403),
  ],
  [
    "invullen, gedeeld",
    () => `/monitor/${ids.gedeeld}/invullen`,
    row(302, 403, 403, 403, 302, 403, 403),
  ],
  ["bestaat niet", () => "/monitor/999999", row(302, 404, 404, 404, 404, 404, 403)],
  ["geen getal", () => "/monitor/abc.csv", row(302, 404, 404, 404, 404, 404, 403)],
  ["indicatoren beheren", () => "/beheer/indicatoren", row(302, 200, 403, 403, 403, 403, 403)],
];

describe.each(pages)("GET %s", (_name, path, expected) => {
  it.each(everyone)("as %s", async (who) => {
    const response = await clients.get(who)!.get(path());
    expect(response.status).toBe(expected[who]);
    if (who === "anoniem") {
      expect(response.headers.get("Location")).toBe(
        `/inloggen?redirectTo=${encodeURIComponent(path())}`,
      );
    }
    if (expected[who] === 403) expect(await response.text()).toContain("Geen toegang");
  });
});

const unique = () => Math.random().toString(36).slice(2, 8);

const actions: {
  name: string;
  path: () => string;
  form: () => Record<string, string>;
  expected: Record<Who, number>;
}[] = [
  {
    name: "meting starten",
    path: () => "/monitor",
    // A neighbourhood of the own municipality: another municipality's member is told to choose
    // one of theirs (400, past the permission check).
    form: () => ({
      intent: "starten",
      wijkId: String(createWijk(ids.own, `Wijk ${unique()}`).id),
      jaar: "2025",
      deel: "",
    }),
    expected: row(302, 403, 403, 403, 302, 400, 403),
  },
  {
    name: "score opslaan",
    path: () => `/monitor/${ids.concept}/invullen`,
    form: () => ({ intent: "score", indicatorId: String(ids.indicator), score: "3" }),
    expected: row(302, 403, 403, 403, 200, 404, 403),
  },
  {
    name: "beleidsfactoren opslaan",
    path: () => `/monitor/${ids.concept}/invullen`,
    form: () => ({ intent: "beleid", group: "algemeen", [`factor-${ids.factor}`]: "deels" }),
    expected: row(302, 403, 403, 403, 200, 404, 403),
  },
  {
    name: "bestuursstijl opslaan",
    path: () => `/monitor/${ids.concept}/invullen`,
    form: () => ({ intent: "stijl", bestuursstijl: "delegerend" }),
    expected: row(302, 403, 403, 403, 200, 404, 403),
  },
  {
    name: "indienen (nog onvolledig)",
    path: () => `/monitor/${ids.concept}/invullen`,
    form: () => ({ intent: "indienen" }),
    expected: row(302, 403, 403, 403, 400, 404, 403),
  },
  {
    name: "score in een gedeelde meting van een andere gemeente",
    path: () => `/monitor/${ids.gedeeld}/invullen`,
    form: () => ({ intent: "score", indicatorId: String(ids.indicator), score: "1" }),
    expected: row(302, 403, 403, 403, 302, 403, 403),
  },
  {
    name: "delen aan- of uitzetten",
    path: () => `/monitor/${ids.ingediend}`,
    form: () => ({ intent: "delen" }),
    expected: row(302, 403, 403, 403, 200, 404, 403),
  },
  {
    name: "delen van een gedeelde meting van een andere gemeente",
    path: () => `/monitor/${ids.gedeeld}`,
    form: () => ({ intent: "delen", sharedWithCircle: "on" }),
    expected: row(302, 403, 403, 403, 200, 403, 403),
  },
  {
    name: "leervraag koppelen",
    path: () => `/monitor/${ids.ingediend}`,
    form: () => ({ intent: "leervraag", leervraagId: String(ids.leervraag) }),
    expected: row(302, 403, 403, 403, 200, 404, 403),
  },
  {
    name: "heropenen",
    path: () => `/monitor/${ids.heropenen}`,
    form: () => ({ intent: "heropenen" }),
    expected: row(302, 403, 403, 403, 302, 404, 403),
  },
  {
    name: "concept verwijderen",
    path: () => `/monitor/${ids.verwijderen}`,
    form: () => ({ intent: "verwijderen", bevestig: "on" }),
    // After the own municipality deleted it, it no longer exists for anyone.
    expected: row(302, 403, 403, 403, 302, 404, 403),
  },
  {
    name: "indicator toevoegen",
    path: () => "/beheer/indicatoren",
    form: () => ({
      intent: "toevoegen",
      voorwaardeId: String(ids.voorwaarde),
      text: `Inwoners in deze wijk doen mee aan ${unique()}.`,
    }),
    expected: row(302, 200, 403, 403, 403, 403, 403),
  },
  {
    name: "indicator herformuleren",
    path: () => "/beheer/indicatoren",
    form: () => ({
      intent: "wijzigen",
      indicatorId: String(ids.intrekken),
      text: `In deze wijk weten inwoners elkaar te vinden (${unique()}).`,
    }),
    expected: row(302, 200, 403, 403, 403, 403, 403),
  },
  {
    name: "indicator intrekken",
    path: () => "/beheer/indicatoren",
    form: () => ({ intent: "intrekken", indicatorId: String(ids.intrekken) }),
    expected: row(302, 200, 403, 403, 403, 403, 403),
  },
  {
    name: "indicator intrekken, bevestigd",
    path: () => "/beheer/indicatoren",
    form: () => ({ intent: "intrekken", indicatorId: String(ids.intrekken), bevestigd: "ja" }),
    expected: row(302, 200, 403, 403, 403, 403, 403),
  },
  {
    name: "indicator weer gebruiken",
    path: () => "/beheer/indicatoren",
    form: () => ({ intent: "terugzetten", indicatorId: String(ids.intrekken) }),
    expected: row(302, 200, 403, 403, 403, 403, 403),
  },
];

describe.each(actions)("POST $name", ({ path, form, expected }) => {
  it.each(everyone)("as %s", async (who) => {
    const response = await clients.get(who)!.post(path(), form());
    expect(response.status).toBe(expected[who]);
  });
});
