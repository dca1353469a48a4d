import { and, asc, desc, eq, ne, type SQL } from "drizzle-orm";
import { hasSecondFactorSql } from "./passkeys.server.ts";
import { recordAudit } from "#app/audit/audit.server.ts";
import { getDb } from "#db/client.ts";
import {
  type accountTokens,
  mailSuppressions,
  organisations,
  sessions,
  users,
  type Role,
} from "#db/schema.ts";
import type { Locale } from "#shared/i18n/locales.ts";
import { consumeToken, revokePasswordResets } from "./account-tokens.server.ts";
import { hashPassword, verifyPassword } from "./password.server.ts";
import { invalidateSession, invalidateUserSessions } from "./session.server.ts";

// Everything that changes an account: profile, password, sessions, activation.

export function getProfile(userId: number) {
  return getDb()
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      locale: users.locale,
      organisationName: organisations.name,
      /** Set when mail to this address bounced for good and is no longer sent (/beheer/e-mail). */
      mailRefusedAt: mailSuppressions.createdAt,
      /** Two-factor login is on (a beheerder can reset it). */
      mfaEnabled: hasSecondFactorSql(),
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .leftJoin(mailSuppressions, eq(mailSuppressions.address, users.email))
    .where(eq(users.id, userId))
    .get();
}

/** What an attacker knows about a person and tries first in a password (see passwordSchema). */
export function personalWords(userId: number): string[] {
  const profile = getProfile(userId);
  return profile ? [profile.name, profile.email, profile.organisationName] : [];
}

export function listSessions(userId: number) {
  return getDb()
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      lastActiveAt: sessions.lastActiveAt,
      userAgent: sessions.userAgent,
      ipAddress: sessions.ipAddress,
    })
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .orderBy(desc(sessions.lastActiveAt))
    .all();
}

/** Ends one of the user's own sessions; false when it is not theirs (or already gone). */
export function endOwnSession(userId: number, sessionId: string): boolean {
  return getDb().transaction((tx) => {
    const ended =
      tx
        .delete(sessions)
        .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId)))
        .run().changes === 1;
    if (ended) {
      recordAudit(tx, {
        action: "sessie.beeindigd",
        actor: userId,
        subject: { type: "gebruiker", id: userId },
      });
    }
    return ended;
  });
}

/** Logging out: the session ends (and the audit trail says so). */
export function logOut(userId: number, sessionId: string): void {
  getDb().transaction((tx) => {
    invalidateSession(sessionId);
    recordAudit(tx, {
      action: "uitloggen",
      actor: userId,
      subject: { type: "gebruiker", id: userId },
    });
  });
}

/**
 * Ends every session of a person but `exceptSessionId`: their own other sessions (on /account)
 * or, by a beheerder, all of them. The person signed in on the request is recorded as who did it.
 */
export function endSessionsOf(userId: number, exceptSessionId?: string): void {
  getDb().transaction((tx) => {
    invalidateUserSessions(userId, exceptSessionId);
    recordAudit(tx, {
      action: "sessies.beeindigd",
      subject: { type: "gebruiker", id: userId },
      detail: { behalveHuidige: !!exceptSessionId },
    });
  });
}

export function setLocale(userId: number, locale: Locale): void {
  getDb().update(users).set({ locale }).where(eq(users.id, userId)).run();
}

/** Changes the password after checking the current one; every other session ends. */
export async function changePassword(input: {
  userId: number;
  currentSessionId: string;
  currentPassword: string;
  newPassword: string;
}): Promise<"changed" | "wrong-current"> {
  const user = getDb().select().from(users).where(eq(users.id, input.userId)).get();
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    return "wrong-current";
  }
  const passwordHash = await hashPassword(input.newPassword);
  getDb().transaction((tx) => {
    tx.update(users).set({ passwordHash }).where(eq(users.id, user.id)).run();
    invalidateUserSessions(user.id, input.currentSessionId);
    revokePasswordResets(user.id, tx);
    recordAudit(tx, {
      action: "wachtwoord.gewijzigd",
      actor: user.id,
      subject: { type: "gebruiker", id: user.id },
    });
  });
  return "changed";
}

/** Sets a new password from a reset link: the link is used up and every session ends. */
export async function resetPassword(tokenId: string, userId: number, newPassword: string) {
  const passwordHash = await hashPassword(newPassword);
  return getDb().transaction((tx) => {
    if (!consumeToken(tokenId, tx)) return false;
    tx.update(users).set({ passwordHash }).where(eq(users.id, userId)).run();
    invalidateUserSessions(userId);
    revokePasswordResets(userId, tx);
    recordAudit(tx, {
      action: "wachtwoord.hersteld",
      actor: userId,
      subject: { type: "gebruiker", id: userId },
    });
    return true;
  });
}

type Invitation = typeof accountTokens.$inferSelect;

/** Creates the invited account, unless the link was used meanwhile or the address is taken. */
export async function acceptInvitation(
  invitation: Invitation,
  input: { name: string; password: string },
): Promise<{ userId: number } | { error: "used" | "email-taken" }> {
  const passwordHash = await hashPassword(input.password);
  return getDb().transaction((tx) => {
    const taken = tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, invitation.email))
      .get();
    if (taken) return { error: "email-taken" as const };
    if (!consumeToken(invitation.id, tx)) return { error: "used" as const };
    const user = tx
      .insert(users)
      .values({
        email: invitation.email,
        name: input.name,
        role: invitation.role!,
        organisationId: invitation.organisationId!,
        passwordHash,
      })
      .returning({ id: users.id })
      .get();
    recordAudit(tx, {
      action: "uitnodiging.geaccepteerd",
      actor: { id: user.id, name: input.name },
      subject: { type: "gebruiker", id: user.id },
      detail: { rol: invitation.role, organisatieId: invitation.organisationId },
    });
    return { userId: user.id };
  });
}

export function findActiveUserByEmail(email: string) {
  return (
    getDb()
      .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
      .from(users)
      .where(and(eq(users.email, email), eq(users.active, true)))
      .get() ?? null
  );
}

export function listAccounts(
  filter: { organisationId?: number | undefined; inactive?: SQL | undefined } = {},
) {
  return getDb()
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      active: users.active,
      organisationId: users.organisationId,
      organisationName: organisations.name,
      /** Set when mail to this address bounced for good and is no longer sent (/beheer/e-mail). */
      mailRefusedAt: mailSuppressions.createdAt,
      /** Two-factor login is on (a beheerder can reset it). */
      mfaEnabled: hasSecondFactorSql(),
      lastLoginAt: users.lastLoginAt,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .leftJoin(mailSuppressions, eq(mailSuppressions.address, users.email))
    .where(
      and(
        filter.organisationId ? eq(users.organisationId, filter.organisationId) : undefined,
        filter.inactive,
      ),
    )
    .orderBy(asc(organisations.name), asc(users.name))
    .all();
}

export function findAccount(userId: number) {
  return getDb().select().from(users).where(eq(users.id, userId)).get() ?? null;
}

/** A new role ends every session (ASVS 7.4.5): the person logs in again under the new role. */
// Both record the person signed in on the request (a beheerder) as who made the change.
export function setRole(userId: number, role: Role): void {
  getDb().transaction((tx) => {
    const before = tx.select({ role: users.role }).from(users).where(eq(users.id, userId)).get();
    const changed = tx
      .update(users)
      .set({ role })
      .where(and(eq(users.id, userId), ne(users.role, role)))
      .run().changes;
    if (changed) {
      invalidateUserSessions(userId);
      recordAudit(tx, {
        action: "account.rol",
        subject: { type: "gebruiker", id: userId },
        detail: { van: before?.role ?? null, naar: role },
      });
    }
  });
}

/** Deactivating ends every session at once; the account and its work stay. */
export function setActive(userId: number, active: boolean): void {
  getDb().transaction((tx) => {
    tx.update(users).set({ active }).where(eq(users.id, userId)).run();
    if (!active) {
      invalidateUserSessions(userId);
      revokePasswordResets(userId, tx);
    }
    recordAudit(tx, {
      action: active ? "account.geactiveerd" : "account.gedeactiveerd",
      subject: { type: "gebruiker", id: userId },
    });
  });
}
