import { and, eq, like } from "drizzle-orm";
import ical, { type VEvent } from "node-ical";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailContent } from "#app/mail/outbox.server.ts";
import {
  cancelMeeting,
  createMeeting,
  reinstateMeeting,
  updateMeeting,
} from "#app/bijeenkomsten/bijeenkomsten.server.ts";
import type { MeetingInput } from "#app/bijeenkomsten/meeting-schema.ts";
import {
  meetingRemindersJob,
  sendMeetingReminders,
} from "#app/bijeenkomsten/meeting-news.server.ts";
import { respond } from "#app/bijeenkomsten/rsvp.server.ts";
import { startMailWorker, type MailWorker } from "#app/mail/worker.server.ts";
import { getDb } from "#db/client.ts";
import { criticalFriends, deelnames, mailOutbox, notifications } from "#db/schema.ts";
import { logger } from "#server/logger.ts";
import { runOnce } from "#server/scheduler.ts";
import {
  createBijeenkomst,
  createLeervraag,
  createOrganisation,
  createUser,
} from "#tests/factories.ts";
import { TestMailbox, type ReceivedMail } from "#tests/setup/smtp.ts";

// The news about meetings: who hears of planning, moving, cancelling and reinstating (a matrix of
// event × recipient), what the mail and its iTIP invitation say (parsed back after a real SMTP
// server received them), the waiting list, and the reminders before a meeting.

const mailbox = new TestMailbox();
let worker: MailWorker;
beforeAll(async () => {
  await mailbox.start();
  worker = startMailWorker({
    smtpUrl: mailbox.url,
    from: "Leerkring <leerkring@example.nl>",
    logger: logger.child({}),
    retryBaseMs: 50,
    maxRetryMs: 200,
  });
});
afterAll(async () => {
  await worker.stop();
  await mailbox.stop();
});

const SECRET = "Zwolle presenteert de casus van gezin Jansen";

function input(overrides: Partial<MeetingInput> = {}): MeetingInput {
  return {
    kind: "intervisie",
    title: "Intervisie maart",
    description: SECRET,
    themaId: null,
    hostOrganisationId: null,
    leaderId: null,
    location: "Stadhuis Zwolle",
    startsAt: new Date("2031-03-12T13:00:00Z"),
    endsAt: new Date("2031-03-12T16:00:00Z"),
    capacity: null,
    criticalFriendIds: [],
    alGehouden: false,
    ...overrides,
  };
}

function calendarEvent(mail: ReceivedMail) {
  const part = mail.attachments.find((a) => a.contentType.startsWith("text/calendar"));
  expect(part, `a text/calendar part in "${mail.subject}"`).toBeDefined();
  const body = part!.content.toString("utf8");
  const method = /^METHOD:(.+)$/m.exec(body)?.[1]?.trim();
  const [event] = Object.values(ical.sync.parseICS(body)).filter(
    (c): c is VEvent => c?.type === "VEVENT",
  );
  return { method, event: event!, body };
}

/** The people a matrix is asked about, made once. */
async function cast() {
  const werkplaats = createOrganisation({ kind: "werkplaats", circle: null });
  const movisie = createOrganisation({ kind: "movisie", circle: null });
  const kring1 = createOrganisation({ circle: 1 });
  const kring2 = createOrganisation({ circle: 2 });
  const partner = createOrganisation({ kind: "welzijnsinstelling", circle: null });
  const programma = createOrganisation({ kind: "programma", circle: null });
  return {
    werkplaats,
    changer: await createUser({ role: "projectleider", organisationId: programma.id }),
    otherLeader: await createUser({ role: "projectleider", organisationId: programma.id }),
    beheerder: await createUser({ role: "beheerder", organisationId: programma.id }),
    kring1: await createUser({ organisationId: kring1.id }),
    kring1English: await createUser({ organisationId: kring1.id, locale: "en" }),
    kring2: await createUser({ organisationId: kring2.id }),
    partner: await createUser({ organisationId: partner.id }),
    friend: await createUser({ role: "medewerker", organisationId: werkplaats.id }),
    notFriend: await createUser({ role: "medewerker", organisationId: movisie.id }),
    inactive: await createUser({ organisationId: kring1.id, active: false }),
  };
}
type Cast = Awaited<ReturnType<typeof cast>>;

const outboxFor = (userId: number, subjectStart: string) =>
  getDb()
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.userId, userId), like(mailOutbox.subject, `${subjectStart}%`)))
    .all()
    .map((row) => ({ ...row, ...mailContent(row) }));

describe("meeting news over real SMTP", () => {
  it("plans, moves and cancels an intervision session: REQUEST, REQUEST with SEQUENCE + 1, CANCEL, one UID; outsiders get no description", async () => {
    const people = await cast();
    const id = createMeeting(
      input({ criticalFriendIds: [people.werkplaats.id] }),
      people.changer.id,
    );
    const planned = await mailbox.waitFor((r) => {
      const mine = r.filter((m) => m.subject === "Nieuwe bijeenkomst: Intervisie maart");
      const inside = mine.find((m) => m.envelopeTo.includes(people.kring1.email));
      const outside = mine.find((m) => m.envelopeTo.includes(people.partner.email));
      return inside && outside && { inside, outside };
    });
    const first = calendarEvent(planned.inside);
    expect(first.method).toBe("REQUEST");
    expect(first.event.uid).toBe(`bijeenkomst-${id}@localhost`);
    expect(first.event.sequence).toBe(0);
    expect(first.event.start.toISOString()).toBe("2031-03-12T13:00:00.000Z");
    expect(first.event.description).toContain(SECRET);
    expect(JSON.stringify(first.event.attendee)).toContain(people.kring1.email);
    expect(JSON.stringify(first.event.organizer)).toContain("leerkring@localhost");
    expect(planned.inside.text).toContain("Stadhuis Zwolle");

    const outsider = calendarEvent(planned.outside);
    expect(outsider.event.uid).toBe(first.event.uid);
    expect(outsider.body).not.toContain("Jansen");
    expect(planned.outside.text).not.toContain("Jansen");
    expect(planned.outside.html).not.toContain("Jansen");

    // Moved an hour later, and a new description that outsiders do not hear of.
    updateMeeting(
      id,
      input({
        description: `${SECRET} en Deventer een tweede`,
        startsAt: new Date("2031-03-12T14:00:00Z"),
        endsAt: new Date("2031-03-12T17:00:00Z"),
        criticalFriendIds: [people.werkplaats.id],
      }),
      people.changer.id,
    );
    const moved = await mailbox.waitFor((r) => {
      const mine = r.filter((m) => m.subject === "Gewijzigd: Intervisie maart");
      const inside = mine.find((m) => m.envelopeTo.includes(people.kring1.email));
      const outside = mine.find((m) => m.envelopeTo.includes(people.partner.email));
      const english = r.find(
        (m) =>
          m.subject === "Changed: Intervisie maart" &&
          m.envelopeTo.includes(people.kring1English.email),
      );
      return inside && outside && english && { inside, outside, english };
    });
    const second = calendarEvent(moved.inside);
    expect(second.method).toBe("REQUEST");
    expect(second.event.uid).toBe(first.event.uid);
    expect(second.event.sequence).toBe(1);
    expect(second.event.start.toISOString()).toBe("2031-03-12T14:00:00.000Z");
    // Old → new in Dutch time (14:00 and 15:00 in winter), in the reader's language.
    expect(moved.inside.text).toContain(
      "Begintijd van woensdag 12 maart 2031 om 14:00 naar woensdag 12 maart 2031 om 15:00",
    );
    expect(moved.inside.text).toContain("Omschrijving gewijzigd");
    expect(moved.english.text).toContain(
      "Start time changed from Wednesday, 12 March 2031 at 14:00 to Wednesday, 12 March 2031 at 15:00",
    );
    expect(moved.outside.text).toContain("Begintijd van");
    expect(moved.outside.text).not.toContain("Omschrijving");
    expect(calendarEvent(moved.outside).body).not.toContain("Jansen");

    cancelMeeting(id, "De gastgemeente kan die dag niet", people.changer.id);
    const cancelled = await mailbox.waitFor((r) =>
      r.find(
        (m) =>
          m.subject === "Geannuleerd: Intervisie maart" &&
          m.envelopeTo.includes(people.kring1.email),
      ),
    );
    const third = calendarEvent(cancelled);
    expect(third.method).toBe("CANCEL");
    expect(third.event.uid).toBe(first.event.uid);
    expect(third.event.sequence).toBe(2);
    expect(third.event.status).toBe("CANCELLED");
    expect(cancelled.text).toContain("Reden: De gastgemeente kan die dag niet");

    // Nobody outside the invitation, nor the changer, got anything of it.
    for (const who of [people.changer, people.kring2, people.inactive]) {
      expect(mailbox.to(who.email).filter((m) => m.subject?.includes("Intervisie maart"))).toEqual(
        [],
      );
    }
  });
});

describe("who hears of a meeting (event × recipient)", () => {
  let people: Cast;
  beforeAll(async () => {
    people = await cast();
  });

  type Who = Exclude<keyof Cast, "werkplaats">;
  const insidersOfIntervisie: Who[] = [
    "otherLeader",
    "beheerder",
    "kring1",
    "kring1English",
    "friend",
  ];
  const outsidersOfIntervisie: Who[] = ["partner", "notFriend"];
  const never: Who[] = ["changer", "inactive"];

  function check(subject: { nl: string; en: string }, title: string, kind: "intervisie" | "thema") {
    const all: Who[] = [...insidersOfIntervisie, ...outsidersOfIntervisie, ...never, "kring2"];
    const got = all.filter((who) => {
      const person = people[who];
      return outboxFor(person.id, `${subject[person.locale]}: ${title}`).length > 0;
    });
    const expected =
      kind === "intervisie"
        ? [...insidersOfIntervisie, ...outsidersOfIntervisie]
        : [...insidersOfIntervisie, ...outsidersOfIntervisie, "kring2"];
    expect(got.sort()).toEqual([...expected].sort());
    // The description only to those who may read the session.
    for (const who of [...insidersOfIntervisie, ...outsidersOfIntervisie]) {
      const person = people[who];
      const [mail] = outboxFor(person.id, `${subject[person.locale]}: ${title}`);
      const ics = mail!.attachments[0]!.content;
      const mayRead = kind === "thema" || insidersOfIntervisie.includes(who);
      expect(ics.includes("Jansen"), `${who}'s invitation`).toBe(mayRead);
    }
  }

  for (const kind of ["intervisie", "thema"] as const) {
    it(`${kind}: planned, changed, cancelled and reinstated reach the invited, not the changer, not inactive accounts`, () => {
      const title = `Matrix ${kind}`;
      const meeting = input({
        kind,
        title,
        criticalFriendIds: kind === "intervisie" ? [people.werkplaats.id] : [],
      });
      const id = createMeeting(meeting, people.changer.id);
      check({ nl: "Nieuwe bijeenkomst", en: "New meeting" }, title, kind);
      updateMeeting(id, { ...meeting, location: "Elders" }, people.changer.id);
      check({ nl: "Gewijzigd", en: "Changed" }, title, kind);
      cancelMeeting(id, "Te weinig aanmeldingen", people.changer.id);
      check({ nl: "Geannuleerd", en: "Cancelled" }, title, kind);
      reinstateMeeting(id, people.changer.id);
      check({ nl: "Gaat toch door", en: "Going ahead after all" }, title, kind);
    });
  }

  it("tells no outsider of a change to the description alone, and nobody of an edit that changed nothing", () => {
    const meeting = input({
      title: "Alleen omschrijving",
      criticalFriendIds: [people.werkplaats.id],
    });
    const id = createMeeting(meeting, people.changer.id);
    updateMeeting(id, meeting, people.changer.id);
    expect(outboxFor(people.kring1.id, "Gewijzigd: Alleen omschrijving")).toEqual([]);
    updateMeeting(id, { ...meeting, description: "Nieuw" }, people.changer.id);
    expect(outboxFor(people.kring1.id, "Gewijzigd: Alleen omschrijving")).toHaveLength(1);
    expect(outboxFor(people.partner.id, "Gewijzigd: Alleen omschrijving")).toEqual([]);
  });

  it("does not announce a meeting recorded as already held", () => {
    createMeeting(
      input({
        kind: "thema",
        title: "Al gehouden",
        alGehouden: true,
        startsAt: new Date("2020-01-01T10:00:00Z"),
        endsAt: new Date("2020-01-01T12:00:00Z"),
      }),
      people.changer.id,
    );
    expect(outboxFor(people.kring1.id, "Nieuwe bijeenkomst: Al gehouden")).toEqual([]);
  });

  it("tells the person who moves up from the waiting list, with an invitation", async () => {
    const meeting = createBijeenkomst({ kind: "thema", capacity: 1, title: "Vol" });
    const first = await createUser();
    const second = await createUser();
    respond(meeting.id, first.id, "ja");
    expect(respond(meeting.id, second.id, "ja")).toEqual({ response: "ja", waitlisted: true });
    expect(outboxFor(second.id, "Er is plaats voor je")).toEqual([]);
    respond(meeting.id, first.id, "nee");
    const [mail] = outboxFor(second.id, "Er is plaats voor je: Vol");
    expect(mail!.text).toContain("je staat niet meer op de wachtlijst");
    expect(mail!.attachments[0]!.contentType).toBe("text/calendar; method=REQUEST; charset=utf-8");
    expect(outboxFor(first.id, "Er is plaats voor je")).toEqual([]);
  });
});

describe("reminders before a meeting", () => {
  const notificationsOf = (userId: number, kind: string) =>
    getDb()
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, userId), eq(notifications.kind, kind)))
      .all();

  it("a week before asks who has not answered and sends the agenda to who may read it; a day before reminds who comes; each once", async () => {
    const host = createOrganisation({ circle: 1 });
    const werkplaats = createOrganisation({ kind: "werkplaats", circle: null });
    const startsAt = new Date("2032-05-20T12:00:00Z");
    const meeting = createBijeenkomst({
      kind: "intervisie",
      startsAt,
      hostOrganisationId: host.id,
      title: "Intervisie mei",
    });
    getDb()
      .insert(criticalFriends)
      .values({ bijeenkomstId: meeting.id, organisationId: werkplaats.id })
      .run();
    createLeervraag({
      organisationId: host.id,
      title: "Hoe houden we vrijwilligers vast?",
      casus: "Het buurthuis in Oost",
      status: "ingepland",
      bijeenkomstId: meeting.id,
    });
    const silent = await createUser({ organisationId: host.id });
    const coming = await createUser({ organisationId: host.id });
    const partner = await createUser({
      organisationId: createOrganisation({ kind: "welzijnsinstelling", circle: null }).id,
    });
    const secondCircle = await createUser({ organisationId: createOrganisation({ circle: 2 }).id });
    getDb()
      .insert(deelnames)
      .values({
        bijeenkomstId: meeting.id,
        userId: coming.id,
        response: "ja",
        respondedAt: new Date("2032-05-01T10:00:00Z"),
      })
      .run();

    // Eight days before: nothing yet.
    sendMeetingReminders(getDb(), new Date("2032-05-12T12:00:00Z"));
    expect(notificationsOf(silent.id, "bijeenkomst.melding.herinneringWeek")).toEqual([]);

    // A week before, by the scheduled job.
    const weekBefore = new Date("2032-05-13T12:00:00Z");
    expect(runOnce(meetingRemindersJob, weekBefore)).toBe(true);
    expect(notificationsOf(silent.id, "bijeenkomst.melding.herinneringWeek")).toHaveLength(1);
    expect(notificationsOf(partner.id, "bijeenkomst.melding.herinneringWeek")).toHaveLength(1);
    expect(notificationsOf(coming.id, "bijeenkomst.melding.herinneringWeek")).toEqual([]);
    expect(notificationsOf(secondCircle.id, "bijeenkomst.melding.herinneringWeek")).toEqual([]);
    const [agenda] = outboxFor(silent.id, "Agenda van Intervisie mei");
    expect(agenda!.text).toContain("Hoe houden we vrijwilligers vast?");
    expect(agenda!.text).toContain("Het buurthuis in Oost");
    expect(notificationsOf(coming.id, "bijeenkomst.melding.agenda")).toHaveLength(1);
    // The local partner is invited but may not read the session: no agenda.
    expect(notificationsOf(partner.id, "bijeenkomst.melding.agenda")).toEqual([]);
    expect(notificationsOf(secondCircle.id, "bijeenkomst.melding.agenda")).toEqual([]);

    // Fifteen minutes later the window still holds the meeting: nothing is given twice.
    sendMeetingReminders(getDb(), new Date("2032-05-13T12:15:00Z"));
    sendMeetingReminders(getDb(), new Date("2032-05-14T11:45:00Z"));
    expect(notificationsOf(silent.id, "bijeenkomst.melding.herinneringWeek")).toHaveLength(1);
    expect(notificationsOf(silent.id, "bijeenkomst.melding.agenda")).toHaveLength(1);
    expect(notificationsOf(coming.id, "bijeenkomst.melding.herinneringDag")).toEqual([]);

    // A day before: those who come, once.
    sendMeetingReminders(getDb(), new Date("2032-05-19T12:00:00Z"));
    sendMeetingReminders(getDb(), new Date("2032-05-19T18:00:00Z"));
    expect(notificationsOf(coming.id, "bijeenkomst.melding.herinneringDag")).toHaveLength(1);
    expect(notificationsOf(silent.id, "bijeenkomst.melding.herinneringDag")).toEqual([]);
    const [dayMail] = outboxFor(coming.id, "Herinnering: Intervisie mei");
    expect(dayMail!.text).toContain("donderdag 20 mei 2032 om 14:00");
  });

  it("sends no reminder for a cancelled meeting", async () => {
    const person = await createUser();
    const meeting = createBijeenkomst({
      kind: "thema",
      status: "geannuleerd",
      startsAt: new Date("2033-01-10T10:00:00Z"),
    });
    sendMeetingReminders(getDb(), new Date("2033-01-03T10:00:00Z"));
    expect(
      notificationsOf(person.id, "bijeenkomst.melding.herinneringWeek").filter((n) =>
        n.link.endsWith(`/${meeting.id}`),
      ),
    ).toEqual([]);
  });
});
