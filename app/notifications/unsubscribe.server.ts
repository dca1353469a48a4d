import { eq } from "drizzle-orm";
import { getDb } from "#db/client.ts";
import { essaySubscribers, users, type NotificationCategory } from "#db/schema.ts";
import { readUnsubscribeToken } from "#app/mail/signed-links.server.ts";
import { setPreference } from "./preferences.server.ts";

// One-click unsubscribe (RFC 8058) at /afmelden/:token, without logging in: the signed token
// (app/mail/signed-links.server.ts) says who and what, and is the only authority asked.

export type Unsubscription =
  { kind: "person"; category: NotificationCategory } | { kind: "subscriber" };

/** What the token would turn off, or null when it is not one of ours (or its person is gone). */
export function describeUnsubscribe(token: string): Unsubscription | null {
  const target = readUnsubscribeToken(token);
  if (!target) return null;
  if (target.kind === "subscriber") return { kind: "subscriber" };
  const person = getDb()
    .select({ id: users.id })
    .from(users)
    .where(eq(users.id, target.userId))
    .get();
  return person ? { kind: "person", category: target.category } : null;
}

/**
 * Turns it off: a person's category to `alleen-in-app`, an outside subscriber's row deleted (their
 * address is kept for nothing else). Doing it twice is the same as once.
 */
export function unsubscribe(token: string): Unsubscription | null {
  const found = describeUnsubscribe(token);
  const target = found && readUnsubscribeToken(token);
  if (!found || !target) return null;
  getDb().transaction((tx) => {
    if (target.kind === "person") {
      setPreference(tx, target.userId, target.category, "alleen-in-app");
    } else {
      tx.delete(essaySubscribers).where(eq(essaySubscribers.id, target.subscriberId)).run();
    }
  });
  return found;
}
