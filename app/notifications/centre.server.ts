import { and, count, desc, eq, isNull, sql } from "drizzle-orm";
import { getDb, preparedStatement } from "#db/client.ts";
import { notifications } from "#db/schema.ts";
import { emitAfterCommit } from "#shared/events.server.ts";

// The notification centre: a person's own notifications, newest first, and marking them read.
// Every query is bound to the person asking, so another's notification is never shown or changed.

export const PAGE_SIZE = 20;

export type NotificationItem = {
  id: number;
  category: (typeof notifications.$inferSelect)["category"];
  kind: string;
  params: Record<string, string | number>;
  link: string;
  createdAt: Date;
  read: boolean;
};

export const notificationColumns = {
  id: notifications.id,
  category: notifications.category,
  kind: notifications.kind,
  params: notifications.params,
  link: notifications.link,
  createdAt: notifications.createdAt,
  readAt: notifications.readAt,
};

export function toItem(
  row: { readAt: Date | null } & Omit<NotificationItem, "read">,
): NotificationItem {
  const { readAt, ...rest } = row;
  return { ...rest, read: readAt !== null };
}

/** The badge in every page's menu: prepared once, as it runs on every request. */
export function unreadCount(userId: number): number {
  return (
    preparedStatement("notifications.unreadCount", (db) =>
      db
        .select({ n: count() })
        .from(notifications)
        .where(
          and(eq(notifications.userId, sql.placeholder("userId")), isNull(notifications.readAt)),
        )
        .prepare(),
    ).get({ userId })?.n ?? 0
  );
}

/** One page (1-based) of the person's notifications, newest first. */
export function listNotifications(userId: number, page: number) {
  const db = getDb();
  const total =
    db.select({ n: count() }).from(notifications).where(eq(notifications.userId, userId)).get()
      ?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const items = db
    .select(notificationColumns)
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(PAGE_SIZE)
    .offset((current - 1) * PAGE_SIZE)
    .all()
    .map(toItem);
  return { items, page: current, pages, total, unread: unreadCount(userId) };
}

/** Marks one of the person's own notifications read; its link, or null when it is not theirs. */
export function markRead(userId: number, id: number, now = new Date()): string | null {
  const db = getDb();
  const found = db
    .select({ link: notifications.link, readAt: notifications.readAt })
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .get();
  if (!found) return null;
  if (!found.readAt) {
    db.update(notifications)
      .set({ readAt: now })
      .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
      .run();
    emitAfterCommit("notifications:changed", [userId]);
  }
  return found.link;
}

/** Marks all the person's notifications read; how many were unread. */
export function markAllRead(userId: number, now = new Date()): number {
  const { changes } = getDb()
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .run();
  if (changes) emitAfterCommit("notifications:changed", [userId]);
  return changes;
}
