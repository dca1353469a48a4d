import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { sendBesluitReminders } from "#app/besluiten/besluiten.server.ts";
import { getDb } from "#db/client.ts";
import {
  auditLog,
  besluiten,
  besluitStemmen,
  mailOutbox,
  notifications,
  themas,
} from "#db/schema.ts";
import { createBesluit, createOrganisation, createThema } from "#tests/factories.ts";
import { signedIn, startTestApp } from "#tests/setup/http.ts";
import { toAmsterdamInputs } from "#shared/time.ts";

const app = startTestApp();
const HOUR = 3_600_000;

const member = (circle: 1 | 2, organisationId = createOrganisation({ circle }).id) =>
  signedIn(app, { role: "deelnemer", organisationId });
const vote = (client: Awaited<ReturnType<typeof member>>["client"], id: number, optionId: number) =>
  client.post(`/besluiten/${id}`, { intent: "stemmen", optionId: String(optionId) });
const votesOf = (besluitId: number) =>
  getDb().select().from(besluitStemmen).where(eq(besluitStemmen.besluitId, besluitId)).all();
const kindsFor = (userIds: number[], kind: string) =>
  getDb()
    .select({ userId: notifications.userId })
    .from(notifications)
    .where(and(inArray(notifications.userId, userIds), eq(notifications.kind, kind)))
    .all()
    .map((n) => n.userId);

describe("who may vote", () => {
  it("gives the first-circle municipalities a vote, not the second circle or project leaders", async () => {
    const { besluit, options } = createBesluit({ kiezers: "eerste-kring" });
    const first = await member(1);
    const second = await member(2);
    const leader = await signedIn(app, { role: "projectleider" });
    expect((await vote(first.client, besluit.id, options[0]!.id)).status).toBe(200);
    expect((await vote(second.client, besluit.id, options[0]!.id)).status).toBe(403);
    expect((await vote(leader.client, besluit.id, options[0]!.id)).status).toBe(403);
    expect(votesOf(besluit.id)).toMatchObject([
      { voter: `gemeente:${first.user.organisationId}`, castById: first.user.id },
    ]);
  });

  it("gives both circles a vote each with 'beide-kringen', and project leaders one each with 'projectleiders'", async () => {
    const both = createBesluit({ kiezers: "beide-kringen" });
    const second = await member(2);
    expect((await vote(second.client, both.besluit.id, both.options[1]!.id)).status).toBe(200);
    const staff = await signedIn(app, { role: "medewerker" });
    expect((await vote(staff.client, both.besluit.id, both.options[1]!.id)).status).toBe(403);

    const leaders = createBesluit({ kiezers: "projectleiders" });
    const a = await signedIn(app, { role: "projectleider" });
    const b = await signedIn(app, { role: "projectleider" });
    expect((await vote(a.client, leaders.besluit.id, leaders.options[0]!.id)).status).toBe(200);
    expect((await vote(b.client, leaders.besluit.id, leaders.options[1]!.id)).status).toBe(200);
    expect((await vote(second.client, leaders.besluit.id, leaders.options[0]!.id)).status).toBe(
      403,
    );
    expect(votesOf(leaders.besluit.id)).toHaveLength(2);
  });

  it("refuses a second vote of the same municipality, also by another of its members", async () => {
    const { besluit, options } = createBesluit();
    const first = await member(1);
    const colleague = await member(1, first.user.organisationId);
    expect((await vote(first.client, besluit.id, options[0]!.id)).status).toBe(200);
    for (const client of [first.client, colleague.client]) {
      const again = await vote(client, besluit.id, options[1]!.id);
      expect(again.status).toBe(409);
      expect(await again.text()).toContain("Er is al gestemd voor jouw gemeente");
    }
    expect(votesOf(besluit.id)).toMatchObject([{ optionId: options[0]!.id }]);
    const page = await (await colleague.client.get(`/besluiten/${besluit.id}`)).text();
    expect(page).toContain("Je gemeente heeft gestemd: Optie A");
  });

  it("refuses a vote after the deadline, and after the decision", async () => {
    const past = createBesluit({ deadline: new Date(Date.now() - HOUR) });
    const first = await member(1);
    const late = await vote(first.client, past.besluit.id, past.options[0]!.id);
    expect(late.status).toBe(409);
    expect(await late.text()).toContain("De stemming is gesloten");
    const decided = createBesluit({ decidedAt: new Date(Date.now() - HOUR) });
    expect((await vote(first.client, decided.besluit.id, decided.options[0]!.id)).status).toBe(409);
    expect(votesOf(past.besluit.id)).toHaveLength(0);
  });

  it("refuses an option of another proposal with a Dutch message", async () => {
    const { besluit } = createBesluit();
    const other = createBesluit();
    const first = await member(1);
    const response = await vote(first.client, besluit.id, other.options[0]!.id);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Kies een van de opties.");
  });
});

describe("when results are visible", () => {
  const TALLY = "1 stem (100%)";

  it("'na-stemmen': to a municipality once its vote is in; to project leaders always", async () => {
    const { besluit, options } = createBesluit({ uitslag: "na-stemmen" });
    const first = await member(1);
    const outsider = await member(1);
    const leader = await signedIn(app, { role: "projectleider" });
    await vote(first.client, besluit.id, options[0]!.id);
    expect(await (await first.client.get(`/besluiten/${besluit.id}`)).text()).toContain(TALLY);
    const before = await (await outsider.client.get(`/besluiten/${besluit.id}`)).text();
    expect(before).not.toContain(TALLY);
    expect(before).toContain("De uitslag is zichtbaar nadat je hebt gestemd");
    expect(await (await leader.client.get(`/besluiten/${besluit.id}`)).text()).toContain(TALLY);
  });

  it("'na-deadline': to nobody but project leaders before the deadline, to everyone after", async () => {
    const open = createBesluit({ uitslag: "na-deadline" });
    const first = await member(1);
    await vote(first.client, open.besluit.id, open.options[0]!.id);
    const page = await (await first.client.get(`/besluiten/${open.besluit.id}`)).text();
    expect(page).not.toContain(TALLY);
    expect(page).toContain("De uitslag is zichtbaar na de deadline.");

    const closed = createBesluit({ uitslag: "na-deadline", deadline: new Date(Date.now() + HOUR) });
    await vote(first.client, closed.besluit.id, closed.options[1]!.id);
    getDb()
      .update(besluiten)
      .set({ deadline: new Date(Date.now() - HOUR) })
      .where(eq(besluiten.id, closed.besluit.id))
      .run();
    const staff = await signedIn(app, { role: "medewerker" });
    expect(await (await staff.client.get(`/besluiten/${closed.besluit.id}`)).text()).toContain(
      TALLY,
    );
  });
});

describe("proposing and deciding", () => {
  const deadlineIn = (ms: number) => {
    const { date, time } = toAmsterdamInputs(new Date(Date.now() + ms));
    return { deadlineDate: date, deadlineTime: time };
  };

  it("lets a project leader propose a vote on a proposed theme; the electorate hears of it", async () => {
    const thema = createThema({ status: "voorgesteld" });
    const leader = await signedIn(app, { role: "projectleider" });
    const first = await member(1);
    const second = await member(2);
    const response = await leader.client.post("/besluiten/nieuw", {
      title: `Wordt ${thema.name} een thema?`,
      description: "",
      themaId: String(thema.id),
      opties: "",
      kiezers: "eerste-kring",
      uitslag: "na-stemmen",
      ...deadlineIn(7 * 24 * HOUR),
    });
    expect(response.status).toBe(302);
    const id = Number(response.headers.get("Location")!.match(/\d+/)![0]);
    expect(
      kindsFor([first.user.id, second.user.id, leader.user.id], "besluit.melding.nieuw"),
    ).toEqual([first.user.id]);
    const audit = getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "besluit.voorgesteld"), eq(auditLog.subjectId, String(id))))
      .all();
    expect(audit).toMatchObject([{ actorId: leader.user.id }]);
    // A second open vote on the same theme is refused.
    const again = await leader.client.post("/besluiten/nieuw", {
      title: "Nog eens",
      themaId: String(thema.id),
      kiezers: "eerste-kring",
      uitslag: "na-stemmen",
      ...deadlineIn(7 * 24 * HOUR),
    });
    expect(again.status).toBe(400);
    expect(await again.text()).toContain("er loopt al een stemming over");
  });

  it("refuses a deadline in the past, too few options, and a deelnemer", async () => {
    const leader = await signedIn(app, { role: "projectleider" });
    const base = { title: "Keuze", themaId: "", kiezers: "beide-kringen", uitslag: "na-deadline" };
    const past = await leader.client.post("/besluiten/nieuw", {
      ...base,
      opties: "Ja\nNee",
      ...deadlineIn(-2 * HOUR),
    });
    expect(past.status).toBe(400);
    expect(await past.text()).toContain("Kies een deadline in de toekomst.");
    const one = await leader.client.post("/besluiten/nieuw", {
      ...base,
      opties: "Alleen deze",
      ...deadlineIn(2 * HOUR),
    });
    expect(await one.text()).toContain("Geef minstens twee opties, één per regel.");
    const first = await member(1);
    expect(
      (
        await first.client.post("/besluiten/nieuw", {
          ...base,
          opties: "Ja\nNee",
          ...deadlineIn(2 * HOUR),
        })
      ).status,
    ).toBe(403);
  });

  it("records the decision with reasons: the theme's status follows, everyone involved hears of it", async () => {
    const adopted = createThema({ status: "voorgesteld" });
    const rejected = createThema({ status: "voorgesteld" });
    const leader = await signedIn(app, { role: "projectleider" });
    const first = await member(1);
    const a = createBesluit({ themaId: adopted.id });
    const r = createBesluit({ themaId: rejected.id });
    await vote(first.client, a.besluit.id, a.options[0]!.id);

    const decide = (id: number, optionId: number) =>
      leader.client.post(`/besluiten/${id}`, {
        intent: "vastleggen",
        optionId: String(optionId),
        reasons: "De meerderheid wil het.",
      });
    expect((await decide(a.besluit.id, a.options[0]!.id)).status).toBe(200);
    expect((await decide(r.besluit.id, r.options[1]!.id)).status).toBe(200);
    const statusOf = (id: number) =>
      getDb().select().from(themas).where(eq(themas.id, id)).get()!.status;
    expect(statusOf(adopted.id)).toBe("gekozen");
    expect(statusOf(rejected.id)).toBe("afgewezen");
    expect(kindsFor([first.user.id, leader.user.id], "besluit.melding.besloten")).toEqual([
      first.user.id,
      first.user.id,
    ]);
    expect(
      getDb()
        .select()
        .from(auditLog)
        .where(
          and(
            eq(auditLog.action, "besluit.vastgelegd"),
            eq(auditLog.subjectId, String(a.besluit.id)),
          ),
        )
        .all(),
    ).toHaveLength(1);

    const twice = await decide(a.besluit.id, a.options[1]!.id);
    expect(twice.status).toBe(409);
    expect(await twice.text()).toContain("Over dit voorstel is al besloten.");
    expect(statusOf(adopted.id)).toBe("gekozen");
    const page = await (await first.client.get(`/themas/${adopted.slug}`)).text();
    expect(page).toContain("Gekozen thema");
    expect(page).toContain("Besloten op");
    const withoutReasons = await leader.client.post(`/besluiten/${createBesluit().besluit.id}`, {
      intent: "vastleggen",
      optionId: "1",
      reasons: "",
    });
    expect(withoutReasons.status).toBe(400);
    expect(await withoutReasons.text()).toContain("Vul dit veld in.");
    const notLeader = await first.client.post(`/besluiten/${r.besluit.id}`, {
      intent: "vastleggen",
      optionId: String(r.options[0]!.id),
      reasons: "Zo.",
    });
    expect(notLeader.status).toBe(403);
  });
});

describe("the reminder before the deadline", () => {
  it("queues mail only to members of municipalities that have not voted, once", async () => {
    const deadline = new Date(Date.UTC(2031, 4, 14, 15));
    const { besluit, options } = createBesluit({ deadline });
    const voted = await member(1);
    const waiting = await member(1);
    const colleague = await member(1, waiting.user.organisationId);
    const second = await member(2);
    getDb()
      .insert(besluitStemmen)
      .values({
        besluitId: besluit.id,
        optionId: options[0]!.id,
        voter: `gemeente:${voted.user.organisationId}`,
        organisationId: voted.user.organisationId,
        castById: voted.user.id,
      })
      .run();
    const ours = [voted, waiting, colleague, second].map((p) => p.user.email);
    const mailTo = () =>
      getDb()
        .select({ to: mailOutbox.toAddress })
        .from(mailOutbox)
        .where(inArray(mailOutbox.toAddress, ours))
        .all()
        .map((m) => m.to)
        .sort();

    // Two days before: not yet.
    getDb().transaction((tx) => sendBesluitReminders(tx, new Date(deadline.getTime() - 48 * HOUR)));
    expect(mailTo()).toEqual([]);
    getDb().transaction((tx) => sendBesluitReminders(tx, new Date(deadline.getTime() - 12 * HOUR)));
    expect(mailTo()).toEqual([waiting.user.email, colleague.user.email].sort());
    getDb().transaction((tx) => sendBesluitReminders(tx, new Date(deadline.getTime() - 11 * HOUR)));
    expect(mailTo()).toHaveLength(2);
    expect(kindsFor([waiting.user.id], "besluit.melding.herinnering")).toEqual([waiting.user.id]);
  });
});
