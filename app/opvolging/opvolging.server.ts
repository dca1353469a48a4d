import { and, asc, eq, isNull, lt, lte, ne, sql } from "drizzle-orm";
import type { Actor } from "#app/auth/rules/actor.ts";
import { canEditEssay } from "#app/auth/rules/essay.ts";
import { hasFollowUp, isAttendee, type FollowUpResource } from "#app/auth/rules/opvolging.ts";
import { essayAuthors } from "#app/essays/readers.server.ts";
import { notify } from "#app/notifications/notify.server.tsx";
import {
  activePeople,
  activePeopleByIds,
  exceptActor,
  type Person,
} from "#app/notifications/recipients.server.ts";
import { currentTime } from "#app/utils/clock.ts";
import { recordAudit } from "#app/audit/audit.server.ts";
import { getDb, preparedStatement, type DbOrTx } from "#db/client.ts";
import {
  bijeenkomsten,
  deelnames,
  essays,
  oogstAntwoorden,
  users,
  vervolgacties,
} from "#db/schema.ts";
import { addDays, dutchDay, ESSAY_NEAR_DAYS } from "./days.ts";
import type { OogstInput, VervolgactieInput } from "./opvolging-schema.ts";

// Follow-up after a theme meeting (docs/opvolging.md): the attendees' harvest, the action items
// and the essay's due date, with their news and reminders. Who may do what: app/auth/rules/opvolging.ts.

/** The accounts that came to a meeting (isAttendee). */
export function attendeeIds(tx: DbOrTx, bijeenkomstId: number): number[] {
  return tx
    .select({
      userId: deelnames.userId,
      response: deelnames.response,
      waitlisted: deelnames.waitlisted,
      attended: deelnames.attended,
    })
    .from(deelnames)
    .where(eq(deelnames.bijeenkomstId, bijeenkomstId))
    .all()
    .filter(isAttendee)
    .map((d) => d.userId);
}

/** A meeting with what its follow-up rules ask, and its essay; null when there is no such meeting. */
export function followUpMeeting(id: number) {
  const db = getDb();
  const row = db
    .select({
      id: bijeenkomsten.id,
      kind: bijeenkomsten.kind,
      status: bijeenkomsten.status,
      title: bijeenkomsten.title,
      startsAt: bijeenkomsten.startsAt,
      essayId: essays.id,
      essaySlug: essays.slug,
      essayStatus: essays.status,
      essayDueDate: essays.dueDate,
    })
    .from(bijeenkomsten)
    .leftJoin(essays, eq(essays.bijeenkomstId, bijeenkomsten.id))
    .where(eq(bijeenkomsten.id, id))
    .get();
  if (!row) return null;
  return { ...row, attendeeIds: attendeeIds(db, id) } satisfies FollowUpResource;
}

/**
 * Asks each attendee of a held theme meeting for their harvest, once per person: when it is
 * marked held, and for whoever is recorded as present afterwards.
 */
export function askForHarvest(tx: DbOrTx, bijeenkomstId: number): void {
  const meeting = tx
    .select({ kind: bijeenkomsten.kind, status: bijeenkomsten.status, title: bijeenkomsten.title })
    .from(bijeenkomsten)
    .where(eq(bijeenkomsten.id, bijeenkomstId))
    .get();
  if (!meeting || !hasFollowUp(meeting)) return;
  for (const person of activePeopleByIds(tx, attendeeIds(tx, bijeenkomstId))) {
    notify(tx, [person], {
      category: "opvolging",
      kind: "opvolging.melding.oogst",
      params: { bijeenkomst: meeting.title },
      link: `/bijeenkomsten/${bijeenkomstId}/opvolging#oogst`,
      once: `oogst:${bijeenkomstId}:${person.id}`,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Harvest

export function harvestOf(bijeenkomstId: number, userId: number): OogstInput | null {
  return (
    getDb()
      .select({
        geleerd: oogstAntwoorden.geleerd,
        proberen: oogstAntwoorden.proberen,
        vraag: oogstAntwoorden.vraag,
      })
      .from(oogstAntwoorden)
      .where(
        and(eq(oogstAntwoorden.bijeenkomstId, bijeenkomstId), eq(oogstAntwoorden.userId, userId)),
      )
      .get() ?? null
  );
}

/** Everyone's harvest of a meeting, for the essay's writers (canReadOogst). */
export function harvestAnswers(bijeenkomstId: number) {
  return getDb()
    .select({
      userId: oogstAntwoorden.userId,
      name: users.name,
      geleerd: oogstAntwoorden.geleerd,
      proberen: oogstAntwoorden.proberen,
      vraag: oogstAntwoorden.vraag,
      updatedAt: oogstAntwoorden.updatedAt,
    })
    .from(oogstAntwoorden)
    .innerJoin(users, eq(users.id, oogstAntwoorden.userId))
    .where(eq(oogstAntwoorden.bijeenkomstId, bijeenkomstId))
    .orderBy(asc(oogstAntwoorden.createdAt), asc(users.name))
    .all();
}

/** One answer per attendee: a second submission changes the first. */
export function saveHarvest(bijeenkomstId: number, userId: number, input: OogstInput): void {
  const values = { geleerd: input.geleerd, proberen: input.proberen, vraag: input.vraag };
  getDb()
    .insert(oogstAntwoorden)
    .values({ bijeenkomstId, userId, ...values })
    .onConflictDoUpdate({
      target: [oogstAntwoorden.bijeenkomstId, oogstAntwoorden.userId],
      set: { ...values, updatedAt: new Date() },
    })
    .run();
}

// ---------------------------------------------------------------------------------------------
// Action items and the essay's due date

export function vervolgactiesOf(bijeenkomstId: number) {
  return getDb()
    .select({
      id: vervolgacties.id,
      text: vervolgacties.text,
      ownerId: vervolgacties.ownerId,
      ownerName: users.name,
      dueDate: vervolgacties.dueDate,
      doneAt: vervolgacties.doneAt,
    })
    .from(vervolgacties)
    .innerJoin(users, eq(users.id, vervolgacties.ownerId))
    .where(eq(vervolgacties.bijeenkomstId, bijeenkomstId))
    .orderBy(asc(vervolgacties.dueDate), asc(vervolgacties.id))
    .all();
}

/** Who can be given an action item: every active account. */
export function possibleOwners(): Person[] {
  return activePeople(getDb());
}

/** Adds an action item; its owner hears of it (unless they added it). False: no such active owner. */
export function addVervolgactie(
  meeting: { id: number; title: string },
  input: Omit<VervolgactieInput, "intent">,
  actorId: number,
): boolean {
  return getDb().transaction((tx) => {
    const [owner] = activePeopleByIds(tx, [input.ownerId]);
    if (!owner) return false;
    const added = tx
      .insert(vervolgacties)
      .values({
        bijeenkomstId: meeting.id,
        text: input.text,
        ownerId: owner.id,
        dueDate: input.dueDate,
        createdById: actorId,
      })
      .returning({ id: vervolgacties.id })
      .get();
    recordAudit(tx, {
      action: "vervolgactie.toegevoegd",
      actor: actorId,
      subject: { type: "vervolgactie", id: added.id },
      detail: { bijeenkomst: meeting.id, eigenaar: owner.id },
    });
    notify(tx, exceptActor([owner], actorId), {
      category: "opvolging",
      kind: "opvolging.melding.actie",
      params: { tekst: input.text, bijeenkomst: meeting.title },
      link: `/bijeenkomsten/${meeting.id}/opvolging#acties`,
    });
    return true;
  });
}

export function completeVervolgactie(id: number, now: Date = currentTime()): void {
  getDb().transaction((tx) => {
    const done = tx
      .update(vervolgacties)
      .set({ doneAt: now })
      .where(and(eq(vervolgacties.id, id), isNull(vervolgacties.doneAt)))
      .run();
    if (done.changes) {
      recordAudit(tx, { action: "vervolgactie.afgerond", subject: { type: "vervolgactie", id } });
    }
  });
}

export function setEssayDueDate(essayId: number, dueDate: string): void {
  getDb().transaction((tx) => {
    tx.update(essays).set({ dueDate, updatedAt: new Date() }).where(eq(essays.id, essayId)).run();
    recordAudit(tx, {
      action: "essay.deadline-gewijzigd",
      subject: { type: "essay", id: essayId },
      detail: { uiterlijk: dueDate },
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Reminders

/** Who writes an essay: its authors, or, while none are named, everyone who may write essays. */
function essayWriters(tx: DbOrTx, essay: { id: number; status: "concept" | "review" }): Person[] {
  const authors = essayAuthors(tx, essay.id, {
    status: essay.status,
    attendingOrganisationIds: [],
  });
  return authors.length ? authors : activePeople(tx).filter((p) => canEditEssay(p));
}

/**
 * The reminders of the Dutch day of `due`: each open action item on or after its due date (its
 * owner, once), each unpublished essay within ESSAY_NEAR_DAYS of its due date and again once it
 * is past (its writers, once each). A changed due date is reminded of anew.
 */
export function sendFollowUpReminders(tx: DbOrTx, due: Date): number {
  const today = dutchDay(due);
  let told = 0;
  const items = tx
    .select({
      id: vervolgacties.id,
      text: vervolgacties.text,
      ownerId: vervolgacties.ownerId,
      dueDate: vervolgacties.dueDate,
      bijeenkomstId: vervolgacties.bijeenkomstId,
      meetingTitle: bijeenkomsten.title,
    })
    .from(vervolgacties)
    .innerJoin(bijeenkomsten, eq(bijeenkomsten.id, vervolgacties.bijeenkomstId))
    .where(and(isNull(vervolgacties.doneAt), lte(vervolgacties.dueDate, today)))
    .all();
  for (const item of items) {
    told += notify(tx, activePeopleByIds(tx, [item.ownerId]), {
      category: "opvolging",
      kind: "opvolging.melding.actieHerinnering",
      params: { tekst: item.text, bijeenkomst: item.meetingTitle },
      link: `/bijeenkomsten/${item.bijeenkomstId}/opvolging#acties`,
      once: `herinnering:vervolgactie:${item.id}:${item.dueDate}`,
    });
  }

  const open = tx
    .select({
      id: essays.id,
      slug: essays.slug,
      title: essays.title,
      status: essays.status,
      dueDate: essays.dueDate,
    })
    .from(essays)
    .where(lte(essays.dueDate, addDays(today, ESSAY_NEAR_DAYS)))
    .all();
  for (const essay of open) {
    if (essay.status === "gepubliceerd" || !essay.dueDate) continue;
    const past = essay.dueDate < today;
    told += notify(tx, essayWriters(tx, { id: essay.id, status: essay.status }), {
      category: "opvolging",
      kind: past ? "opvolging.melding.essayVerlopen" : "opvolging.melding.essayBijna",
      params: { titel: essay.title },
      link: `/essays/${essay.slug}/schrijven`,
      once: `herinnering:essay-deadline:${essay.id}:${essay.dueDate}:${past ? "verlopen" : "bijna"}`,
    });
  }
  return told;
}

/** Every morning at seven: the day's follow-up reminders (a ScheduledJob, server/main.ts). */
export const followUpRemindersJob = {
  name: "opvolging-herinneringen",
  pattern: "0 7 * * *",
  run(tx: DbOrTx, due: Date): void {
    sendFollowUpReminders(tx, due);
  },
};

// ---------------------------------------------------------------------------------------------
// The dashboards

/** A person's open follow-up: their action items, the harvests they still owe, essays past due. */
export function openFollowUps(
  user: Pick<Actor, "id" | "role" | "organisationId">,
  now: Date = currentTime(),
) {
  // On every dashboard: each query prepared once.
  const today = dutchDay(now);
  const actions = preparedStatement("opvolging.openActions", (db) =>
    db
      .select({
        id: vervolgacties.id,
        text: vervolgacties.text,
        dueDate: vervolgacties.dueDate,
        bijeenkomstId: vervolgacties.bijeenkomstId,
        meetingTitle: bijeenkomsten.title,
      })
      .from(vervolgacties)
      .innerJoin(bijeenkomsten, eq(bijeenkomsten.id, vervolgacties.bijeenkomstId))
      .where(
        and(eq(vervolgacties.ownerId, sql.placeholder("userId")), isNull(vervolgacties.doneAt)),
      )
      .orderBy(asc(vervolgacties.dueDate))
      .prepare(),
  )
    .all({ userId: user.id })
    .map((a) => ({ ...a, overdue: a.dueDate < today }));
  const harvests = preparedStatement("opvolging.harvests", (db) =>
    db
      .select({
        id: bijeenkomsten.id,
        title: bijeenkomsten.title,
        startsAt: bijeenkomsten.startsAt,
        response: deelnames.response,
        waitlisted: deelnames.waitlisted,
        attended: deelnames.attended,
        essayStatus: essays.status,
        answered: oogstAntwoorden.userId,
      })
      .from(deelnames)
      .innerJoin(bijeenkomsten, eq(bijeenkomsten.id, deelnames.bijeenkomstId))
      .leftJoin(essays, eq(essays.bijeenkomstId, bijeenkomsten.id))
      .leftJoin(
        oogstAntwoorden,
        and(
          eq(oogstAntwoorden.bijeenkomstId, bijeenkomsten.id),
          eq(oogstAntwoorden.userId, deelnames.userId),
        ),
      )
      .where(
        and(
          eq(deelnames.userId, sql.placeholder("userId")),
          eq(bijeenkomsten.kind, "thema"),
          eq(bijeenkomsten.status, "gehouden"),
        ),
      )
      .orderBy(asc(bijeenkomsten.startsAt))
      .prepare(),
  )
    .all({ userId: user.id })
    .filter((h) => isAttendee(h) && h.answered === null && h.essayStatus !== "gepubliceerd")
    .map((h) => ({ id: h.id, title: h.title }));
  const overdueEssays = canEditEssay(user)
    ? preparedStatement("opvolging.overdueEssays", (db) =>
        db
          .select({
            id: essays.id,
            slug: essays.slug,
            title: essays.title,
            dueDate: essays.dueDate,
          })
          .from(essays)
          .where(
            and(lt(essays.dueDate, sql.placeholder("today")), ne(essays.status, "gepubliceerd")),
          )
          .orderBy(asc(essays.dueDate))
          .prepare(),
      ).all({ today })
    : [];
  return { actions, harvests, overdueEssays };
}

export type OpenFollowUps = ReturnType<typeof openFollowUps>;
