import { hasSecondFactorSql } from "./passkeys.server.ts";
import { parse, serialize } from "cookie";
import { and, desc, eq, lt, ne, notInArray, or, sql } from "drizzle-orm";
import { getDb, type Db } from "#db/client.ts";
import {
  organisations,
  sessions,
  users,
  type Organisation,
  type Session,
  type User,
} from "#db/schema.ts";
import { config } from "#shared/config.server.ts";
import { generateToken, hashToken } from "./tokens.server.ts";

// Lucia's session design, owned by the project: the cookie holds a random token, the database
// only its SHA-256. A session ends when it is idle too long or reaches its absolute lifetime.

/**
 * ASVS 7.1.2: at most this many sessions per person at once (README); a new one beyond it ends
 * the oldest, so a forgotten browser somewhere does not stay logged in for ever.
 */
export const MAX_SESSIONS_PER_USER = 10;

/** Write the sliding idle expiry at most this often, not on every request. */
const ACTIVITY_WRITE_INTERVAL_MS = 60_000;

/** The signed-in person, with what almost every page asks about their organisation. */
export type SessionUser = Pick<
  User,
  "id" | "email" | "name" | "role" | "organisationId" | "locale"
> & {
  organisationKind: Organisation["kind"];
  organisationCircle: Organisation["circle"];
};
export type ValidSession = {
  session: Session;
  user: SessionUser;
  /** The person has two-factor login switched on (user.server.ts checks MFA_REQUIRED_ROLES). */
  mfaEnabled: boolean;
};

export function sessionCookieName(): string {
  return config().secureCookies ? "__Host-leerkring_session" : "leerkring_session";
}

export function createSession(
  userId: number,
  client: { userAgent?: string | null; ipAddress?: string | null } = {},
): { token: string; session: Session } {
  const token = generateToken();
  const now = Date.now();
  const { sessionIdleMs, sessionAbsoluteMs } = config();
  const absoluteExpiresAt = new Date(now + sessionAbsoluteMs);
  const db = getDb();
  const session = db.transaction((tx) => {
    const created = tx
      .insert(sessions)
      .values({
        id: hashToken(token),
        userId,
        createdAt: new Date(now),
        lastActiveAt: new Date(now),
        idleExpiresAt: new Date(Math.min(now + sessionIdleMs, absoluteExpiresAt.getTime())),
        absoluteExpiresAt,
        userAgent: client.userAgent?.slice(0, 300) ?? null,
        ipAddress: client.ipAddress ?? null,
      })
      .returning()
      .get();
    const newest = tx
      .select({ id: sessions.id })
      .from(sessions)
      .where(eq(sessions.userId, userId))
      .orderBy(desc(sessions.createdAt), desc(sql`rowid`))
      .limit(MAX_SESSIONS_PER_USER);
    tx.delete(sessions)
      .where(and(eq(sessions.userId, userId), notInArray(sessions.id, newest)))
      .run();
    return created;
  });
  return { token, session };
}

// Looked up on every request: prepared once per database connection.
const lookups = new WeakMap<Db, ReturnType<typeof prepareLookup>>();
function prepareLookup(db: Db) {
  return db
    .select({
      session: sessions,
      user: {
        id: users.id,
        email: users.email,
        name: users.name,
        role: users.role,
        organisationId: users.organisationId,
        locale: users.locale,
        active: users.active,
        mfaEnabled: hasSecondFactorSql(),
        organisationKind: organisations.kind,
        organisationCircle: organisations.circle,
      },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(sessions.id, sql.placeholder("id")))
    .prepare();
}

export function validateSessionToken(token: string): ValidSession | null {
  return validateSession(hashToken(token));
}

/**
 * The session with this id and its person as they are now, or null once it has ended (logout,
 * expiry, deactivation; an expired session is deleted). `activity: false` checks without counting
 * as activity, for checks that run on their own (an open editor must not keep a session alive).
 */
export function validateSession(
  id: string,
  { activity = true }: { activity?: boolean } = {},
): ValidSession | null {
  const db = getDb();
  let lookup = lookups.get(db);
  if (!lookup) {
    lookup = prepareLookup(db);
    lookups.set(db, lookup);
  }
  const row = lookup.get({ id });
  if (!row) return null;
  const now = Date.now();
  const { session, user } = row;
  if (
    !user.active ||
    now >= session.idleExpiresAt.getTime() ||
    now >= session.absoluteExpiresAt.getTime()
  ) {
    db.delete(sessions).where(eq(sessions.id, id)).run();
    return null;
  }
  if (activity && now - session.lastActiveAt.getTime() >= ACTIVITY_WRITE_INTERVAL_MS) {
    session.lastActiveAt = new Date(now);
    session.idleExpiresAt = new Date(
      Math.min(now + config().sessionIdleMs, session.absoluteExpiresAt.getTime()),
    );
    db.update(sessions)
      .set({ lastActiveAt: session.lastActiveAt, idleExpiresAt: session.idleExpiresAt })
      .where(eq(sessions.id, id))
      .run();
  }
  const { active: _active, mfaEnabled, ...sessionUser } = user;
  return { session, user: sessionUser, mfaEnabled };
}

export function invalidateSession(sessionId: string): void {
  getDb().delete(sessions).where(eq(sessions.id, sessionId)).run();
}

/** Ends every session of a user, or every one but the current (after a password change). */
export function invalidateUserSessions(userId: number, exceptSessionId?: string): void {
  getDb()
    .delete(sessions)
    .where(
      exceptSessionId
        ? and(eq(sessions.userId, userId), ne(sessions.id, exceptSessionId))
        : eq(sessions.userId, userId),
    )
    .run();
}

export function deleteExpiredSessions(now = Date.now()): number {
  const at = new Date(now);
  return getDb()
    .delete(sessions)
    .where(or(lt(sessions.idleExpiresAt, at), lt(sessions.absoluteExpiresAt, at)))
    .run().changes;
}

export function readSessionToken(cookieHeader: string | null | undefined): string | null {
  if (!cookieHeader) return null;
  return parse(cookieHeader)[sessionCookieName()] ?? null;
}

/** The browser keeps the cookie until the absolute expiry; the server enforces the idle expiry. */
export function sessionCookie(token: string, session: Pick<Session, "absoluteExpiresAt">): string {
  return serialize(sessionCookieName(), token, {
    httpOnly: true,
    sameSite: "lax",
    secure: config().secureCookies,
    path: "/",
    expires: session.absoluteExpiresAt,
  });
}

export function blankSessionCookie(): string {
  return serialize(sessionCookieName(), "", {
    httpOnly: true,
    sameSite: "lax",
    secure: config().secureCookies,
    path: "/",
    maxAge: 0,
  });
}
