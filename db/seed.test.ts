import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "#app/auth/password.server.ts";
import { readConfig } from "#server/config.ts";
import { getDb } from "./client.ts";
import { bijeenkomsten, leervragen, organisations, themas, users } from "./schema.ts";
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  demoSeasonYear,
  ensureFirstAdmin,
  seedDemo,
} from "./seed.ts";

describe("the demo seed", () => {
  it("fills an empty database with the trajectory of the source document, once", async () => {
    const now = new Date("2026-11-23T10:00:00Z");
    expect(await seedDemo(getDb(), now)).toBe(true);
    expect(await seedDemo(getDb(), now)).toBe(false);

    const db = getDb();
    const firstCircle = db.select().from(organisations).where(eq(organisations.circle, 1)).all();
    expect(firstCircle).toHaveLength(13);
    const names = firstCircle.map((o) => o.name);
    for (const named of ["Hilversum", "Haarlem", "Amstelveen", "Zuidwest-Friesland"]) {
      expect(names).toContain(`Gemeente ${named}`);
    }
    expect(firstCircle.every((o) => o.kind === "gemeente" && o.werkplaatsId !== null)).toBe(true);
    expect(
      db.select().from(organisations).where(eq(organisations.circle, 2)).all().length,
    ).toBeGreaterThan(0);
    expect(
      db.select().from(organisations).where(eq(organisations.kind, "movisie")).all(),
    ).toHaveLength(1);
    expect(
      db.select().from(organisations).where(eq(organisations.kind, "werkplaats")).all().length,
    ).toBeGreaterThan(2);

    const allThemas = db.select().from(themas).all();
    expect(allThemas.filter((t) => t.status === "gekozen").map((t) => t.name)).toEqual([
      "Samenwerken in vertrouwen",
      "Zichtbaar maken en meten resultaten",
      "Inwoners betrekken",
      "Het hoe en wat van sociale steunstructuren",
    ]);
    expect(allThemas.filter((t) => t.status === "voorgesteld")).toHaveLength(1);

    const meetings = db.select().from(bijeenkomsten).all();
    const start = meetings.find((m) => m.location === "Amersfoort")!;
    expect(start.startsAt.toISOString()).toBe("2026-09-20T11:00:00.000Z");
    const intervision = meetings.find((m) => m.kind === "intervisie")!;
    expect(intervision.startsAt.toISOString()).toBe("2026-11-29T12:30:00.000Z");
    expect(intervision.status).toBe("gepland");
    const presented = db
      .select()
      .from(leervragen)
      .where(eq(leervragen.bijeenkomstId, intervision.id))
      .all();
    expect(presented).toHaveLength(2);

    for (const account of DEMO_ACCOUNTS) {
      const user = db.select().from(users).where(eq(users.email, account.email)).get()!;
      expect(user.role).toBe(account.role);
      expect(await verifyPassword(user.passwordHash, DEMO_PASSWORD)).toBe(true);
    }
    expect(db.select().from(users).all().length).toBeGreaterThan(10);
  });

  it("places the season in the most recent September", () => {
    expect(demoSeasonYear(new Date("2026-11-23T00:00:00Z"))).toBe(2026);
    expect(demoSeasonYear(new Date("2027-03-01T00:00:00Z"))).toBe(2026);
    expect(demoSeasonYear(new Date("2027-09-21T00:00:00Z"))).toBe(2027);
  });

  it("leaves an existing database alone when it already has accounts", async () => {
    const cfg = readConfig({
      SEED: "none",
      ADMIN_EMAIL: "eerste@beheer.nl",
      ADMIN_PASSWORD: "een sterk wachtwoord",
    });
    expect(await ensureFirstAdmin(getDb(), cfg)).toBe("exists");
  });
});
