import { parse, serialize } from "cookie";
import { and, desc, eq, gt, notInArray, sql } from "drizzle-orm";
import { getDb } from "#db/client.ts";
import { knownDevices } from "#db/schema.ts";
import { config } from "#shared/config.server.ts";
import { generateToken, hashToken } from "./tokens.server.ts";

// OWASP's device cookie: after a successful login the browser gets a random token (only its
// SHA-256 is stored). A login from that device is throttled on its own, so a stranger's failures
// for the same account or address never lock it out (see throttle.server.ts).

const DEVICE_LIFETIME_MS = 365 * 24 * 3_600_000;
/** Enough for someone's phones, laptops and browsers; the least recently used goes first. */
const MAX_DEVICES_PER_USER = 20;

export function deviceCookieName(): string {
  return config().secureCookies ? "__Host-leerkring_device" : "leerkring_device";
}

export function readDeviceToken(cookieHeader: string | null | undefined): string | null {
  if (!cookieHeader) return null;
  return parse(cookieHeader)[deviceCookieName()] ?? null;
}

/** The stored id of this device when it is a known device of this person, otherwise null. */
export function knownDeviceId(token: string | null, userId: number): string | null {
  if (!token) return null;
  const id = hashToken(token);
  const row = getDb()
    .select({ id: knownDevices.id })
    .from(knownDevices)
    .where(
      and(
        eq(knownDevices.id, id),
        eq(knownDevices.userId, userId),
        gt(knownDevices.expiresAt, new Date()),
      ),
    )
    .get();
  return row?.id ?? null;
}

/**
 * After a successful login: a known device is touched, another one becomes known. Returns the
 * device's stored id and the Set-Cookie value for a new device (null when the browser already
 * has its cookie).
 */
export function rememberDevice(
  userId: number,
  knownId: string | null,
): { id: string; cookie: string | null } {
  const db = getDb();
  const now = Date.now();
  if (knownId) {
    db.update(knownDevices)
      .set({ lastUsedAt: new Date(now) })
      .where(eq(knownDevices.id, knownId))
      .run();
    return { id: knownId, cookie: null };
  }
  const token = generateToken();
  const expiresAt = new Date(now + DEVICE_LIFETIME_MS);
  db.transaction((tx) => {
    tx.insert(knownDevices)
      .values({ id: hashToken(token), userId, lastUsedAt: new Date(now), expiresAt })
      .run();
    const keep = tx
      .select({ id: knownDevices.id })
      .from(knownDevices)
      .where(eq(knownDevices.userId, userId))
      .orderBy(desc(knownDevices.lastUsedAt), desc(sql`rowid`))
      .limit(MAX_DEVICES_PER_USER);
    tx.delete(knownDevices)
      .where(and(eq(knownDevices.userId, userId), notInArray(knownDevices.id, keep)))
      .run();
  });
  const cookie = serialize(deviceCookieName(), token, {
    httpOnly: true,
    sameSite: "lax",
    secure: config().secureCookies,
    path: "/",
    expires: expiresAt,
  });
  return { id: hashToken(token), cookie };
}
