import { and, count, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { getDb, preparedStatement } from "#db/client.ts";
import { notifications, users } from "#db/schema.ts";
import { notificationColumns, toItem } from "#app/notifications/centre.server.ts";

/**
 * What is new since the person last looked at their dashboard: the newest unread notifications
 * that came after that visit (all unread ones at the first visit). Looking counts as a visit.
 * With nothing new, the mark stays where it is: whatever arrives later is newer than now anyway,
 * and most views then write nothing (a write costs an fsync, decision record 013).
 */
export function newSinceLastVisit(userId: number, now = new Date(), limit = 5) {
  // On every dashboard: the reads prepared once. A first visit counts from the epoch. No
  // transaction: the one connection runs these statements one after another, synchronously, so
  // nothing can arrive between the count and the mark.
  const seenAt =
    preparedStatement("dashboard.seenAt", (db) =>
      db
        .select({ at: users.dashboardSeenAt })
        .from(users)
        .where(eq(users.id, sql.placeholder("userId")))
        .prepare(),
    ).get({ userId })?.at ?? null;
  const since = { userId, after: seenAt?.getTime() ?? 0 };
  const items = preparedStatement("dashboard.newItems", (db) =>
    db
      .select(notificationColumns)
      .from(notifications)
      .where(unreadAfter)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(sql.placeholder("limit"))
      .prepare(),
  )
    .all({ ...since, limit })
    .map(toItem);
  const total =
    preparedStatement("dashboard.newCount", (db) =>
      db.select({ n: count() }).from(notifications).where(unreadAfter).prepare(),
    ).get(since)?.n ?? 0;
  if (total > 0)
    getDb().update(users).set({ dashboardSeenAt: now }).where(eq(users.id, userId)).run();
  return { items, total };
}

const unreadAfter = and(
  eq(notifications.userId, sql.placeholder("userId")),
  isNull(notifications.readAt),
  gt(notifications.createdAt, sql.placeholder("after")),
);
