import { and, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resetLoginThrottle } from "#app/auth/throttle.server.ts";
import { assessmentsForLeervraag } from "#app/monitor/monitor.server.ts";
import { parseCsv } from "#app/monitor/csv.ts";
import { CSV_COLUMNS } from "#app/monitor/report-csv.ts";
import { getDb } from "#db/client.ts";
import {
  beleidsfactoren,
  indicatoren,
  wijkmetingBeleidsfactoren,
  wijkmetingen,
  wijkmetingScores,
  type User,
} from "#db/schema.ts";
import {
  createLeervraag,
  createOrganisation,
  createUser,
  createWijk,
  createWijkmeting,
  TEST_PASSWORD,
} from "#tests/factories.ts";
import { Client, startTestApp } from "#tests/setup/http.ts";

const app = startTestApp();
beforeEach(() => resetLoginThrottle());

type Person = { user: Awaited<ReturnType<typeof createUser>>; client: Client };

async function person(role: User["role"], organisationId: number): Promise<Person> {
  const user = await createUser({ role, organisationId });
  const client = new Client(app);
  resetLoginThrottle();
  await client.login(user.email, TEST_PASSWORD);
  return { user, client };
}

const db = () => getDb();
const activeIndicators = () =>
  db().select().from(indicatoren).orderBy(indicatoren.voorwaardeId, indicatoren.position).all();
const factorIds = () => db().select({ id: beleidsfactoren.id }).from(beleidsfactoren).all();
const factorAnswerOf = (metingId: number, factorId: number) =>
  db()
    .select()
    .from(wijkmetingBeleidsfactoren)
    .where(
      and(
        eq(wijkmetingBeleidsfactoren.wijkmetingId, metingId),
        eq(wijkmetingBeleidsfactoren.beleidsfactorId, factorId),
      ),
    )
    .get()?.oordeel;
const meting = (id: number) =>
  db().select().from(wijkmetingen).where(eq(wijkmetingen.id, id)).get()!;
const thisYear = String(new Date().getFullYear());

let gemeenteA: number;
let gemeenteB: number;
let gemeenteC: number;
let alice: Person; // member of A
let bob: Person; // member of A
let carol: Person; // member of B, same circle
let dave: Person; // member of C, circle 2
let leader: Person;

beforeAll(async () => {
  gemeenteA = createOrganisation({ name: "Gemeente Alfa", circle: 1 }).id;
  gemeenteB = createOrganisation({ name: "Gemeente Bravo", circle: 1 }).id;
  gemeenteC = createOrganisation({ name: "Gemeente Charlie", circle: 2 }).id;
  alice = await person("deelnemer", gemeenteA);
  bob = await person("deelnemer", gemeenteA);
  carol = await person("deelnemer", gemeenteB);
  dave = await person("deelnemer", gemeenteC);
  leader = await person(
    "projectleider",
    createOrganisation({ kind: "programma", circle: null }).id,
  );
});

/** Starts an assessment of the person's municipality's neighbourhood of this name ("" = none). */
function start(p: Person, wijk: string, jaar = thisYear, deel = "") {
  const wijkId = wijk ? String(createWijk(p.user.organisationId, wijk).id) : "";
  return p.client.post("/monitor", { intent: "starten", wijkId, jaar, deel });
}

function score(
  p: Person,
  id: number,
  indicatorId: number,
  value: string,
  extra: Record<string, string> = {},
) {
  return p.client.post(`/monitor/${id}/invullen`, {
    intent: "score",
    indicatorId: String(indicatorId),
    score: value,
    note: "",
    source: "",
    ...extra,
  });
}

async function fillEverything(p: Person, id: number, value = (i: number) => String((i % 5) + 1)) {
  // The page's own save button: every answer and factor in one request (one answer at a time
  // is tested above).
  const form: Record<string, string> = { intent: "alles" };
  const indicators = activeIndicators().filter((i) => i.retiredAt === null);
  for (const [i, ind] of indicators.entries()) {
    for (const field of ["score", "note", "source"]) form[`vorige-${field}-${ind.id}`] = "";
    Object.assign(form, {
      [`score-${ind.id}`]: value(i),
      [`note-${ind.id}`]: "",
      [`source-${ind.id}`]: "",
    });
  }
  for (const f of factorIds())
    Object.assign(form, { [`factor-${f.id}`]: "aanwezig", [`vorige-${f.id}`]: "" });
  const saved = await p.client.post(`/monitor/${id}/invullen`, form);
  expect(saved.status).toBe(200);
  const style = await p.client.post(`/monitor/${id}/invullen`, {
    intent: "stijl",
    bestuursstijl: "faciliterend",
  });
  expect(style.status).toBe(200);
}

describe("starting an assessment", () => {
  it("takes a member from the start form to the form of a new assessment", async () => {
    const response = await start(alice, "Oude Haven");
    expect(response.status).toBe(302);
    const id = Number(/\/monitor\/(\d+)\/invullen$/.exec(response.headers.get("Location")!)![1]);
    expect(meting(id)).toMatchObject({
      organisationId: gemeenteA,
      wijkId: createWijk(gemeenteA, "Oude Haven").id,
      periode: thisYear,
      status: "concept",
      sharedWithCircle: false,
    });
    const page = await (await alice.client.get(`/monitor/${id}/invullen`)).text();
    expect(page).toContain("Invullen: Oude Haven");
    expect(page).toContain("0 van 65 indicatoren beantwoord.");
  });

  it("keeps one assessment per neighbourhood and period, and points to the existing one", async () => {
    const first = await start(alice, "Duplo", thisYear, "H1");
    const id = first.headers.get("Location")!.split("/")[2];
    const again = await start(bob, "Duplo", thisYear, "H1");
    expect(again.status).toBe(400);
    const html = await again.text();
    expect(html).toContain("Voor deze wijk en periode is er al een wijkmeting.");
    expect(html).toContain(`href="/monitor/${id}"`);
    // Another half year is another assessment of the same neighbourhood record.
    const second = await start(bob, "Duplo", thisYear, "H2");
    expect(second.status).toBe(302);
    const secondId = Number(second.headers.get("Location")!.split("/")[2]);
    expect(meting(secondId)).toMatchObject({
      wijkId: meting(Number(id)).wijkId,
      periode: `${thisYear}-H2`,
    });
  });

  it("says beside the field what is wrong", async () => {
    const empty = await start(alice, "");
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Kies een wijk van je gemeente uit de lijst.");
    // Another municipality's neighbourhood is not one to choose.
    const elsewhere = String(createWijk(gemeenteB, "Elders").id);
    const foreign = await alice.client.post("/monitor", {
      intent: "starten",
      wijkId: elsewhere,
      jaar: thisYear,
      deel: "",
    });
    expect(foreign.status).toBe(400);
    expect(await foreign.text()).toContain("Kies een wijk van je gemeente uit de lijst.");
    const year = await start(alice, "Oost", "1999");
    expect(year.status).toBe(400);
    expect(await year.text()).toContain("Kies een jaar uit de lijst.");
  });

  it("is for members of a municipality only", async () => {
    expect((await start(leader, "Oost")).status).toBe(403);
  });
});

describe("filling in together", () => {
  it("saves each indicator's answer on its own, with note and source, without JavaScript", async () => {
    const { id } = createWijkmeting({ organisationId: gemeenteA });
    const [z01, z02] = activeIndicators();
    const saved = await score(alice, id, z01!.id, "4", {
      note: "Minder huishoudens onder de armoedegrens.",
      source: "CBS",
    });
    expect(saved.status).toBe(200);
    expect(await saved.text()).toContain("Opgeslagen");
    // Bob answers another indicator at the same time; neither overwrites the other.
    expect((await score(bob, id, z02!.id, "weet-niet")).status).toBe(200);
    expect((await score(alice, id, z01!.id, "5", { note: "Bijgesteld." })).status).toBe(200);
    const rows = db()
      .select()
      .from(wijkmetingScores)
      .where(eq(wijkmetingScores.wijkmetingId, id))
      .all();
    expect(rows.map((r) => [r.indicatorId, r.score, r.note, r.updatedById])).toEqual([
      [z01!.id, 5, "Bijgesteld.", alice.user.id],
      [z02!.id, null, "", bob.user.id],
    ]);
    const page = await (await bob.client.get(`/monitor/${id}/invullen`)).text();
    expect(page).toContain("2 van 65 indicatoren beantwoord.");
    expect(page).toContain(`Laatst opgeslagen door ${alice.user.name}`);
    expect(page).toMatch(new RegExp(`name="score-${z01!.id}" checked="" value="5"`));
    expect(page).toMatch(new RegExp(`name="score-${z02!.id}" checked="" value="weet-niet"`));
    // The page is one form: without JavaScript its one button saves everything on it.
    expect(page).toContain(`action="/monitor/${id}/invullen#opslaan"`);
    expect(page).toMatch(/<button[^>]*value="alles" name="intent"/);
  });

  it("saves every answer, note and source of the page with one button, and only what changed", async () => {
    const { id } = createWijkmeting({ organisationId: gemeenteA });
    const [z01, z02, z03, z04] = activeIndicators();
    const [f1, f2] = factorIds();
    // Bob answered Z04 after Alice loaded the page: her page still shows it empty.
    expect((await score(bob, id, z04!.id, "2", { note: "Van Bob." })).status).toBe(200);
    const vorige = (i: { id: number }) => ({
      [`vorige-score-${i.id}`]: "",
      [`vorige-note-${i.id}`]: "",
      [`vorige-source-${i.id}`]: "",
    });
    const response = await alice.client.post(`/monitor/${id}/invullen`, {
      intent: "alles",
      ...vorige(z01!),
      [`score-${z01!.id}`]: "4",
      [`note-${z01!.id}`]: "Toelichting die anders verloren ging.",
      [`source-${z01!.id}`]: "Wijkpanel",
      ...vorige(z02!),
      [`score-${z02!.id}`]: "weet-niet",
      [`note-${z02!.id}`]: "",
      [`source-${z02!.id}`]: "",
      // A note without a score cannot be stored: said beside it, kept in the field.
      ...vorige(z03!),
      [`note-${z03!.id}`]: "Nog geen score gekozen.",
      [`source-${z03!.id}`]: "",
      ...vorige(z04!),
      [`note-${z04!.id}`]: "",
      [`source-${z04!.id}`]: "",
      [`factor-${f1!.id}`]: "aanwezig",
      [`vorige-${f1!.id}`]: "",
      [`vorige-${f2!.id}`]: "",
      bestuursstijl: "faciliterend",
      "vorige-bestuursstijl": "",
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("Niet alles kon worden opgeslagen.");
    expect(html).toContain("Kies een score of ‘weet niet / n.v.t.’.");
    expect(html).toContain("Nog geen score gekozen.");
    const rows = db()
      .select()
      .from(wijkmetingScores)
      .where(eq(wijkmetingScores.wijkmetingId, id))
      .all()
      .map((r) => [r.indicatorId, r.score, r.note, r.source, r.updatedById]);
    expect(rows).toEqual(
      expect.arrayContaining([
        [z01!.id, 4, "Toelichting die anders verloren ging.", "Wijkpanel", alice.user.id],
        [z02!.id, null, "", "", alice.user.id],
        // Untouched on Alice's page: Bob's answer stays.
        [z04!.id, 2, "Van Bob.", "", bob.user.id],
      ]),
    );
    expect(rows).toHaveLength(3);
    expect(factorAnswerOf(id, f1!.id)).toBe("aanwezig");
    expect(factorAnswerOf(id, f2!.id)).toBeUndefined();
    expect(meting(id).bestuursstijl).toBe("faciliterend");

    // Saved again unchanged: nothing to report, and "Alles is opgeslagen."
    const again = await alice.client.post(`/monitor/${id}/invullen`, {
      intent: "alles",
      [`vorige-score-${z01!.id}`]: "4",
      [`vorige-note-${z01!.id}`]: "Toelichting die anders verloren ging.",
      [`vorige-source-${z01!.id}`]: "Wijkpanel",
      [`score-${z01!.id}`]: "4",
      [`note-${z01!.id}`]: "Toelichting die anders verloren ging.",
      [`source-${z01!.id}`]: "Wijkpanel",
    });
    expect(again.status).toBe(200);
    expect(await again.text()).toContain("Alles is opgeslagen.");
  });

  it("saves what the page holds before submitting it", async () => {
    const { id } = createWijkmeting({ organisationId: gemeenteA });
    const [z01] = activeIndicators();
    const response = await alice.client.post(`/monitor/${id}/invullen`, {
      intent: "indienen",
      [`vorige-score-${z01!.id}`]: "",
      [`vorige-note-${z01!.id}`]: "",
      [`vorige-source-${z01!.id}`]: "",
      [`score-${z01!.id}`]: "3",
      [`note-${z01!.id}`]: "Getypt vlak voor het indienen.",
      [`source-${z01!.id}`]: "",
    });
    // Not complete yet, but what was typed is stored.
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("De wijkmeting is nog niet compleet.");
    const row = db()
      .select()
      .from(wijkmetingScores)
      .where(eq(wijkmetingScores.wijkmetingId, id))
      .get();
    expect(row).toMatchObject({ score: 3, note: "Getypt vlak voor het indienen." });
  });

  it("asks for a score beside the indicator and refuses one out of range", async () => {
    const { id } = createWijkmeting({ organisationId: gemeenteA });
    const [z01] = activeIndicators();
    const missing = await score(alice, id, z01!.id, "");
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain("Kies een score of ‘weet niet / n.v.t.’.");
    expect((await score(alice, id, z01!.id, "7")).status).toBe(400);
    expect((await score(alice, id, 999999, "3")).status).toBe(409);
    expect(
      db().select().from(wijkmetingScores).where(eq(wijkmetingScores.wijkmetingId, id)).all(),
    ).toEqual([]);
  });

  it("changes only the policy factors this person changed", async () => {
    const { id } = createWijkmeting({ organisationId: gemeenteA });
    const [f1, f2] = factorIds();
    await alice.client.post(`/monitor/${id}/invullen`, {
      intent: "beleid",
      group: "algemeen",
      [`factor-${f1!.id}`]: "aanwezig",
      [`vorige-${f1!.id}`]: "",
    });
    // Bob's page still showed f1 open; he marks f2. Alice's answer to f1 stays.
    await bob.client.post(`/monitor/${id}/invullen`, {
      intent: "beleid",
      group: "algemeen",
      [`factor-${f2!.id}`]: "afwezig",
      [`vorige-${f2!.id}`]: "",
    });
    const page = await (await alice.client.get(`/monitor/${id}`)).text();
    expect(page).toContain("1 aanwezig, 0 deels, 1 afwezig, 8 niet ingevuld.");
    const wrong = await alice.client.post(`/monitor/${id}/invullen`, {
      intent: "beleid",
      group: "algemeen",
      [`factor-${f1!.id}`]: "misschien",
    });
    expect(wrong.status).toBe(400);
  });
});

describe("submitting", () => {
  it("lists what is missing, and submits once everything is answered", async () => {
    const { id } = createWijkmeting({ organisationId: gemeenteA, wijk: "Indieners" });
    const [z01, , z03] = activeIndicators();
    await score(alice, id, z01!.id, "3");
    const early = await alice.client.post(`/monitor/${id}/invullen`, { intent: "indienen" });
    expect(early.status).toBe(400);
    const html = await early.text();
    expect(html).toContain("De wijkmeting is nog niet compleet.");
    expect(html).toContain("Nog geen antwoord bij 64 indicatoren:");
    expect(html).toContain(`href="#indicator-Z03"`);
    expect(html).toContain(z03!.text);
    expect(html).toContain("Nog geen oordeel bij 28 beleidsfactoren:");
    expect(html).toContain("Er is nog geen bestuursstijl gekozen.");
    expect(meting(id).status).toBe("concept");

    await fillEverything(alice, id);
    const done = await alice.client.post(`/monitor/${id}/invullen`, {
      intent: "indienen",
      sharedWithCircle: "on",
    });
    expect(done.status).toBe(302);
    expect(done.headers.get("Location")).toBe(`/monitor/${id}?ingediend`);
    expect(meting(id)).toMatchObject({
      status: "ingediend",
      sharedWithCircle: true,
      submittedById: alice.user.id,
      bestuursstijl: "faciliterend",
    });
    const page = await (await bob.client.get(`/monitor/${id}?ingediend`)).text();
    expect(page).toContain("De wijkmeting is ingediend.");
    expect(page).toMatch(
      /<svg role="img" aria-labelledby="radar-titel" aria-describedby="radar-beschrijving"/,
    );

    // Submitted: the form is closed until someone reopens it; a late save lands on the result.
    const late = await score(bob, id, z01!.id, "5");
    expect(late.status).toBe(302);
    expect(late.headers.get("Location")).toBe(`/monitor/${id}`);
    expect(
      db()
        .select()
        .from(wijkmetingScores)
        .where(eq(wijkmetingScores.wijkmetingId, id))
        .all()
        .find((s) => s.indicatorId === z01!.id)!.score,
    ).toBe(1);
    const form = await bob.client.get(`/monitor/${id}/invullen`);
    expect(form.status).toBe(302);
    expect(form.headers.get("Location")).toBe(`/monitor/${id}`);
    const reopened = await bob.client.post(`/monitor/${id}`, { intent: "heropenen" });
    expect(reopened.status).toBe(302);
    expect(meting(id)).toMatchObject({ status: "concept", submittedAt: null });
    expect((await score(bob, id, z01!.id, "1")).status).toBe(200);
  });

  it("deletes a concept only when asked twice", async () => {
    const { id } = createWijkmeting({ organisationId: gemeenteA });
    const unconfirmed = await alice.client.post(`/monitor/${id}`, { intent: "verwijderen" });
    expect(unconfirmed.status).toBe(400);
    expect(await unconfirmed.text()).toContain("Vink aan dat je de meting wilt verwijderen.");
    const confirmed = await alice.client.post(`/monitor/${id}`, {
      intent: "verwijderen",
      bevestig: "on",
    });
    expect(confirmed.status).toBe(302);
    expect(db().select().from(wijkmetingen).where(eq(wijkmetingen.id, id)).get()).toBeUndefined();
    const submitted = createWijkmeting({ organisationId: gemeenteA, status: "ingediend" });
    const refused = await alice.client.post(`/monitor/${submitted.id}`, {
      intent: "verwijderen",
      bevestig: "on",
    });
    expect(refused.status).toBe(409);
  });
});

describe("sharing with the circle", () => {
  const periode = "2021";
  let own: number;
  let sharedB: number;
  let privateB: number;
  let otherCircle: number;

  beforeAll(() => {
    const fixed = (v: number | null) => () => v;
    own = createWijkmeting({
      organisationId: gemeenteA,
      periode,
      status: "ingediend",
      score: fixed(4),
    }).id;
    sharedB = createWijkmeting({
      organisationId: gemeenteB,
      wijk: "Gedeeld",
      periode,
      status: "ingediend",
      sharedWithCircle: true,
      score: (code) => (code.startsWith("Z") ? null : 2),
    }).id;
    privateB = createWijkmeting({
      organisationId: gemeenteB,
      wijk: "Privé",
      periode,
      status: "ingediend",
      score: fixed(5),
    }).id;
    otherCircle = createWijkmeting({
      organisationId: gemeenteC,
      periode,
      status: "ingediend",
      sharedWithCircle: true,
      score: fixed(5),
    }).id;
  });

  it("lets another municipality of the circle see a shared assessment, never an unshared one", async () => {
    const list = await (await alice.client.get("/monitor")).text();
    expect(list).toContain(`href="/monitor/${sharedB}"`);
    expect(list).not.toContain(`href="/monitor/${privateB}"`);
    expect(list).not.toContain(`href="/monitor/${otherCircle}"`);
    expect((await alice.client.get(`/monitor/${sharedB}`)).status).toBe(200);
    expect((await alice.client.get(`/monitor/${privateB}`)).status).toBe(404);
    expect((await alice.client.get(`/monitor/${privateB}.csv`)).status).toBe(404);
    expect((await dave.client.get(`/monitor/${sharedB}`)).status).toBe(404);
    // Seeing is not editing.
    expect((await alice.client.post(`/monitor/${sharedB}`, { intent: "delen" })).status).toBe(403);
    expect((await alice.client.post(`/monitor/${privateB}`, { intent: "delen" })).status).toBe(404);
    expect((await alice.client.post(`/monitor/${sharedB}`, { intent: "heropenen" })).status).toBe(
      403,
    );
    expect(meting(sharedB)).toMatchObject({ status: "ingediend", sharedWithCircle: true });
    // Project leaders see everything.
    expect((await leader.client.get(`/monitor/${privateB}`)).status).toBe(200);
  });

  it("computes the circle median over shared, submitted assessments of the circle only", async () => {
    // Period 2021, circle 1: only sharedB is shared. One value is no median: it would be B's
    // own figures (or, were A the one, A's own line drawn again), so none is shown, and why.
    const html = await (await alice.client.get(`/monitor/${own}`)).text();
    const row = (page: string, slug: string) =>
      new RegExp(`data-voorwaarde="${slug}".*?</tr>`, "s").exec(page)![0];
    const cell = (page: string, slug: string, kolom: string) =>
      new RegExp(`data-kolom="${kolom}"[^>]*>([^<]*)<`).exec(row(page, slug))?.[1];
    expect(cell(html, "cohesie", "meting")).toBe("4,0");
    expect(cell(html, "cohesie", "mediaan")).toBeUndefined();
    expect(html).not.toContain('data-reeks="mediaan"');
    expect(html).toContain("Er is geen mediaan van de leerkring");
    expect(html).toContain("vanaf 3 gedeelde metingen uit deze periode (nu: 1)");
    const csv = parseCsv(await (await alice.client.get(`/monitor/${own}.csv`)).text());
    const medianColumn = CSV_COLUMNS.indexOf("mediaan_leerkring");
    expect(csv.slice(1).every((r) => r[medianColumn] === "")).toBe(true);

    // With A's own and a third municipality's, there are three: the median is shown.
    const gemeenteD = createOrganisation({ name: "Gemeente Delta", circle: 1 }).id;
    const third = createWijkmeting({
      organisationId: gemeenteD,
      periode,
      status: "ingediend",
      sharedWithCircle: true,
      score: () => 3,
    }).id;
    await alice.client.post(`/monitor/${own}`, { intent: "delen", sharedWithCircle: "on" });
    const three = await (await alice.client.get(`/monitor/${own}`)).text();
    expect(cell(three, "cohesie", "mediaan")).toBe("3,0");
    expect(cell(three, "cohesie", "n-leerkring")).toBe("3");
    // Where B answered "weet niet", only two values remain: still no median for that condition.
    expect(cell(three, "zekerheid", "mediaan")).toBe("–");
    expect(cell(three, "zekerheid", "n-leerkring")).toBe("2");
    expect(three).toContain("3 metingen uit 3 gemeenten");

    // Once B withdraws, B no longer counts, and there are too few again.
    await carol.client.post(`/monitor/${sharedB}`, { intent: "delen" });
    const after = await (await alice.client.get(`/monitor/${own}`)).text();
    expect(cell(after, "cohesie", "mediaan")).toBeUndefined();
    expect(after).toContain("(nu: 2)");
    expect((await alice.client.get(`/monitor/${sharedB}`)).status).toBe(404);
    await carol.client.post(`/monitor/${sharedB}`, { intent: "delen", sharedWithCircle: "on" });
    await alice.client.post(`/monitor/${own}`, { intent: "delen" });
    db().delete(wijkmetingen).where(eq(wijkmetingen.id, third)).run();
  });
});

describe("the link to a learning question", () => {
  it("links an assessment to the municipality's own learning question, and shows it there", async () => {
    const { id } = createWijkmeting({
      organisationId: gemeenteA,
      status: "ingediend",
      score: () => 3,
    });
    const own = createLeervraag({
      organisationId: gemeenteA,
      title: "Indicatoren in dialoog prioriteren",
    });
    const foreign = createLeervraag({ organisationId: gemeenteB, title: "Vraag van Bravo" });
    const refused = await alice.client.post(`/monitor/${id}`, {
      intent: "leervraag",
      leervraagId: String(foreign.id),
    });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("Kies een leervraag van je eigen gemeente.");
    const linked = await alice.client.post(`/monitor/${id}`, {
      intent: "leervraag",
      leervraagId: String(own.id),
    });
    expect(linked.status).toBe(200);
    expect(meting(id).leervraagId).toBe(own.id);
    const page = await (await bob.client.get(`/monitor/${id}`)).text();
    expect(page).toContain(`href="/leervragen/${own.id}"`);
    expect(page).toContain("Indicatoren in dialoog prioriteren");

    // What the learning-question page shows: only what the reader may see.
    const forAlice = assessmentsForLeervraag(own.id, alice.user);
    expect(forAlice).toHaveLength(1);
    expect(forAlice[0]).toMatchObject({ id, href: `/monitor/${id}`, status: "ingediend" });
    expect(forAlice[0]!.conditions.map((c) => [c.slug, c.value])).toEqual([
      ["zekerheid", 3],
      ["cohesie", 3],
      ["inclusie", 3],
      ["empowerment", 3],
    ]);
    expect(assessmentsForLeervraag(own.id, leader.user)).toHaveLength(1);
    expect(assessmentsForLeervraag(own.id, carol.user)).toEqual([]);

    await alice.client.post(`/monitor/${id}`, { intent: "leervraag", leervraagId: "" });
    expect(meting(id).leervraagId).toBeNull();
  });
});

describe("the CSV", () => {
  it("holds exactly the figures of the charts and tables", async () => {
    const periodeBefore = "2019";
    const periode = "2020";
    createWijkmeting({
      organisationId: gemeenteA,
      wijk: "Vergelijk",
      periode: periodeBefore,
      status: "ingediend",
      score: (_c, i) => (i % 4) + 1,
    });
    const { id } = createWijkmeting({
      organisationId: gemeenteA,
      wijk: "Vergelijk",
      periode,
      status: "ingediend",
      sharedWithCircle: true,
      score: (_c, i) => (i % 7 === 0 ? null : (i % 5) + 1),
    });
    createWijkmeting({
      organisationId: gemeenteB,
      periode,
      status: "ingediend",
      sharedWithCircle: true,
      score: (_c, i) => ((i * 3) % 5) + 1,
    });
    // A median needs three shared assessments (see the circle median above).
    createWijkmeting({
      organisationId: createOrganisation({ name: "Gemeente Echo", circle: 1 }).id,
      periode,
      status: "ingediend",
      sharedWithCircle: true,
      score: (_c, i) => ((i * 2) % 5) + 1,
    });
    const [firstFactor] = factorIds();
    db()
      .update(wijkmetingBeleidsfactoren)
      .set({ oordeel: "afwezig" })
      .where(
        and(
          eq(wijkmetingBeleidsfactoren.wijkmetingId, id),
          eq(wijkmetingBeleidsfactoren.beleidsfactorId, firstFactor!.id),
        ),
      )
      .run();

    const response = await alice.client.get(`/monitor/${id}.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe(
      `attachment; filename="wijkmeting-Alfa-Vergelijk-2020.csv"; filename*=UTF-8''wijkmeting-Alfa-Vergelijk-2020.csv`,
    );
    const [header, ...rows] = parseCsv(await response.text());
    expect(header).toEqual([...CSV_COLUMNS]);
    const col = (row: string[], name: (typeof CSV_COLUMNS)[number]) =>
      row[CSV_COLUMNS.indexOf(name)]!;
    const conditionRows = rows.filter((r) => col(r, "niveau") === "voorwaarde");
    const indicatorRows = rows.filter((r) => col(r, "niveau") === "indicator");
    expect(conditionRows).toHaveLength(4);
    expect(indicatorRows).toHaveLength(65);
    // What the page shows besides the scores: the governance style and the Schema B factors.
    expect(
      rows.every((r) => col(r, "bestuursstijl") === "Samenwerkende stijl (Samenwerkingspartner)"),
    ).toBe(true);
    const factorRows = rows.filter((r) => col(r, "niveau") === "beleidsfactor");
    expect(factorRows).toHaveLength(factorIds().length);
    const general = factorRows.find((r) => col(r, "voorwaarde") === "Voor alle voorwaarden")!;
    expect(col(general, "code")).toMatch(/\S/);
    expect(col(general, "indicator")).toMatch(/\S/);
    expect(factorRows.map((r) => col(r, "antwoord")).sort()).toEqual(
      [...Array<string>(factorRows.length - 1).fill("Deels aanwezig"), "Afwezig"].sort(),
    );

    const html = await (await alice.client.get(`/monitor/${id}`)).text();
    const attrs = (fragment: string) =>
      Object.fromEntries(
        [...fragment.matchAll(/(data-[a-z-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]),
      );
    const plotted = [
      ...html.matchAll(/<(?:g|rect)[^>]*data-reeks="[^"]*"[^>]*data-waarde="[^"]*"[^>]*>/g),
    ].map((m) => attrs(m[0]));

    // Radar: one marker per series and condition, equal to the CSV's mean, previous and median.
    const radar = (reeks: string, as: string) =>
      plotted.find((p) => p["data-reeks"] === reeks && p["data-as"] === as)?.["data-waarde"] ?? "";
    for (const r of conditionRows) {
      const name = col(r, "voorwaarde");
      expect(radar("meting", name), name).toBe(col(r, "score"));
      expect(radar("vorige", name), name).toBe(col(r, "vorige_periode"));
      expect(radar("mediaan", name), name).toBe(col(r, "mediaan_leerkring"));
      // …and the table beside it.
      const slug = col(r, "code");
      const row = new RegExp(`data-voorwaarde="${slug}".*?</tr>`, "s").exec(html)![0];
      const cell = (kolom: string) =>
        new RegExp(`data-kolom="${kolom}"[^>]*>(.*?)</td>`, "s").exec(row)![1]!;
      expect(cell("meting")).toBe(col(r, "score") || "–");
      expect(cell("n")).toBe(col(r, "n"));
      expect(cell("vorige")).toBe(col(r, "vorige_periode") || "–");
      expect(cell("verschil")).toContain(col(r, "verschil"));
      expect(cell("mediaan")).toBe(col(r, "mediaan_leerkring") || "–");
      expect(cell("n-leerkring")).toBe(col(r, "n_leerkring"));
    }
    // Bars: one per indicator with a score, markers for previous period and median.
    const bar = (reeks: string, code: string) =>
      plotted.find((p) => p["data-reeks"] === reeks && p["data-code"] === code)?.["data-waarde"] ??
      "";
    let unknown = 0;
    for (const r of indicatorRows) {
      const code = col(r, "code");
      expect(bar("meting", code), code).toBe(col(r, "score"));
      expect(bar("vorige", code), code).toBe(col(r, "vorige_periode"));
      expect(bar("mediaan", code), code).toBe(col(r, "mediaan_leerkring"));
      const row = new RegExp(`<tr[^>]*data-code="${code}".*?</tr>`, "s").exec(html)![0];
      const cell = (kolom: string) =>
        new RegExp(`data-kolom="${kolom}"[^>]*>(.*?)</td>`, "s").exec(row)![1]!;
      expect(cell("meting")).toBe(col(r, "score") || "weet niet / n.v.t.");
      expect(cell("mediaan")).toBe(col(r, "mediaan_leerkring") || "–");
      if (col(r, "antwoord") === "weet niet / n.v.t.") unknown++;
    }
    expect(unknown).toBeGreaterThan(0);
    expect(
      conditionRows.every(
        (r) => col(r, "vorige_periode") !== "" && col(r, "mediaan_leerkring") !== "",
      ),
    ).toBe(true);
  });

  it("is refused to whoever may not see the assessment", async () => {
    const { id } = createWijkmeting({
      organisationId: gemeenteB,
      status: "ingediend",
      score: () => 3,
    });
    expect((await alice.client.get(`/monitor/${id}.csv`)).status).toBe(404);
    const anonymous = await new Client(app).get(`/monitor/${id}.csv`);
    expect(anonymous.status).toBe(302);
    expect((await carol.client.get(`/monitor/${id}.csv`)).status).toBe(200);
  });
});

describe("the overview", () => {
  it("shows an empty state to a municipality without assessments", async () => {
    const fresh = await person("deelnemer", createOrganisation({ circle: 3 }).id);
    const html = await (await fresh.client.get("/monitor")).text();
    expect(html).toContain("Je gemeente heeft nog geen wijkmetingen. Start hierboven de eerste.");
    expect(html).toContain("Er zijn nog geen ingediende wijkmetingen om te tonen.");
    expect(html).toContain("Sterke beleidsinterventies, sterke sociale basis");
  });

  it("shows the latest result of each neighbourhood as a radar chart", async () => {
    const html = await (await alice.client.get("/monitor")).text();
    expect(html).toContain("Laatste uitkomst per wijk");
    expect(html).toMatch(
      /<svg role="img" aria-labelledby="radar-\d+-titel" aria-describedby="radar-\d+-beschrijving"/,
    );
    expect(html).toContain("<title id=");
    expect(html).toContain("<desc id=");
  });

  it("puts Monitor in the menu of those who may use it", async () => {
    const partner = await person(
      "deelnemer",
      createOrganisation({ kind: "welzijnsinstelling", circle: null }).id,
    );
    const menu = (html: string) => /<nav aria-label="Hoofdmenu".*?<\/nav>/s.exec(html)![0];
    expect(menu(await (await alice.client.get("/")).text())).toContain('href="/monitor"');
    expect(menu(await (await leader.client.get("/")).text())).toContain('href="/monitor"');
    expect(menu(await (await partner.client.get("/")).text())).not.toContain('href="/monitor"');
    expect((await partner.client.get("/monitor")).status).toBe(403);
  });
});
