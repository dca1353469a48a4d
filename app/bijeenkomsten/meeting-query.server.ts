import { and, asc, count, desc, eq, gte, inArray, lt } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb, type DbOrTx } from "#db/client.ts";
import { bijeenkomsten, organisations, themas, users } from "#db/schema.ts";
import type { AgendaFilters } from "./agenda-filters.ts";

// Reading meetings: the one query every list, page, calendar and mail about meetings starts from.
// Kept apart from bijeenkomsten.server.ts (which changes meetings and announces the changes), so
// that the announcements and the calendars can read meetings without importing what changes them.

const host = alias(organisations, "host");
const leader = alias(users, "leader");

const meetingColumns = {
  id: bijeenkomsten.id,
  kind: bijeenkomsten.kind,
  title: bijeenkomsten.title,
  description: bijeenkomsten.description,
  location: bijeenkomsten.location,
  startsAt: bijeenkomsten.startsAt,
  endsAt: bijeenkomsten.endsAt,
  status: bijeenkomsten.status,
  capacity: bijeenkomsten.capacity,
  cancellationReason: bijeenkomsten.cancellationReason,
  sequence: bijeenkomsten.sequence,
  updatedAt: bijeenkomsten.updatedAt,
  themaId: bijeenkomsten.themaId,
  themaName: themas.name,
  themaSlug: themas.slug,
  hostOrganisationId: bijeenkomsten.hostOrganisationId,
  hostName: host.name,
  hostSlug: host.slug,
  leaderId: bijeenkomsten.leaderId,
  leaderName: leader.name,
};

function meetingsQuery(db: DbOrTx = getDb()) {
  return db
    .select(meetingColumns)
    .from(bijeenkomsten)
    .leftJoin(themas, eq(themas.id, bijeenkomsten.themaId))
    .leftJoin(host, eq(host.id, bijeenkomsten.hostOrganisationId))
    .leftJoin(leader, eq(leader.id, bijeenkomsten.leaderId))
    .$dynamic();
}

/** The conditions of the agenda's filters (kind, circle, theme, host municipality). */
function filterConditions(filters: AgendaFilters = {}) {
  return [
    filters.soort ? eq(bijeenkomsten.kind, filters.soort) : undefined,
    // The second circle takes part in theme meetings only; the first in every track.
    filters.kring === 2 ? eq(bijeenkomsten.kind, "thema") : undefined,
    filters.thema ? eq(themas.slug, filters.thema) : undefined,
    filters.gemeente ? eq(host.slug, filters.gemeente) : undefined,
  ];
}

export type MeetingSummary = Awaited<ReturnType<typeof listMeetings>>["meetings"][number];

export const PAGE_SIZE = 20;

/** Upcoming meetings soonest first; past ones most recent first. Paged. */
export function listMeetings(options: {
  when: "komend" | "voorbij";
  kind?: "thema" | "intervisie" | undefined;
  page?: number;
  now?: Date;
  onlyKinds?: readonly ("thema" | "intervisie")[];
  filters?: AgendaFilters;
}) {
  const now = options.now ?? new Date();
  const page = Math.max(1, options.page ?? 1);
  const conditions = [
    options.when === "komend" ? gte(bijeenkomsten.endsAt, now) : lt(bijeenkomsten.endsAt, now),
    options.kind ? eq(bijeenkomsten.kind, options.kind) : undefined,
    options.onlyKinds ? inArray(bijeenkomsten.kind, [...options.onlyKinds]) : undefined,
    ...filterConditions(options.filters),
  ];
  const where = and(...conditions);
  const [total] = getDb()
    .select({ n: count() })
    .from(bijeenkomsten)
    .leftJoin(themas, eq(themas.id, bijeenkomsten.themaId))
    .leftJoin(host, eq(host.id, bijeenkomsten.hostOrganisationId))
    .where(where)
    .all();
  const meetings = meetingsQuery()
    .where(where)
    .orderBy(options.when === "komend" ? asc(bijeenkomsten.startsAt) : desc(bijeenkomsten.startsAt))
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE)
    .all();
  return { meetings, page, pages: Math.max(1, Math.ceil(total!.n / PAGE_SIZE)) };
}

const MAX_MEETINGS_ENDING_AFTER = 500;

/** Meetings of the given kinds that end after a moment, soonest first (bounded). */
export function meetingsEndingAfter(
  since: Date,
  kinds: readonly ("thema" | "intervisie")[],
  filters?: AgendaFilters,
) {
  return meetingsQuery()
    .where(
      and(
        gte(bijeenkomsten.endsAt, since),
        inArray(bijeenkomsten.kind, [...kinds]),
        ...filterConditions(filters),
      ),
    )
    .orderBy(asc(bijeenkomsten.startsAt))
    .limit(MAX_MEETINGS_ENDING_AFTER)
    .all();
}

/** Meetings of the given kinds that start in [from, until), for the month and week views. */
export function meetingsStartingBetween(
  from: Date,
  until: Date,
  kinds: readonly ("thema" | "intervisie")[],
  filters?: AgendaFilters,
) {
  return meetingsQuery()
    .where(
      and(
        gte(bijeenkomsten.startsAt, from),
        lt(bijeenkomsten.startsAt, until),
        inArray(bijeenkomsten.kind, [...kinds]),
        ...filterConditions(filters),
      ),
    )
    .orderBy(asc(bijeenkomsten.startsAt), asc(bijeenkomsten.id))
    .limit(MAX_MEETINGS_ENDING_AFTER)
    .all();
}

export function getMeeting(id: number, db: DbOrTx = getDb()) {
  return meetingsQuery(db).where(eq(bijeenkomsten.id, id)).get() ?? null;
}
