import { and, asc, desc, eq, inArray, isNull } from "drizzle-orm";
import { recordAudit } from "#app/audit/audit.server.ts";
import { can } from "#app/auth/permissions.ts";
import type { Actor } from "#app/auth/rules/actor.ts";
import {
  canAnswerDatumprikker,
  canOpenDatumprikker,
  isAskedForDatumprikker,
  type DatumprikkerResource,
  type PrikkerMeeting,
} from "#app/auth/rules/datumprikker.ts";
import { applyMeetingChanges } from "#app/bijeenkomsten/bijeenkomsten.server.ts";
import { deadlineWithinADay } from "#app/notifications/deadline.server.ts";
import { notify, type NotificationKind } from "#app/notifications/notify.server.tsx";
import {
  activePeople,
  activePeopleByIds,
  exceptActor,
  type Person,
} from "#app/notifications/recipients.server.ts";
import { getDb, type DbOrTx } from "#db/client.ts";
import {
  bijeenkomsten,
  criticalFriends,
  datumprikkerAntwoorden,
  datumprikkerGevraagden,
  datumprikkerOpties,
  datumprikkers,
  leervragen,
  type DatumprikkerAntwoord,
} from "#db/schema.ts";
import { formatDateTime } from "#shared/i18n/index.ts";
import { locales } from "#shared/i18n/locales.ts";
import type { OpenPrikkerInput } from "./datumprikker-schema.ts";

// The date poll of an intervision session: opening it (who is asked is fixed then), answering,
// picking the moment that becomes the session's date, and the reminder the day before the
// deadline. Who may do what is app/auth/rules/datumprikker.ts; this module stores.

export type PrikkerRow = typeof datumprikkers.$inferSelect;
type ChangedBy = { id: number };

/** The session with what the rules ask: its host, presenting municipalities, critical friends. */
export function prikkerMeeting(id: number, tx: DbOrTx = getDb()) {
  const meeting = tx.select().from(bijeenkomsten).where(eq(bijeenkomsten.id, id)).get();
  if (!meeting) return null;
  const presentingIds = tx
    .selectDistinct({ id: leervragen.organisationId })
    .from(leervragen)
    .where(eq(leervragen.bijeenkomstId, id))
    .all()
    .map((r) => r.id);
  const criticalFriendIds = tx
    .select({ id: criticalFriends.organisationId })
    .from(criticalFriends)
    .where(eq(criticalFriends.bijeenkomstId, id))
    .all()
    .map((r) => r.id);
  return { ...meeting, presentingIds, criticalFriendIds } satisfies PrikkerMeeting;
}

/** Who a poll for this session asks, computed from the session (shown before it is sent). */
export function askedPeople(tx: DbOrTx, meeting: PrikkerMeeting): Person[] {
  return activePeople(tx).filter((p) => isAskedForDatumprikker(p, meeting));
}

/** News about a poll, naming its deadline or chosen moment in each recipient's language. */
function tell(
  tx: DbOrTx,
  people: readonly Person[],
  poll: PrikkerRow,
  title: string,
  kind: NotificationKind,
  moment: Date,
  once?: string,
): number {
  let told = 0;
  for (const locale of locales) {
    const group = people.filter((p) => p.locale === locale);
    if (!group.length) continue;
    told += notify(tx, group, {
      category: "bijeenkomsten",
      kind,
      params: { titel: title, wanneer: formatDateTime(locale, moment) },
      link: `/datumprikker/${poll.id}`,
      ...(once ? { once: `${once}:${locale}` } : {}),
    });
  }
  return told;
}

export type OpenResult =
  { id: number } | { error: "optie-voorbij" | "deadline-voorbij" | "deadline-na-optie" };

/** Opens a poll; those asked hear of it. Each option keeps the session's length. */
export function openDatumprikker(
  meetingId: number,
  input: OpenPrikkerInput,
  user: ChangedBy,
  now = new Date(),
): OpenResult {
  if (input.starts.some((s) => s <= now)) return { error: "optie-voorbij" };
  if (input.deadline <= now) return { error: "deadline-voorbij" };
  if (input.starts.some((s) => s <= input.deadline)) return { error: "deadline-na-optie" };
  return getDb().transaction((tx) => {
    const meeting = prikkerMeeting(meetingId, tx)!;
    const length = meeting.endsAt.getTime() - meeting.startsAt.getTime();
    const poll = tx
      .insert(datumprikkers)
      .values({
        bijeenkomstId: meetingId,
        deadline: input.deadline,
        createdById: user.id,
        createdAt: now,
      })
      .returning()
      .get();
    const starts = [...input.starts].sort((a, b) => a.getTime() - b.getTime());
    tx.insert(datumprikkerOpties)
      .values(
        starts.map((startsAt, position) => ({
          prikkerId: poll.id,
          startsAt,
          endsAt: new Date(startsAt.getTime() + length),
          position,
        })),
      )
      .run();
    const asked = askedPeople(tx, meeting);
    if (asked.length) {
      tx.insert(datumprikkerGevraagden)
        .values(asked.map((p) => ({ prikkerId: poll.id, userId: p.id })))
        .run();
    }
    recordAudit(tx, {
      action: "datumprikker.geopend",
      actor: user.id,
      subject: { type: "bijeenkomst", id: meetingId },
      detail: { datumprikker: poll.id, opties: starts.length, gevraagd: asked.length },
    });
    tell(
      tx,
      exceptActor(asked, user.id),
      poll,
      meeting.title,
      "datumprikker.melding.nieuw",
      poll.deadline,
    );
    return { id: poll.id };
  });
}

/** A poll with its session, options, who is asked (by name) and every answer. */
export function getDatumprikker(id: number, db: DbOrTx = getDb()) {
  const poll = db.select().from(datumprikkers).where(eq(datumprikkers.id, id)).get();
  if (!poll) return null;
  const meeting = db
    .select()
    .from(bijeenkomsten)
    .where(eq(bijeenkomsten.id, poll.bijeenkomstId))
    .get()!;
  const options = db
    .select()
    .from(datumprikkerOpties)
    .where(eq(datumprikkerOpties.prikkerId, id))
    .orderBy(asc(datumprikkerOpties.position))
    .all();
  const askedIds = db
    .select({ id: datumprikkerGevraagden.userId })
    .from(datumprikkerGevraagden)
    .where(eq(datumprikkerGevraagden.prikkerId, id))
    .all()
    .map((r) => r.id);
  const answers = options.length
    ? db
        .select({
          optionId: datumprikkerAntwoorden.optionId,
          userId: datumprikkerAntwoorden.userId,
          answer: datumprikkerAntwoorden.answer,
        })
        .from(datumprikkerAntwoorden)
        .where(
          inArray(
            datumprikkerAntwoorden.optionId,
            options.map((o) => o.id),
          ),
        )
        .all()
    : [];
  const asked = activePeopleByIds(db, askedIds).map((p) => ({
    id: p.id,
    name: p.name,
    organisationName: p.organisationName,
  }));
  return { poll, meeting, options, askedIds, asked, answers };
}

export function prikkerResource(
  poll: PrikkerRow,
  askedIds: readonly number[],
  now: Date,
): DatumprikkerResource {
  return { askedIds, deadline: poll.deadline, closedAt: poll.closedAt, now };
}

/**
 * Where the session's page links for its date poll: the newest poll this person sees (asked, or a
 * project leader), else for a project leader of a planned intervision session the form to open
 * one; null when neither.
 */
export function meetingPollLink(
  actor: Actor,
  meeting: Pick<PrikkerMeeting, "kind" | "status"> & { id: number },
): string | null {
  const db = getDb();
  const planner = can(actor, "bijeenkomst:plannen");
  const asked = db
    .select({ id: datumprikkerGevraagden.prikkerId })
    .from(datumprikkerGevraagden)
    .where(eq(datumprikkerGevraagden.userId, actor.id));
  const newest = db
    .select({ id: datumprikkers.id })
    .from(datumprikkers)
    .where(
      and(
        eq(datumprikkers.bijeenkomstId, meeting.id),
        planner ? undefined : inArray(datumprikkers.id, asked),
      ),
    )
    .orderBy(desc(datumprikkers.id))
    .get();
  if (newest) return `/datumprikker/${newest.id}`;
  return canOpenDatumprikker(actor, meeting) ? `/bijeenkomsten/${meeting.id}/datumprikker` : null;
}

export type AnswerResult = "opgeslagen" | "niet-gevraagd" | "gesloten" | "onvolledig";

/** One's answers, one per option in order; they replace earlier ones until the deadline. */
export function saveAnswers(
  id: number,
  actor: Actor,
  answers: readonly DatumprikkerAntwoord[],
  now = new Date(),
): AnswerResult {
  return getDb().transaction((tx) => {
    const found = getDatumprikker(id, tx)!;
    if (!found.askedIds.includes(actor.id)) return "niet-gevraagd";
    if (!canAnswerDatumprikker(actor, prikkerResource(found.poll, found.askedIds, now)))
      return "gesloten";
    if (answers.length !== found.options.length) return "onvolledig";
    for (const [i, option] of found.options.entries()) {
      const values = { optionId: option.id, userId: actor.id, answer: answers[i]!, updatedAt: now };
      tx.insert(datumprikkerAntwoorden)
        .values(values)
        .onConflictDoUpdate({
          target: [datumprikkerAntwoorden.optionId, datumprikkerAntwoorden.userId],
          set: { answer: values.answer, updatedAt: now },
        })
        .run();
    }
    return "opgeslagen";
  });
}

/**
 * The chosen option becomes the session's date (recorded and announced as any change of the
 * meeting), which closes the poll; everyone asked hears the outcome.
 */
export function chooseDate(
  id: number,
  optionId: number,
  user: ChangedBy,
  now = new Date(),
): "gekozen" | "al-gekozen" | "onbekende-optie" {
  return getDb().transaction((tx) => {
    const option = tx
      .select()
      .from(datumprikkerOpties)
      .where(and(eq(datumprikkerOpties.id, optionId), eq(datumprikkerOpties.prikkerId, id)))
      .get();
    if (!option) return "onbekende-optie";
    const poll = tx
      .update(datumprikkers)
      .set({ closedAt: now, chosenOptionId: option.id })
      .where(and(eq(datumprikkers.id, id), isNull(datumprikkers.closedAt)))
      .returning()
      .get();
    if (!poll) return "al-gekozen";
    const meeting = tx
      .select()
      .from(bijeenkomsten)
      .where(eq(bijeenkomsten.id, poll.bijeenkomstId))
      .get()!;
    applyMeetingChanges(tx, meeting, { startsAt: option.startsAt, endsAt: option.endsAt }, user.id);
    recordAudit(tx, {
      action: "datumprikker.datumGekozen",
      actor: user.id,
      subject: { type: "bijeenkomst", id: meeting.id },
      detail: { datumprikker: id, optie: option.id, startsAt: option.startsAt.toISOString() },
    });
    const askedIds = getDatumprikker(id, tx)!.askedIds;
    tell(
      tx,
      exceptActor(activePeopleByIds(tx, askedIds), user.id),
      poll,
      meeting.title,
      "datumprikker.melding.gekozen",
      option.startsAt,
    );
    return "gekozen";
  });
}

/**
 * The reminders due at `due`: for each open poll whose deadline falls within the next day, those
 * asked who have not answered yet. Once per poll and deadline.
 */
export function sendPrikkerReminders(tx: DbOrTx, due: Date): number {
  const closing = tx
    .select()
    .from(datumprikkers)
    .where(and(isNull(datumprikkers.closedAt), deadlineWithinADay(datumprikkers.deadline, due)))
    .all();
  let told = 0;
  for (const poll of closing) {
    const found = getDatumprikker(poll.id, tx)!;
    const answered = new Set(found.answers.map((a) => a.userId));
    const waiting = activePeopleByIds(
      tx,
      found.askedIds.filter((uid) => !answered.has(uid)),
    );
    told += tell(
      tx,
      waiting,
      poll,
      found.meeting.title,
      "datumprikker.melding.herinnering",
      poll.deadline,
      `herinnering:datumprikker:${poll.id}:${poll.deadline.getTime()}`,
    );
  }
  return told;
}

/** Every hour: the reminders of polls closing within a day (a ScheduledJob, server/main.ts). */
export const prikkerRemindersJob = {
  name: "datumprikker-herinneringen",
  pattern: "0 * * * *",
  run(tx: DbOrTx, due: Date): void {
    sendPrikkerReminders(tx, due);
  },
};
