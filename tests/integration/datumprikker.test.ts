import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { sendPrikkerReminders } from "#app/datumprikker/datumprikker.server.ts";
import { getDb } from "#db/client.ts";
import {
  auditLog,
  bijeenkomsten,
  bijeenkomstWijzigingen,
  criticalFriends,
  datumprikkerAntwoorden,
  datumprikkerGevraagden,
  datumprikkerOpties,
  datumprikkers,
  mailOutbox,
  notifications,
} from "#db/schema.ts";
import { formatDateTime } from "#shared/i18n/index.ts";
import { toAmsterdamInputs } from "#shared/time.ts";
import { createBijeenkomst, createLeervraag, createOrganisation } from "#tests/factories.ts";
import { signedIn, startTestApp, type Client } from "#tests/setup/http.ts";

const app = startTestApp();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A session with a host, a presenting municipality, a Werkplaats and Movisie as critical friends. */
async function session() {
  const host = createOrganisation({ circle: 1 });
  const presenter = createOrganisation({ circle: 1 });
  const werkplaats = createOrganisation({ kind: "werkplaats", circle: null });
  const movisie = createOrganisation({ kind: "movisie", circle: null });
  const start = new Date(Math.ceil((Date.now() + 40 * DAY) / HOUR) * HOUR);
  const meeting = createBijeenkomst({ hostOrganisationId: host.id, startsAt: start });
  getDb()
    .insert(criticalFriends)
    .values([werkplaats, movisie].map((o) => ({ bijeenkomstId: meeting.id, organisationId: o.id })))
    .run();
  createLeervraag({ organisationId: presenter.id, bijeenkomstId: meeting.id, status: "ingepland" });
  const people = {
    leader: await signedIn(app, { role: "projectleider" }),
    hostMember: await signedIn(app, { organisationId: host.id }),
    presenterMember: await signedIn(app, { organisationId: presenter.id }),
    friend: await signedIn(app, { role: "medewerker", organisationId: werkplaats.id }),
    other: await signedIn(app, { organisationId: createOrganisation({ circle: 1 }).id }),
    otherStaff: await signedIn(app, {
      role: "medewerker",
      organisationId: createOrganisation({ kind: "werkplaats", circle: null }).id,
    }),
  };
  return { meeting, ...people };
}

function openForm(starts: Date[], deadline: Date): Record<string, string> {
  const form: Record<string, string> = {
    deadlineDate: toAmsterdamInputs(deadline).date,
    deadlineTime: toAmsterdamInputs(deadline).time,
  };
  starts.forEach((s, i) => {
    form[`opties[${i}].datum`] = toAmsterdamInputs(s).date;
    form[`opties[${i}].tijd`] = toAmsterdamInputs(s).time;
  });
  return form;
}

const inDays = (days: number, hour = 10) =>
  new Date(Math.ceil((Date.now() + days * DAY) / HOUR) * HOUR + (hour - 10) * HOUR);

async function open(client: Client, meetingId: number, starts = [inDays(20), inDays(21)]) {
  const response = await client.post(
    `/bijeenkomsten/${meetingId}/datumprikker`,
    openForm(starts, inDays(10)),
  );
  expect(response.status).toBe(302);
  const id = Number(/\/datumprikker\/(\d+)/.exec(response.headers.get("location")!)![1]);
  const options = getDb()
    .select()
    .from(datumprikkerOpties)
    .where(eq(datumprikkerOpties.prikkerId, id))
    .orderBy(datumprikkerOpties.position)
    .all();
  return { id, options };
}

const answer = (client: Client, id: number, answers: string[]) =>
  client.post(`/datumprikker/${id}`, {
    intent: "antwoorden",
    ...Object.fromEntries(answers.map((a, i) => [`antwoorden[${i}]`, a])),
  });

const notified = (userIds: number[], kind: string) =>
  getDb()
    .select({ userId: notifications.userId })
    .from(notifications)
    .where(and(inArray(notifications.userId, userIds), eq(notifications.kind, kind)))
    .all()
    .map((n) => n.userId)
    .sort((a, b) => a - b);

describe("opening a date poll", () => {
  it("asks the host's and presenting municipalities' members and the critical friends' staff, named before it is sent", async () => {
    const s = await session();
    const asked = [s.hostMember, s.presenterMember, s.friend].map((p) => p.user);
    const page = await (
      await s.leader.client.get(`/bijeenkomsten/${s.meeting.id}/datumprikker`)
    ).text();
    for (const p of asked) expect(page).toContain(p.name);
    expect(page).toContain("3 personen gevraagd");
    expect(page).not.toContain(s.other.user.name);
    expect(page).not.toContain(s.otherStaff.user.name);

    const { id, options } = await open(s.leader.client, s.meeting.id);
    expect(options).toHaveLength(2);
    // Each moment lasts as long as the session.
    expect(options[0]!.endsAt.getTime() - options[0]!.startsAt.getTime()).toBe(3 * HOUR);
    const askedIds = asked.map((p) => p.id).sort((a, b) => a - b);
    expect(
      getDb()
        .select({ id: datumprikkerGevraagden.userId })
        .from(datumprikkerGevraagden)
        .where(eq(datumprikkerGevraagden.prikkerId, id))
        .all()
        .map((r) => r.id)
        .sort((a, b) => a - b),
    ).toEqual(askedIds);
    const everyone = [...askedIds, s.other.user.id, s.otherStaff.user.id, s.leader.user.id];
    expect(notified(everyone, "datumprikker.melding.nieuw")).toEqual(askedIds);
    const mailed = getDb()
      .select({ to: mailOutbox.toAddress })
      .from(mailOutbox)
      .where(
        inArray(
          mailOutbox.toAddress,
          asked.map((p) => p.email),
        ),
      )
      .all();
    expect(mailed).toHaveLength(3);
    expect(
      getDb()
        .select()
        .from(auditLog)
        .where(
          and(eq(auditLog.action, "datumprikker.geopend"), eq(auditLog.actorId, s.leader.user.id)),
        )
        .all(),
    ).toMatchObject([{ subjectType: "bijeenkomst", subjectId: String(s.meeting.id) }]);
    // The session's page links to the poll, for the leader and for who is asked only.
    expect(await (await s.leader.client.get(`/bijeenkomsten/${s.meeting.id}`)).text()).toContain(
      `/datumprikker/${id}`,
    );
    expect(await (await s.other.client.get(`/bijeenkomsten/${s.meeting.id}`)).text()).not.toContain(
      `/datumprikker/${id}`,
    );
  });

  it("refuses too few, too many, duplicate and past moments and a deadline after the first, in Dutch", async () => {
    const s = await session();
    const path = `/bijeenkomsten/${s.meeting.id}/datumprikker`;
    const deadline = inDays(10);
    const cases: [Date[], Date, string][] = [
      [[inDays(20)], deadline, "Geef minstens twee mogelijke momenten."],
      [
        Array.from({ length: 9 }, (_, i) => inDays(20 + i)),
        deadline,
        "Geef hoogstens acht mogelijke momenten.",
      ],
      [[inDays(20), inDays(20)], deadline, "Elk moment mag maar één keer voorkomen."],
      [[inDays(-2), inDays(20)], inDays(-3), "Dit moment ligt in het verleden"],
      [
        [inDays(20), inDays(21)],
        inDays(20, 12),
        "De deadline moet vóór het eerste mogelijke moment liggen.",
      ],
    ];
    for (const [starts, until, message] of cases) {
      const response = await s.leader.client.post(path, openForm(starts, until));
      expect(response.status).toBe(400);
      expect(await response.text()).toContain(message);
    }
    expect(
      getDb()
        .select()
        .from(datumprikkers)
        .where(eq(datumprikkers.bijeenkomstId, s.meeting.id))
        .all(),
    ).toEqual([]);
  });

  it("is for project leaders and planned intervision sessions only", async () => {
    const s = await session();
    const form = openForm([inDays(20), inDays(21)], inDays(10));
    expect(
      (await s.hostMember.client.get(`/bijeenkomsten/${s.meeting.id}/datumprikker`)).status,
    ).toBe(403);
    expect(
      (await s.hostMember.client.post(`/bijeenkomsten/${s.meeting.id}/datumprikker`, form)).status,
    ).toBe(403);
    const theme = createBijeenkomst({ kind: "thema" });
    expect((await s.leader.client.get(`/bijeenkomsten/${theme.id}/datumprikker`)).status).toBe(403);
    expect((await s.leader.client.get(`/bijeenkomsten/999999/datumprikker`)).status).toBe(404);
    expect((await s.leader.client.get(`/bijeenkomsten/abc/datumprikker`)).status).toBe(404);
  });
});

describe("answering", () => {
  it("keeps one answer per person and option, changeable, and totals them with 'als het moet' as a half", async () => {
    const s = await session();
    const { id, options } = await open(s.leader.client, s.meeting.id);
    expect((await answer(s.hostMember.client, id, ["nee", "nee"])).status).toBe(200);
    expect((await answer(s.hostMember.client, id, ["ja", "alsHetMoet"])).status).toBe(200);
    expect((await answer(s.presenterMember.client, id, ["ja", "nee"])).status).toBe(200);
    // A colleague of the same municipality answers for themself, not for the municipality.
    const rows = getDb()
      .select()
      .from(datumprikkerAntwoorden)
      .where(
        inArray(
          datumprikkerAntwoorden.optionId,
          options.map((o) => o.id),
        ),
      )
      .all();
    expect(rows).toHaveLength(4);
    expect(
      rows
        .filter((r) => r.userId === s.hostMember.user.id)
        .map((r) => r.answer)
        .sort(),
    ).toEqual(["alsHetMoet", "ja"]);
    const page = await (await s.leader.client.get(`/datumprikker/${id}`)).text();
    expect(page).toContain("2 ja, 0 als het moet, 0 nee (score 2)");
    expect(page).toContain("0 ja, 1 als het moet, 1 nee (score 0,5)");
    expect(page).toContain("‘als het moet’ als 0,5");

    const incomplete = await answer(s.friend.client, id, ["ja"]);
    expect(incomplete.status).toBe(400);
    expect(await incomplete.text()).toContain("Kies bij elk moment ja, als het moet of nee.");
  });

  it("refuses someone not asked (403), unknown polls (404) and answers after the deadline", async () => {
    const s = await session();
    const { id } = await open(s.leader.client, s.meeting.id);
    expect((await s.other.client.get(`/datumprikker/${id}`)).status).toBe(403);
    expect((await answer(s.other.client, id, ["ja", "ja"])).status).toBe(403);
    expect((await answer(s.leader.client, id, ["ja", "ja"])).status).toBe(403);
    expect((await s.hostMember.client.get(`/datumprikker/999999`)).status).toBe(404);
    expect((await s.hostMember.client.get(`/datumprikker/x1`)).status).toBe(404);

    getDb()
      .update(datumprikkers)
      .set({ deadline: new Date(Date.now() - HOUR) })
      .where(eq(datumprikkers.id, id))
      .run();
    const late = await answer(s.hostMember.client, id, ["ja", "ja"]);
    expect(late.status).toBe(409);
    expect(await late.text()).toContain("Deze datumprikker is gesloten");
  });
});

describe("choosing the date", () => {
  it("makes the chosen moment the session's date, closes the poll and tells everyone", async () => {
    const s = await session();
    const { id, options } = await open(s.leader.client, s.meeting.id);
    const elsewhere = await open(s.leader.client, createBijeenkomst().id);
    await answer(s.hostMember.client, id, ["ja", "ja"]);

    const wrong = await s.leader.client.post(`/datumprikker/${id}`, {
      intent: "kiezen",
      optionId: String(elsewhere.options[0]!.id),
    });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain("Kies een van de opties.");
    expect(
      (
        await s.hostMember.client.post(`/datumprikker/${id}`, {
          intent: "kiezen",
          optionId: String(options[1]!.id),
        })
      ).status,
    ).toBe(403);

    const chosen = options[1]!;
    const response = await s.leader.client.post(`/datumprikker/${id}`, {
      intent: "kiezen",
      optionId: String(chosen.id),
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`/bijeenkomsten/${s.meeting.id}?gewijzigd=1`);
    const meeting = getDb()
      .select()
      .from(bijeenkomsten)
      .where(eq(bijeenkomsten.id, s.meeting.id))
      .get()!;
    expect(meeting.startsAt).toEqual(chosen.startsAt);
    expect(meeting.endsAt).toEqual(chosen.endsAt);
    expect(meeting.sequence).toBe(s.meeting.sequence + 1);
    expect(
      getDb()
        .select()
        .from(bijeenkomstWijzigingen)
        .where(eq(bijeenkomstWijzigingen.bijeenkomstId, s.meeting.id))
        .all(),
    ).toHaveLength(1);
    const page = await (await s.hostMember.client.get(`/bijeenkomsten/${s.meeting.id}`)).text();
    expect(page).toContain(formatDateTime("nl", chosen.startsAt, "long"));

    const asked = [s.hostMember, s.presenterMember, s.friend]
      .map((p) => p.user.id)
      .sort((a, b) => a - b);
    expect(notified([...asked, s.other.user.id], "datumprikker.melding.gekozen")).toEqual(asked);
    // The invited hear of the change through the meeting's own news.
    expect(notified([s.other.user.id], "bijeenkomst.melding.gewijzigd")).toEqual([s.other.user.id]);
    expect(
      getDb().select().from(auditLog).where(eq(auditLog.action, "datumprikker.datumGekozen")).all(),
    ).toMatchObject([{ actorId: s.leader.user.id, subjectId: String(s.meeting.id) }]);

    const again = await s.leader.client.post(`/datumprikker/${id}`, {
      intent: "kiezen",
      optionId: String(options[0]!.id),
    });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("De datum van deze datumprikker is al gekozen.");
    expect((await answer(s.presenterMember.client, id, ["ja", "ja"])).status).toBe(409);
  });
});

describe("a cancelled session", () => {
  it("takes no date from its poll", async () => {
    const s = await session();
    const { id, options } = await open(s.leader.client, s.meeting.id);
    getDb()
      .update(bijeenkomsten)
      .set({ status: "geannuleerd" })
      .where(eq(bijeenkomsten.id, s.meeting.id))
      .run();
    const response = await s.leader.client.post(`/datumprikker/${id}`, {
      intent: "kiezen",
      optionId: String(options[0]!.id),
    });
    expect(response.status).toBe(409);
    expect(await response.text()).toContain("Deze bijeenkomst is niet meer gepland");
    expect(
      getDb().select().from(datumprikkers).where(eq(datumprikkers.id, id)).get()!.closedAt,
    ).toBeNull();
  });
});

describe("the reminder", () => {
  it("reminds, the day before the deadline and once, who has not answered", async () => {
    const s = await session();
    const { id } = await open(s.leader.client, s.meeting.id);
    await answer(s.hostMember.client, id, ["ja", "nee"]);
    const deadline = getDb().select().from(datumprikkers).where(eq(datumprikkers.id, id)).get()!
      .deadline;
    const remind = (before: number) =>
      getDb().transaction((tx) => sendPrikkerReminders(tx, new Date(deadline.getTime() - before)));
    const ids = [s.hostMember, s.presenterMember, s.friend].map((p) => p.user.id);
    remind(48 * HOUR);
    expect(notified(ids, "datumprikker.melding.herinnering")).toEqual([]);
    remind(12 * HOUR);
    const waiting = [s.presenterMember.user.id, s.friend.user.id].sort((a, b) => a - b);
    expect(notified(ids, "datumprikker.melding.herinnering")).toEqual(waiting);
    remind(11 * HOUR);
    expect(notified(ids, "datumprikker.melding.herinnering")).toEqual(waiting);
  });
});
