import { and, asc, count, eq, inArray } from "drizzle-orm";
import { getDb, type DbOrTx } from "#db/client.ts";
import { bijeenkomsten, deelnames, type RsvpResponse } from "#db/schema.ts";
import { askForHarvest } from "#app/opvolging/opvolging.server.ts";
import { announceFreedPlaces } from "./meeting-news.server.ts";

// RSVP with an optional limit: a "ja" beyond the capacity waits in line, and when a place frees
// up the first in line moves up and hears so.

export type RsvpResult = { response: RsvpResponse; waitlisted: boolean };

export function respond(
  bijeenkomstId: number,
  userId: number,
  response: RsvpResponse,
  now = new Date(),
): RsvpResult | null {
  return getDb().transaction((tx) => {
    const meeting = tx
      .select()
      .from(bijeenkomsten)
      .where(eq(bijeenkomsten.id, bijeenkomstId))
      .get();
    if (!meeting || meeting.status !== "gepland") return null;
    const existing = tx
      .select()
      .from(deelnames)
      .where(and(eq(deelnames.bijeenkomstId, bijeenkomstId), eq(deelnames.userId, userId)))
      .get();
    // Saying "ja" again keeps one's place in line; anything else starts afresh.
    if (existing && existing.response === response) {
      return { response, waitlisted: existing.waitlisted };
    }
    let waitlisted = false;
    if (response === "ja" && meeting.capacity !== null) {
      const [taken] = tx
        .select({ n: count() })
        .from(deelnames)
        .where(
          and(
            eq(deelnames.bijeenkomstId, bijeenkomstId),
            eq(deelnames.response, "ja"),
            eq(deelnames.waitlisted, false),
          ),
        )
        .all();
      waitlisted = taken!.n >= meeting.capacity;
    }
    tx.insert(deelnames)
      .values({ bijeenkomstId, userId, response, waitlisted, respondedAt: now })
      .onConflictDoUpdate({
        target: [deelnames.bijeenkomstId, deelnames.userId],
        set: { response, waitlisted, respondedAt: now },
      })
      .run();
    if (existing?.response === "ja" && !existing.waitlisted && meeting.capacity !== null) {
      promoteFromWaitingList(tx, bijeenkomstId, meeting.capacity);
    }
    return { response, waitlisted };
  });
}

function promoteFromWaitingList(tx: DbOrTx, bijeenkomstId: number, capacity: number) {
  const [taken] = tx
    .select({ n: count() })
    .from(deelnames)
    .where(
      and(
        eq(deelnames.bijeenkomstId, bijeenkomstId),
        eq(deelnames.response, "ja"),
        eq(deelnames.waitlisted, false),
      ),
    )
    .all();
  const free = capacity - taken!.n;
  if (free <= 0) return;
  const waiting = tx
    .select({ userId: deelnames.userId })
    .from(deelnames)
    .where(and(eq(deelnames.bijeenkomstId, bijeenkomstId), eq(deelnames.waitlisted, true)))
    .orderBy(asc(deelnames.respondedAt))
    .limit(free)
    .all();
  if (waiting.length) {
    tx.update(deelnames)
      .set({ waitlisted: false })
      .where(
        and(
          eq(deelnames.bijeenkomstId, bijeenkomstId),
          inArray(
            deelnames.userId,
            waiting.map((w) => w.userId),
          ),
        ),
      )
      .run();
    announceFreedPlaces(
      tx,
      bijeenkomstId,
      waiting.map((w) => w.userId),
    );
  }
}

/**
 * The leader records who came: everyone listed is present, every other respondent absent. Of a
 * held theme meeting, whoever came and was not yet asked for their harvest is asked now.
 */
export function recordAttendance(bijeenkomstId: number, presentUserIds: number[]): void {
  getDb().transaction((tx) => {
    tx.update(deelnames)
      .set({ attended: false })
      .where(eq(deelnames.bijeenkomstId, bijeenkomstId))
      .run();
    if (presentUserIds.length) {
      tx.update(deelnames)
        .set({ attended: true })
        .where(
          and(
            eq(deelnames.bijeenkomstId, bijeenkomstId),
            inArray(deelnames.userId, presentUserIds),
          ),
        )
        .run();
    }
    askForHarvest(tx, bijeenkomstId);
  });
}
