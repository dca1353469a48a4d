import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { resetLoginThrottle } from "#app/auth/throttle.server.ts";
import { getDb } from "#db/client.ts";
import { auditLog, organisations, sessions, users } from "#db/schema.ts";
import { createOrganisation, createUser, TEST_PASSWORD } from "#tests/factories.ts";
import { Client, signedIn, startTestApp } from "#tests/setup/http.ts";

const app = startTestApp();
beforeEach(() => resetLoginThrottle());

const sessionsOf = (userId: number) =>
  getDb().select().from(sessions).where(eq(sessions.userId, userId)).all();

async function beheerder() {
  const user = await createUser({ role: "beheerder" });
  const client = new Client(app);
  await client.login(user.email, TEST_PASSWORD);
  return { user, client };
}

describe("organisations", () => {
  it("adds a municipality with its circle and Werkplaats", async () => {
    const { client } = await beheerder();
    const werkplaats = createOrganisation({
      kind: "werkplaats",
      circle: null,
      name: "Werkplaats Test",
    });
    const response = await client.post("/beheer/organisaties", {
      intent: "aanmaken",
      name: "Gemeente Nieuwdorp",
      kind: "gemeente",
      circle: "1",
      region: "Drenthe",
      werkplaatsId: String(werkplaats.id),
    });
    expect(response.status).toBe(200);
    const row = getDb()
      .select()
      .from(organisations)
      .where(eq(organisations.name, "Gemeente Nieuwdorp"))
      .get();
    expect(row).toMatchObject({
      slug: "nieuwdorp",
      kind: "gemeente",
      circle: 1,
      werkplaatsId: werkplaats.id,
    });
    expect(await (await client.get("/beheer/organisaties")).text()).toContain("Gemeente Nieuwdorp");
  });

  it("requires a circle for a municipality and refuses a duplicate name", async () => {
    const { client } = await beheerder();
    const noCircle = await client.post("/beheer/organisaties", {
      intent: "aanmaken",
      name: "Gemeente Zonderkring",
      kind: "gemeente",
      circle: "",
      region: "",
      werkplaatsId: "",
    });
    expect(noCircle.status).toBe(400);
    expect(await noCircle.text()).toContain("Kies de leerkring van deze gemeente.");
    const existing = createOrganisation({
      name: "Stichting Dubbel",
      kind: "welzijnsinstelling",
      circle: null,
    });
    const duplicate = await client.post("/beheer/organisaties", {
      intent: "aanmaken",
      name: existing.name,
      kind: "welzijnsinstelling",
      circle: "",
      region: "",
      werkplaatsId: "",
    });
    expect(duplicate.status).toBe(400);
    expect(await duplicate.text()).toContain("Er is al een organisatie met deze naam.");
  });

  it("refuses a Werkplaats reference to something that is not a Werkplaats", async () => {
    const { client } = await beheerder();
    const notWerkplaats = createOrganisation();
    const response = await client.post("/beheer/organisaties", {
      intent: "aanmaken",
      name: "Gemeente Verkeerdverwezen",
      kind: "gemeente",
      circle: "2",
      region: "",
      werkplaatsId: String(notWerkplaats.id),
    });
    expect(response.status).toBe(400);
  });

  it("renames an organisation and keeps its slug", async () => {
    const { client } = await beheerder();
    const org = createOrganisation({ name: "Gemeente Oudenaam" });
    const response = await client.post("/beheer/organisaties", {
      intent: "wijzigen",
      id: String(org.id),
      name: "Gemeente Nieuwenaam",
      kind: "gemeente",
      circle: "2",
      region: "Utrecht",
      werkplaatsId: "",
    });
    expect(response.status).toBe(200);
    const row = getDb().select().from(organisations).where(eq(organisations.id, org.id)).get()!;
    expect(row).toMatchObject({ name: "Gemeente Nieuwenaam", slug: org.slug, circle: 2 });
  });

  it("sets a municipality's school-holiday region, shows it and audits the change", async () => {
    const { client, user } = await beheerder();
    const org = createOrganisation({ name: "Gemeente Vakantieregio" });
    const response = await client.post("/beheer/organisaties", {
      intent: "wijzigen",
      id: String(org.id),
      name: org.name,
      kind: "gemeente",
      circle: "1",
      region: "",
      schoolRegion: "zuid",
      werkplaatsId: "",
    });
    expect(response.status).toBe(200);
    const row = getDb().select().from(organisations).where(eq(organisations.id, org.id)).get()!;
    expect(row.schoolRegion).toBe("zuid");
    const html = await (await client.get("/beheer/organisaties")).text();
    expect(html).toContain("Schoolvakantieregio");
    expect(html).toContain("Zuid");
    const entry = getDb()
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "organisatie.gewijzigd"))
      .all()
      .find((e) => e.subjectId === String(org.id));
    expect(entry).toMatchObject({ actorId: user.id, subjectType: "organisatie" });
    expect(entry?.detail).toMatchObject({ schoolregio: "zuid" });
  });

  it("refuses a school-holiday region outside noord/midden/zuid with a Dutch message", async () => {
    const { client } = await beheerder();
    const org = createOrganisation({ name: "Gemeente Onbekenderegio" });
    for (const schoolRegion of ["oost", "NOORD", "<script>", "x".repeat(5000)]) {
      const response = await client.post("/beheer/organisaties", {
        intent: "wijzigen",
        id: String(org.id),
        name: org.name,
        kind: "gemeente",
        circle: "1",
        region: "",
        schoolRegion,
        werkplaatsId: "",
      });
      expect(response.status).toBe(400);
      expect(await response.text()).toContain(
        "Kies noord, midden of zuid als schoolvakantieregio, of laat het leeg.",
      );
    }
    const row = getDb().select().from(organisations).where(eq(organisations.id, org.id)).get()!;
    expect(row.schoolRegion).toBe(org.schoolRegion);
  });

  it("keeps no school-holiday region for what is not a municipality", async () => {
    const { client } = await beheerder();
    const response = await client.post("/beheer/organisaties", {
      intent: "aanmaken",
      name: "Stichting Zonderregio",
      kind: "welzijnsinstelling",
      circle: "",
      region: "",
      schoolRegion: "noord",
      werkplaatsId: "",
    });
    expect(response.status).toBe(200);
    const row = getDb()
      .select()
      .from(organisations)
      .where(eq(organisations.name, "Stichting Zonderregio"))
      .get()!;
    expect(row.schoolRegion).toBeNull();
    expect(
      getDb()
        .select()
        .from(auditLog)
        .where(eq(auditLog.action, "organisatie.aangemaakt"))
        .all()
        .some((e) => e.subjectId === String(row.id)),
    ).toBe(true);
  });

  it("answers 404 for editing an organisation that does not exist", async () => {
    const { client } = await beheerder();
    const response = await client.post("/beheer/organisaties", {
      intent: "wijzigen",
      id: "987654",
      name: "Gemeente Nergens",
      kind: "gemeente",
      circle: "1",
      region: "",
      werkplaatsId: "",
    });
    expect(response.status).toBe(404);
  });
});

describe("form messages", () => {
  it("names the limit of a name that is too long", async () => {
    const { client } = await beheerder();
    const response = await client.post("/beheer/organisaties", {
      intent: "aanmaken",
      name: "Gemeente " + "a".repeat(200),
      kind: "welzijnsinstelling",
      circle: "",
      region: "",
      werkplaatsId: "",
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Maximaal 120 tekens. Maak het korter.");
  });
});

describe("accounts", () => {
  it("changes a role", async () => {
    const { client } = await beheerder();
    const person = await createUser({
      role: "deelnemer",
      organisationId: createOrganisation({ kind: "werkplaats" }).id,
    });
    const response = await client.post("/beheer/accounts", {
      intent: "rol",
      userId: String(person.id),
      role: "medewerker",
    });
    expect(response.status).toBe(200);
    expect(getDb().select().from(users).where(eq(users.id, person.id)).get()!.role).toBe(
      "medewerker",
    );
  });

  it("refuses a role that does not fit the organisation, beside that account's select", async () => {
    const { client } = await beheerder();
    const person = await createUser({ role: "deelnemer" });
    const response = await client.post("/beheer/accounts", {
      intent: "rol",
      userId: String(person.id),
      role: "beheerder",
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain(`id="rol-${person.id}-fout"`);
    expect(html).toContain("Deze rol past niet bij deze organisatie.");
    expect(getDb().select().from(users).where(eq(users.id, person.id)).get()!.role).toBe(
      "deelnemer",
    );
  });

  it("deactivates an account, which ends its sessions at once, and reactivates it", async () => {
    const { client } = await beheerder();
    const person = await createUser();
    const personClient = new Client(app);
    await personClient.login(person.email, TEST_PASSWORD);
    // The first step only asks; nothing changes until it is confirmed.
    const ask = await client.post("/beheer/accounts", {
      intent: "deactiveren",
      userId: String(person.id),
    });
    expect(ask.status).toBe(200);
    const html = await ask.text();
    expect(html).toContain("Weet u het zeker?");
    expect(html).toContain(`Het account van ${person.name} (${person.email}) wordt gedeactiveerd`);
    expect(html).toContain('name="bevestigd" value="ja"');
    expect(getDb().select().from(users).where(eq(users.id, person.id)).get()!.active).toBe(true);
    expect((await personClient.get("/account")).status).toBe(200);
    const confirmed = await client.post("/beheer/accounts", {
      intent: "deactiveren",
      userId: String(person.id),
      bevestigd: "ja",
    });
    expect(await confirmed.text()).toContain("Het account is gedeactiveerd en overal uitgelogd.");
    expect((await personClient.get("/account")).status).toBe(302);
    expect(
      (await new Client(app).post("/inloggen", { email: person.email, password: TEST_PASSWORD }))
        .status,
    ).toBe(401);
    // Undone with one click: the person can log in again.
    await client.post("/beheer/accounts", { intent: "activeren", userId: String(person.id) });
    expect(getDb().select().from(users).where(eq(users.id, person.id)).get()!.active).toBe(true);
    await new Client(app).login(person.email, TEST_PASSWORD);
  });

  it("ends every session of a person whose role changes", async () => {
    const { client } = await beheerder();
    const person = await createUser({ role: "medewerker" });
    const personClient = new Client(app);
    await personClient.login(person.email, TEST_PASSWORD);
    // Saving the same role again changes nothing and logs no one out.
    await client.post("/beheer/accounts", {
      intent: "rol",
      userId: String(person.id),
      role: "medewerker",
    });
    expect((await personClient.get("/account")).status).toBe(200);
    const demoted = await client.post("/beheer/accounts", {
      intent: "rol",
      userId: String(person.id),
      role: "deelnemer",
    });
    expect(await demoted.text()).toContain("overal uitgelogd");
    expect((await personClient.get("/account")).status).toBe(302);
    expect(sessionsOf(person.id)).toHaveLength(0);
  });

  it("lets the beheerder end all sessions of a person, after confirming", async () => {
    const { client } = await beheerder();
    const person = await createUser({ name: "Sam Sessie" });
    const laptop = new Client(app);
    const phone = new Client(app);
    await laptop.login(person.email, TEST_PASSWORD);
    await phone.login(person.email, TEST_PASSWORD);

    const list = await (await client.get("/beheer/accounts")).text();
    expect(list).toContain(`?uitloggen=${person.id}`);
    const confirm = await (await client.get(`/beheer/accounts?uitloggen=${person.id}`)).text();
    expect(confirm).toContain("Alle sessies van Sam Sessie beëindigen?");
    expect(confirm).toContain("Ja, log Sam Sessie overal uit");
    // Only asking does not end anything.
    expect(sessionsOf(person.id)).toHaveLength(2);

    const ended = await client.post(`/beheer/accounts?uitloggen=${person.id}`, {
      intent: "sessies-beeindigen",
      userId: String(person.id),
    });
    expect(ended.status).toBe(200);
    expect(await ended.text()).toContain("Het account is overal uitgelogd");
    expect((await laptop.get("/account")).status).toBe(302);
    expect((await phone.get("/account")).status).toBe(302);
    expect(sessionsOf(person.id)).toHaveLength(0);
    expect((await client.get("/beheer/accounts")).status).toBe(200);
  });

  it("refuses ending sessions from another site, or by someone who is not beheerder", async () => {
    const { client } = await beheerder();
    const person = await createUser();
    const personClient = new Client(app);
    await personClient.login(person.email, TEST_PASSWORD);
    const forged = await client.post(
      "/beheer/accounts",
      { intent: "sessies-beeindigen", userId: String(person.id) },
      { headers: { Origin: "https://evil.example" } },
    );
    expect(forged.status).toBe(403);
    const other = new Client(app);
    await other.login((await createUser({ role: "projectleider" })).email, TEST_PASSWORD);
    const refused = await other.post("/beheer/accounts", {
      intent: "sessies-beeindigen",
      userId: String(person.id),
    });
    expect(refused.status).toBe(403);
    expect((await personClient.get("/account")).status).toBe(200);
  });

  it("asks and deactivates for a beheerder only", async () => {
    const person = await createUser();
    for (const role of ["projectleider", "medewerker", "deelnemer"] as const) {
      const { client } = await signedIn(app, { role });
      for (const step of [{}, { bevestigd: "ja" }] as Record<string, string>[]) {
        const response = await client.post("/beheer/accounts", {
          intent: "deactiveren",
          userId: String(person.id),
          ...step,
        });
        expect(response.status).toBe(403);
      }
    }
    expect(getDb().select().from(users).where(eq(users.id, person.id)).get()!.active).toBe(true);
  });

  it("does not let a beheerder change or deactivate their own account", async () => {
    const { user, client } = await beheerder();
    const response = await client.post("/beheer/accounts", {
      intent: "deactiveren",
      userId: String(user.id),
      bevestigd: "ja",
    });
    expect(response.status).toBe(409);
    expect(getDb().select().from(users).where(eq(users.id, user.id)).get()!.active).toBe(true);
  });

  it("filters the list by organisation", async () => {
    const { client } = await beheerder();
    const org = createOrganisation({ name: "Gemeente Filterstad" });
    await createUser({ organisationId: org.id, name: "Fenna Filter" });
    const html = await (await client.get(`/beheer/accounts?organisatie=${org.id}`)).text();
    expect(html).toContain("Accounts van Gemeente Filterstad");
    expect(html).toContain("Fenna Filter");
    expect(html).not.toContain(`>${(await createUser({ name: "Buiten Filter" })).name}<`);
  });

  it("rejects an unknown intent or id with a clear error", async () => {
    const { client } = await beheerder();
    expect(
      (await client.post("/beheer/accounts", { intent: "opblazen", userId: "1" })).status,
    ).toBe(400);
    expect(
      (await client.post("/beheer/accounts", { intent: "rol", userId: "abc", role: "deelnemer" }))
        .status,
    ).toBe(400);
    expect(
      (await client.post("/beheer/accounts", { intent: "deactiveren", userId: "999999" })).status,
    ).toBe(404);
  });
});

describe("refusals", () => {
  // /beheer itself had no component, so its 403 left as raw JSON instead of the Dutch page.
  it.each(["deelnemer", "medewerker"] as const)(
    "shows the Dutch 403 page on /beheer and its sections to a %s",
    async (role) => {
      const user = await createUser({ role });
      const client = new Client(app);
      await client.login(user.email, TEST_PASSWORD);
      for (const path of [
        "/beheer",
        "/beheer/uitnodigingen",
        "/beheer/organisaties",
        "/beheer/accounts",
        "/beheer/indicatoren",
      ]) {
        const response = await client.get(path);
        expect(response.status, path).toBe(403);
        expect(response.headers.get("Content-Type"), path).toContain("text/html");
        const html = await response.text();
        expect(html, path).toContain("Geen toegang");
        expect(html, path).toContain("met jouw rol mag je deze pagina of actie niet gebruiken");
        expect(html, path).not.toContain('"reason"');
      }
    },
  );

  it("answers a download that is not there with a Dutch text, not JSON", async () => {
    const response = await new Client(app).get("/essays/bestaat-niet.pdf");
    expect(response.status).toBe(404);
    expect(response.headers.get("Content-Type")).toContain("text/plain");
    expect(await response.text()).toContain("Pagina niet gevonden");
  });
});
