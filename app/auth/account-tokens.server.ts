import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { recordAudit } from "#app/audit/audit.server.ts";
import { getDb, type DbOrTx } from "#db/client.ts";
import { accountTokens, organisations, users, type Role } from "#db/schema.ts";
import type { Locale } from "#shared/i18n/locales.ts";
import { queueInvitationMail, queuePasswordResetMail } from "./account-mail.server.tsx";
import { generateToken, hashToken } from "./tokens.server.ts";

// Invitations and password resets: single-use, expiring links, sent by mail to the person in the
// transaction that creates them (app/auth/account-mail.server.tsx).

export const INVITATION_LIFETIME_MS = 7 * 24 * 3_600_000;
export const PASSWORD_RESET_LIFETIME_MS = 2 * 3_600_000;

/** How the audit trail names an invitation: the start of its stored hash, no address. */
export function invitationNumber(tokenId: string): string {
  return tokenId.slice(0, 16);
}

export function createInvitation(input: {
  email: string;
  role: Role;
  organisationId: number;
  createdById: number;
  /** The language of the mail: the inviter's choice. */
  locale: Locale;
  inviterName: string;
}): { token: string; mailId: number } {
  const token = generateToken();
  const db = getDb();
  return db.transaction((tx) => {
    // A new invitation replaces any open one for the same address.
    tx.update(accountTokens)
      .set({ revokedAt: new Date() })
      .where(openTokenFor("uitnodiging", eq(accountTokens.email, input.email)))
      .run();
    tx.insert(accountTokens)
      .values({
        id: hashToken(token),
        purpose: "uitnodiging",
        email: input.email,
        role: input.role,
        organisationId: input.organisationId,
        createdById: input.createdById,
        expiresAt: new Date(Date.now() + INVITATION_LIFETIME_MS),
      })
      .run();
    const organisation = tx
      .select({ name: organisations.name })
      .from(organisations)
      .where(eq(organisations.id, input.organisationId))
      .get();
    recordAudit(tx, {
      action: "uitnodiging.gemaakt",
      actor: { id: input.createdById, name: input.inviterName },
      // By the invitation's number, never the address (an erased person leaves none in the log).
      subject: { type: "uitnodiging", id: invitationNumber(hashToken(token)) },
      detail: { rol: input.role, organisatieId: input.organisationId },
    });
    const mailId = queueInvitationMail(tx, {
      token,
      email: input.email,
      locale: input.locale,
      inviterName: input.inviterName,
      organisationName: organisation?.name ?? "",
    });
    return { token, mailId };
  });
}

/**
 * A new reset link for a person, mailed to them; any older open one stops working, so at most one
 * is valid.
 */
export function createPasswordReset(
  user: { id: number; email: string; name: string; locale: Locale },
  createdById?: number,
): { token: string; mailId: number } {
  const token = generateToken();
  return getDb().transaction((tx) => {
    revokePasswordResets(user.id, tx);
    tx.insert(accountTokens)
      .values({
        id: hashToken(token),
        purpose: "wachtwoordherstel",
        email: user.email,
        userId: user.id,
        createdById: createdById ?? null,
        expiresAt: new Date(Date.now() + PASSWORD_RESET_LIFETIME_MS),
      })
      .run();
    recordAudit(tx, {
      action: "wachtwoord.herstellink",
      actor: createdById ?? null,
      subject: { type: "gebruiker", id: user.id },
    });
    return { token, mailId: queuePasswordResetMail(tx, { token, user }) };
  });
}

/**
 * Ends every open reset link of a person: after a reset, a password change or a deactivation an
 * older link (perhaps in a mailbox someone else reads) must not set the password again.
 */
export function revokePasswordResets(userId: number, tx: DbOrTx = getDb()): void {
  tx.update(accountTokens)
    .set({ revokedAt: new Date() })
    .where(openTokenFor("wachtwoordherstel", eq(accountTokens.userId, userId)))
    .run();
}

function openTokenFor(purpose: "uitnodiging" | "wachtwoordherstel", ...conditions: unknown[]) {
  return and(
    eq(accountTokens.purpose, purpose),
    isNull(accountTokens.usedAt),
    isNull(accountTokens.revokedAt),
    gt(accountTokens.expiresAt, new Date()),
    ...(conditions as Parameters<typeof and>),
  );
}

/** The token's row if it can still be used for this purpose. */
export function findUsableToken(token: string, purpose: "uitnodiging" | "wachtwoordherstel") {
  return (
    getDb()
      .select()
      .from(accountTokens)
      .where(openTokenFor(purpose, eq(accountTokens.id, hashToken(token))))
      .get() ?? null
  );
}

/** An invitation that can still be accepted, with the name of the organisation it is for. */
export function findUsableInvitation(token: string) {
  const invitation = findUsableToken(token, "uitnodiging");
  if (!invitation) return null;
  const organisation = getDb()
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, invitation.organisationId!))
    .get();
  return { invitation, organisationName: organisation?.name ?? "" };
}

/** Marks a token used; false when another request used it first. */
export function consumeToken(tokenId: string, tx: DbOrTx = getDb()): boolean {
  return (
    tx
      .update(accountTokens)
      .set({ usedAt: new Date() })
      .where(and(eq(accountTokens.id, tokenId), isNull(accountTokens.usedAt)))
      .run().changes === 1
  );
}

/** Revokes an invitation; the person signed in on the request is recorded as who did it. */
export function revokeInvitation(tokenId: string): void {
  getDb().transaction((tx) => {
    const revoked = tx
      .update(accountTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(accountTokens.id, tokenId), eq(accountTokens.purpose, "uitnodiging")))
      .returning({ id: accountTokens.id })
      .get();
    if (revoked) {
      recordAudit(tx, {
        action: "uitnodiging.ingetrokken",
        subject: { type: "uitnodiging", id: invitationNumber(revoked.id) },
      });
    }
  });
}

/** Open invitations listed on the admin page, newest first. */
const MAX_OPEN_INVITATIONS = 200;

export function listOpenInvitations(options: { createdById?: number } = {}) {
  return getDb()
    .select({
      id: accountTokens.id,
      email: accountTokens.email,
      role: accountTokens.role,
      organisationName: organisations.name,
      createdByName: users.name,
      createdAt: accountTokens.createdAt,
      expiresAt: accountTokens.expiresAt,
    })
    .from(accountTokens)
    .leftJoin(organisations, eq(organisations.id, accountTokens.organisationId))
    .leftJoin(users, eq(users.id, accountTokens.createdById))
    .where(
      openTokenFor(
        "uitnodiging",
        options.createdById ? eq(accountTokens.createdById, options.createdById) : undefined,
      ),
    )
    .orderBy(desc(accountTokens.createdAt))
    .limit(MAX_OPEN_INVITATIONS)
    .all();
}
