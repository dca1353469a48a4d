import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb } from "#db/client.ts";
import { appSecrets, notificationCategories, type NotificationCategory } from "#db/schema.ts";
import { absoluteUrl } from "#shared/config.server.ts";

// Links in mails that work without logging in — unsubscribing from a category, or an outside
// subscriber from new essays — carry what they are for and an HMAC of it, so they cannot be
// guessed or altered. The key is made on first use and kept in the database.

const SECRET_NAME = "mail-links";

// The key never changes once made: kept per connection, so a mail to each of 2,000 people does
// not read it 2,000 times.
const keys = new WeakMap<object, Buffer>();

function key(): Buffer {
  const db = getDb();
  const known = keys.get(db);
  if (known) return known;
  const found = db.select().from(appSecrets).where(eq(appSecrets.name, SECRET_NAME)).get();
  if (found) {
    const value = Buffer.from(found.value, "base64url");
    keys.set(db, value);
    return value;
  }
  db.insert(appSecrets)
    .values({ name: SECRET_NAME, value: crypto.randomBytes(32).toString("base64url") })
    .onConflictDoNothing()
    .run();
  return key();
}

function mac(subject: string): string {
  return crypto.createHmac("sha256", key()).update(subject).digest("base64url").slice(0, 32);
}

function sign(subject: string): string {
  return `${subject}.${mac(subject)}`;
}

function verify(token: string): string | null {
  const dot = token.lastIndexOf(".");
  if (dot <= 0) return null;
  const subject = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(mac(subject));
  return given.length === expected.length && crypto.timingSafeEqual(given, expected)
    ? subject
    : null;
}

export type UnsubscribeTarget =
  | { kind: "person"; userId: number; category: NotificationCategory }
  | { kind: "subscriber"; subscriberId: number };

function subjectOf(target: UnsubscribeTarget): string {
  return target.kind === "person"
    ? `u-${target.userId}-${target.category}`
    : `s-${target.subscriberId}`;
}

/** The one-click unsubscribe link of a mail (RFC 8058), absolute, from PUBLIC_URL. */
export function unsubscribeUrl(target: UnsubscribeTarget): string {
  return absoluteUrl(`/afmelden/${sign(subjectOf(target))}`);
}

/** The headers that let mail programs offer "unsubscribe" themselves, for an unsubscribeUrl. */
export function unsubscribeHeaders(url: string): Record<string, string> {
  return {
    "List-Unsubscribe": `<${url}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}

/** What an unsubscribe token is for, or null when it is not one of ours. */
export function readUnsubscribeToken(token: string): UnsubscribeTarget | null {
  const subject = verify(token);
  const person = subject && /^u-(\d+)-([a-z-]+)$/.exec(subject);
  if (person) {
    const category = person[2] as NotificationCategory;
    if (!notificationCategories.includes(category)) return null;
    return { kind: "person", userId: Number(person[1]), category };
  }
  const subscriber = subject && /^s-(\d+)$/.exec(subject);
  return subscriber ? { kind: "subscriber", subscriberId: Number(subscriber[1]) } : null;
}
