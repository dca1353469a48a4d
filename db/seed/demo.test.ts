import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "#app/auth/password.server.ts";
import { notitiesDocumentName } from "#shared/collab/protocol.ts";
import { amsterdamToUtc, TIME_ZONE } from "#shared/time.ts";
import { readConfig } from "#shared/config.server.ts";
import { getDb, migrateDatabase, openDatabase } from "#db/client.ts";
import {
  besluiten,
  bijeenkomsten,
  criticalFriends,
  datumprikkerGevraagden,
  datumprikkers,
  deelnames,
  documents,
  essays,
  interventies,
  interventieWijken,
  leervraagStatuswijzigingen,
  leervragen,
  logboek,
  organisations,
  praktijkvoorbeelden,
  themas,
  users,
  wijken,
  oogstAntwoorden,
  vervolgacties,
} from "#db/schema.ts";
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  demoSchedule,
  demoSeasonYear,
  ensureFirstAdmin,
  seedDemo,
} from "./demo.ts";

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
    // Seed 000: "de 14 Werkplaatsen Sociaal Domein vormen een landelijk dekkende ... infrastructuur".
    expect(
      db.select().from(organisations).where(eq(organisations.kind, "werkplaats")).all().length,
    ).toBe(14);

    const allThemas = db.select().from(themas).all();
    expect(allThemas.filter((t) => t.status === "gekozen").map((t) => t.name)).toEqual([
      "Samenwerken in vertrouwen",
      "Zichtbaar maken en meten resultaten",
      "Inwoners betrekken",
      "Het hoe en wat van sociale steunstructuren",
      "Burgers bereiken die we nu niet bereiken",
    ]);
    // The fifth theme was decided (a recorded decision), and one proposal is still open.
    const decisions = db.select().from(besluiten).all();
    const fifth = decisions.find((b) => b.themaId !== null)!;
    expect(fifth.decidedAt).not.toBeNull();
    expect(fifth.reasons).toBeTruthy();
    const open = decisions.filter((b) => b.decidedAt === null);
    expect(open).toHaveLength(1);
    expect(open[0]!.deadline.getTime()).toBeGreaterThan(now.getTime());

    const meetings = db.select().from(bijeenkomsten).all();
    const intervisions = meetings.filter((m) => m.kind === "intervisie");
    expect(intervisions.length).toBeGreaterThanOrEqual(4);
    const next = intervisions.find((m) => m.status === "gepland")!;
    expect(next.title).toBe("Derde intervisiebijeenkomst");
    expect(
      db.select().from(leervragen).where(eq(leervragen.bijeenkomstId, next.id)).all(),
    ).toHaveLength(1);

    // The start meeting's follow-up: attendees' harvest and an action item still open.
    const startMeeting = meetings.find((m) => m.title.startsWith("Startbijeenkomst"))!;
    expect(
      db
        .select()
        .from(oogstAntwoorden)
        .where(eq(oogstAntwoorden.bijeenkomstId, startMeeting.id))
        .all(),
    ).toHaveLength(3);
    const actions = db.select().from(vervolgacties).all();
    expect(actions.filter((a) => a.doneAt === null).map((a) => a.dueDate > "2026-11-23")).toEqual([
      true,
    ]);

    for (const account of DEMO_ACCOUNTS) {
      const user = db.select().from(users).where(eq(users.email, account.email)).get()!;
      expect(user.role).toBe(account.role);
      expect(await verifyPassword(user.passwordHash, DEMO_PASSWORD)).toBe(true);
    }
    expect(db.select().from(users).all().length).toBeGreaterThan(10);

    // Illustrative interventions, each in neighbourhoods of its own municipality.
    const demoInterventies = db.select().from(interventies).all();
    expect(demoInterventies.length).toBeGreaterThanOrEqual(3);
    for (const i of demoInterventies) {
      expect(i.description).toMatch(/^Illustratief/);
      const places = db
        .select({ organisationId: wijken.organisationId })
        .from(interventieWijken)
        .innerJoin(wijken, eq(wijken.id, interventieWijken.wijkId))
        .where(eq(interventieWijken.interventieId, i.id))
        .all();
      expect(places.length).toBeGreaterThan(0);
      expect(places.every((p) => p.organisationId === i.organisationId)).toBe(true);
    }

    // An open date poll for the next intervision session, asked of Hilversum (which presents).
    const [poll] = db.select().from(datumprikkers).all();
    expect(poll!.closedAt).toBeNull();
    expect(poll!.deadline > now).toBe(true);
    const asked = db
      .select({ email: users.email })
      .from(datumprikkerGevraagden)
      .innerJoin(users, eq(users.id, datumprikkerGevraagden.userId))
      .where(eq(datumprikkerGevraagden.prikkerId, poll!.id))
      .all()
      .map((r) => r.email);
    expect(asked).toEqual(
      expect.arrayContaining(["deelnemer@leerkring.test", "medewerker@leerkring.test"]),
    );
  });

  it("names the season after the year of its start meeting", () => {
    expect(demoSeasonYear(new Date("2026-11-23T10:00:00Z"))).toBe(2026);
    expect(demoSeasonYear(new Date("2027-03-01T10:00:00Z"))).toBe(2026);
    expect(demoSeasonYear(new Date("2027-03-15T10:00:00Z"))).toBe(2027);
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

// The demo season moves with the calendar. Whatever day it is seeded on (the turn of the season
// around 20 September, a daylight-saving change, New Year's Eve, a weekend) it must look real:
// meetings on weekdays, nothing planned in the past or held in the future, a session ahead.

const weekday = new Intl.DateTimeFormat("en-US", { timeZone: TIME_ZONE, weekday: "short" });
const isWeekday = (d: Date) => !["Sat", "Sun"].includes(weekday.format(d));
const DAY = 86_400_000;

describe("the demo schedule", () => {
  it("puts every meeting on a weekday on the right side of today, every day of the year", () => {
    const first = amsterdamToUtc(2026, 9, 1, 0, 0).getTime();
    for (let day = 0; day < 366; day++) {
      // Early morning, midday and late evening in Amsterdam: the date must not slip.
      for (const hour of [0.5, 12, 23.9]) {
        const now = new Date(first + day * DAY + hour * 3_600_000);
        const s = demoSchedule(now);
        const days = [s.start, ...s.intervisies, ...s.themas];
        for (const { y, m, d } of days) {
          expect(isWeekday(amsterdamToUtc(y, m, d, 13)), `${now.toISOString()}`).toBe(true);
        }
        const starts = (list: typeof days) => list.map(({ y, m, d }) => amsterdamToUtc(y, m, d));
        const ahead = starts(s.intervisies).filter((t) => t > now);
        expect(ahead.length).toBeGreaterThanOrEqual(2);
        expect(ahead[0]!.getTime() - now.getTime()).toBeGreaterThan(7 * DAY);
        expect(ahead[0]!.getTime() - now.getTime()).toBeLessThan(21 * DAY);
        expect(starts(s.intervisies).filter((t) => t < now).length).toBeGreaterThanOrEqual(2);
        expect(starts(s.themas).every((t) => t > now)).toBe(true);
      }
    }
  });
});

const MOMENTS = [
  "2026-09-19T08:00:00Z", // the day before the old fixed start meeting
  "2026-09-20T10:00:00Z", // a Sunday, the old start meeting's day
  "2026-09-21T21:59:00Z", // one minute before midnight in Amsterdam
  "2026-10-25T00:30:00Z", // daylight saving ends that night
  "2026-12-31T23:30:00Z", // New Year's night in Amsterdam
  "2027-03-28T01:30:00Z", // daylight saving begins
  "2027-06-05T12:00:00Z", // a Saturday in summer
];

describe.each(MOMENTS)("the demo seeded at %s", (moment) => {
  it("looks like a real season", async () => {
    const now = new Date(moment);
    const db = openDatabase(":memory:");
    migrateDatabase(db);
    expect(await seedDemo(db, now)).toBe(true);

    const meetings = db.select().from(bijeenkomsten).all();
    for (const m of meetings) {
      expect(isWeekday(m.startsAt), m.title).toBe(true);
      if (m.status === "gehouden") expect(m.endsAt < now, m.title).toBe(true);
      if (m.status === "gepland") expect(m.startsAt > now, m.title).toBe(true);
      expect(m.createdAt <= now).toBe(true);
    }
    // The live-notes e2e tests write in meeting 2 (the next session) and 3–6 (theme meetings).
    const byId = new Map(meetings.map((m) => [m.id, m]));
    expect(byId.get(2)).toMatchObject({ kind: "intervisie", status: "gepland" });
    for (const id of [3, 4, 5, 6]) expect(byId.get(id)?.kind).toBe("thema");

    const intervisions = meetings.filter((m) => m.kind === "intervisie");
    expect(intervisions.filter((m) => m.status === "gehouden").length).toBeGreaterThanOrEqual(2);
    const next = intervisions
      .filter((m) => m.status === "gepland")
      .sort((a, b) => +a.startsAt - +b.startsAt)[0]!;
    expect(next.startsAt.getTime() - now.getTime()).toBeLessThan(21 * DAY);
    expect(new Set(intervisions.map((m) => m.hostOrganisationId)).size).toBe(intervisions.length);

    const movisie = db.select().from(organisations).where(eq(organisations.slug, "movisie")).get()!;
    for (const m of intervisions) {
      const host = db
        .select()
        .from(organisations)
        .where(eq(organisations.id, m.hostOrganisationId!))
        .get()!;
      expect(host.circle).toBe(1);
      const friends = db
        .select({ id: criticalFriends.organisationId })
        .from(criticalFriends)
        .where(eq(criticalFriends.bijeenkomstId, m.id))
        .all()
        .map((f) => f.id)
        .sort();
      expect(friends).toEqual([movisie.id, host.werkplaatsId!].sort());
    }

    for (const m of meetings.filter((x) => x.status === "gehouden")) {
      const notes = db
        .select()
        .from(documents)
        .where(eq(documents.name, notitiesDocumentName(m.id)))
        .get();
      expect(notes?.text.length ?? 0, m.title).toBeGreaterThan(50);
    }

    // Histories are dated when they happened, in order, never in the future.
    const changes = db.select().from(leervraagStatuswijzigingen).all();
    expect(new Set(changes.map((c) => Math.floor(+c.createdAt / 60_000))).size).toBeGreaterThan(5);
    for (const q of db.select().from(leervragen).all()) {
      const history = changes.filter((c) => c.leervraagId === q.id).sort((a, b) => a.id - b.id);
      expect(history.at(-1)!.toStatus).toBe(q.status);
      history.forEach((c, i) => {
        expect(c.createdAt <= now).toBe(true);
        if (i > 0) expect(c.createdAt > history[i - 1]!.createdAt).toBe(true);
      });
      const meeting = q.bijeenkomstId ? byId.get(q.bijeenkomstId)! : undefined;
      if (meeting) {
        expect(q.status).toBe(meeting.status === "gehouden" ? "besproken" : "ingepland");
      }
      if (q.status === "besproken") expect(q.outcome).not.toBe("");
    }

    for (const r of db.select().from(deelnames).all()) expect(r.respondedAt < now).toBe(true);
    for (const l of db.select().from(logboek).all()) expect(l.happenedOn < now).toBe(true);
    const start = meetings.find((m) => m.title.startsWith("Startbijeenkomst"))!;
    const [essay] = db.select().from(essays).where(eq(essays.status, "gepubliceerd")).all();
    expect(essay!.publishedAt! < now && essay!.publishedAt! > start.endsAt).toBe(true);
    // One published practice example from the start meeting, one concept; both illustrative.
    const voorbeelden = db.select().from(praktijkvoorbeelden).all();
    expect(voorbeelden.map((v) => v.status).sort()).toEqual(["concept", "gepubliceerd"]);
    for (const v of voorbeelden) expect(v.body).toContain("Illustratief");
    const published = voorbeelden.find((v) => v.status === "gepubliceerd")!;
    expect(published.bijeenkomstId).toBe(start.id);
    expect(published.publishedAt! < now && published.publishedAt! > start.endsAt).toBe(true);
    db.$client.close();
  });
});
