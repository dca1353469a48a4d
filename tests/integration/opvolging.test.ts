import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { dutchDay, essayDueDate } from "#app/opvolging/days.ts";
import { followUpRemindersJob, sendFollowUpReminders } from "#app/opvolging/opvolging.server.ts";
import { getDb } from "#db/client.ts";
import { audited } from "#tests/setup/audit.ts";
import {
  deelnames,
  essayAuteurs,
  essays,
  mailOutbox,
  notifications,
  oogstAntwoorden,
  vervolgacties,
  type RsvpResponse,
} from "#db/schema.ts";
import { runOnce } from "#server/scheduler.ts";
import { amsterdamToUtc } from "#shared/time.ts";
import { createBijeenkomst, createOrganisation, createUser } from "#tests/factories.ts";
import { signedIn, startTestApp } from "#tests/setup/http.ts";

const app = startTestApp();
const HOUR = 3_600_000;

const kindsFor = (userIds: number[], kind: string) =>
  getDb()
    .select({ userId: notifications.userId, link: notifications.link })
    .from(notifications)
    .where(and(inArray(notifications.userId, userIds), eq(notifications.kind, kind)))
    .all();
const respond = (bijeenkomstId: number, userId: number, response: RsvpResponse = "ja") =>
  getDb()
    .insert(deelnames)
    .values({ bijeenkomstId, userId, response, respondedAt: new Date() })
    .run();
const essayOf = (bijeenkomstId: number) =>
  getDb().select().from(essays).where(eq(essays.bijeenkomstId, bijeenkomstId)).get()!;

/** A theme meeting that began an hour ago, with an attendee, marked held by a project leader. */
async function heldMeeting() {
  const meeting = createBijeenkomst({ kind: "thema", startsAt: new Date(Date.now() - HOUR) });
  const attendee = await signedIn(app, {
    role: "deelnemer",
    organisationId: createOrganisation({ circle: 2 }).id,
  });
  respond(meeting.id, attendee.user.id);
  const leader = await signedIn(app, { role: "projectleider" });
  const held = await leader.client.post(`/bijeenkomsten/${meeting.id}`, { intent: "gehouden" });
  expect(held.status).toBe(200);
  return { meeting, attendee, leader, path: `/bijeenkomsten/${meeting.id}/opvolging` };
}

const harvest = {
  intent: "oogst",
  geleerd: "Vertrouwen groeit door samen te doen.",
  proberen: "Een wijktafel",
  vraag: "",
};

describe("marking a theme meeting held", () => {
  it("asks its attendees for their harvest, in Leerkring and by mail, and sets the essay's due date", async () => {
    const meeting = createBijeenkomst({ kind: "thema", startsAt: new Date(Date.now() - HOUR) });
    const came = await createUser();
    const declined = await createUser();
    const waiting = await createUser();
    respond(meeting.id, came.id);
    respond(meeting.id, declined.id, "nee");
    getDb()
      .insert(deelnames)
      .values({
        bijeenkomstId: meeting.id,
        userId: waiting.id,
        response: "ja",
        waitlisted: true,
        respondedAt: new Date(),
      })
      .run();
    const leader = await signedIn(app, { role: "projectleider" });
    const response = await leader.client.post(`/bijeenkomsten/${meeting.id}`, {
      intent: "gehouden",
    });
    expect(response.status).toBe(200);

    const asked = kindsFor([came.id, declined.id, waiting.id], "opvolging.melding.oogst");
    expect(asked).toEqual([
      { userId: came.id, link: `/bijeenkomsten/${meeting.id}/opvolging#oogst` },
    ]);
    const mail = getDb()
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, came.email))
      .all();
    expect(mail).toMatchObject([
      { category: "opvolging", subject: `Wat heb je geleerd bij ${meeting.title}?` },
    ]);
    expect(essayOf(meeting.id).dueDate).toBe(essayDueDate(new Date()));
  });

  it("asks who is recorded as present afterwards, and nobody twice", async () => {
    const { meeting, attendee, leader } = await heldMeeting();
    const late = await createUser();
    respond(meeting.id, late.id, "misschien");
    const recorded = await leader.client.post(`/bijeenkomsten/${meeting.id}`, {
      intent: "aanwezigheid",
      present: String(late.id),
    });
    expect(recorded.status).toBe(200);
    expect(kindsFor([late.id], "opvolging.melding.oogst")).toHaveLength(1);
    expect(kindsFor([attendee.user.id], "opvolging.melding.oogst")).toHaveLength(1);
  });

  it("has no follow-up page for a planned meeting, an intervision session, or an unknown id", async () => {
    const { client } = await signedIn(app, { role: "projectleider" });
    const planned = createBijeenkomst({ kind: "thema" });
    const intervisie = createBijeenkomst({
      status: "gehouden",
      startsAt: new Date(Date.now() - HOUR),
    });
    for (const path of [
      `/bijeenkomsten/${planned.id}/opvolging`,
      `/bijeenkomsten/${intervisie.id}/opvolging`,
      "/bijeenkomsten/999999/opvolging",
      "/bijeenkomsten/abc/opvolging",
    ]) {
      expect((await client.get(path)).status, path).toBe(404);
    }
  });
});

describe("the harvest", () => {
  it("takes one answer per attendee, which they can change", async () => {
    const { meeting, attendee, path } = await heldMeeting();
    expect((await attendee.client.post(path, harvest)).status).toBe(200);
    const changed = await attendee.client.post(path, {
      ...harvest,
      vraag: "Hoe meten we vertrouwen?",
    });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toContain("Je oogst is opgeslagen");
    const rows = getDb()
      .select()
      .from(oogstAntwoorden)
      .where(eq(oogstAntwoorden.bijeenkomstId, meeting.id))
      .all();
    expect(rows).toMatchObject([
      { userId: attendee.user.id, proberen: "Een wijktafel", vraag: "Hoe meten we vertrouwen?" },
    ]);
    const page = await (await attendee.client.get(path)).text();
    expect(page).toContain("Hoe meten we vertrouwen?");
    // It is the attendee's own data: on their page of personal data too.
    const own = await (await attendee.client.get("/account/mijn-gegevens")).text();
    expect(own).toContain("Mijn oogst na themabijeenkomsten");
    expect(own).toContain("Hoe meten we vertrouwen?");
  });

  it("refuses who did not come, staff included, and an empty harvest", async () => {
    const { meeting, attendee, leader, path } = await heldMeeting();
    const other = await signedIn(app, { role: "deelnemer" });
    const staff = await signedIn(app, { role: "medewerker" });
    for (const client of [other.client, staff.client, leader.client]) {
      expect((await client.post(path, harvest)).status).toBe(403);
    }
    const empty = await attendee.client.post(path, {
      intent: "oogst",
      geleerd: " ",
      proberen: "",
      vraag: "",
    });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Beantwoord minstens één van de drie vragen.");
    const tooLong = await attendee.client.post(path, { ...harvest, geleerd: "x".repeat(2001) });
    expect(tooLong.status).toBe(400);
    expect(
      getDb()
        .select()
        .from(oogstAntwoorden)
        .where(eq(oogstAntwoorden.bijeenkomstId, meeting.id))
        .all(),
    ).toEqual([]);
  });

  it("closes when the essay is published", async () => {
    const { meeting, attendee, path } = await heldMeeting();
    getDb()
      .update(essays)
      .set({ status: "gepubliceerd" })
      .where(eq(essays.bijeenkomstId, meeting.id))
      .run();
    expect((await attendee.client.post(path, harvest)).status).toBe(403);
    expect(await (await attendee.client.get(path)).text()).toContain("de oogst is gesloten");
  });

  it("is shown beside the essay's editor to its writers, with names, and not to reviewing municipalities", async () => {
    const { meeting, attendee, path } = await heldMeeting();
    await attendee.client.post(path, harvest);
    const essay = essayOf(meeting.id);
    const writer = await signedIn(app, { role: "medewerker" });
    const page = await (await writer.client.get(`/essays/${essay.slug}/schrijven`)).text();
    expect(page).toContain("Oogst van de deelnemers");
    expect(page).toContain(attendee.user.name);
    expect(page).toContain("Vertrouwen groeit door samen te doen.");

    // In review the attendee's municipality reads the draft, but not the harvest.
    getDb().update(essays).set({ status: "review" }).where(eq(essays.id, essay.id)).run();
    const colleague = await signedIn(app, {
      role: "deelnemer",
      organisationId: attendee.user.organisationId,
    });
    const review = await colleague.client.get(`/essays/${essay.slug}/schrijven`);
    expect(review.status).toBe(200);
    const reviewPage = await review.text();
    expect(reviewPage).not.toContain("Oogst van de deelnemers");
    expect(reviewPage).not.toContain("Vertrouwen groeit door samen te doen.");
  });
});

describe("action items", () => {
  const tomorrow = () => dutchDay(new Date(Date.now() + 24 * HOUR));

  it("are added by project leaders; the owner hears of it and marks it done", async () => {
    const { meeting, attendee, leader, path } = await heldMeeting();
    const added = await leader.client.post(path, {
      intent: "actie-toevoegen",
      text: "Verslag delen met de raad",
      ownerId: String(attendee.user.id),
      dueDate: tomorrow(),
    });
    expect(added.status).toBe(200);
    const [item] = getDb()
      .select()
      .from(vervolgacties)
      .where(eq(vervolgacties.bijeenkomstId, meeting.id))
      .all();
    expect(item).toMatchObject({
      text: "Verslag delen met de raad",
      ownerId: attendee.user.id,
      doneAt: null,
    });
    expect(kindsFor([attendee.user.id], "opvolging.melding.actie")).toEqual([
      { userId: attendee.user.id, link: `${path}#acties` },
    ]);
    expect(audited("vervolgactie.toegevoegd", item!.id)).toEqual([
      { actorId: leader.user.id, detail: { bijeenkomst: meeting.id, eigenaar: attendee.user.id } },
    ]);
    expect(await (await attendee.client.get("/")).text()).toContain("Verslag delen met de raad");

    const stranger = await signedIn(app, { role: "deelnemer" });
    const done = { intent: "actie-afronden", actieId: String(item!.id) };
    expect((await stranger.client.post(path, done)).status).toBe(403);
    expect((await attendee.client.post(path, { ...done, actieId: "999999" })).status).toBe(404);
    expect((await attendee.client.post(path, done)).status).toBe(200);
    expect(
      getDb().select().from(vervolgacties).where(eq(vervolgacties.id, item!.id)).get()!.doneAt,
    ).not.toBeNull();
    expect(audited("vervolgactie.afgerond", item!.id)).toEqual([
      { actorId: attendee.user.id, detail: null },
    ]);
    expect(await (await attendee.client.get("/")).text()).not.toContain(
      "Verslag delen met de raad",
    );
  });

  it("are refused to others, and without text, owner or a day to come", async () => {
    const { attendee, leader, path } = await heldMeeting();
    const valid = {
      intent: "actie-toevoegen",
      text: "Iets",
      ownerId: String(attendee.user.id),
      dueDate: tomorrow(),
    };
    for (const role of ["medewerker", "deelnemer", "beheerder"] as const) {
      expect((await (await signedIn(app, { role })).client.post(path, valid)).status, role).toBe(
        403,
      );
    }
    const cases: [Record<string, string>, string][] = [
      [{ ...valid, text: "" }, "Vul dit veld in."],
      [{ ...valid, ownerId: "" }, "Kies wie de vervolgactie oppakt."],
      [{ ...valid, ownerId: "999999" }, "Kies wie de vervolgactie oppakt."],
      [{ ...valid, dueDate: "2030-02-30" }, "Vul een bestaande datum in."],
      [{ ...valid, dueDate: "2020-01-01" }, "Kies vandaag of een dag in de toekomst."],
    ];
    for (const [form, message] of cases) {
      const response = await leader.client.post(path, form);
      expect(response.status, message).toBe(400);
      expect(await response.text()).toContain(message);
    }
  });
});

describe("the essay's due date", () => {
  it("is changed by project leaders only, to a day to come", async () => {
    const { meeting, path, leader } = await heldMeeting();
    const staff = await signedIn(app, { role: "medewerker" });
    expect(
      (await staff.client.post(path, { intent: "essay-deadline", dueDate: "2099-01-15" })).status,
    ).toBe(403);
    expect(
      (await leader.client.post(path, { intent: "essay-deadline", dueDate: "2020-01-15" })).status,
    ).toBe(400);
    expect(
      (await leader.client.post(path, { intent: "essay-deadline", dueDate: "2099-01-15" })).status,
    ).toBe(200);
    expect(essayOf(meeting.id).dueDate).toBe("2099-01-15");
    expect(audited("essay.deadline-gewijzigd", essayOf(meeting.id).id)).toEqual([
      { actorId: leader.user.id, detail: { uiterlijk: "2099-01-15" } },
    ]);
  });

  it("puts an essay past due on its writers' dashboard", async () => {
    const { meeting } = await heldMeeting();
    getDb()
      .update(essays)
      .set({ dueDate: "2020-01-01" })
      .where(eq(essays.bijeenkomstId, meeting.id))
      .run();
    const writer = await signedIn(app, { role: "medewerker" });
    const home = await (await writer.client.get("/")).text();
    expect(home).toContain(`Essay over de deadline: ${essayOf(meeting.id).title}`);
  });
});

describe("the follow-up reminders (fixed clock)", () => {
  /** Seven in the morning in Amsterdam, on a day of March 2031. */
  const morning = (day: number) => amsterdamToUtc(2031, 3, day, 7, 0);

  it("remind an action item's owner on its due day, once, and not when it is done", async () => {
    const { meeting, attendee } = await heldMeeting();
    const insert = (text: string, doneAt: Date | null = null) =>
      getDb()
        .insert(vervolgacties)
        .values({
          bijeenkomstId: meeting.id,
          text,
          ownerId: attendee.user.id,
          dueDate: "2031-03-04",
          doneAt,
        })
        .run();
    insert("Open");
    insert("Klaar", new Date());
    const reminders = () => kindsFor([attendee.user.id], "opvolging.melding.actieHerinnering");
    getDb().transaction((tx) => sendFollowUpReminders(tx, morning(3)));
    expect(reminders()).toHaveLength(0);
    getDb().transaction((tx) => sendFollowUpReminders(tx, morning(4)));
    expect(reminders()).toHaveLength(1);
    getDb().transaction((tx) => sendFollowUpReminders(tx, morning(5)));
    expect(reminders()).toHaveLength(1);
  });

  it("remind the essay's writers a week before its due date and once it is past, each once", async () => {
    const { meeting } = await heldMeeting();
    const author = await createUser({ role: "medewerker" });
    const essay = essayOf(meeting.id);
    getDb().insert(essayAuteurs).values({ essayId: essay.id, userId: author.id }).run();
    getDb().update(essays).set({ dueDate: "2031-03-20" }).where(eq(essays.id, essay.id)).run();
    // Other tests' essays are past due in 2031 too: only this essay's reminders count here.
    const link = `/essays/${essay.slug}/schrijven`;
    const near = () =>
      kindsFor([author.id], "opvolging.melding.essayBijna").filter((n) => n.link === link);
    const past = () =>
      kindsFor([author.id], "opvolging.melding.essayVerlopen").filter((n) => n.link === link);

    getDb().transaction((tx) => sendFollowUpReminders(tx, morning(12)));
    expect([near().length, past().length]).toEqual([0, 0]);
    // The scheduler runs each due time once: a second run of the same morning does nothing.
    expect(runOnce(followUpRemindersJob, morning(13))).toBe(true);
    expect(runOnce(followUpRemindersJob, morning(13))).toBe(false);
    expect(near()).toEqual([{ userId: author.id, link: `/essays/${essay.slug}/schrijven` }]);
    getDb().transaction((tx) => sendFollowUpReminders(tx, morning(20)));
    expect([near().length, past().length]).toEqual([1, 0]);
    getDb().transaction((tx) => sendFollowUpReminders(tx, morning(21)));
    getDb().transaction((tx) => sendFollowUpReminders(tx, morning(22)));
    expect([near().length, past().length]).toEqual([1, 1]);
  });

  it("remind nobody of a published essay", async () => {
    const { meeting } = await heldMeeting();
    const author = await createUser({ role: "medewerker" });
    const essay = essayOf(meeting.id);
    getDb().insert(essayAuteurs).values({ essayId: essay.id, userId: author.id }).run();
    getDb()
      .update(essays)
      .set({ dueDate: "2031-03-20", status: "gepubliceerd" })
      .where(eq(essays.id, essay.id))
      .run();
    getDb().transaction((tx) => sendFollowUpReminders(tx, morning(21)));
    const link = `/essays/${essay.slug}/schrijven`;
    expect(
      kindsFor([author.id], "opvolging.melding.essayVerlopen").filter((n) => n.link === link),
    ).toEqual([]);
  });
});

describe("the dashboard", () => {
  it("asks an attendee for the harvest until it is filled in", async () => {
    const { meeting, attendee, path } = await heldMeeting();
    expect(await (await attendee.client.get("/")).text()).toContain(
      `Vul je oogst in: ${meeting.title}`,
    );
    await attendee.client.post(path, harvest);
    expect(await (await attendee.client.get("/")).text()).not.toContain(
      `Vul je oogst in: ${meeting.title}`,
    );
  });
});
