import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { eraseAccount } from "#app/gegevens/erasure.server.ts";
import { parseCsv } from "#app/monitor/csv.ts";
import { getDb } from "#db/client.ts";
import { audited } from "#tests/setup/audit.ts";
import { auditLog, partnerActiviteiten, partnerContacten, partnerProvincies } from "#db/schema.ts";
import { createOrganisation } from "#tests/factories.ts";
import { Client, signedIn, startTestApp } from "#tests/setup/http.ts";

// The partners' network (/partners): coverage, who is active where with its overlap notice, the
// tile map and its table, the CSV, and the contact register with its consent rule.
const app = startTestApp();

/** The status of an answer whose page is not looked at (its body read, so the connection is free). */
const statusOf = async (response: Promise<Response>) => {
  const r = await response;
  await r.arrayBuffer();
  return r.status;
};

const activity = (partnerId: number, gemeenteId: number, day: string, body = "Overleg") => ({
  partnerId: String(partnerId),
  gemeenteId: String(gemeenteId),
  day,
  body,
});

describe("empty network", () => {
  // Runs first: the file's database has no partners or activities yet.
  it("says there is nothing yet, without a CSV link or an overlap notice", async () => {
    const { client } = await signedIn(app, { role: "projectleider" });
    const html = await (await client.get("/partners?seizoen=2040-2041")).text();
    expect(html).toContain("In dit seizoen zijn nog geen activiteiten vastgelegd.");
    expect(html).toContain("Er zijn nog geen Werkplaatsen vastgelegd.");
    expect(html).toContain("Er zijn nog geen kennispartners vastgelegd.");
    expect(html).not.toContain("activiteiten.csv");
    expect(html).not.toContain("Stem af");
    // The map still shows all twelve provinces, each with nothing.
    expect(html.match(/data-activiteiten="0"/g)).toHaveLength(12);
    const contacts = await (await client.get("/partners/contacten")).text();
    expect(contacts).toContain("Er staan nog geen contacten in het register die je mag zien.");
  });
});

describe("who may do what", () => {
  it("shows the network to every role, the activity form only to staff and project leaders", async () => {
    for (const role of ["beheerder", "deelnemer"] as const) {
      const { client } = await signedIn(app, { role });
      const html = await (await client.get("/partners")).text();
      expect(html).toContain("Wie is waar actief");
      expect(html).not.toContain('name="body"');
      expect(html).not.toContain("/partners/contacten");
      expect(await statusOf(client.get("/partners/contacten"))).toBe(403);
    }
    for (const role of ["projectleider", "medewerker"] as const) {
      const { client } = await signedIn(app, { role });
      const html = await (await client.get("/partners")).text();
      expect(html).toContain('name="body"');
      expect(html).toContain('href="/partners/contacten"');
    }
    expect(await statusOf(new Client(app).get("/partners"))).toBe(302);
  });

  it("refuses an activity from a participant and stores nothing", async () => {
    const werkplaats = createOrganisation({ kind: "werkplaats", circle: null });
    const gemeente = createOrganisation();
    const { client } = await signedIn(app, { role: "deelnemer", organisationId: gemeente.id });
    const refused = client.post("/partners", activity(werkplaats.id, gemeente.id, "2030-10-01"));
    expect(await statusOf(refused)).toBe(403);
    const stored = getDb()
      .select()
      .from(partnerActiviteiten)
      .where(eq(partnerActiviteiten.gemeenteId, gemeente.id))
      .all();
    expect(stored).toEqual([]);
  });
});

describe("in English", () => {
  it("speaks English to an English account, with the plural of activities", async () => {
    const { client } = await signedIn(app, { role: "medewerker", locale: "en" });
    const html = await (await client.get("/partners?seizoen=2041-2042")).text();
    expect(html).toContain("Who is active where");
    expect(html).toContain("0 activities");
    expect(html).toContain("No activities have been recorded in this season yet.");
  });
});

describe("recording an activity", () => {
  it("says in Dutch what to fix", async () => {
    const { client } = await signedIn(app, { role: "medewerker" });
    const empty = await client.post("/partners", {});
    expect(empty.status).toBe(400);
    const html = await empty.text();
    expect(html).toContain("Kies een partner uit de alliantie.");
    expect(html).toContain("Kies een gemeente.");
    expect(html).toContain("Vul dit veld in.");

    const gemeente = createOrganisation();
    const otherGemeente = createOrganisation();
    // A municipality is no partner of the alliance, a partner no municipality.
    const wrongPartner = await client.post(
      "/partners",
      activity(otherGemeente.id, gemeente.id, "2030-10-01"),
    );
    expect(wrongPartner.status).toBe(400);
    expect(await wrongPartner.text()).toContain("Kies een partner uit de alliantie.");
    const movisie = createOrganisation({ kind: "movisie", circle: null });
    const wrongGemeente = await client.post(
      "/partners",
      activity(movisie.id, movisie.id, "2030-10-01"),
    );
    expect(wrongGemeente.status).toBe(400);
    expect(await wrongGemeente.text()).toContain("Kies een gemeente.");
    const badDay = await client.post("/partners", activity(movisie.id, gemeente.id, "2031-02-30"));
    expect(badDay.status).toBe(400);
    expect(await badDay.text()).toContain("Vul een bestaande datum in.");
  });

  it("notices two partners in one municipality in a season, and counts per province", async () => {
    const werkplaats = createOrganisation({
      kind: "werkplaats",
      circle: null,
      name: "Werkplaats Sociaal Domein Proefregio",
    });
    getDb()
      .insert(partnerProvincies)
      .values({ organisationId: werkplaats.id, provincie: "zeeland" })
      .run();
    const planbureau = createOrganisation({
      kind: "planbureau",
      circle: null,
      name: "Proefplanbureau",
    });
    const lectoraat = createOrganisation({
      kind: "lectoraat",
      circle: null,
      name: "Proeflectoraat",
    });
    const gemeente = createOrganisation({ name: "Proefdorp", region: "Zeeland" });
    const { client } = await signedIn(app, { role: "projectleider" });

    const first = await client.post(
      "/partners",
      activity(werkplaats.id, gemeente.id, "2032-10-01", "Gesprek met het wijkteam"),
    );
    expect(first.status).toBe(302);
    expect(first.headers.get("location")).toBe("/partners?seizoen=2032-2033&toegevoegd=1#actief");
    let html = await (await client.get("/partners?seizoen=2032-2033&toegevoegd=1")).text();
    expect(html).toContain("De activiteit is vastgelegd.");
    expect(html).toContain("Gesprek met het wijkteam");
    expect(html).not.toContain("Stem af");

    // Another partner in the same municipality, the same season: the notice names both.
    await client.post("/partners", activity(planbureau.id, gemeente.id, "2033-03-15"));
    // A third partner a season later does not count towards this one.
    await client.post("/partners", activity(lectoraat.id, gemeente.id, "2033-09-02"));
    html = await (await client.get("/partners?seizoen=2032-2033")).text();
    expect(html).toContain("Stem af: meer partners actief in dezelfde gemeente");
    expect(html).toContain("Proefdorp: Proefplanbureau, Werkplaats Sociaal Domein Proefregio");
    expect(html).not.toContain("Proeflectoraat, ");
    // The map (hidden from screen readers) and the table carry the same figure.
    expect(html).toMatch(/<svg[^>]*aria-hidden="true"/);
    expect(html).toContain('data-provincie="zeeland" data-activiteiten="2"');
    expect(html).toMatch(
      /<th[^>]*scope="row"[^>]*>Zeeland<\/th><td[^>]*>Werkplaats Sociaal Domein Proefregio<\/td><td[^>]*>2<\/td>/,
    );
    // The Werkplaats table lists what it covers.
    expect(html).toMatch(/Werkplaats Sociaal Domein Proefregio<\/th><td[^>]*>Zeeland<\/td>/);

    const next = await (await client.get("/partners?seizoen=2033-2034")).text();
    expect(next).toContain("Proeflectoraat");
    expect(next).not.toContain("Proefdorp: ");

    const csv = await client.get("/partners/activiteiten.csv?seizoen=2032-2033");
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const rows = parseCsv(await csv.text());
    expect(rows[0]).toEqual(["seizoen", "provincie", "gemeente", "activiteiten", "partners"]);
    expect(rows).toContainEqual(["2032-2033", "Zeeland", "", "2", ""]);
    expect(rows).toContainEqual([
      "2032-2033",
      "Zeeland",
      "Proefdorp",
      "2",
      "Proefplanbureau, Werkplaats Sociaal Domein Proefregio",
    ]);
    expect(rows.filter((r) => r[2] === "")).toHaveLength(12);
  });
});

describe("the contact register", () => {
  const contact = (knownById: number, consent: "ja" | "nee", consentOn = "") => ({
    name: `Anna ${Math.random().toString(36).slice(2, 8)}`,
    organisation: "Wijkteam Noord",
    function: "Coördinator",
    gemeenteId: "",
    knownById: String(knownById),
    consent,
    consentOn,
  });

  it("checks the form, and asks for the day consent was given", async () => {
    const werkplaats = createOrganisation({ kind: "werkplaats", circle: null });
    const { client } = await signedIn(app, { role: "medewerker" });
    const empty = await client.post("/partners/contacten", {});
    expect(empty.status).toBe(400);
    const html = await empty.text();
    expect(html).toContain("Vul dit veld in.");
    expect(html).toContain("Kies of deze persoon toestemming gaf.");
    const noDay = await client.post("/partners/contacten", contact(werkplaats.id, "ja"));
    expect(noDay.status).toBe(400);
    expect(await noDay.text()).toContain("Vul de datum in waarop de toestemming is gegeven.");
    const gemeente = createOrganisation();
    const notAPartner = await client.post("/partners/contacten", contact(gemeente.id, "nee"));
    expect(notAPartner.status).toBe(400);
    expect(await notAPartner.text()).toContain("Kies een partner uit de alliantie.");
  });

  it("shows a contact without consent only to who entered it, and to all staff once consent is recorded", async () => {
    const werkplaats = createOrganisation({ kind: "werkplaats", circle: null });
    const author = await signedIn(app, { role: "medewerker" });
    const colleague = await signedIn(app, { role: "medewerker" });
    const leader = await signedIn(app, { role: "projectleider" });
    const form = contact(werkplaats.id, "nee");
    const added = await author.client.post("/partners/contacten", form);
    expect(added.status).toBe(302);
    const row = getDb()
      .select()
      .from(partnerContacten)
      .where(eq(partnerContacten.name, form.name))
      .get()!;
    expect(row).toMatchObject({ consentOn: null, createdById: author.user.id });

    const own = await (await author.client.get("/partners/contacten")).text();
    expect(own).toContain(form.name);
    expect(own).toContain("nee: alleen voor jou zichtbaar");
    for (const other of [colleague, leader]) {
      expect(await (await other.client.get("/partners/contacten")).text()).not.toContain(form.name);
      expect(await statusOf(other.client.get(`/partners/contacten/${row.id}`))).toBe(404);
      expect(await statusOf(other.client.post(`/partners/contacten/${row.id}`, form))).toBe(404);
    }

    // The author records the consent; then the colleague sees the contact and may edit it.
    const consented = await author.client.post(`/partners/contacten/${row.id}`, {
      ...form,
      consent: "ja",
      consentOn: "2030-05-04",
    });
    expect(consented.headers.get("location")).toBe("/partners/contacten?klaar=gewijzigd");
    const shared = await (await colleague.client.get("/partners/contacten")).text();
    expect(shared).toContain(form.name);
    expect(shared).toContain("ja, op 4 mei 2030");
    await colleague.client.post(`/partners/contacten/${row.id}`, {
      ...form,
      function: "Teamleider",
      consent: "ja",
      consentOn: "2030-05-04",
    });
    expect(await (await leader.client.get("/partners/contacten")).text()).toContain("Teamleider");
  });

  it("removes a contact for good after a confirmation step", async () => {
    const werkplaats = createOrganisation({ kind: "werkplaats", circle: null });
    const { client } = await signedIn(app, { role: "projectleider" });
    const form = contact(werkplaats.id, "ja", "2030-01-10");
    await client.post("/partners/contacten", form);
    const id = getDb()
      .select()
      .from(partnerContacten)
      .where(eq(partnerContacten.name, form.name))
      .get()!.id;
    const ask = await client.post(`/partners/contacten/${id}`, { intent: "verwijderen" });
    expect(ask.status).toBe(200);
    expect(await ask.text()).toContain("wordt definitief uit het register verwijderd");
    expect(
      getDb().select().from(partnerContacten).where(eq(partnerContacten.id, id)).get(),
    ).toBeDefined();
    const done = await client.post(`/partners/contacten/${id}`, {
      intent: "verwijderen",
      bevestigd: "ja",
    });
    expect(done.headers.get("location")).toBe("/partners/contacten?klaar=verwijderd");
    expect(
      getDb().select().from(partnerContacten).where(eq(partnerContacten.id, id)).get(),
    ).toBeUndefined();
    // Added and removed, in the audit trail by number only (no name of the contact).
    expect(audited("contact.toegevoegd", id)).toHaveLength(1);
    expect(audited("contact.verwijderd", id)).toHaveLength(1);
    expect(JSON.stringify(getDb().select().from(auditLog).all())).not.toContain(form.name);
    expect(await (await client.get("/partners/contacten?klaar=verwijderd")).text()).toContain(
      "Het contact is verwijderd.",
    );
  });

  it("erases the contacts without consent of an erased account, and keeps the shared ones", async () => {
    const werkplaats = createOrganisation({ kind: "werkplaats", circle: null });
    const { user, client } = await signedIn(app, { role: "medewerker" });
    const own = contact(werkplaats.id, "nee");
    const shared = contact(werkplaats.id, "ja", "2030-02-01");
    await client.post("/partners/contacten", own);
    await client.post("/partners/contacten", shared);
    expect(eraseAccount(app.collab, user.id)).toBe(true);
    const names = getDb()
      .select({ name: partnerContacten.name, createdById: partnerContacten.createdById })
      .from(partnerContacten)
      .all();
    expect(names).not.toContainEqual(expect.objectContaining({ name: own.name }));
    expect(names).toContainEqual({ name: shared.name, createdById: null });
  });

  it("answers 404 for an id that is no contact", async () => {
    const { client } = await signedIn(app, { role: "medewerker" });
    expect(await statusOf(client.get("/partners/contacten/abc"))).toBe(404);
    expect(await statusOf(client.get("/partners/contacten/999999"))).toBe(404);
  });
});
