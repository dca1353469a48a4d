import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/client.ts";
import { audited } from "#tests/setup/audit.ts";
import { indicatoren, interventies, interventieWijken, onderzoeksdesigns } from "#db/schema.ts";
import { createOrganisation, createWijk, createWijkmeting } from "#tests/factories.ts";
import { signedIn, startTestApp, type Client } from "#tests/setup/http.ts";

// Policy interventions (issue 16): who records and reads them, what the form accepts, the
// catalogue of research designs staff keep, and the interventions an assessment shows between
// two measurements.

const app = startTestApp();

let gemeente: { id: number; slug: string };
let buur: { id: number };
let kring2: { id: number };
let wijk: { id: number; name: string };
let buurWijk: { id: number };
let lid: Client;
let buurLid: Client;
let kring2Lid: Client;
let leider: Client;
let medewerker: Client;
let beheerder: Client;
let partner: Client;

beforeAll(async () => {
  gemeente = createOrganisation({ circle: 1 });
  buur = createOrganisation({ circle: 1 });
  kring2 = createOrganisation({ circle: 2 });
  const programma = createOrganisation({ kind: "programma", circle: null });
  const movisie = createOrganisation({ kind: "movisie", circle: null });
  const welzijn = createOrganisation({ kind: "welzijnsinstelling", circle: null });
  wijk = createWijk(gemeente.id, "Oost");
  buurWijk = createWijk(buur.id, "Centrum");
  lid = (await signedIn(app, { role: "deelnemer", organisationId: gemeente.id })).client;
  buurLid = (await signedIn(app, { role: "deelnemer", organisationId: buur.id })).client;
  kring2Lid = (await signedIn(app, { role: "deelnemer", organisationId: kring2.id })).client;
  leider = (await signedIn(app, { role: "projectleider", organisationId: programma.id })).client;
  medewerker = (await signedIn(app, { role: "medewerker", organisationId: movisie.id })).client;
  beheerder = (await signedIn(app, { role: "beheerder", organisationId: programma.id })).client;
  partner = (await signedIn(app, { role: "deelnemer", organisationId: welzijn.id })).client;
});

function form(extra: Record<string, string> = {}) {
  return {
    organisationId: String(gemeente.id),
    title: "Wijkagenda Oost",
    description: "Samen met bewoners.",
    wijkIds: String(wijk.id),
    voorwaarden: "cohesie",
    instrumentAarden: "communicatief",
    instrumentWerking: "stimulerend",
    instrumentReikwijdte: "",
    instrumentRichting: "van-onderop",
    horizontaal: "on",
    bestuursstijl: "samenwerkend",
    "rollen.buurtmakers": "Kiezen de opgaven.",
    factoren: "openheid",
    onderzoeksdesignId: "",
    nulmetingPeriode: "2024",
    vervolgPeriode: "2025",
    resultaat: "",
    ...extra,
  };
}

/** The status of an answer, its body read, so its connection is free when the app closes. */
async function statusOf(answer: Promise<Response>): Promise<number> {
  const response = await answer;
  await response.arrayBuffer();
  return response.status;
}

const textOf = async (answer: Promise<Response>) => (await answer).text();

async function createdId(answer: Promise<Response>): Promise<number> {
  const response = await answer;
  await response.arrayBuffer();
  expect(response.status).toBe(302);
  return Number(response.headers.get("Location")!.match(/\/interventies\/(\d+)/)![1]);
}

describe("recording an intervention", () => {
  it("lets a member record one for their own neighbourhood, with what it aims at", async () => {
    const indicator = getDb().select().from(indicatoren).where(eq(indicatoren.code, "C01")).get()!;
    const design = getDb().select().from(onderzoeksdesigns).get()!;
    const id = await createdId(
      lid.post(
        "/interventies/nieuw",
        form({ indicatorIds: String(indicator.id), onderzoeksdesignId: String(design.id) }),
      ),
    );
    const row = getDb().select().from(interventies).where(eq(interventies.id, id)).get()!;
    expect(row).toMatchObject({
      organisationId: gemeente.id,
      bestuursstijl: "samenwerkend",
      voorwaarden: ["cohesie"],
      instrumentAarden: ["communicatief"],
      instrumentReikwijdte: null,
      horizontaal: true,
      rollen: { buurtmakers: "Kiezen de opgaven." },
      factoren: ["openheid"],
      onderzoeksdesignId: design.id,
      nulmetingPeriode: "2024",
      vervolgPeriode: "2025",
      sharedWithCircle: false,
    });
    const page = await textOf(lid.get(`/interventies/${id}?vastgelegd`));
    expect(page).toContain("De interventie is vastgelegd.");
    expect(page).toContain("Wijkagenda Oost");
    expect(page).toContain("C01");
    expect(page).toContain("Kiezen de opgaven.");
    expect(page).toContain("1 van de 6 factoren is aanwezig.");
    expect(page).toContain(design.name);
    expect(audited("interventie.vastgelegd", id)).toHaveLength(1);
  });

  it("keeps a neighbourhood an intervention uses from being deleted", async () => {
    const list = `/gemeenten/${gemeente.slug}/wijken`;
    expect(await textOf(lid.get(list))).toMatch(/\d+ interventies?/);
    const refused = lid.post(list, {
      intent: "verwijderen",
      wijkId: String(wijk.id),
      bevestigd: "ja",
    });
    expect(await statusOf(refused)).toBe(409);
  });

  it("refuses a member recording for another municipality, and those who do not record", async () => {
    const elsewhere = form({ organisationId: String(buur.id), wijkIds: String(buurWijk.id) });
    expect(await statusOf(lid.post("/interventies/nieuw", elsewhere))).toBe(403);
    expect(await statusOf(beheerder.get("/interventies/nieuw"))).toBe(403);
    expect(await statusOf(beheerder.post("/interventies/nieuw", form()))).toBe(403);
    expect(await statusOf(partner.get("/interventies/nieuw"))).toBe(403);
    expect(await statusOf(partner.get("/interventies"))).toBe(403);
    expect(await statusOf(beheerder.get("/interventies"))).toBe(200);
  });

  it("lets project leaders and staff record one for any municipality", async () => {
    for (const client of [leider, medewerker]) {
      expect(await textOf(client.get("/interventies/nieuw"))).toContain('name="organisationId"');
      await createdId(
        client.post(
          "/interventies/nieuw",
          form({ organisationId: String(buur.id), wijkIds: String(buurWijk.id) }),
        ),
      );
    }
  });

  it("says in Dutch what needs fixing", async () => {
    // No neighbourhood ticked: the browser sends no wijkIds at all.
    const { wijkIds: _, ...withoutWijk } = form({ title: " ", bestuursstijl: "" });
    const response = await lid.post("/interventies/nieuw", withoutWijk);
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page).toContain("Vul dit veld in.");
    expect(page).toContain("Kies minstens één wijk.");
    expect(page).toContain("Kies een bestuursstijl.");

    const backwards = await lid.post("/interventies/nieuw", form({ vervolgPeriode: "2023" }));
    expect(backwards.status).toBe(400);
    expect(await backwards.text()).toContain("De vervolgmeting moet na de nulmeting liggen.");

    const wrongWijk = await lid.post("/interventies/nieuw", form({ wijkIds: String(buurWijk.id) }));
    expect(wrongWijk.status).toBe(400);
    expect(await wrongWijk.text()).toContain("Kies alleen wijken van de gekozen gemeente.");

    const noPeriod = await lid.post("/interventies/nieuw", form({ nulmetingPeriode: "1999" }));
    expect(noPeriod.status).toBe(400);
    expect(await noPeriod.text()).toContain("Kies een periode van de monitor.");
  });
});

describe("reading and changing an intervention", () => {
  let unshared: number;
  let shared: number;
  beforeAll(async () => {
    unshared = await createdId(lid.post("/interventies/nieuw", form({ title: "Niet gedeeld" })));
    shared = await createdId(
      lid.post("/interventies/nieuw", form({ title: "Gedeeld", sharedWithCircle: "on" })),
    );
  });

  it("shows another municipality only what is shared with its own circle", async () => {
    expect(await statusOf(buurLid.get(`/interventies/${unshared}`))).toBe(404);
    expect(await statusOf(buurLid.get(`/interventies/${shared}`))).toBe(200);
    expect(await statusOf(kring2Lid.get(`/interventies/${shared}`))).toBe(404);
    expect(await statusOf(medewerker.get(`/interventies/${unshared}`))).toBe(200);
    const list = await textOf(buurLid.get("/interventies"));
    expect(list).toContain(`/interventies/${shared}"`);
    expect(list).not.toContain(`/interventies/${unshared}"`);
  });

  it("lets only its own municipality and staff change it", async () => {
    expect(await statusOf(buurLid.get(`/interventies/${shared}/bewerken`))).toBe(403);
    expect(await statusOf(buurLid.post(`/interventies/${shared}/bewerken`, form()))).toBe(403);
    expect(await statusOf(kring2Lid.get(`/interventies/${shared}/bewerken`))).toBe(404);
    expect(await textOf(lid.get(`/interventies/${shared}/bewerken`))).toContain('value="Gedeeld"');
    const saved = await lid.post(
      `/interventies/${shared}/bewerken`,
      form({ title: "Gedeeld", sharedWithCircle: "on", resultaat: "Meer contact tussen buren." }),
    );
    await saved.arrayBuffer();
    expect(saved.headers.get("Location")).toBe(`/interventies/${shared}?gewijzigd`);
    expect(await textOf(medewerker.get(`/interventies/${shared}`))).toContain(
      "Meer contact tussen buren.",
    );
  });

  it("answers 404 for unknown or malformed ids", async () => {
    for (const path of [
      "/interventies/999999",
      "/interventies/abc",
      "/interventies/0/bewerken",
      "/interventies/999999/bewerken",
    ]) {
      expect(await statusOf(lid.get(path)), path).toBe(404);
    }
    expect(await statusOf(lid.post("/interventies/999999/bewerken", form()))).toBe(404);
  });

  it("filters the list by municipality, neighbourhood and style", async () => {
    const delegerend = await createdId(
      lid.post(
        "/interventies/nieuw",
        form({ title: "Delegerend werk", bestuursstijl: "delegerend" }),
      ),
    );
    const byStyle = await textOf(lid.get("/interventies?stijl=delegerend"));
    expect(byStyle).toContain(`/interventies/${delegerend}"`);
    expect(byStyle).not.toContain(`/interventies/${shared}"`);
    const other = await textOf(leider.get(`/interventies?gemeente=${buur.id}`));
    expect(other).not.toContain(`/interventies/${delegerend}"`);
    expect(await textOf(leider.get(`/interventies?wijk=${wijk.id}&stijl=delegerend`))).toContain(
      "Delegerend werk",
    );
    expect(await textOf(lid.get(`/interventies?wijk=${buurWijk.id}`))).toContain(
      "Geen interventies met deze filters.",
    );
  });
});

describe("the interventions beside an assessment", () => {
  it("shows those that ran between the previous measurement and this one", async () => {
    const g = createOrganisation({ circle: 1 });
    const member = (await signedIn(app, { role: "deelnemer", organisationId: g.id })).client;
    const meting = (periode: string) =>
      createWijkmeting({
        organisationId: g.id,
        wijk: "Noord",
        periode,
        status: "ingediend",
        score: () => 3,
      });
    const first = meting("2023");
    const before = meting("2024");
    const after = meting("2025");
    const noord = { wijkIds: String(before.wijkId), organisationId: String(g.id) };
    const c01 = String(
      getDb().select().from(indicatoren).where(eq(indicatoren.code, "C01")).get()!.id,
    );
    const recorded = await createdId(
      member.post(
        "/interventies/nieuw",
        form({ ...noord, title: "Buurtkamer Noord", nulmetingPeriode: "2024", indicatorIds: c01 }),
      ),
    );
    await createdId(
      member.post(
        "/interventies/nieuw",
        form({ ...noord, title: "Later begonnen", nulmetingPeriode: "2025", vervolgPeriode: "" }),
      ),
    );
    const page = await textOf(member.get(`/monitor/${after.id}`));
    expect(page).toContain("Interventies tussen de metingen");
    expect(page).toContain("tussen de meting van 2024 en die van 2025");
    expect(page).toContain("Buurtkamer Noord");
    expect(page).not.toContain("Later begonnen");
    // Beside it, the change in the indicators it aims at (every score was 3 both times).
    expect(page).toContain("Verandering bij de beoogde indicatoren");
    expect(page).toMatch(/C01(?:\s|<!-- -->)*0,0/);

    const earlier = await textOf(member.get(`/monitor/${before.id}`));
    expect(earlier).not.toContain("Buurtkamer Noord");
    expect(earlier).toContain("Er zijn geen interventies vastgelegd die in deze tijd liepen.");
    expect(await textOf(member.get(`/monitor/${first.id}`))).not.toContain("Buurtkamer Noord");

    // The intervention links to the assessments of its baseline and follow-up.
    const detail = await textOf(member.get(`/interventies/${recorded}`));
    expect(detail).toContain(`/monitor/${before.id}"`);
    expect(detail).toContain(`/monitor/${after.id}"`);
    expect(
      getDb()
        .select()
        .from(interventieWijken)
        .where(eq(interventieWijken.interventieId, recorded))
        .all(),
    ).toEqual([{ interventieId: recorded, wijkId: before.wijkId }]);
  });
});

describe("the catalogue of research designs", () => {
  const path = "/interventies/onderzoeksdesigns";

  it("is kept by staff: add, rename, retire and restore", async () => {
    expect(await statusOf(lid.get(path))).toBe(403);
    expect(await statusOf(lid.post(path, { intent: "toevoegen", name: "X" }))).toBe(403);
    const added = await medewerker.post(path, { intent: "toevoegen", name: "Quasi-experiment" });
    expect(added.status).toBe(200);
    expect(await added.text()).toContain("Het design is toegevoegd.");
    const again = await leider.post(path, { intent: "toevoegen", name: "quasi-experiment" });
    expect(again.status).toBe(400);
    expect(await again.text()).toContain("Er is al een design met deze naam.");
    const design = getDb()
      .select()
      .from(onderzoeksdesigns)
      .where(eq(onderzoeksdesigns.name, "Quasi-experiment"))
      .get()!;
    const designId = String(design.id);
    const renamed = await textOf(
      medewerker.post(path, {
        intent: "wijzigen",
        designId,
        name: "Quasi-experimenteel onderzoek",
        description: "Met een vergelijkingswijk.",
      }),
    );
    expect(renamed).toContain("Het design is gewijzigd.");

    const retired = await textOf(medewerker.post(path, { intent: "intrekken", designId }));
    expect(retired).toContain("Het design is ingetrokken.");
    expect(await textOf(lid.get("/interventies/nieuw"))).not.toContain(
      "Quasi-experimenteel onderzoek",
    );
    const refused = lid.post("/interventies/nieuw", form({ onderzoeksdesignId: designId }));
    expect(await statusOf(refused)).toBe(400);
    await statusOf(medewerker.post(path, { intent: "terugzetten", designId }));
    expect(await textOf(lid.get("/interventies/nieuw"))).toContain("Quasi-experimenteel onderzoek");
    expect(await statusOf(medewerker.post(path, { intent: "intrekken", designId: "999999" }))).toBe(
      404,
    );
  });
});

describe("interventions in search and in personal data", () => {
  it("are found by title, description, result and tags, only by who may read them", async () => {
    const word = `zoekterm${Date.now().toString(36)}`;
    const own = await createdId(
      lid.post("/interventies/nieuw", form({ title: `Buurtbudget ${word}` })),
    );
    const shared = await createdId(
      lid.post(
        "/interventies/nieuw",
        form({
          title: "Gedeelde aanpak",
          resultaat: `Meer ${word} in de wijk`,
          sharedWithCircle: "on",
        }),
      ),
    );
    const found = (html: string) => ({
      own: html.includes(`/interventies/${own}"`),
      shared: html.includes(`/interventies/${shared}"`),
    });
    const search = `/zoeken?q=${word}`;
    expect(found(await textOf(lid.get(search)))).toEqual({ own: true, shared: true });
    expect(found(await textOf(leider.get(search)))).toEqual({ own: true, shared: true });
    // A neighbour of the circle reads only what was shared; a local partner and the second
    // circle read neither (they do not use the monitor).
    expect(found(await textOf(buurLid.get(search)))).toEqual({ own: false, shared: true });
    expect(found(await textOf(kring2Lid.get(search)))).toEqual({ own: false, shared: false });
    expect(found(await textOf(partner.get(search)))).toEqual({ own: false, shared: false });
    const page = await textOf(lid.get(`${search}&soort=interventie`));
    expect(page).toContain("Beleidsinterventie");

    // A changed title is found by its new words, no longer by the old.
    expect(
      await statusOf(lid.post(`/interventies/${own}/bewerken`, form({ title: "Buurtbudget" }))),
    ).toBe(302);
    expect(found(await textOf(lid.get(search)))).toEqual({ own: false, shared: true });
  });

  it("that a person recorded are in their own data", async () => {
    const person = await signedIn(app, { role: "deelnemer", organisationId: gemeente.id });
    await createdId(
      person.client.post("/interventies/nieuw", form({ title: "Mijn eigen aanpak" })),
    );
    const page = await textOf(person.client.get("/account/mijn-gegevens"));
    expect(page).toContain("Beleidsinterventies die ik vastlegde");
    expect(page).toContain("Mijn eigen aanpak");
    const data = (await (await person.client.get("/account/mijn-gegevens.json")).json()) as {
      interventies: { titel: string }[];
    };
    expect(data.interventies.map((i) => i.titel)).toEqual(["Mijn eigen aanpak"]);
  });
});
