import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "#db/client.ts";
import { auditLog, bijeenkomsten, criticalFriends, notifications } from "#db/schema.ts";
import { createOrganisation, createUser } from "#tests/factories.ts";
import { signedIn, startTestApp } from "#tests/setup/http.ts";

// Planning a season's rotation at /agenda/rotatie: the proposal (GET), confirming it (POST), who
// may, and what bad input gets. Dates lie in the season 2031-2032, after any day these tests run.

const app = startTestApp();

const SEASON = "2031-2032";

function confirmForm(rows: { datum: string; gastgemeente: number }[], extra = {}) {
  const form: Record<string, string> = { seizoen: SEASON, begin: "13:30", einde: "16:30" };
  rows.forEach((r, i) => {
    form[`rijen[${i}].datum`] = r.datum;
    form[`rijen[${i}].gastgemeente`] = String(r.gastgemeente);
  });
  return { ...form, ...extra };
}

function setting() {
  const movisie = createOrganisation({ kind: "movisie", circle: null, name: "Movisie Test" });
  const werkplaats = createOrganisation({ kind: "werkplaats", circle: null });
  const hosts = [0, 1, 2].map(() =>
    createOrganisation({ circle: 1, werkplaatsId: werkplaats.id, schoolRegion: "noord" }),
  );
  return { movisie, werkplaats, hosts };
}

describe("the season's rotation", () => {
  it("proposes sessions with hosts and critical friends in an accessible table", async () => {
    const { client } = await signedIn(app, { role: "projectleider" });
    const { werkplaats } = setting();
    const response = await client.get(
      `/agenda/rotatie?seizoen=${SEASON}&aantal=4&begin=13:30&einde=16:30`,
    );
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("<caption");
    expect(html).toContain(`Voorgestelde intervisiebijeenkomsten in het seizoen ${SEASON}`);
    expect(html.match(/name="rijen\[\d+\]\.datum"/g)).toHaveLength(4);
    expect(html).toContain(werkplaats.name);
    expect(html).toContain("Alle 4 bijeenkomsten bevestigen");
    // 2031-2032's school holidays are not in Leerkring yet: the page says so.
    expect(html).toContain(
      "De schoolvakanties van het seizoen 2031-2032 staan nog niet in Leerkring",
    );
  });

  it("creates every session in one go, with critical friends, news for the invited and an audit entry", async () => {
    const { client, user } = await signedIn(app, { role: "projectleider" });
    const { movisie, werkplaats, hosts } = setting();
    const invited = await createUser({ role: "deelnemer", organisationId: hosts[1]!.id });
    const rows = [
      { datum: "2031-10-07", gastgemeente: hosts[0]!.id },
      { datum: "2031-11-04", gastgemeente: hosts[1]!.id },
      { datum: "2032-02-03", gastgemeente: hosts[2]!.id },
    ];
    const response = await client.post(
      `/agenda/rotatie?seizoen=${SEASON}&aantal=3`,
      confirmForm(rows),
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(
      "/agenda?weergave=maand&maand=2031-10&soort=intervisie&rotatie=3",
    );
    const created = getDb()
      .select()
      .from(bijeenkomsten)
      .where(
        inArray(
          bijeenkomsten.hostOrganisationId,
          hosts.map((h) => h.id),
        ),
      )
      .all();
    expect(created.map((m) => m.startsAt.toISOString()).sort()).toEqual([
      "2031-10-07T11:30:00.000Z",
      "2031-11-04T12:30:00.000Z",
      "2032-02-03T12:30:00.000Z",
    ]);
    expect(created.every((m) => m.kind === "intervisie" && m.leaderId === user.id)).toBe(true);
    expect(created.map((m) => m.title)).toContain("Intervisiebijeenkomst 2 van 3 (2031-2032)");
    const friends = getDb()
      .select({ id: criticalFriends.organisationId })
      .from(criticalFriends)
      .where(eq(criticalFriends.bijeenkomstId, created[0]!.id))
      .all()
      .map((f) => f.id);
    expect(friends).toEqual(expect.arrayContaining([movisie.id, werkplaats.id]));
    const news = getDb()
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.userId, invited.id),
          eq(notifications.kind, "bijeenkomst.melding.gepland"),
        ),
      )
      .all();
    expect(news.map((n) => n.link).sort()).toEqual(
      created.map((m) => `/bijeenkomsten/${m.id}`).sort(),
    );
    const own = getDb().select().from(notifications).where(eq(notifications.userId, user.id)).all();
    expect(own).toHaveLength(0);
    expect(
      getDb().select().from(auditLog).where(eq(auditLog.action, "rotatie.gepland")).all(),
    ).toHaveLength(1);

    const month = await (await client.get(response.headers.get("Location")!)).text();
    expect(month).toContain("3 intervisiebijeenkomsten gepland.");
    expect(month).toContain("Intervisiebijeenkomst 1 van 3 (2031-2032)");
  });

  it("plans nothing when one row is wrong, and says per row why, in Dutch", async () => {
    const { client } = await signedIn(app, { role: "projectleider" });
    const { hosts } = setting();
    const secondCircle = createOrganisation({ circle: 2 });
    const before = getDb().select().from(bijeenkomsten).all().length;
    const response = await client.post(
      `/agenda/rotatie?seizoen=${SEASON}&aantal=5`,
      confirmForm([
        { datum: "2031-10-11", gastgemeente: hosts[0]!.id }, // a Saturday
        { datum: "2031-12-25", gastgemeente: hosts[1]!.id }, // Christmas
        { datum: "2031-02-31", gastgemeente: hosts[2]!.id }, // no such day
        { datum: "2032-08-03", gastgemeente: hosts[0]!.id }, // after the season
        { datum: "2031-11-11", gastgemeente: secondCircle.id },
        { datum: "2020-11-10", gastgemeente: hosts[1]!.id }, // long past
      ]),
    );
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("Er is nog niets gepland");
    expect(html).toContain("Deze datum valt in het weekend.");
    expect(html).toContain("Deze datum is een feestdag (Kerstmis).");
    expect(html).toContain("Deze datum valt buiten het seizoen 2031-2032");
    expect(html).toContain("De gastgemeente moet een gemeente uit de eerste leerkring zijn.");
    expect(html).toContain("Deze datum is vandaag of al voorbij.");
    expect(html).toContain("Vul een bestaande datum in.");
    expect(getDb().select().from(bijeenkomsten).all().length).toBe(before);
  });

  it("answers bad requests with a Dutch explanation, never a 500", async () => {
    const { client } = await signedIn(app, { role: "projectleider" });
    setting();
    const ask = async (query: string) => {
      const response = await client.get(`/agenda/rotatie?${query}`);
      expect(response.status).toBe(200);
      return response.text();
    };
    expect(await ask(`seizoen=${SEASON}&aantal=0`)).toContain("Vraag om ten minste 1 bijeenkomst.");
    expect(await ask(`seizoen=${SEASON}&aantal=31`)).toContain("hoogstens 30 bijeenkomsten");
    expect(await ask(`seizoen=${SEASON}&aantal=veel`)).toContain("Vul een heel getal in.");
    expect(await ask(`seizoen=2031&aantal=3`)).toContain("Kies een seizoen, zoals 2026-2027.");
    expect(await ask(`seizoen=2031-2035&aantal=3`)).toContain("Kies een seizoen, zoals 2026-2027.");
    expect(await ask(`seizoen=${SEASON}&aantal=3&begin=25:00`)).toContain(
      "Vul een tijd in als 13:30.",
    );
    expect(await ask(`seizoen=2020-2021&aantal=3`)).toContain("Het seizoen 2020-2021 is voorbij.");
    const malformed = await client.post(`/agenda/rotatie`, {
      seizoen: SEASON,
      begin: "13:30",
      einde: "16:30",
      "rijen[0].datum": "morgen",
      "rijen[0].gastgemeente": "x",
    });
    expect(malformed.status).toBe(400);
    const nothing = await client.post(`/agenda/rotatie`, { seizoen: SEASON });
    expect(nothing.status).toBe(400);
  });

  it("says why when every host is excluded", async () => {
    const { client } = await signedIn(app, { role: "projectleider" });
    setting();
    const page = await (await client.get(`/agenda/rotatie?seizoen=${SEASON}&aantal=2`)).text();
    const ids = [...page.matchAll(/name="uitgesloten" value="(\d+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    const query = ids.map((id) => `uitgesloten=${id}`).join("&");
    const excluded = await (
      await client.get(`/agenda/rotatie?seizoen=${SEASON}&aantal=2&${query}`)
    ).text();
    expect(excluded).toContain("Er is geen gastgemeente om uit te kiezen");
  });

  it("is for project leaders only", async () => {
    for (const role of ["beheerder", "medewerker", "deelnemer"] as const) {
      const { client } = await signedIn(app, { role });
      expect((await client.get("/agenda/rotatie")).status).toBe(403);
      const post = await client.post(
        "/agenda/rotatie",
        confirmForm([{ datum: "2031-10-07", gastgemeente: 1 }]),
      );
      expect(post.status).toBe(403);
    }
  });
});
