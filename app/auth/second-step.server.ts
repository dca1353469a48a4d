import { parse, serialize } from "cookie";
import { and, eq, gt, lt } from "drizzle-orm";
import { getDb } from "#db/client.ts";
import { knownDevices, loginChallenges, users } from "#db/schema.ts";
import { config } from "#shared/config.server.ts";
import { generateToken, hashToken } from "./tokens.server.ts";

// The second login step. After the right password a person with two-factor login gets no
// session yet but a challenge: a random token in a cookie of 5 minutes (only its SHA-256 is
// stored, with the person and where to go next). So the pending step is bound to that browser
// and no user id travels in a form. The session is created only after the right code.

export const CHALLENGE_LIFETIME_MS = 5 * 60_000;
/** "Onthoud dit apparaat": the known device (known-devices.server.ts) skips the step this long. */
export const REMEMBER_DEVICE_MS = 30 * 24 * 3_600_000;

export function challengeCookieName(): string {
  return config().secureCookies ? "__Host-leerkring_tweestaps" : "leerkring_tweestaps";
}

export function readChallengeToken(cookieHeader: string | null | undefined): string | null {
  if (!cookieHeader) return null;
  return parse(cookieHeader)[challengeCookieName()] ?? null;
}

/** A new pending second step; returns the Set-Cookie value for it. */
export function createChallenge(userId: number, redirectTo: string, now = Date.now()): string {
  const token = generateToken();
  const db = getDb();
  db.transaction((tx) => {
    tx.delete(loginChallenges)
      .where(lt(loginChallenges.expiresAt, new Date(now)))
      .run();
    tx.insert(loginChallenges)
      .values({
        id: hashToken(token),
        userId,
        redirectTo,
        expiresAt: new Date(now + CHALLENGE_LIFETIME_MS),
      })
      .run();
  });
  return serialize(challengeCookieName(), token, {
    httpOnly: true,
    sameSite: "lax",
    secure: config().secureCookies,
    path: "/",
    maxAge: CHALLENGE_LIFETIME_MS / 1000,
  });
}

export function blankChallengeCookie(): string {
  return serialize(challengeCookieName(), "", {
    httpOnly: true,
    sameSite: "lax",
    secure: config().secureCookies,
    path: "/",
    maxAge: 0,
  });
}

/** The pending step this browser's cookie names, with its person, or null when gone or expired. */
export function findChallenge(token: string | null, now = Date.now()) {
  if (!token) return null;
  const row = getDb()
    .select({
      id: loginChallenges.id,
      redirectTo: loginChallenges.redirectTo,
      user: { id: users.id, email: users.email, name: users.name, active: users.active },
    })
    .from(loginChallenges)
    .innerJoin(users, eq(users.id, loginChallenges.userId))
    .where(
      and(eq(loginChallenges.id, hashToken(token)), gt(loginChallenges.expiresAt, new Date(now))),
    )
    .get();
  return row && row.user.active ? row : null;
}

export function endChallenge(id: string): void {
  getDb().delete(loginChallenges).where(eq(loginChallenges.id, id)).run();
}

/** Whether this known device was remembered for the second step and still is. */
export function deviceSkipsSecondStep(deviceId: string | null, now = Date.now()): boolean {
  if (!deviceId) return false;
  const row = getDb()
    .select({ until: knownDevices.mfaRememberedUntil })
    .from(knownDevices)
    .where(eq(knownDevices.id, deviceId))
    .get();
  return Boolean(row?.until && row.until.getTime() > now);
}

export function rememberDeviceForSecondStep(deviceId: string, now = Date.now()): void {
  getDb()
    .update(knownDevices)
    .set({ mfaRememberedUntil: new Date(now + REMEMBER_DEVICE_MS) })
    .where(eq(knownDevices.id, deviceId))
    .run();
}
