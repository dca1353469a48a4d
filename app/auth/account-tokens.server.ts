import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { getDb, type DbOrTx } from "#db/client.ts";
import { accountTokens, organisations, users, type Role } from "#db/schema.ts";
import { generateToken, hashToken } from "./tokens.server.ts";

// Invitations and password resets: single-use, expiring links. Until the platform sends e-mail,
// the link is shown to whoever created it and written to the server log.

export const INVITATION_LIFETIME_MS = 7 * 24 * 3_600_000;
export const PASSWORD_RESET_LIFETIME_MS = 2 * 3_600_000;

export function createInvitation(input: {
  email: string;
  role: Role;
  organisationId: number;
  createdById: number;
}): { token: string } {
  const token = generateToken();
  const db = getDb();
  db.transaction((tx) => {
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
  });
  return { token };
}

/** A new reset link for a person; any older open one stops working, so at most one is valid. */
export function createPasswordReset(user: { id: number; email: string }, createdById?: number) {
  const token = generateToken();
  getDb().transaction((tx) => {
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
  });
  return { token };
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

export function revokeInvitation(tokenId: string): void {
  getDb()
    .update(accountTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(accountTokens.id, tokenId), eq(accountTokens.purpose, "uitnodiging")))
    .run();
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
