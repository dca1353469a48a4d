import { and, desc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { createPasswordReset, invitationNumber } from "#app/auth/account-tokens.server.ts";
import { resetLoginThrottle } from "#app/auth/throttle.server.ts";
import { parseCsv } from "#app/monitor/csv.ts";
import { getDb } from "#db/client.ts";
import { accountTokens, auditLog, sessions, type AuditAction } from "#db/schema.ts";
import {
  createBijeenkomst,
  createOrganisation,
  createUser,
  TEST_PASSWORD,
} from "#tests/factories.ts";
import { Client, signedIn, startTestApp } from "#tests/setup/http.ts";

// The actions the audit trail records, driven over HTTP as a browser would, and /beheer/audit.
const app = startTestApp();
beforeEach(() => resetLoginThrottle());

function entriesFor(action: AuditAction, subjectId?: number | string) {
  return getDb()
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.action, action),
        subjectId === undefined ? undefined : eq(auditLog.subjectId, String(subjectId)),
      ),
    )
    .orderBy(desc(auditLog.id))
    .all();
}

describe("logging in and out", () => {
  it("records a successful login with who and from which address", async () => {
    const { user } = await signedIn(app, { name: "Lotte Login" });
    expect(entriesFor("inloggen.gelukt", user.id)[0]).toMatchObject({
      actorId: user.id,
      subjectType: "gebruiker",
      ip: "127.0.0.1",
      detail: null,
    });
  });

  it("records a failed login with a wrong password, never the password", async () => {
    const user = await createUser();
    const response = await new Client(app).post("/inloggen", {
      email: user.email,
      password: "helemaal-fout-wachtwoord",
    });
    expect(response.status).toBe(401);
    const [failed] = entriesFor("inloggen.mislukt", user.id);
    expect(failed).toMatchObject({ actorId: null, ip: "127.0.0.1", detail: { reden: "ongeldig" } });
    expect(JSON.stringify(failed)).not.toContain("helemaal-fout-wachtwoord");
  });

  it("records logging out, ending one's own sessions, and a beheerder ending them", async () => {
    const { user, client } = await signedIn(app);
    const other = new Client(app);
    await other.login(user.email, TEST_PASSWORD);
    const third = new Client(app);
    await third.login(user.email, TEST_PASSWORD);
    const otherSession = getDb()
      .select()
      .from(sessions)
      .where(eq(sessions.userId, user.id))
      .orderBy(desc(sessions.createdAt))
      .all()[1]!;
    await client.post("/account", { intent: "sessie-beeindigen", sessionId: otherSession.id });
    expect(entriesFor("sessie.beeindigd", user.id)).toHaveLength(1);
    await client.post("/account", { intent: "andere-sessies-beeindigen" });
    expect(entriesFor("sessies.beeindigd", user.id)[0]).toMatchObject({
      actorId: user.id,
      detail: { behalveHuidige: true },
    });
    expect((await client.post("/uitloggen", {})).status).toBe(302);
    expect(entriesFor("uitloggen", user.id)[0]).toMatchObject({ actorId: user.id });

    const admin = await signedIn(app, { role: "beheerder" });
    await new Client(app).login(user.email, TEST_PASSWORD);
    const ended = await admin.client.post("/beheer/accounts", {
      intent: "sessies-beeindigen",
      userId: String(user.id),
    });
    expect(ended.status).toBe(200);
    expect(entriesFor("sessies.beeindigd", user.id)[0]).toMatchObject({
      actorId: admin.user.id,
      detail: { behalveHuidige: false },
    });
  });
});

describe("account changes by a beheerder", () => {
  it("records a role change, a deactivation and a reset link", async () => {
    const admin = await signedIn(app, { role: "beheerder" });
    const programma = createOrganisation({ kind: "programma", circle: null });
    const person = await createUser({ role: "beheerder", organisationId: programma.id });
    await admin.client.post("/beheer/accounts", {
      intent: "rol",
      userId: String(person.id),
      role: "projectleider",
    });
    expect(entriesFor("account.rol", person.id)[0]).toMatchObject({
      actorId: admin.user.id,
      ip: "127.0.0.1",
      detail: { van: "beheerder", naar: "projectleider" },
    });
    await admin.client.post("/beheer/accounts", {
      intent: "deactiveren",
      userId: String(person.id),
      bevestigd: "ja",
    });
    expect(entriesFor("account.gedeactiveerd", person.id)[0]).toMatchObject({
      actorId: admin.user.id,
    });
    await admin.client.post("/beheer/accounts", {
      intent: "herstellink",
      userId: String(person.id),
    });
    const [link] = entriesFor("wachtwoord.herstellink", person.id);
    expect(link).toMatchObject({ actorId: admin.user.id });
    expect(JSON.stringify(link)).not.toMatch(/wachtwoord-herstellen\//);
  });

  it("records a password reset through its link", async () => {
    const person = await createUser();
    const { token } = createPasswordReset({ ...person, locale: "nl" });
    const response = await new Client(app).post(`/wachtwoord-herstellen/${token}`, {
      password: "een-nieuw-lang-wachtwoord-42",
      repeatPassword: "een-nieuw-lang-wachtwoord-42",
    });
    expect(response.status).toBe(302);
    expect(entriesFor("wachtwoord.hersteld", person.id)[0]).toMatchObject({ actorId: person.id });
  });
});

describe("invitations", () => {
  it("records an invitation made, revoked, and one accepted", async () => {
    const admin = await signedIn(app, { role: "beheerder" });
    const gemeente = createOrganisation();
    const invite = (email: string) =>
      admin.client.post("/beheer/uitnodigingen", {
        intent: "uitnodigen",
        email,
        organisationId: String(gemeente.id),
        role: "deelnemer",
      });
    await invite("ingetrokken.audit@test.leerkring.nl");
    const row = getDb()
      .select()
      .from(accountTokens)
      .where(eq(accountTokens.email, "ingetrokken.audit@test.leerkring.nl"))
      .get()!;
    // The invitation is named by its number, never by the address (docs/security.md).
    const number = invitationNumber(row.id);
    expect(entriesFor("uitnodiging.gemaakt", number)[0]).toMatchObject({
      actorId: admin.user.id,
      detail: { rol: "deelnemer", organisatieId: gemeente.id },
    });
    await admin.client.post("/beheer/uitnodigingen", { intent: "intrekken", id: row.id });
    expect(entriesFor("uitnodiging.ingetrokken", number)).toHaveLength(1);
    expect(JSON.stringify(entriesFor("uitnodiging.gemaakt"))).not.toContain("ingetrokken.audit@");

    const html = await (await invite("aangenomen.audit@test.leerkring.nl")).text();
    const path = new URL(html.match(/https?:\/\/[^<"\s]+\/uitnodiging\/[a-z2-7]+/)![0]).pathname;
    const accepted = await new Client(app).post(path, {
      name: "Nina Nieuw",
      password: "een-heel-lang-wachtwoord-77",
      repeatPassword: "een-heel-lang-wachtwoord-77",
    });
    expect(accepted.status).toBe(302);
    const [entry] = entriesFor("uitnodiging.geaccepteerd");
    expect(entry).toMatchObject({ subjectType: "gebruiker" });
  });
});

describe("meetings", () => {
  it("records a cancellation and a reinstatement", async () => {
    const { user, client } = await signedIn(app, { role: "projectleider" });
    const meeting = createBijeenkomst();
    await client.post(`/bijeenkomsten/${meeting.id}`, {
      intent: "annuleren",
      reason: "Zaal niet beschikbaar",
      bevestigd: "ja",
    });
    expect(entriesFor("bijeenkomst.geannuleerd", meeting.id)[0]).toMatchObject({
      actorId: user.id,
      detail: { reden: "Zaal niet beschikbaar" },
    });
    await client.post(`/bijeenkomsten/${meeting.id}`, { intent: "heractiveren" });
    expect(entriesFor("bijeenkomst.heractiveerd", meeting.id)[0]).toMatchObject({
      actorId: user.id,
    });
  });
});

describe("refusals", () => {
  it("records a refused page for a signed-in participant once, and nothing for anonymous", async () => {
    const { user, client } = await signedIn(app, { role: "deelnemer" });
    expect((await client.get("/beheer/accounts")).status).toBe(403);
    const refused = getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "toegang.geweigerd"), eq(auditLog.actorId, user.id)))
      .all();
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({
      subjectType: "pagina",
      subjectId: "/beheer/accounts",
      ip: "127.0.0.1",
      detail: { methode: "GET" },
    });
    // The same refusal asked by the router in the browser (a data request) is recorded too.
    await client.get("/beheer/accounts.data");
    expect(
      entriesFor("toegang.geweigerd", "/beheer/accounts").filter((e) => e.actorId === user.id),
    ).toHaveLength(2);
    const before = entriesFor("toegang.geweigerd").length;
    expect((await new Client(app).get("/beheer/accounts")).status).toBe(302);
    expect(entriesFor("toegang.geweigerd")).toHaveLength(before);
  });
});

describe("/beheer/audit", () => {
  it("is for the beheerder alone", async () => {
    for (const role of ["projectleider", "medewerker", "deelnemer"] as const) {
      const { client } = await signedIn(app, { role });
      expect((await client.get("/beheer/audit")).status).toBe(403);
      expect((await client.get("/beheer/audit.csv")).status).toBe(403);
    }
    expect((await new Client(app).get("/beheer/audit")).status).toBe(302);
  });

  it("filters by action, person, record and date, newest first", async () => {
    const admin = await signedIn(app, { role: "beheerder", name: "Bea Beheer" });
    const person = await createUser({ name: "Filter Persoon" });
    await new Client(app).post("/inloggen", { email: person.email, password: "fout-fout-fout" });
    const page = await admin.client.get(
      `/beheer/audit?actie=inloggen.mislukt&soort=gebruiker&record=${person.id}`,
    );
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Inloggen mislukt");
    expect(html).toContain("1 regel");
    // The account by number; its address is not copied into the log (docs/security.md).
    expect(html).toContain(`gebruiker ${person.id}`);
    expect(html).not.toContain(person.email);

    const byPerson = await (await admin.client.get("/beheer/audit?persoon=Bea%20Beheer")).text();
    expect(byPerson).toContain("Ingelogd");
    expect(byPerson).not.toContain("Filter Persoon");
    // The form shows the filter that is applied.
    expect(byPerson).toMatch(
      /name="persoon"[^>]*value="Bea Beheer"|value="Bea Beheer"[^>]*name="persoon"/,
    );

    const past = await (
      await admin.client.get("/beheer/audit?van=2020-01-01&tot=2020-12-31")
    ).text();
    expect(past).toContain("Geen regels die bij deze filters passen.");
  });

  it("answers bad filters with a Dutch message, never a 500", async () => {
    const { client } = await signedIn(app, { role: "beheerder" });
    const cases = [
      ["actie=bestaat.niet", "Kies een actie uit de lijst."],
      ["van=31-03-2026", "Vul een datum in als 2026-03-31"],
      ["van=2026-02-31", "Vul een datum in als 2026-03-31"],
      ["van=2026-04-01&tot=2026-03-01", "De einddatum ligt vóór de begindatum."],
      [`persoon=${"x".repeat(101)}`, "Gebruik hoogstens 100 tekens."],
    ];
    for (const [query, message] of cases) {
      const response = await client.get(`/beheer/audit?${query}`);
      expect(response.status, query).toBe(400);
      expect(await response.text(), query).toContain(message);
    }
    const csv = await client.get("/beheer/audit.csv?van=nooit");
    expect(csv.status).toBe(400);
    expect(await csv.text()).toContain("De filters zijn niet toegepast");
  });

  it("exports the filtered list as CSV, defuses formulas, and records the export", async () => {
    const admin = await signedIn(app, { role: "beheerder" });
    const sneaky = await createUser({ name: '=HYPERLINK("http://evil.example")' });
    await new Client(app).login(sneaky.email, TEST_PASSWORD);
    const response = await admin.client.get(
      `/beheer/audit.csv?actie=inloggen.gelukt&soort=gebruiker&record=${sneaky.id}`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toContain("text/csv");
    expect(response.headers.get("Content-Disposition")).toContain("audittrail.csv");
    const rows = parseCsv(await response.text());
    expect(rows[0]).toEqual([
      "Wanneer",
      "Persoonnummer",
      "Wie",
      "Actiecode",
      "Actie",
      "Soort record",
      "Recordnummer",
      "Adres",
      "Details",
    ]);
    expect(rows).toHaveLength(2);
    expect(rows[1]!.slice(1, 5)).toEqual([
      String(sneaky.id),
      '\'=HYPERLINK("http://evil.example")',
      "inloggen.gelukt",
      "Ingelogd",
    ]);
    expect(entriesFor("gegevens.geexporteerd")[0]).toMatchObject({
      actorId: admin.user.id,
      detail: { actie: "inloggen.gelukt", record: String(sneaky.id) },
    });
  });
});
