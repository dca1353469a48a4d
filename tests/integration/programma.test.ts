import { PDFParse } from "pdf-parse";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "#app/monitor/csv.ts";
import { currentSeasonProgress, seasonProgramme } from "#app/programma/programma.server.ts";
import { season } from "#app/seizoen/season.ts";
import { getDb } from "#db/client.ts";
import {
  criticalFriends,
  deelnames,
  essays,
  leervraagStatuswijzigingen,
  trajecten,
  trajectPartners,
  vervolgacties,
} from "#db/schema.ts";
import { amsterdamToUtc } from "#shared/time.ts";
import {
  createBijeenkomst,
  createLeervraag,
  createOrganisation,
  createThema,
  createUser,
} from "#tests/factories.ts";
import { Client, signedIn, startTestApp } from "#tests/setup/http.ts";

// The season programme and the accountability report, over a season far from today (2041-2042)
// whose every row this file creates, on fixed dates.
const app = startTestApp();
const SEASON = "2041-2042";
const at = (y: number, m: number, d: number, h = 10) => amsterdamToUtc(y, m, d, h);

type Clients = Record<
  "beheerder" | "projectleider" | "medewerker" | "kring1" | "kring2" | "partner",
  Client
>;
let clients: Clients;
type Viewer = Parameters<typeof seasonProgramme>[0];
const viewers: Record<keyof Clients, Viewer> = {} as never;
const fixture = {} as Record<string, string>;

beforeAll(async () => {
  const db = getDb();
  const stamp = Date.now().toString(36);
  const programmaOrg = createOrganisation({ kind: "programma", circle: null });
  const movisie = createOrganisation({ kind: "movisie", name: `Movisie ${stamp}`, circle: null });
  const werkplaats = createOrganisation({
    kind: "werkplaats",
    name: `Werkplaats ${stamp}`,
    circle: null,
  });
  const gemA = createOrganisation({ name: `Gemeente Aa ${stamp}`, circle: 1 });
  const gemB = createOrganisation({ name: `Gemeente Bee ${stamp}`, circle: 1 });
  const gemC = createOrganisation({ name: `Gemeente Cee ${stamp}`, circle: 2 });
  const partnerOrg = createOrganisation({ kind: "welzijnsinstelling", circle: null });
  const thema = createThema({ name: `Samenwerken ${stamp}` });
  Object.assign(fixture, {
    gemA: gemA.name,
    gemB: gemB.name,
    gemC: gemC.name,
    movisie: movisie.name,
  });

  const sign = async (
    role: "beheerder" | "projectleider" | "medewerker" | "deelnemer",
    org: number,
  ) => (await signedIn(app, { role, organisationId: org })).client;
  const viewer = (
    role: Viewer["role"],
    org: { id: number; kind: Viewer["organisationKind"]; circle: number | null },
  ) => ({
    role,
    organisationId: org.id,
    organisationKind: org.kind,
    organisationCircle: org.circle,
  });
  Object.assign(viewers, {
    beheerder: viewer("beheerder", programmaOrg),
    projectleider: viewer("projectleider", programmaOrg),
    medewerker: viewer("medewerker", movisie),
    kring1: viewer("deelnemer", gemA),
    kring2: viewer("deelnemer", gemC),
    partner: viewer("deelnemer", partnerOrg),
  });
  clients = {
    beheerder: await sign("beheerder", programmaOrg.id),
    projectleider: await sign("projectleider", programmaOrg.id),
    medewerker: await sign("medewerker", movisie.id),
    kring1: await sign("deelnemer", gemA.id),
    kring2: await sign("deelnemer", gemC.id),
    partner: await sign("deelnemer", partnerOrg.id),
  };

  const theme = (title: string, startsAt: Date, status: "gepland" | "gehouden" | "geannuleerd") =>
    createBijeenkomst({ kind: "thema", title, startsAt, status, themaId: thema.id });
  const m1 = theme(`Themadag een ${stamp}`, at(2041, 10, 1), "gehouden");
  const m2 = theme(`Themadag twee ${stamp}`, at(2041, 11, 12), "gehouden");
  theme(`Themadag drie ${stamp}`, at(2042, 3, 1), "gepland");
  theme(`Themadag vervallen ${stamp}`, at(2042, 4, 1), "geannuleerd");
  const i1 = createBijeenkomst({
    title: `Intervisie een ${stamp}`,
    startsAt: at(2041, 10, 15),
    status: "gehouden",
    hostOrganisationId: gemA.id,
  });
  createBijeenkomst({
    title: `Intervisie twee ${stamp}`,
    startsAt: at(2042, 2, 10),
    hostOrganisationId: gemB.id,
  });
  db.insert(criticalFriends).values({ bijeenkomstId: i1.id, organisationId: werkplaats.id }).run();
  Object.assign(fixture, { m1: m1.title, i1: i1.title });

  db.insert(essays)
    .values([
      {
        bijeenkomstId: m1.id,
        slug: `essay-een-${stamp}`,
        title: `Vertrouwen ${stamp}`,
        status: "gepubliceerd",
        publishedTitle: `Vertrouwen ${stamp}`,
        firstPublishedAt: at(2041, 10, 29, 15),
        publishedAt: at(2041, 10, 29, 15),
      },
      { bijeenkomstId: m2.id, slug: `essay-twee-${stamp}`, title: `Meten ${stamp}` },
    ])
    .run();
  fixture.essay = `Vertrouwen ${stamp}`;
  // One action item still open (a follow-up), one done (no longer one).
  const owner = await createUser({ role: "medewerker", organisationId: movisie.id });
  db.insert(vervolgacties)
    .values([
      {
        bijeenkomstId: m1.id,
        text: "Verslag naar de raad",
        ownerId: owner.id,
        dueDate: "2041-11-15",
      },
      {
        bijeenkomstId: m2.id,
        text: "Uitnodiging delen",
        ownerId: owner.id,
        dueDate: "2041-12-01",
        doneAt: at(2041, 11, 20),
      },
    ])
    .run();

  // Submitted 1 September, discussed 15 October: 44 days; 20 September → 5 October: 15 days.
  const l1 = createLeervraag({
    organisationId: gemB.id,
    title: `Vraag van Bee ${stamp}`,
    status: "opvolging",
    bijeenkomstId: i1.id,
    createdAt: at(2041, 9, 1),
  });
  const l2 = createLeervraag({
    organisationId: gemA.id,
    title: `Vraag van Aa ${stamp}`,
    status: "besproken",
    bijeenkomstId: i1.id,
    createdAt: at(2041, 9, 20),
  });
  db.insert(leervraagStatuswijzigingen)
    .values([
      { leervraagId: l1.id, toStatus: "besproken", createdAt: at(2041, 10, 15, 16) },
      { leervraagId: l1.id, toStatus: "besproken", createdAt: at(2041, 11, 1, 16) },
      { leervraagId: l2.id, toStatus: "besproken", createdAt: at(2041, 10, 5, 16) },
    ])
    .run();
  fixture.question = l1.title;

  const a1 = await createUser({ organisationId: gemA.id });
  const a2 = await createUser({ organisationId: gemA.id });
  const c1 = await createUser({ organisationId: gemC.id });
  const present = (bijeenkomstId: number, userId: number, attended = true) => ({
    bijeenkomstId,
    userId,
    response: "ja" as const,
    respondedAt: at(2041, 9, 1),
    attended,
  });
  db.insert(deelnames)
    .values([
      present(m1.id, a1.id),
      present(m1.id, a2.id),
      present(m1.id, c1.id),
      present(i1.id, a1.id),
      present(i1.id, a2.id, false),
    ])
    .run();

  const traject = db
    .insert(trajecten)
    .values({ organisationId: gemA.id, title: `Buurtkracht ${stamp}`, createdAt: at(2041, 9, 10) })
    .returning()
    .get();
  db.insert(trajectPartners)
    .values([
      { trajectId: traject.id, organisationId: movisie.id, role: "inhoudelijk-adviseur" },
      { trajectId: traject.id, organisationId: werkplaats.id, role: "procesbegeleider" },
    ])
    .run();
  fixture.traject = traject.title;
});

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, " ");

/** The cells of the progress table's row of one track. */
function progressRow(html: string, track: string): string[] {
  const row = new RegExp(`<tr[^>]*data-spoor="${track}"[^>]*>([\\s\\S]*?)</tr>`).exec(html)![1]!;
  return [...row.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((m) => text(m[1]!).trim());
}

describe("the season programme", () => {
  it("shows a project leader every track with its progress", async () => {
    const response = await clients.projectleider.get(`/programma/${SEASON}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    // Open: the second meeting's essay and the first one's action item.
    expect(progressRow(html, "thema")).toEqual(["Themabijeenkomsten", "3", "2", "1", "2"]);
    expect(progressRow(html, "intervisie")).toEqual(["Intervisie", "2", "1", "—", "1"]);
    const page = text(html);
    expect(page).toContain("Aan de slag: 1 traject in dit seizoen.");
    expect(page).toContain(fixture.m1);
    expect(page).toContain(`Essay: ${fixture.essay}`);
    expect(page).toContain("essay in wording (Concept)");
    expect(page).toContain(fixture.gemA); // the host
    expect(page).toContain(fixture.question);
    expect(page).toContain(fixture.traject);
    expect(html).toContain('href="/programma/2040-2041"');
    expect(html).toContain(`href="/rapportage/${SEASON}"`);
  });

  it("shows the second circle only the theme meetings", async () => {
    const html = await (await clients.kring2.get(`/programma/${SEASON}`)).text();
    expect(html).toContain(fixture.m1);
    expect(html).not.toContain(fixture.i1);
    expect(html).not.toContain(fixture.traject);
    expect(html).not.toContain('data-spoor="intervisie"');
    expect(html).not.toContain("/rapportage/");
  });

  it("keeps who presented what in intervision to those who may read along", async () => {
    const kring1 = await (await clients.kring1.get(`/programma/${SEASON}`)).text();
    expect(kring1).toContain(fixture.question);
    for (const who of ["medewerker", "partner"] as const) {
      // Movisie is not critical friend at this session; the local partner was not in the room.
      const html = await (await clients[who].get(`/programma/${SEASON}`)).text();
      expect(html).toContain(fixture.i1);
      expect(html).not.toContain(fixture.question);
      expect(text(html)).toContain("2 leervragen");
    }
  });

  it("answers the current season, sends strangers to the login page and 404s a bad season", async () => {
    expect((await clients.kring1.get("/programma")).status).toBe(200);
    expect((await new Client(app).get("/programma")).status).toBe(302);
    for (const bad of ["abc", "2041-2043", "2041", "2099-2100"]) {
      expect((await clients.projectleider.get(`/programma/${bad}`)).status, bad).toBe(404);
    }
  });

  it("counts the dashboard's season as the programme counts it, for every viewer", () => {
    const during = at(2041, 11, 20);
    for (const [who, v] of Object.entries(viewers)) {
      const dashboard = currentSeasonProgress(v, during);
      expect(dashboard.season, who).toBe(SEASON);
      expect(dashboard.progress, who).toEqual(seasonProgramme(v, season(2041)).progress);
    }
    expect(currentSeasonProgress(viewers.projectleider, during).progress).toMatchObject({
      thema: { planned: 3, held: 2, cancelled: 1, essaysPublished: 1, followUpsOpen: 2 },
      intervisie: { planned: 2, held: 1, cancelled: 0, followUpsOpen: 1 },
      casework: { total: 1, byStatus: { verkenning: 1 } },
    });
    // The second circle sees no intervision: nothing of it is counted.
    expect(currentSeasonProgress(viewers.kring2, during).progress.intervisie.planned).toBe(0);
  });

  it("sums up the current season on the project leader's dashboard", async () => {
    const html = await (await clients.projectleider.get("/")).text();
    expect(html).toMatch(/href="\/programma\/\d{4}-\d{4}"[^>]*>Naar het seizoensprogramma/);
    expect(await (await clients.medewerker.get("/")).text()).not.toContain(
      "Naar het seizoensprogramma",
    );
  });
});

describe("the accountability report", () => {
  const paths = [
    `/rapportage/${SEASON}`,
    `/rapportage/${SEASON}.pdf`,
    `/rapportage/${SEASON}/bijeenkomsten.csv`,
    "/rapportage",
  ];

  it("is for project leaders, staff and the beheerder", async () => {
    for (const path of paths) {
      for (const who of ["projectleider", "medewerker", "beheerder"] as const) {
        expect((await clients[who].get(path)).status, `${who} ${path}`).toBe(200);
      }
      for (const who of ["kring1", "kring2", "partner"] as const) {
        expect((await clients[who].get(path)).status, `${who} ${path}`).toBe(403);
      }
      expect((await new Client(app).get(path)).status, path).toBe(302);
    }
  });

  it("answers 404 for a bad season or table", async () => {
    for (const path of [
      "/rapportage/abc",
      "/rapportage/2099-2100",
      "/rapportage/2099-2100.pdf",
      "/rapportage/2041-2043/bijeenkomsten.csv",
      `/rapportage/${SEASON}/onbekend.csv`,
    ]) {
      expect((await clients.projectleider.get(path)).status, path).toBe(404);
    }
  });

  async function csv(table: string) {
    const response = await clients.projectleider.get(`/rapportage/${SEASON}/${table}.csv`);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toContain(
      `attachment; filename="${table}-${SEASON}.csv"`,
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    // A byte-order mark first, so that spreadsheets read the accents.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = bytes.toString("utf8");
    expect(body).toContain(";");
    expect(body.endsWith("\r\n")).toBe(true);
    return parseCsv(body);
  }
  const row = (rows: string[][], first: string) => rows.find((r) => r[0] === first);

  it("counts meetings per track and attendance per municipality and circle", async () => {
    expect(await csv("bijeenkomsten")).toEqual([
      ["Spoor", "Gehouden", "Gepland", "Geannuleerd"],
      ["Themabijeenkomst", "2", "1", "1"],
      ["Intervisiebijeenkomst", "1", "1", "0"],
    ]);
    const perMunicipality = await csv("aanwezigheid-gemeenten");
    expect(perMunicipality[0]).toEqual([
      "Gemeente",
      "Leerkring",
      "Themabijeenkomsten bijgewoond",
      "Intervisiebijeenkomsten bijgewoond",
      "Aanwezigen (totaal)",
    ]);
    // Two of Aa at the theme meeting, one at intervision (the second was absent).
    expect(row(perMunicipality, fixture.gemA!)).toEqual([
      fixture.gemA,
      "Eerste leerkring",
      "1",
      "1",
      "3",
    ]);
    expect(row(perMunicipality, fixture.gemB!)).toEqual([
      fixture.gemB,
      "Eerste leerkring",
      "0",
      "0",
      "0",
    ]);
    expect(row(perMunicipality, fixture.gemC!)).toEqual([
      fixture.gemC,
      "Tweede leerkring",
      "1",
      "0",
      "1",
    ]);
    const perCircle = await csv("aanwezigheid-kringen");
    expect(row(perCircle, "Eerste leerkring")![3]).toBe("3");
    expect(row(perCircle, "Tweede leerkring")![3]).toBe("1");
  });

  it("counts learning questions by status and the median days, with a decimal comma", async () => {
    const byStatus = await csv("leervragen");
    expect(row(byStatus, "In opvolging")).toEqual(["In opvolging", "1"]);
    expect(row(byStatus, "Besproken")).toEqual(["Besproken", "1"]);
    expect(row(byStatus, "Totaal")).toEqual(["Totaal", "2"]);
    // 44 and 15 days (the first time a question was discussed counts); the essay: 28 days.
    expect(await csv("doorlooptijden")).toEqual([
      ["Doorlooptijd", "Aantal", "Mediaan (dagen)"],
      ["Leervraag: van indienen tot bespreken", "2", "29,5"],
      ["Essay: van bijeenkomst tot publicatie", "1", "28,0"],
    ]);
  });

  it("counts casework per partner and role, and lists the essays with their lead time", async () => {
    const casework = await csv("aan-de-slag");
    expect(row(casework, fixture.movisie!)).toEqual([fixture.movisie, "1", "0", "0", "1"]);
    const essaysCsv = await csv("essays");
    expect(row(essaysCsv, fixture.essay!)).toEqual([
      fixture.essay,
      "2041-10-01",
      "2041-10-29",
      "28",
    ]);
    expect(essaysCsv).toHaveLength(3);
  });

  it("shows the same figures on the page, with a download per table", async () => {
    const html = await (await clients.medewerker.get(`/rapportage/${SEASON}`)).text();
    expect(html).toContain("<caption");
    expect(html).toContain('<th scope="col"');
    expect(text(html)).toContain("29,5");
    expect(html).toContain(`href="/rapportage/${SEASON}/aanwezigheid-gemeenten.csv"`);
    expect(html).toContain(`href="/rapportage/${SEASON}.pdf"`);
  });

  it("downloads the whole report as a tagged PDF with headings and table headers", async () => {
    const response = await clients.projectleider.get(`/rapportage/${SEASON}.pdf`);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Content-Disposition")).toContain("attachment");
    const bytes = Buffer.from(await response.arrayBuffer());
    const pdf = bytes.toString("latin1");
    expect(pdf.startsWith("%PDF-")).toBe(true);
    expect(pdf).toMatch(/\/Marked true/);
    expect(pdf).toMatch(/\/StructTreeRoot \d+ 0 R/);
    for (const tag of ["H1", "H2", "Table", "TR", "TH", "TD"]) {
      expect(pdf, tag).toContain(`/S /${tag}`);
    }
    const content = (await new PDFParse({ data: bytes }).getText()).text;
    expect(content).toContain(`Rapportage seizoen ${SEASON}`);
    expect(content).toContain(`Aanwezigheid per gemeente, seizoen ${SEASON}`);
    expect(content).toContain("29,5");
  });
});
