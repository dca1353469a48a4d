import { and, asc, eq, gt, inArray, lte } from "drizzle-orm";
import { meetingChangeLabels } from "./meeting-change-labels.ts";
import { canAttendBijeenkomst, canReadIntervisie } from "#app/auth/rules/bijeenkomst.ts";
import type { Actor } from "#app/auth/rules/actor.ts";
import {
  notify,
  type NotificationKind,
  type Recipient,
} from "#app/notifications/notify.server.tsx";
import type { DbOrTx } from "#db/client.ts";
import {
  bijeenkomsten,
  criticalFriends,
  deelnames,
  leervragen,
  organisations,
  themas,
  users,
  type MeetingChange,
} from "#db/schema.ts";
import { config } from "#shared/config.server.ts";
import { formatDateTime, translator } from "#shared/i18n/index.ts";
import type { Locale } from "#shared/i18n/locales.ts";
import { getMeeting } from "./meeting-query.server.ts";
import { meetingInvitation } from "./ical.server.ts";

// The news about meetings (category "bijeenkomsten"): planned, changed, cancelled, reinstated, a
// place freed from the waiting list, and the reminders before it. Who hears of it is decided by
// the rules: everyone invited to its kind (canAttendBijeenkomst), never the person who made the
// change; for a confidential intervision session those outside it (canReadIntervisie) hear when
// and where only, in the mail and in its calendar invitation. Each direct mail carries an iTIP
// invitation with the feed's UID and SEQUENCE. Everything here runs inside the change's
// transaction.

type Meeting = NonNullable<ReturnType<typeof getMeeting>>;
type Person = Recipient &
  Pick<Actor, "role" | "organisationId" | "organisationKind" | "organisationCircle">;

export type MeetingEvent =
  | { type: "gepland" }
  | { type: "gewijzigd"; changes: readonly MeetingChange[] }
  | { type: "geannuleerd"; reason: string }
  | { type: "heractiveerd" };

const personColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  locale: users.locale,
  role: users.role,
  organisationId: users.organisationId,
  organisationKind: organisations.kind,
  organisationCircle: organisations.circle,
};

function activePeople(tx: DbOrTx, ids?: readonly number[]): Person[] {
  if (ids && !ids.length) return [];
  return tx
    .select(personColumns)
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(users.active, true), ids ? inArray(users.id, [...ids]) : undefined))
    .orderBy(asc(users.id))
    .all();
}

function criticalFriendIdsOf(tx: DbOrTx, meetingId: number): number[] {
  return tx
    .select({ id: criticalFriends.organisationId })
    .from(criticalFriends)
    .where(eq(criticalFriends.bijeenkomstId, meetingId))
    .all()
    .map((r) => r.id);
}

/** The active people invited to a meeting, each with whether they may read what is said there. */
export function meetingInvitees(tx: DbOrTx, meeting: Pick<Meeting, "id" | "kind">) {
  const friends = criticalFriendIdsOf(tx, meeting.id);
  return activePeople(tx)
    .filter((p) => canAttendBijeenkomst(p, meeting))
    .map((person) => ({
      person,
      insider: canReadIntervisie(person, { kind: meeting.kind, criticalFriendIds: friends }),
    }));
}

/** MAIL_FROM as the organiser calendar programs show: "Leerkring <leerkring@…>". */
function organiser() {
  const from = config().MAIL_FROM;
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  return match
    ? { name: match[1] || "Leerkring", email: match[2]! }
    : { name: "Leerkring", email: from.trim() };
}

/** Puts people in groups that get the same texts: one language, inside or outside the session. */
function groups(invitees: readonly { person: Person; insider: boolean }[]) {
  const map = new Map<string, { locale: Locale; insider: boolean; people: Person[] }>();
  for (const { person, insider } of invitees) {
    const key = `${person.locale}:${insider}`;
    const group = map.get(key) ?? { locale: person.locale, insider, people: [] };
    group.people.push(person);
    map.set(key, group);
  }
  return [...map.values()];
}

function baseParams(meeting: Meeting, locale: Locale) {
  return {
    titel: meeting.title,
    wanneer: formatDateTime(locale, meeting.startsAt, "long"),
    waar: meeting.location,
  };
}

function visibleMeeting(meeting: Meeting, insider: boolean): Meeting {
  return insider ? meeting : { ...meeting, description: "" };
}

function sendNews(
  tx: DbOrTx,
  meeting: Meeting,
  people: readonly Person[],
  insider: boolean,
  kind: NotificationKind,
  params: Record<string, string>,
  method: "REQUEST" | "CANCEL" | null,
  once?: string,
) {
  const origin = config().publicUrl;
  const calendarMeeting = visibleMeeting(meeting, insider);
  return notify(tx, people, {
    category: "bijeenkomsten",
    kind,
    params,
    link: `/bijeenkomsten/${meeting.id}`,
    ...(once ? { once } : {}),
    ...(method
      ? {
          attachments: (r: Recipient) => [
            meetingInvitation(calendarMeeting, method, r, organiser(), origin),
          ],
        }
      : {}),
  });
}

// ---------------------------------------------------------------------------------------------
// What changed, old → new, in the reader's language and Dutch time

/** Names for the ids a change refers to (host, leader, theme). */
function referencedNames(tx: DbOrTx, changes: readonly MeetingChange[]) {
  const ids = (field: MeetingChange["field"]) =>
    changes
      .filter((c) => c.field === field)
      .flatMap((c) => [c.from, c.to])
      .filter((v): v is number => typeof v === "number");
  const names = new Map<string, string>();
  const add = (field: string, rows: { id: number; name: string }[]) =>
    rows.forEach((r) => names.set(`${field}:${r.id}`, r.name));
  const orgIds = ids("hostOrganisationId");
  if (orgIds.length) {
    add(
      "hostOrganisationId",
      tx
        .select({ id: organisations.id, name: organisations.name })
        .from(organisations)
        .where(inArray(organisations.id, orgIds))
        .all(),
    );
  }
  const userIds = ids("leaderId");
  if (userIds.length) {
    add(
      "leaderId",
      tx
        .select({ id: users.id, name: users.name })
        .from(users)
        .where(inArray(users.id, userIds))
        .all(),
    );
  }
  const themaIds = ids("themaId");
  if (themaIds.length) {
    add(
      "themaId",
      tx
        .select({ id: themas.id, name: themas.name })
        .from(themas)
        .where(inArray(themas.id, themaIds))
        .all(),
    );
  }
  return names;
}

export function describeChanges(
  changes: readonly MeetingChange[],
  locale: Locale,
  names: ReadonlyMap<string, string> = new Map(),
): string {
  const t = translator(locale);
  const show = (field: MeetingChange["field"], value: string | number | null) => {
    if (value === null || value === "") return "–";
    if (field === "startsAt" || field === "endsAt") {
      return formatDateTime(locale, new Date(value), "long");
    }
    if (field === "status") return t(`bijeenkomst.status.${value as "gepland"}`);
    return names.get(`${field}:${value}`) ?? String(value);
  };
  return changes
    .map((c) =>
      c.field === "description"
        ? t("bijeenkomst.veldGewijzigd", { veld: t(meetingChangeLabels[c.field]) })
        : t("bijeenkomst.veldVanNaar", {
            veld: t(meetingChangeLabels[c.field]),
            van: show(c.field, c.from),
            naar: show(c.field, c.to),
          }),
    )
    .map((line) => `– ${line}`)
    .join("\n\n");
}

// ---------------------------------------------------------------------------------------------
// Planned, changed, cancelled, reinstated

/**
 * Tells everyone invited about a change to a meeting (not `changerId`, who made it). Call it in
 * the change's transaction, after the change: the invitation carries the new SEQUENCE.
 */
export function announceMeeting(
  tx: DbOrTx,
  meetingId: number,
  event: MeetingEvent,
  changerId: number | null,
): number {
  const meeting = getMeeting(meetingId, tx);
  if (!meeting) return 0;
  // A meeting recorded as already held is no news for anyone's calendar.
  if (event.type === "gepland" && meeting.status !== "gepland") return 0;
  const invitees = meetingInvitees(tx, meeting).filter((i) => i.person.id !== changerId);
  const names = event.type === "gewijzigd" ? referencedNames(tx, event.changes) : new Map();
  let told = 0;
  for (const group of groups(invitees)) {
    const params = baseParams(meeting, group.locale);
    switch (event.type) {
      case "gepland":
        told += sendNews(
          tx,
          meeting,
          group.people,
          group.insider,
          "bijeenkomst.melding.gepland",
          params,
          "REQUEST",
        );
        break;
      case "gewijzigd": {
        // Outside a confidential session, a new description is no news (it is not theirs to read).
        const visible = group.insider
          ? event.changes
          : event.changes.filter((c) => c.field !== "description");
        if (!visible.length) break;
        told += sendNews(
          tx,
          meeting,
          group.people,
          group.insider,
          "bijeenkomst.melding.gewijzigd",
          { ...params, wijzigingen: describeChanges(visible, group.locale, names) },
          "REQUEST",
        );
        break;
      }
      case "geannuleerd":
        told += sendNews(
          tx,
          meeting,
          group.people,
          group.insider,
          "bijeenkomst.melding.geannuleerd",
          { ...params, reden: event.reason },
          "CANCEL",
        );
        break;
      case "heractiveerd":
        told += sendNews(
          tx,
          meeting,
          group.people,
          group.insider,
          "bijeenkomst.melding.heractiveerd",
          params,
          "REQUEST",
        );
        break;
    }
  }
  return told;
}

/** Tells the people who moved up from the waiting list that they have a place. */
export function announceFreedPlaces(tx: DbOrTx, meetingId: number, userIds: readonly number[]) {
  const meeting = getMeeting(meetingId, tx);
  if (!meeting || !userIds.length) return 0;
  const moved = new Set(userIds);
  const invitees = meetingInvitees(tx, meeting).filter((i) => moved.has(i.person.id));
  let told = 0;
  for (const group of groups(invitees)) {
    told += sendNews(
      tx,
      meeting,
      group.people,
      group.insider,
      "bijeenkomst.melding.plaatsVrij",
      baseParams(meeting, group.locale),
      "REQUEST",
    );
  }
  return told;
}

// ---------------------------------------------------------------------------------------------
// Reminders, and the agenda of an intervision session, before the meeting

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function plannedStartingIn(tx: DbOrTx, after: Date, until: Date) {
  return tx
    .select({ id: bijeenkomsten.id })
    .from(bijeenkomsten)
    .where(
      and(
        eq(bijeenkomsten.status, "gepland"),
        gt(bijeenkomsten.startsAt, after),
        lte(bijeenkomsten.startsAt, until),
      ),
    )
    .orderBy(asc(bijeenkomsten.startsAt))
    .all()
    .map((m) => getMeeting(m.id, tx)!);
}

function responses(tx: DbOrTx, meetingId: number) {
  return tx
    .select({
      userId: deelnames.userId,
      response: deelnames.response,
      waitlisted: deelnames.waitlisted,
    })
    .from(deelnames)
    .where(eq(deelnames.bijeenkomstId, meetingId))
    .all();
}

/** Once per person, meeting and start time: a meeting moved later is reminded of again. */
function eachOnce(
  tx: DbOrTx,
  meeting: Meeting,
  invitees: readonly { person: Person; insider: boolean }[],
  what: string,
  kind: NotificationKind,
  params: (locale: Locale) => Record<string, string>,
) {
  let told = 0;
  for (const { person, insider } of invitees) {
    const once = `bijeenkomst-${what}:${meeting.id}:${meeting.startsAt.toISOString()}:${person.id}`;
    told += sendNews(tx, meeting, [person], insider, kind, params(person.locale), null, once);
  }
  return told;
}

function agendaText(tx: DbOrTx, meetingId: number, locale: Locale): string {
  const t = translator(locale);
  const questions = tx
    .select({ title: leervragen.title, casus: leervragen.casus, organisation: organisations.name })
    .from(leervragen)
    .innerJoin(organisations, eq(organisations.id, leervragen.organisationId))
    .where(and(eq(leervragen.bijeenkomstId, meetingId), eq(leervragen.status, "ingepland")))
    .orderBy(asc(organisations.name), asc(leervragen.id))
    .all();
  if (!questions.length) return t("bijeenkomst.melding.geenLeervragen");
  return questions
    .map((q) =>
      q.casus
        ? t("bijeenkomst.melding.leervraagMetCasus", {
            titel: q.title,
            gemeente: q.organisation,
            casus: q.casus,
          })
        : t("bijeenkomst.melding.leervraagRegel", { titel: q.title, gemeente: q.organisation }),
    )
    .map((line) => `– ${line}`)
    .join("\n\n");
}

/**
 * The reminders due at `due`: a week before, to the invited who have not answered, and for an
 * intervision session its agenda to those who may read it; a day before, to those who come.
 */
export function sendMeetingReminders(tx: DbOrTx, due: Date): number {
  let told = 0;
  for (const meeting of plannedStartingIn(
    tx,
    new Date(due.getTime() + 6 * DAY),
    new Date(due.getTime() + 7 * DAY),
  )) {
    const invitees = meetingInvitees(tx, meeting);
    const answered = new Set(responses(tx, meeting.id).map((r) => r.userId));
    told += eachOnce(
      tx,
      meeting,
      invitees.filter((i) => !answered.has(i.person.id)),
      "herinnering-week",
      "bijeenkomst.melding.herinneringWeek",
      (locale) => baseParams(meeting, locale),
    );
    if (meeting.kind === "intervisie") {
      told += eachOnce(
        tx,
        meeting,
        invitees.filter((i) => i.insider),
        "agenda",
        "bijeenkomst.melding.agenda",
        (locale) => ({
          ...baseParams(meeting, locale),
          agenda: agendaText(tx, meeting.id, locale),
        }),
      );
    }
  }
  for (const meeting of plannedStartingIn(
    tx,
    new Date(due.getTime() + 12 * HOUR),
    new Date(due.getTime() + DAY),
  )) {
    const coming = new Set(
      responses(tx, meeting.id)
        .filter((r) => r.response === "ja" && !r.waitlisted)
        .map((r) => r.userId),
    );
    told += eachOnce(
      tx,
      meeting,
      meetingInvitees(tx, meeting).filter((i) => coming.has(i.person.id)),
      "herinnering-dag",
      "bijeenkomst.melding.herinneringDag",
      (locale) => baseParams(meeting, locale),
    );
  }
  return told;
}

/**
 * Every quarter of an hour: the reminders whose time has come. A ScheduledJob (server/scheduler.ts)
 * that server/main.ts lists; each run is its own transaction, recorded so it is never done twice.
 */
export const meetingRemindersJob = {
  name: "bijeenkomst-herinneringen",
  pattern: "*/15 * * * *",
  run(tx: DbOrTx, due: Date): void {
    sendMeetingReminders(tx, due);
  },
};
