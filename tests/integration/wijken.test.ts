import { and, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resetLoginThrottle } from "#app/auth/throttle.server.ts";
import { parseCsv } from "#app/monitor/csv.ts";
import { getDb } from "#db/client.ts";
import {
  auditLog,
  leervragen,
  organisations,
  trajecten,
  uitdagingen,
  uitdagingHerkenningen,
  wijken,
  wijkNaamwijzigingen,
  type User,
} from "#db/schema.ts";
import {
  createOrganisation,
  createUser,
  createWijk,
  createWijkmeting,
  TEST_PASSWORD,
} from "#tests/factories.ts";
import { Client, startTestApp } from "#tests/setup/http.ts";

// Neighbourhoods as records (issue 16): the list a municipality keeps, renaming with history,
// deleting only what is unused; the learning question and casework forms choose from it; and the
// challenges of Schema C a municipality recognises per neighbourhood, one step from a question.

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
let gemeente: { id: number; slug: string };
let andere: { id: number; slug: string };
let lid: Person;
let buitenstaander: Person;
let leider: Person;
const base = () => `/gemeenten/${gemeente.slug}/wijken`;
const wijkNamed = (name: string) =>
  db()
    .select()
    .from(wijken)
    .where(and(eq(wijken.organisationId, gemeente.id), eq(wijken.name, name)))
    .get();

beforeAll(async () => {
  gemeente = createOrganisation({ circle: 1 });
  andere = createOrganisation({ circle: 1 });
  const programma = createOrganisation({ kind: "programma", circle: null });
  lid = await person("deelnemer", gemeente.id);
  buitenstaander = await person("deelnemer", andere.id);
  leider = await person("projectleider", programma.id);
});

describe("the list of neighbourhoods", () => {
  it("lets a member add a wijk and a buurt within it, one spelling per name", async () => {
    const added = await lid.client.post(base(), { intent: "toevoegen", name: "  Noord   Oost " });
    expect(added.status).toBe(200);
    expect(await added.text()).toContain("Noord Oost is toegevoegd.");
    const noordOost = wijkNamed("Noord Oost")!;
    expect(noordOost.parentId).toBeNull();

    const again = await lid.client.post(base(), { intent: "toevoegen", name: "noord oost" });
    expect(again.status).toBe(400);
    expect(await again.text()).toContain("Deze gemeente heeft al een wijk of buurt met deze naam.");

    const buurt = await lid.client.post(base(), {
      intent: "toevoegen",
      name: "Het Hofje",
      parentId: String(noordOost.id),
    });
    expect(buurt.status).toBe(200);
    expect(wijkNamed("Het Hofje")!.parentId).toBe(noordOost.id);
    // A buurt lies in a wijk, not in another buurt, and not in another municipality's wijk.
    for (const parentId of [wijkNamed("Het Hofje")!.id, createWijk(andere.id).id]) {
      const nested = await lid.client.post(base(), {
        intent: "toevoegen",
        name: `Binnen ${parentId}`,
        parentId: String(parentId),
      });
      expect(nested.status).toBe(400);
      expect(await nested.text()).toContain("een buurt ligt in een wijk, niet in een buurt");
    }
    const short = await lid.client.post(base(), { intent: "toevoegen", name: "X" });
    expect(short.status).toBe(400);
    expect(await short.text()).toContain("Vul de naam van de wijk in (minstens 2 tekens).");
    expect(
      db().select().from(auditLog).where(eq(auditLog.action, "wijk.aangemaakt")).all().length,
    ).toBeGreaterThanOrEqual(2);
  });

  it("is kept by the municipality's own members and the project leaders only", async () => {
    const name = "Door de leider";
    expect((await leider.client.post(base(), { intent: "toevoegen", name })).status).toBe(200);
    const refused = await buitenstaander.client.post(base(), { intent: "toevoegen", name: "Nee" });
    expect(refused.status).toBe(403);
    expect(wijkNamed("Nee")).toBeUndefined();
    // Everyone signed in sees the list, without the forms when they may not keep it.
    const page = await (await buitenstaander.client.get(base())).text();
    expect(page).toContain(name);
    expect(page).not.toContain("Wijk of buurt toevoegen");
  });

  it("keeps the history when a neighbourhood is renamed, and what refers to it stays with it", async () => {
    const wijk = createWijk(gemeente.id, "Kanaalzone");
    const meting = createWijkmeting({ organisationId: gemeente.id, wijk: "Kanaalzone" });
    expect(meting.wijkId).toBe(wijk.id);
    const renamed = await lid.client.post(base(), {
      intent: "hernoemen",
      wijkId: String(wijk.id),
      name: "Havenkwartier",
    });
    expect(renamed.status).toBe(200);
    expect(await renamed.text()).toContain("De naam is gewijzigd in Havenkwartier.");
    expect(wijkNamed("Havenkwartier")!.id).toBe(wijk.id);
    expect(
      db().select().from(wijkNaamwijzigingen).where(eq(wijkNaamwijzigingen.wijkId, wijk.id)).all(),
    ).toMatchObject([
      { oldName: "Kanaalzone", newName: "Havenkwartier", changedById: lid.user.id },
    ]);
    const page = await (await lid.client.get(base())).text();
    expect(page).toContain("Kanaalzone heet nu Havenkwartier");
    const report = await (await lid.client.get(`/monitor/${meting.id}`)).text();
    expect(report).toContain("Wijkmeting Havenkwartier");
    // Renaming onto another neighbourhood's name is refused.
    const clash = await lid.client.post(base(), {
      intent: "hernoemen",
      wijkId: String(wijk.id),
      name: "noord oost",
    });
    expect(clash.status).toBe(400);
    expect(await clash.text()).toContain("Deze gemeente heeft al een wijk of buurt met deze naam.");
  });

  it("refuses to delete a neighbourhood in use, and deletes an unused one after asking", async () => {
    const used = createWijk(gemeente.id, "In gebruik");
    createWijkmeting({ organisationId: gemeente.id, wijk: "In gebruik" });
    const refused = await lid.client.post(base(), {
      intent: "verwijderen",
      wijkId: String(used.id),
      bevestigd: "ja",
    });
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain("kan daarom niet worden verwijderd");
    expect(wijkNamed("In gebruik")).toBeDefined();

    const unused = createWijk(gemeente.id, "Ongebruikt");
    const asked = await lid.client.post(base(), {
      intent: "verwijderen",
      wijkId: String(unused.id),
    });
    expect(asked.status).toBe(200);
    expect(await asked.text()).toContain("Ja, verwijder Ongebruikt");
    expect(wijkNamed("Ongebruikt")).toBeDefined();
    const confirmed = await lid.client.post(base(), {
      intent: "verwijderen",
      wijkId: String(unused.id),
      bevestigd: "ja",
    });
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain("Ongebruikt is verwijderd.");
    expect(wijkNamed("Ongebruikt")).toBeUndefined();
    // Another municipality's neighbourhood is not found through this list.
    const foreign = await lid.client.post(base(), {
      intent: "verwijderen",
      wijkId: String(createWijk(andere.id).id),
    });
    expect(foreign.status).toBe(404);
    expect(await foreign.text()).toContain("Deze wijk bestaat niet (meer) bij deze gemeente.");
  });
});

describe("choosing a neighbourhood elsewhere", () => {
  it("offers a learning question the municipality's neighbourhoods and refuses another's", async () => {
    const wijk = createWijk(gemeente.id, "Leervraagwijk");
    const form = await (await lid.client.get("/leervragen/nieuw")).text();
    expect(form).toContain("Leervraagwijk");
    const fields = { title: "Met wijk", question: "V", casus: "C", werkvormen: "intervisie" };
    const foreign = await lid.client.post("/leervragen/nieuw", {
      ...fields,
      wijkId: String(createWijk(andere.id, "Niet van ons").id),
    });
    expect(foreign.status).toBe(400);
    expect(await foreign.text()).toContain("Kies een wijk van de gemeente uit de lijst.");
    const ok = await lid.client.post("/leervragen/nieuw", { ...fields, wijkId: String(wijk.id) });
    expect(ok.status).toBe(302);
    const id = Number(ok.headers.get("Location")!.split("/")[2]!.split("?")[0]);
    expect(db().select().from(leervragen).where(eq(leervragen.id, id)).get()!.wijkId).toBe(wijk.id);
    expect(await (await lid.client.get(`/leervragen/${id}`)).text()).toContain("Leervraagwijk");
  });

  it("gives casework a neighbourhood of its own municipality only", async () => {
    const wijk = createWijk(gemeente.id, "Trajectwijk");
    const fields = {
      organisationId: String(gemeente.id),
      title: "Traject met wijk",
      status: "verkenning",
    };
    const foreign = await leider.client.post("/aan-de-slag/nieuw", {
      ...fields,
      wijkId: String(createWijk(andere.id, "Andermans wijk").id),
    });
    expect(foreign.status).toBe(400);
    expect(await foreign.text()).toContain("Kies een wijk van de gemeente uit de lijst.");
    const ok = await leider.client.post("/aan-de-slag/nieuw", {
      ...fields,
      wijkId: String(wijk.id),
    });
    expect(ok.status).toBe(302);
    const row = db().select().from(trajecten).where(eq(trajecten.title, "Traject met wijk")).get()!;
    expect(row.wijkId).toBe(wijk.id);
  });
});

describe("challenges of Schema C per neighbourhood", () => {
  const challenge = (code: string) =>
    db().select().from(uitdagingen).where(eq(uitdagingen.code, code)).get()!;

  it("are recognised by the municipality's members, for an actor, with a note", async () => {
    const wijk = createWijk(gemeente.id, "Herkenwijk");
    const page = `${base()}/${wijk.id}`;
    const ua05 = challenge("UA05");
    const saved = await lid.client.post(page, {
      intent: "herkennen",
      uitdagingId: String(ua05.id),
      actor: "",
      note: "Elke buurt vraagt iets anders.",
    });
    expect(saved.status).toBe(200);
    expect(await saved.text()).toContain("De uitdaging is vastgelegd als herkend.");
    // For another actor than the one Schema C names it for.
    await lid.client.post(page, {
      intent: "herkennen",
      uitdagingId: String(ua05.id),
      actor: "professionals",
      note: "",
    });
    const rows = db()
      .select()
      .from(uitdagingHerkenningen)
      .where(eq(uitdagingHerkenningen.wijkId, wijk.id))
      .all();
    expect(rows.map((r) => [r.actor, r.note]).sort()).toEqual([
      ["ambtenaren", "Elke buurt vraagt iets anders."],
      ["professionals", ""],
    ]);
    const html = await (await lid.client.get(page)).text();
    expect(html).toContain("Per wijk differentiëren en doen wat nodig is");
    expect(html).toContain("Maak er een leervraag van");

    const none = await lid.client.post(page, { intent: "herkennen", uitdagingId: "", note: "" });
    expect(none.status).toBe(400);
    expect(await none.text()).toContain("Kies een uitdaging uit de lijst.");
    const unknown = await lid.client.post(page, { intent: "herkennen", uitdagingId: "999999" });
    expect(unknown.status).toBe(400);
    const badActor = await lid.client.post(page, {
      intent: "herkennen",
      uitdagingId: String(ua05.id),
      actor: "koning",
    });
    expect(badActor.status).toBe(400);
    expect(await badActor.text()).toContain("Kies een actor uit de lijst.");

    // Not by another municipality, nor by a project leader (who sees them).
    const refused = await buitenstaander.client.post(page, {
      intent: "herkennen",
      uitdagingId: String(ua05.id),
    });
    expect(refused.status).toBe(403);
    expect((await buitenstaander.client.get(page)).status).toBe(403);
    expect((await leider.client.post(page, { intent: "herkennen", uitdagingId: "1" })).status).toBe(
      403,
    );
    expect(await (await leider.client.get(page)).text()).toContain(
      "Elke buurt vraagt iets anders.",
    );
    // A neighbourhood under another municipality's address is not found.
    expect((await lid.client.get(`/gemeenten/${andere.slug}/wijken/${wijk.id}`)).status).toBe(404);
  });

  it("becomes a learning question in one step, pre-filled and linked back", async () => {
    const wijk = createWijk(gemeente.id, "Vraagwijk");
    await lid.client.post(`${base()}/${wijk.id}`, {
      intent: "herkennen",
      uitdagingId: String(challenge("UW02").id),
      note: "Drie loketten.",
    });
    const herkenning = db()
      .select()
      .from(uitdagingHerkenningen)
      .where(eq(uitdagingHerkenningen.wijkId, wijk.id))
      .get()!;
    const form = await (
      await lid.client.get(`/leervragen/nieuw?herkenning=${herkenning.id}`)
    ).text();
    expect(form).toContain("Vooringevuld vanuit een herkende uitdaging");
    expect(form).toContain("Vraagwijk: Dealen met de verkokering en projectencarrousel");
    expect(form).toContain("Drie loketten.");
    expect(form).toContain(`name="herkenningId" value="${herkenning.id}"`);
    // Another municipality's member gets an empty form, not someone else's challenge.
    const foreign = await (
      await buitenstaander.client.get(`/leervragen/nieuw?herkenning=${herkenning.id}`)
    ).text();
    expect(foreign).not.toContain("Drie loketten.");

    const submitted = await lid.client.post("/leervragen/nieuw", {
      title: "Verkokering in Vraagwijk",
      question: "Hoe doorbreken we de verkokering?",
      casus: "Drie loketten.",
      wijkId: String(wijk.id),
      herkenningId: String(herkenning.id),
      werkvormen: "intervisie",
    });
    expect(submitted.status).toBe(302);
    const id = Number(submitted.headers.get("Location")!.split("/")[2]!.split("?")[0]);
    expect(
      db()
        .select()
        .from(uitdagingHerkenningen)
        .where(eq(uitdagingHerkenningen.id, herkenning.id))
        .get()!.leervraagId,
    ).toBe(id);
    const question = await (await lid.client.get(`/leervragen/${id}`)).text();
    expect(question).toContain("Voortgekomen uit een herkende uitdaging");
    expect(question).toContain(`href="${base()}/${wijk.id}"`);
    const wijkPage = await (await lid.client.get(`${base()}/${wijk.id}`)).text();
    expect(wijkPage).toContain(`href="/leervragen/${id}"`);
  });

  it("show project leaders which challenges recur across the municipalities", async () => {
    const ua07 = challenge("UA07");
    for (const [org, who] of [
      [gemeente.id, lid],
      [andere.id, buitenstaander],
    ] as const) {
      const slug = org === gemeente.id ? gemeente.slug : andere.slug;
      for (const name of ["Terug 1", "Terug 2"]) {
        const wijk = createWijk(org, name);
        const r = await who.client.post(`/gemeenten/${slug}/wijken/${wijk.id}`, {
          intent: "herkennen",
          uitdagingId: String(ua07.id),
        });
        expect(r.status).toBe(200);
      }
    }
    const html = await (await leider.client.get("/leervragen")).text();
    expect(html).toContain("Uitdagingen die terugkomen in de leerkring");
    const row = html.slice(html.indexOf("UA07"), html.indexOf("</tr>", html.indexOf("UA07")));
    expect(row).toContain("lange adem");
    // Two municipalities, four neighbourhoods.
    expect(row).toMatch(/<td[^>]*>2<\/td><td[^>]*>4<\/td>/);
    // The same table as CSV, for a spreadsheet.
    expect(html).toContain('href="/leervragen/terugkerende-uitdagingen.csv"');
    const csv = await leider.client.get("/leervragen/terugkerende-uitdagingen.csv");
    expect(csv.status).toBe(200);
    expect(csv.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const lines = parseCsv(await csv.text());
    expect(lines[0]).toEqual([
      "Code",
      "Uitdaging",
      "Bij actor",
      "Gemeenten",
      "Wijken",
      "Welke gemeenten",
    ]);
    const ua07Line = lines.find((l) => l[0] === "UA07")!;
    expect(ua07Line.slice(3, 5)).toEqual(["2", "4"]);
    const names = [gemeente.id, andere.id].map(
      (id) => db().select().from(organisations).where(eq(organisations.id, id)).get()!.name,
    );
    expect(ua07Line[5]).toBe(names.sort((a, b) => a.localeCompare(b)).join(", "));
    // Members of a municipality do not get the overview, nor its CSV.
    expect(await (await lid.client.get("/leervragen")).text()).not.toContain(
      "Uitdagingen die terugkomen",
    );
    expect((await lid.client.get("/leervragen/terugkerende-uitdagingen.csv")).status).toBe(403);
  });
});
