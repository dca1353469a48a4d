import { and, count, desc, eq, gt, isNull } from "drizzle-orm";
import { getDb } from "#db/client.ts";
import { notifications, users } from "#db/schema.ts";
import { notificationColumns, toItem } from "#app/notifications/centre.server.ts";

/**
 * What is new since the person last looked at their dashboard: the newest unread notifications
 * that came after that visit (all unread ones at the first visit). Looking counts as a visit.
 * With nothing new, the mark stays where it is: whatever arrives later is newer than now anyway,
 * and most views then write nothing (a write costs an fsync, decision record 013).
 */
export function newSinceLastVisit(userId: number, now = new Date(), limit = 5) {
  const db = getDb();
  return db.transaction((tx) => {
    const seenAt =
      tx.select({ at: users.dashboardSeenAt }).from(users).where(eq(users.id, userId)).get()?.at ??
      null;
    const where = and(
      eq(notifications.userId, userId),
      isNull(notifications.readAt),
      seenAt ? gt(notifications.createdAt, seenAt) : undefined,
    );
    const items = tx
      .select(notificationColumns)
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(limit)
      .all()
      .map(toItem);
    const total = tx.select({ n: count() }).from(notifications).where(where).get()?.n ?? 0;
    if (total > 0) tx.update(users).set({ dashboardSeenAt: now }).where(eq(users.id, userId)).run();
    return { items, total };
  });
}
