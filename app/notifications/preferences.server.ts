import { eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "#db/client.ts";
import {
  notificationCategories,
  notificationPreferences,
  type DeliveryMode,
  type NotificationCategory,
} from "#db/schema.ts";

// A person's choice per category (notification_preferences); no row means `direct`.

export type Preferences = Record<NotificationCategory, DeliveryMode>;

export function getPreferences(userId: number): Preferences {
  const chosen = new Map(
    getDb()
      .select()
      .from(notificationPreferences)
      .where(eq(notificationPreferences.userId, userId))
      .all()
      .map((row) => [row.category, row.delivery]),
  );
  return Object.fromEntries(
    notificationCategories.map((c) => [c, chosen.get(c) ?? "direct"]),
  ) as Preferences;
}

export function setPreference(
  tx: DbOrTx,
  userId: number,
  category: NotificationCategory,
  delivery: DeliveryMode,
): void {
  tx.insert(notificationPreferences)
    .values({ userId, category, delivery })
    .onConflictDoUpdate({
      target: [notificationPreferences.userId, notificationPreferences.category],
      set: { delivery },
    })
    .run();
}

export function setPreferences(userId: number, choices: Partial<Preferences>): void {
  getDb().transaction((tx) => {
    for (const category of notificationCategories) {
      const delivery = choices[category];
      if (delivery) setPreference(tx, userId, category, delivery);
    }
  });
}
