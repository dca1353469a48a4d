import { and, asc, count, desc, eq, gte, inArray, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { SessionUser } from "#app/auth/session.server.ts";
import { getDb } from "#db/client.ts";
import {
  bijeenkomsten,
  leervraagReacties,
  leervraagStatuswijzigingen,
  leervraagStatuses,
  leervragen,
  organisations,
  themas,
  uitdagingHerkenningen,
  users,
  wijken,
} from "#db/schema.ts";
import { canChangeLeervraagStatus, canRequestIntervisie } from "#app/auth/rules/leervraag.ts";
import { meetingCriticalFriendIds } from "#app/bijeenkomsten/bijeenkomsten.server.ts";
import type { DbOrTx } from "#db/client.ts";
import { notify, type News } from "#app/notifications/notify.server.tsx";
import { resolveMentions } from "#app/notifications/mentions.server.ts";
import { exceptActor, type Person } from "#app/notifications/recipients.server.ts";
import type { LeervraagInput } from "./leervraag-schema.ts";
import { setTags, taggedWith } from "#app/tags/tags.server.ts";
import { earlierCommenters, leervraagMembers, leervraagReaders } from "./readers.server.ts";
import type { LeervraagStatus } from "./status.ts";

/** Field errors the schema cannot know: what this submitter may ask for (null: none). */
export function werkvormErrors(
  submitter: Pick<SessionUser, "organisationKind" | "organisationCircle">,
  input: Pick<LeervraagInput, "werkvormen">,
) {
  if (input.werkvormen.includes("intervisie") && !canRequestIntervisie(submitter)) {
    return { werkvormen: { key: "fout.intervisieAlleenEersteKring" } } as const;
  }
  return null;
}

export function themaExists(id: number | null): boolean {
  return (
    id === null || !!getDb().select({ id: themas.id }).from(themas).where(eq(themas.id, id)).get()
  );
}

export const LIST_SIZE = 25;

export function listLeervragen(filter: {
  status?: LeervraagStatus | undefined;
  organisationId?: number | undefined;
  themaId?: number | undefined;
  tagId?: number | undefined;
  page?: number;
}) {
  const db = getDb();
  const page = Math.max(1, filter.page ?? 1);
  const conditions: (SQL | undefined)[] = [
    filter.status ? eq(leervragen.status, filter.status) : undefined,
    filter.organisationId ? eq(leervragen.organisationId, filter.organisationId) : undefined,
    filter.themaId ? eq(leervragen.themaId, filter.themaId) : undefined,
    filter.tagId ? inArray(leervragen.id, taggedWith("leervraag", filter.tagId)) : undefined,
  ];
  const where = and(...conditions);
  const [total] = db.select({ n: count() }).from(leervragen).where(where).all();
  const rows = db
    .select({
      id: leervragen.id,
      title: leervragen.title,
      status: leervragen.status,
      organisationName: organisations.name,
      organisationSlug: organisations.slug,
      themaName: themas.name,
      updatedAt: leervragen.updatedAt,
    })
    .from(leervragen)
    .innerJoin(organisations, eq(organisations.id, leervragen.organisationId))
    .leftJoin(themas, eq(themas.id, leervragen.themaId))
    .where(where)
    .orderBy(desc(leervragen.updatedAt), desc(leervragen.id))
    .limit(LIST_SIZE)
    .offset((page - 1) * LIST_SIZE)
    .all();
  return { rows, page, pages: Math.max(1, Math.ceil(total!.n / LIST_SIZE)) };
}

function leervraagRow(id: number) {
  return (
    getDb()
      .select({
        id: leervragen.id,
        organisationId: leervragen.organisationId,
        organisationName: organisations.name,
        organisationSlug: organisations.slug,
        title: leervragen.title,
        question: leervragen.question,
        casus: leervragen.casus,
        context: leervragen.context,
        themaId: leervragen.themaId,
        themaName: themas.name,
        themaSlug: themas.slug,
        wijkId: leervragen.wijkId,
        wijkName: wijken.name,
        werkvormen: leervragen.werkvormen,
        status: leervragen.status,
        bijeenkomstId: leervragen.bijeenkomstId,
        bijeenkomstTitle: bijeenkomsten.title,
        bijeenkomstKind: bijeenkomsten.kind,
        bijeenkomstStartsAt: bijeenkomsten.startsAt,
        outcome: leervragen.outcome,
        followUp: leervragen.followUp,
        createdAt: leervragen.createdAt,
        updatedAt: leervragen.updatedAt,
      })
      .from(leervragen)
      .innerJoin(organisations, eq(organisations.id, leervragen.organisationId))
      .leftJoin(themas, eq(themas.id, leervragen.themaId))
      .leftJoin(wijken, eq(wijken.id, leervragen.wijkId))
      .leftJoin(bijeenkomsten, eq(bijeenkomsten.id, leervragen.bijeenkomstId))
      .where(eq(leervragen.id, id))
      .get() ?? null
  );
}

/** A learning question with what its access rules (app/auth/rules/leervraag.ts) need. */
export function getLeervraag(id: number) {
  const row = leervraagRow(id);
  if (!row) return null;
  const planned = row.bijeenkomstKind === "intervisie" && row.bijeenkomstId !== null;
  return {
    ...row,
    /** The intervision session it is planned on, for canReadLeervraagCasus. */
    intervisie: planned
      ? {
          kind: "intervisie" as const,
          criticalFriendIds: meetingCriticalFriendIds(row.bijeenkomstId!),
        }
      : null,
  };
}

export function leervraagHistory(id: number) {
  return getDb()
    .select({
      id: leervraagStatuswijzigingen.id,
      fromStatus: leervraagStatuswijzigingen.fromStatus,
      toStatus: leervraagStatuswijzigingen.toStatus,
      note: leervraagStatuswijzigingen.note,
      createdAt: leervraagStatuswijzigingen.createdAt,
      userName: users.name,
    })
    .from(leervraagStatuswijzigingen)
    .leftJoin(users, eq(users.id, leervraagStatuswijzigingen.userId))
    .where(eq(leervraagStatuswijzigingen.leervraagId, id))
    .orderBy(asc(leervraagStatuswijzigingen.createdAt), asc(leervraagStatuswijzigingen.id))
    .all();
}

/** Reactions shown under one learning question: far more than a conversation holds. */
const MAX_REACTIES = 500;

export function leervraagComments(id: number) {
  return getDb()
    .select({
      id: leervraagReacties.id,
      body: leervraagReacties.body,
      createdAt: leervraagReacties.createdAt,
      userName: users.name,
      organisationName: organisations.name,
    })
    .from(leervraagReacties)
    .leftJoin(users, eq(users.id, leervraagReacties.userId))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(leervraagReacties.leervraagId, id))
    .orderBy(asc(leervraagReacties.createdAt), asc(leervraagReacties.id))
    .limit(MAX_REACTIES)
    .all();
}

export function submitLeervraag(user: SessionUser, input: LeervraagInput): number {
  const { herkenningId, tagsOpgave, tagsBeleidsveld, tagsContext, ...values } = input;
  return getDb().transaction((tx) => {
    const row = tx
      .insert(leervragen)
      .values({
        ...values,
        organisationId: user.organisationId,
        submittedById: user.id,
        status: "ingediend",
      })
      .returning({ id: leervragen.id })
      .get();
    tx.insert(leervraagStatuswijzigingen)
      .values({ leervraagId: row.id, fromStatus: null, toStatus: "ingediend", userId: user.id })
      .run();
    setTags(tx, "leervraag", row.id, { tagsOpgave, tagsBeleidsveld, tagsContext });
    // From a challenge recognised in one of the municipality's own neighbourhoods: link it back.
    if (herkenningId) {
      const own = tx
        .select({ id: uitdagingHerkenningen.id })
        .from(uitdagingHerkenningen)
        .innerJoin(wijken, eq(wijken.id, uitdagingHerkenningen.wijkId))
        .where(
          and(
            eq(uitdagingHerkenningen.id, herkenningId),
            eq(wijken.organisationId, user.organisationId),
          ),
        )
        .get();
      if (own) {
        tx.update(uitdagingHerkenningen)
          .set({ leervraagId: row.id, updatedAt: new Date() })
          .where(eq(uitdagingHerkenningen.id, own.id))
          .run();
      }
    }
    return row.id;
  });
}

export function updateLeervraag(id: number, input: LeervraagInput): void {
  const { herkenningId: _fromLink, tagsOpgave, tagsBeleidsveld, tagsContext, ...values } = input;
  getDb().transaction((tx) => {
    tx.update(leervragen)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(leervragen.id, id))
      .run();
    setTags(tx, "leervraag", id, { tagsOpgave, tagsBeleidsveld, tagsContext });
  });
}

/** Moves a question to another status when the lifecycle allows it for this person. */
export function changeStatus(
  id: number,
  to: LeervraagStatus,
  user: SessionUser,
  note = "",
): "changed" | "not-allowed" {
  return getDb().transaction((tx) => {
    const q = tx.select().from(leervragen).where(eq(leervragen.id, id)).get();
    if (!q) return "not-allowed";
    // Planning only happens by choosing a session (planOnMeeting), which sets the session too.
    if (to === "ingepland" || !canChangeLeervraagStatus(user, q, to)) return "not-allowed";
    tx.update(leervragen)
      .set({
        status: to,
        updatedAt: new Date(),
        ...(to === "ingediend" || to === "ingetrokken" ? { bijeenkomstId: null } : {}),
      })
      .where(eq(leervragen.id, id))
      .run();
    tx.insert(leervraagStatuswijzigingen)
      .values({ leervraagId: id, fromStatus: q.status, toStatus: to, userId: user.id, note })
      .run();
    newsToMembers(tx, id, user.id, {
      kind: "leervraag.melding.status",
      params: { titel: q.title, van: q.status, naar: to, door: user.name },
    });
    return "changed";
  });
}

/** Puts a waiting question on a planned intervision session's agenda. */
export function planOnMeeting(
  id: number,
  bijeenkomstId: number,
  user: SessionUser,
): "planned" | "not-allowed" | "meeting-unavailable" {
  return getDb().transaction((tx) => {
    const q = tx.select().from(leervragen).where(eq(leervragen.id, id)).get();
    const meeting = tx
      .select()
      .from(bijeenkomsten)
      .where(eq(bijeenkomsten.id, bijeenkomstId))
      .get();
    if (!meeting || meeting.kind !== "intervisie" || meeting.status !== "gepland")
      return "meeting-unavailable";
    if (!q || !canChangeLeervraagStatus(user, q, "ingepland")) return "not-allowed";
    tx.update(leervragen)
      .set({ status: "ingepland", bijeenkomstId, updatedAt: new Date() })
      .where(eq(leervragen.id, id))
      .run();
    tx.insert(leervraagStatuswijzigingen)
      .values({
        leervraagId: id,
        fromStatus: q.status,
        toStatus: "ingepland",
        userId: user.id,
        note: meeting.title,
      })
      .run();
    newsToMembers(tx, id, user.id, {
      kind: "leervraag.melding.ingepland",
      params: { titel: q.title, bijeenkomst: meeting.title },
    });
    return "planned";
  });
}

export function recordOutcome(
  id: number,
  input: { outcome: string; followUp: string },
  user: Pick<SessionUser, "id" | "name">,
): void {
  getDb().transaction((tx) => {
    tx.update(leervragen)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(leervragen.id, id))
      .run();
    const title = tx
      .select({ title: leervragen.title })
      .from(leervragen)
      .where(eq(leervragen.id, id))
      .get();
    if (title)
      newsToMembers(tx, id, user.id, {
        kind: "leervraag.melding.uitkomst",
        params: { titel: title.title, door: user.name },
      });
  });
}

/** Whom a comment on this question can mention: the people who may read it. */
export function mentionableForLeervraag(id: number): Person[] {
  const leervraag = getLeervraag(id);
  return leervraag ? leervraagReaders(getDb(), leervraag) : [];
}

/**
 * A comment, with news to the question's municipality and to who commented before; the people
 * mentioned get a mention instead. Refused, with nothing saved, when someone mentioned may not
 * read the question.
 */
export function addComment(
  id: number,
  user: Pick<SessionUser, "id" | "name">,
  body: string,
  mentionIds: readonly number[] = [],
): "added" | "mention-not-allowed" {
  return getDb().transaction((tx) => {
    const leervraag = getLeervraag(id);
    if (!leervraag) return "mention-not-allowed";
    const mentioned = mentionIds.length
      ? resolveMentions(leervraagReaders(tx, leervraag), mentionIds, user.id)
      : [];
    if (!mentioned) return "mention-not-allowed";
    const before = earlierCommenters(tx, id, leervraag);
    const comment = tx
      .insert(leervraagReacties)
      .values({ leervraagId: id, userId: user.id, body })
      .returning({ id: leervraagReacties.id })
      .get();
    const link = `/leervragen/${id}#reacties`;
    const params = { titel: leervraag.title, door: user.name };
    const mentionedIds = new Set(mentioned.map((p) => p.id));
    const recipients = exceptActor([...leervraagMembers(tx, leervraag), ...before], user.id).filter(
      (p) => !mentionedIds.has(p.id),
    );
    notify(tx, recipients, {
      category: "leervragen",
      kind: "leervraag.melding.reactie",
      params,
      link,
    });
    notify(tx, mentioned, {
      category: "vermeldingen",
      kind: "leervraag.melding.vermelding",
      params,
      link,
      once: `vermelding:leervraag-reactie:${comment.id}`,
    });
    return "added";
  });
}

/** News of a change to the members of the question's municipality who may read it. */
function newsToMembers(
  tx: DbOrTx,
  id: number,
  actorId: number,
  news: Pick<News, "kind" | "params">,
): void {
  // Read after the change (same connection, same transaction): where it is planned now counts.
  const leervraag = getLeervraag(id);
  if (!leervraag) return;
  notify(tx, exceptActor(leervraagMembers(tx, leervraag), actorId), {
    ...news,
    category: "leervragen",
    link: `/leervragen/${id}`,
  });
}

/** Planned intervision sessions a question can be put on, soonest first. */
export function plannableMeetings(now = new Date()) {
  return getDb()
    .select({ id: bijeenkomsten.id, title: bijeenkomsten.title, startsAt: bijeenkomsten.startsAt })
    .from(bijeenkomsten)
    .where(
      and(
        eq(bijeenkomsten.kind, "intervisie"),
        eq(bijeenkomsten.status, "gepland"),
        gte(bijeenkomsten.startsAt, now),
      ),
    )
    .orderBy(asc(bijeenkomsten.startsAt))
    .all();
}

/** Submitted learning questions listed as waiting, oldest first. */
const MAX_WAITING = 100;

export function waitingLeervragen() {
  return getDb()
    .select({ id: leervragen.id, title: leervragen.title, organisationName: organisations.name })
    .from(leervragen)
    .innerJoin(organisations, eq(organisations.id, leervragen.organisationId))
    .where(eq(leervragen.status, "ingediend"))
    .orderBy(asc(leervragen.createdAt))
    .limit(MAX_WAITING)
    .all();
}

export const statusFilterSchema = z.enum(leervraagStatuses).optional().catch(undefined);

export function themaOptions() {
  return getDb()
    .select({ id: themas.id, name: themas.name })
    .from(themas)
    .orderBy(asc(themas.position))
    .all()
    .map((r) => ({ value: String(r.id), label: r.name }));
}
