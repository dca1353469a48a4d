import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import { can, permissions } from "#app/auth/permissions.ts";
import {
  canAttendBijeenkomst,
  canReadIntervisie,
  type IntervisieActor,
} from "#app/auth/rules/bijeenkomst.ts";
import type { SessionUser } from "#app/auth/session.server.ts";
import type { FieldMessage } from "#app/utils/forms.ts";
import { currentTime } from "#app/utils/clock.ts";
import { toAmsterdamInputs } from "#shared/time.ts";
import { recordAudit } from "#app/audit/audit.server.ts";
import { getDb, preparedStatement, type DbOrTx } from "#db/client.ts";
import { sweepUnreferencedFiles } from "#app/bijlagen/storage.server.ts";
import {
  agendapunten,
  bijeenkomsten,
  bijeenkomstWijzigingen,
  criticalFriends,
  deelnames,
  leervraagStatuswijzigingen,
  leervragen,
  organisations,
  themas,
  users,
  type MeetingChange,
} from "#db/schema.ts";
import { ensureEssayForMeeting } from "#app/essays/essays.server.ts";
import { askForHarvest } from "#app/opvolging/opvolging.server.ts";
import type { AgendapuntInput, MeetingInput } from "./meeting-schema.ts";
import { announceMeeting } from "./meeting-news.server.ts";
import { getMeeting } from "./meeting-query.server.ts";
import { compareForRotation, hostingHistory, proposeHost, type HostingRecord } from "./rotation.ts";

export type Bijeenkomst = typeof bijeenkomsten.$inferSelect;

/** Errors beside the fields of the planning form, from checks its schema cannot make. */
type FieldErrors = Record<string, FieldMessage>;

/**
 * Checks the references a form cannot: the host is a first-circle municipality, the leader a
 * project leader, the theme and critical friends exist. Returns field errors, empty when fine.
 */
export function checkMeetingReferences(input: MeetingInput): FieldErrors {
  const db = getDb();
  const errors: FieldErrors = {};
  if (input.hostOrganisationId !== null) {
    const host = db
      .select()
      .from(organisations)
      .where(eq(organisations.id, input.hostOrganisationId))
      .get();
    if (!host || host.kind !== "gemeente" || host.circle !== 1)
      errors.hostOrganisationId = { key: "fout.geenEersteKring" };
  }
  if (input.leaderId !== null) {
    const leader = db.select().from(users).where(eq(users.id, input.leaderId)).get();
    if (!leader || !can(leader, "bijeenkomst:leiden") || !leader.active)
      errors.leaderId = { key: "fout.kiesProjectleider" };
  }
  if (
    input.themaId !== null &&
    !db.select().from(themas).where(eq(themas.id, input.themaId)).get()
  ) {
    errors.themaId = { key: "fout.kiesThema" };
  }
  if (input.criticalFriendIds.length) {
    const found = db
      .select({ id: organisations.id })
      .from(organisations)
      .where(
        and(
          inArray(organisations.id, input.criticalFriendIds),
          inArray(organisations.kind, ["movisie", "werkplaats"]),
        ),
      )
      .all();
    if (found.length !== new Set(input.criticalFriendIds).size)
      errors.criticalFriendIds = { key: "fout.ongeldig" };
  }
  return errors;
}

/**
 * Checks the meeting's time against now: a new meeting is planned for a time that has not yet
 * ended (one under way may still be planned, to be marked held afterwards), or recorded as
 * already held (then it must have begun). An edit may not move a meeting into the past; leaving
 * a time that has passed as it was is fine (correcting a typo after the meeting).
 */
export function checkMeetingTime(
  input: Pick<MeetingInput, "startsAt" | "endsAt" | "alGehouden">,
  current: Pick<Bijeenkomst, "startsAt" | "endsAt"> | null,
  now: Date = currentTime(),
): FieldErrors {
  if (input.alGehouden) {
    if (current) return { alGehouden: { key: "fout.ongeldig" } };
    return input.startsAt > now ? { alGehouden: { key: "fout.gehoudenInToekomst" } } : {};
  }
  const unchanged =
    current &&
    current.startsAt.getTime() === input.startsAt.getTime() &&
    current.endsAt.getTime() === input.endsAt.getTime();
  if (input.endsAt < now && !unchanged) {
    return { date: { key: current ? "fout.verplaatsNaarVerleden" : "fout.datumInVerleden" } };
  }
  return {};
}

// ---------------------------------------------------------------------------------------------
// Reading (the meeting query itself is in meeting-query.server.ts)

export function listAgendapunten(bijeenkomstId: number) {
  return getDb()
    .select()
    .from(agendapunten)
    .where(eq(agendapunten.bijeenkomstId, bijeenkomstId))
    .orderBy(asc(agendapunten.position), asc(agendapunten.id))
    .all();
}

/** Changes to a meeting shown on its page, newest first. */
const RECENT_WIJZIGINGEN = 20;

export type MeetingDetails = NonNullable<ReturnType<typeof meetingDetails>>;

export function meetingDetails(id: number, viewer: SessionUser) {
  const db = getDb();
  const meeting = getMeeting(id);
  if (!meeting) return null;
  const friends = db
    .select({ id: organisations.id, name: organisations.name })
    .from(criticalFriends)
    .innerJoin(organisations, eq(organisations.id, criticalFriends.organisationId))
    .where(eq(criticalFriends.bijeenkomstId, id))
    .orderBy(asc(organisations.name))
    .all();
  const agenda = listAgendapunten(id);
  const questions = db
    .select({
      id: leervragen.id,
      title: leervragen.title,
      status: leervragen.status,
      organisationName: organisations.name,
      outcome: leervragen.outcome,
    })
    .from(leervragen)
    .innerJoin(organisations, eq(organisations.id, leervragen.organisationId))
    .where(eq(leervragen.bijeenkomstId, id))
    .orderBy(asc(organisations.name))
    .all();
  const participants = db
    .select({
      userId: users.id,
      name: users.name,
      organisationName: organisations.name,
      response: deelnames.response,
      waitlisted: deelnames.waitlisted,
      attended: deelnames.attended,
      respondedAt: deelnames.respondedAt,
    })
    .from(deelnames)
    .innerJoin(users, eq(users.id, deelnames.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(deelnames.bijeenkomstId, id))
    .orderBy(asc(deelnames.respondedAt))
    .all();
  const changes = db
    .select({
      id: bijeenkomstWijzigingen.id,
      changes: bijeenkomstWijzigingen.changes,
      createdAt: bijeenkomstWijzigingen.createdAt,
      userName: users.name,
    })
    .from(bijeenkomstWijzigingen)
    .leftJoin(users, eq(users.id, bijeenkomstWijzigingen.userId))
    .where(eq(bijeenkomstWijzigingen.bijeenkomstId, id))
    .orderBy(desc(bijeenkomstWijzigingen.createdAt), desc(bijeenkomstWijzigingen.id))
    .limit(RECENT_WIJZIGINGEN)
    .all();
  const mine = participants.find((p) => p.userId === viewer.id) ?? null;
  const criticalFriendIds = friends.map((f) => f.id);
  if (!canReadIntervisie(viewer, { kind: meeting.kind, criticalFriendIds })) {
    // Confidential intervision: those outside it see when and where, not what is discussed or
    // who comes (their own answer excepted).
    return {
      meeting: { ...meeting, description: "" },
      friends,
      agenda: [],
      questions: [],
      participants: mine ? [mine] : [],
      changes: [],
      mine,
      confidential: true,
    };
  }
  return { meeting, friends, agenda, questions, participants, changes, mine, confidential: false };
}

export function meetingCriticalFriendIds(bijeenkomstId: number): number[] {
  // Also asked on every co-editing message of intervision notes: prepared once.
  return preparedStatement("bijeenkomsten.criticalFriendIds", (db) =>
    db
      .select({ id: criticalFriends.organisationId })
      .from(criticalFriends)
      .where(eq(criticalFriends.bijeenkomstId, sql.placeholder("id")))
      .prepare(),
  )
    .all({ id: bijeenkomstId })
    .map((r) => r.id);
}

/**
 * A meeting as someone outside a confidential intervision may have it in a calendar: its
 * description (who presents what) is left out, as on the meeting page.
 */
export function meetingForViewer<
  M extends { id: number; kind: Bijeenkomst["kind"]; description: string },
>(viewer: IntervisieActor, meeting: M): M {
  if (meeting.kind !== "intervisie") return meeting;
  const criticalFriendIds = meetingCriticalFriendIds(meeting.id);
  return canReadIntervisie(viewer, { kind: meeting.kind, criticalFriendIds })
    ? meeting
    : { ...meeting, description: "" };
}

/** The kinds of meeting a person is invited to, for lists and the personal calendar. */
export function invitedKinds(
  user: Pick<SessionUser, "role" | "organisationKind" | "organisationCircle">,
) {
  return canAttendBijeenkomst(user, { kind: "intervisie" })
    ? (["thema", "intervisie"] as const)
    : (["thema"] as const);
}

// ---------------------------------------------------------------------------------------------
// Rotation

export function rotationOverview(now: Date = currentTime()) {
  const candidates = preparedStatement("bijeenkomsten.rotationCandidates", (db) =>
    db
      .select({
        id: organisations.id,
        name: organisations.name,
        slug: organisations.slug,
        werkplaatsId: organisations.werkplaatsId,
      })
      .from(organisations)
      .where(and(eq(organisations.kind, "gemeente"), eq(organisations.circle, 1)))
      .orderBy(asc(organisations.name))
      .prepare(),
  ).all();
  const sessions = hostingSessions();
  // In rotation order: the proposal first.
  const history = hostingHistory(candidates, sessions, now).sort(compareForRotation);
  const proposal = proposeHost(history);
  return {
    history: history.map((h) => ({ ...h, slug: candidates.find((c) => c.id === h.id)!.slug })),
    proposal: proposal
      ? { ...proposal, werkplaatsId: candidates.find((c) => c.id === proposal.id)!.werkplaatsId }
      : null,
  };
}

/** Critical friends proposed for a host: Movisie and the Werkplaats of the host's region. */
export function proposedCriticalFriends(hostOrganisationId: number | null): number[] {
  const db = getDb();
  const movisie = db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.kind, "movisie"))
    .all();
  const hostRow = hostOrganisationId
    ? db
        .select({ werkplaatsId: organisations.werkplaatsId })
        .from(organisations)
        .where(eq(organisations.id, hostOrganisationId))
        .get()
    : undefined;
  return [...movisie.map((m) => m.id), ...(hostRow?.werkplaatsId ? [hostRow.werkplaatsId] : [])];
}

// ---------------------------------------------------------------------------------------------
// Changing

/**
 * Plans a meeting, or records one already held (checkMeetingTime has allowed either). Everyone
 * invited but `userId`, who planned it, hears of a planned one.
 */
export function createMeeting(input: MeetingInput, userId: number | null = null): number {
  return getDb().transaction((tx) => insertMeeting(tx, input, userId));
}

/** createMeeting inside a transaction the caller holds (a season's rotation is planned in one). */
export function insertMeeting(tx: DbOrTx, input: MeetingInput, userId: number | null): number {
  const { criticalFriendIds, alGehouden, ...values } = input;
  const row = tx
    .insert(bijeenkomsten)
    .values({ ...values, status: alGehouden ? "gehouden" : "gepland", updatedAt: new Date() })
    .returning({ id: bijeenkomsten.id })
    .get();
  setCriticalFriends(tx, row.id, criticalFriendIds);
  // As when a planned theme meeting is marked held: staff now write its essay.
  if (alGehouden) ensureEssayForMeeting(tx, row.id, currentTime());
  else announceMeeting(tx, row.id, { type: "gepland" }, userId);
  return row.id;
}

const trackedFields = [
  "title",
  "description",
  "startsAt",
  "endsAt",
  "location",
  "capacity",
  "hostOrganisationId",
  "leaderId",
  "themaId",
] as const satisfies readonly MeetingChange["field"][];

function comparable(value: unknown): string | number | null {
  if (value instanceof Date) return value.toISOString();
  return (value as string | number | null) ?? null;
}

/**
 * Applies an edit; records what changed and raises the calendar SEQUENCE when anything did, and
 * tells the invited (not `userId`) what changed.
 */
export function updateMeeting(id: number, input: MeetingInput, userId: number): MeetingChange[] {
  return getDb().transaction((tx) => {
    const current = tx.select().from(bijeenkomsten).where(eq(bijeenkomsten.id, id)).get();
    if (!current) return [];
    const { criticalFriendIds, kind: _kind, alGehouden: _held, ...values } = input;
    setCriticalFriends(tx, id, criticalFriendIds);
    return applyMeetingChanges(tx, current, values, userId);
  });
}

/**
 * Stores the tracked fields that differ, records them, raises the SEQUENCE and tells the invited
 * (not `userId`); inside the caller's transaction. Also the path of a date poll's outcome.
 */
export function applyMeetingChanges(
  tx: DbOrTx,
  current: Bijeenkomst,
  values: Partial<Pick<Bijeenkomst, (typeof trackedFields)[number]>>,
  userId: number,
): MeetingChange[] {
  const changes: MeetingChange[] = trackedFields
    .filter((f) => f in values && comparable(current[f]) !== comparable(values[f]))
    .map((f) => ({ field: f, from: comparable(current[f]), to: comparable(values[f]) }));
  if (changes.length) {
    tx.update(bijeenkomsten)
      .set({ ...values, sequence: current.sequence + 1, updatedAt: new Date() })
      .where(eq(bijeenkomsten.id, current.id))
      .run();
    tx.insert(bijeenkomstWijzigingen).values({ bijeenkomstId: current.id, userId, changes }).run();
    announceMeeting(tx, current.id, { type: "gewijzigd", changes }, userId);
  }
  return changes;
}

function setCriticalFriends(tx: DbOrTx, bijeenkomstId: number, organisationIds: number[]) {
  tx.delete(criticalFriends).where(eq(criticalFriends.bijeenkomstId, bijeenkomstId)).run();
  const unique = [...new Set(organisationIds)];
  if (unique.length) {
    tx.insert(criticalFriends)
      .values(unique.map((organisationId) => ({ bijeenkomstId, organisationId })))
      .run();
  }
}

function setStatus(
  tx: DbOrTx,
  meeting: Bijeenkomst,
  status: Bijeenkomst["status"],
  userId: number,
  extra: Partial<Bijeenkomst> = {},
) {
  tx.update(bijeenkomsten)
    .set({ status, sequence: meeting.sequence + 1, updatedAt: new Date(), ...extra })
    .where(eq(bijeenkomsten.id, meeting.id))
    .run();
  tx.insert(bijeenkomstWijzigingen)
    .values({
      bijeenkomstId: meeting.id,
      userId,
      changes: [{ field: "status", from: meeting.status, to: status }],
    })
    .run();
}

/** Moves the questions on a meeting's agenda along, recording each change. */
function moveQuestions(
  tx: DbOrTx,
  bijeenkomstId: number,
  from: "ingepland",
  to: "besproken" | "ingediend",
  userId: number,
  note: string,
) {
  const planned = tx
    .select({ id: leervragen.id })
    .from(leervragen)
    .where(and(eq(leervragen.bijeenkomstId, bijeenkomstId), eq(leervragen.status, from)))
    .all();
  for (const q of planned) {
    tx.update(leervragen)
      .set({
        status: to,
        updatedAt: new Date(),
        ...(to === "ingediend" ? { bijeenkomstId: null } : {}),
      })
      .where(eq(leervragen.id, q.id))
      .run();
    tx.insert(leervraagStatuswijzigingen)
      .values({ leervraagId: q.id, fromStatus: from, toStatus: to, userId, note })
      .run();
  }
}

/** Cancels a planned meeting; its learning questions go back to waiting for a place. */
export function cancelMeeting(
  id: number,
  reason: string,
  userId: number,
): "cancelled" | "not-planned" {
  return getDb().transaction((tx) => {
    const meeting = tx.select().from(bijeenkomsten).where(eq(bijeenkomsten.id, id)).get();
    if (!meeting || meeting.status !== "gepland") return "not-planned";
    setStatus(tx, meeting, "geannuleerd", userId, { cancellationReason: reason });
    moveQuestions(tx, id, "ingepland", "ingediend", userId, reason);
    announceMeeting(tx, id, { type: "geannuleerd", reason }, userId);
    recordAudit(tx, {
      action: "bijeenkomst.geannuleerd",
      actor: userId,
      subject: { type: "bijeenkomst", id },
      detail: { reden: reason.slice(0, 200) },
    });
    return "cancelled";
  });
}

/**
 * Undoes a cancellation: the meeting is planned again, the change is logged and the calendar
 * SEQUENCE raised (so calendars show it again). The questions that went back to waiting at the
 * cancellation stay there: they may have been planned elsewhere since.
 */
export function reinstateMeeting(id: number, userId: number): "reinstated" | "not-cancelled" {
  return getDb().transaction((tx) => {
    const meeting = tx.select().from(bijeenkomsten).where(eq(bijeenkomsten.id, id)).get();
    if (!meeting || meeting.status !== "geannuleerd") return "not-cancelled";
    setStatus(tx, meeting, "gepland", userId, { cancellationReason: null });
    announceMeeting(tx, id, { type: "heractiveerd" }, userId);
    recordAudit(tx, {
      action: "bijeenkomst.heractiveerd",
      actor: userId,
      subject: { type: "bijeenkomst", id },
    });
    return "reinstated";
  });
}

/** Marks a meeting held (once it has begun); the questions on it count as discussed. */
export function markHeld(
  id: number,
  userId: number,
  now: Date = currentTime(),
): "held" | "not-planned" | "not-started" {
  return getDb().transaction((tx) => {
    const meeting = tx.select().from(bijeenkomsten).where(eq(bijeenkomsten.id, id)).get();
    if (!meeting || meeting.status !== "gepland") return "not-planned";
    if (meeting.startsAt > now) return "not-started";
    setStatus(tx, meeting, "gehouden", userId);
    moveQuestions(tx, id, "ingepland", "besproken", userId, "");
    // After a theme meeting, staff write an essay: it appears on their dashboard now, and its
    // attendees are asked what they harvested (docs/opvolging.md).
    ensureEssayForMeeting(tx, id, now);
    askForHarvest(tx, id);
    return "held";
  });
}

// ---------------------------------------------------------------------------------------------
// Agenda items

/**
 * The ids of programme items whose time lies outside the meeting (before its start or after its
 * end, in Amsterdam time), e.g. after the meeting was moved; the pages flag them.
 */
export function agendapuntenOutside(
  items: readonly { id: number; time: string }[],
  meeting: Pick<Bijeenkomst, "startsAt" | "endsAt">,
): number[] {
  const start = toAmsterdamInputs(meeting.startsAt).time;
  const end = toAmsterdamInputs(meeting.endsAt).time;
  // "HH:MM" strings compare in time order; a meeting ends on the day it starts (form rule).
  return items.filter((i) => i.time !== "" && (i.time < start || i.time > end)).map((i) => i.id);
}

export function addAgendapunt(bijeenkomstId: number, input: AgendapuntInput) {
  const db = getDb();
  const [last] = db
    .select({ max: sql<number>`coalesce(max(${agendapunten.position}), 0)` })
    .from(agendapunten)
    .where(eq(agendapunten.bijeenkomstId, bijeenkomstId))
    .all();
  db.insert(agendapunten)
    .values({ bijeenkomstId, position: (last?.max ?? 0) + 1, ...input })
    .run();
}

export function removeAgendapunt(bijeenkomstId: number, id: number): boolean {
  const removed =
    getDb()
      .delete(agendapunten)
      .where(and(eq(agendapunten.id, id), eq(agendapunten.bijeenkomstId, bijeenkomstId)))
      .run().changes === 1;
  // Its attachments went with it (ON DELETE CASCADE); their files, unless held elsewhere, too.
  if (removed) sweepUnreferencedFiles();
  return removed;
}

/** Swaps an item with its neighbour above or below. */
export function moveAgendapunt(
  bijeenkomstId: number,
  id: number,
  direction: "omhoog" | "omlaag",
): boolean {
  return getDb().transaction((tx) => {
    const items = tx
      .select()
      .from(agendapunten)
      .where(eq(agendapunten.bijeenkomstId, bijeenkomstId))
      .orderBy(asc(agendapunten.position), asc(agendapunten.id))
      .all();
    const index = items.findIndex((i) => i.id === id);
    const neighbour = direction === "omhoog" ? index - 1 : index + 1;
    if (index < 0 || neighbour < 0 || neighbour >= items.length) return false;
    [items[index], items[neighbour]] = [items[neighbour]!, items[index]!];
    items.forEach((item, i) => {
      tx.update(agendapunten)
        .set({ position: i + 1 })
        .where(eq(agendapunten.id, item.id))
        .run();
    });
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// Form options

export function meetingFormOptions() {
  const db = getDb();
  const asOption = (r: { id: number; name: string }) => ({ value: String(r.id), label: r.name });
  return {
    themas: db
      .select({ id: themas.id, name: themas.name })
      .from(themas)
      .orderBy(asc(themas.position))
      .all()
      .map(asOption),
    hosts: db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(and(eq(organisations.kind, "gemeente"), eq(organisations.circle, 1)))
      .orderBy(asc(organisations.name))
      .all()
      .map(asOption),
    leaders: db
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(and(inArray(users.role, permissions["bijeenkomst:leiden"]), eq(users.active, true)))
      .orderBy(asc(users.name))
      .all()
      .map(asOption),
    criticalFriends: db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(inArray(organisations.kind, ["movisie", "werkplaats"]))
      .orderBy(asc(organisations.kind), asc(organisations.name))
      .all()
      .map(asOption),
  };
}

/** Every intervision session not cancelled, with its host: what the rotation counts. */
export function hostingSessions(): HostingRecord[] {
  // Also on the project leader's dashboard (the next host): prepared once.
  return preparedStatement("bijeenkomsten.hostingSessions", (db) =>
    db
      .select({
        hostOrganisationId: bijeenkomsten.hostOrganisationId,
        startsAt: bijeenkomsten.startsAt,
        status: bijeenkomsten.status,
      })
      .from(bijeenkomsten)
      .where(and(eq(bijeenkomsten.kind, "intervisie"), ne(bijeenkomsten.status, "geannuleerd")))
      .prepare(),
  )
    .all()
    .filter((s): s is HostingRecord => s.hostOrganisationId !== null);
}
