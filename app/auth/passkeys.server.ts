import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type AuthenticatorTransport,
  type RegistrationResponseJSON,
} from "@simplewebauthn/server";
import { decodeClientDataJSON } from "@simplewebauthn/server/helpers";
import { and, asc, count, eq, gt, lt, sql } from "drizzle-orm";
import { recordAudit } from "#app/audit/audit.server.ts";
import { getDb, type DbOrTx } from "#db/client.ts";
import { passkeyChallenges, passkeys, users, type PasskeyChallengePurpose } from "#db/schema.ts";
import { config } from "#shared/config.server.ts";

// Passkeys (WebAuthn, @simplewebauthn/server) as a second factor beside the TOTP app. The relying
// party is Leerkring's public address (PUBLIC_URL, shared/config.server.ts), never the request's
// Host header: its host name is the RP ID, its origin the only origin accepted. Every challenge is
// stored here (passkey_challenges), bound to the person (and for a login to the pending second
// step), lives two minutes and is deleted when an answer comes back, right or wrong: single use.

export const PASSKEY_CHALLENGE_MS = 2 * 60_000;
export const PASSKEY_NAME_MAX = 60;
export const PASSKEY_LIMIT = 10;

export function relyingParty() {
  const origin = config().publicUrl;
  return { name: "Leerkring", id: new URL(origin).hostname, origin };
}

/** In a query on users: whether the person has a second factor (a TOTP app or a passkey). */
export const hasSecondFactorSql = () =>
  sql<boolean>`(${users.totpSecret} is not null or exists (select 1 from ${passkeys} where ${passkeys.userId} = ${users.id}))`.mapWith(
    Boolean,
  );

export type PasskeyFailure =
  /** The challenge in the answer is not one this server handed out, or it was used or expired. */
  | "challenge"
  /** The answer does not verify (another origin or RP, a bad signature, an unknown credential). */
  | "invalid";

/** What the person is told of each way a passkey step can fail (and of one passkey too many). */
export const passkeyErrors = {
  challenge: "passkey.fout.uitdaging",
  invalid: "passkey.fout.onjuist",
  limit: "passkey.fout.teveel",
} as const satisfies Record<PasskeyFailure | "limit", string>;

export function passkeysOf(userId: number, db: DbOrTx = getDb()) {
  return db
    .select({
      id: passkeys.id,
      name: passkeys.name,
      createdAt: passkeys.createdAt,
      lastUsedAt: passkeys.lastUsedAt,
    })
    .from(passkeys)
    .where(eq(passkeys.userId, userId))
    .orderBy(asc(passkeys.createdAt), asc(passkeys.id))
    .all();
}

export function passkeyCount(userId: number): number {
  return getDb().select({ n: count() }).from(passkeys).where(eq(passkeys.userId, userId)).get()!.n;
}

function storeChallenge(
  challenge: string,
  userId: number,
  purpose: PasskeyChallengePurpose,
  loginChallengeId: string | null,
  now: number,
): void {
  getDb().transaction((tx) => {
    tx.delete(passkeyChallenges)
      .where(lt(passkeyChallenges.expiresAt, new Date(now)))
      .run();
    tx.insert(passkeyChallenges)
      .values({
        id: challenge,
        userId,
        purpose,
        loginChallengeId,
        expiresAt: new Date(now + PASSKEY_CHALLENGE_MS),
      })
      .run();
  });
}

/**
 * Takes the challenge out of the answer's client data and uses it up: true only once, for a
 * challenge made for this person, purpose (and pending login step) that has not expired.
 */
function consumeChallenge(
  clientDataJSON: string,
  userId: number,
  purpose: PasskeyChallengePurpose,
  loginChallengeId: string | null,
  now: number,
): string | null {
  let challenge: string;
  try {
    challenge = decodeClientDataJSON(clientDataJSON).challenge;
  } catch {
    return null;
  }
  if (typeof challenge !== "string" || challenge.length === 0 || challenge.length > 200) {
    return null;
  }
  const conditions = [
    eq(passkeyChallenges.id, challenge),
    eq(passkeyChallenges.userId, userId),
    eq(passkeyChallenges.purpose, purpose),
    gt(passkeyChallenges.expiresAt, new Date(now)),
  ];
  if (loginChallengeId) conditions.push(eq(passkeyChallenges.loginChallengeId, loginChallengeId));
  const used = getDb()
    .delete(passkeyChallenges)
    .where(and(...conditions))
    .run();
  return used.changes === 1 ? challenge : null;
}

/** The options for navigator.credentials.create(): this person, their passkeys excluded. */
export async function registrationOptions(
  user: { id: number; email: string; name: string },
  now = Date.now(),
) {
  const rp = relyingParty();
  const existing = getDb()
    .select({ id: passkeys.id, transports: passkeys.transports })
    .from(passkeys)
    .where(eq(passkeys.userId, user.id))
    .all();
  const options = await generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: user.email,
    userDisplayName: user.name,
    userID: new TextEncoder().encode(`leerkring-${user.id}`),
    attestationType: "none",
    timeout: PASSKEY_CHALLENGE_MS,
    excludeCredentials: existing.map((p) => ({
      id: p.id,
      transports: (p.transports ?? undefined) as AuthenticatorTransport[] | undefined,
    })),
    authenticatorSelection: { residentKey: "preferred", userVerification: "preferred" },
  });
  storeChallenge(options.challenge, user.id, "registratie", null, now);
  return options;
}

/** Checks the answer of navigator.credentials.create() and stores the new passkey. */
export async function registerPasskey(
  userId: number,
  name: string,
  response: RegistrationResponseJSON,
  now = Date.now(),
): Promise<{ ok: true; id: string } | { ok: false; reason: PasskeyFailure }> {
  const challenge = consumeChallenge(
    response.response.clientDataJSON,
    userId,
    "registratie",
    null,
    now,
  );
  if (!challenge) return { ok: false, reason: "challenge" };
  const rp = relyingParty();
  try {
    const result = await verifyRegistrationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: false,
    });
    if (!result.verified) return { ok: false, reason: "invalid" };
    const { credential } = result.registrationInfo;
    const stored = getDb().transaction((tx) => {
      const inserted = tx
        .insert(passkeys)
        .values({
          id: credential.id,
          userId,
          name,
          publicKey: Buffer.from(credential.publicKey),
          counter: credential.counter,
          transports: credential.transports ?? null,
        })
        .onConflictDoNothing()
        .run();
      if (inserted.changes !== 1) return false;
      recordAudit(tx, {
        action: "passkey.toegevoegd",
        subject: { type: "gebruiker", id: userId },
        detail: { naam: name },
      });
      return true;
    });
    return stored ? { ok: true, id: credential.id } : { ok: false, reason: "invalid" };
  } catch {
    return { ok: false, reason: "invalid" };
  }
}

/** The options for navigator.credentials.get() at the second step: this person's passkeys. */
export async function authenticationOptions(
  userId: number,
  loginChallengeId: string,
  now = Date.now(),
) {
  const rp = relyingParty();
  const own = getDb()
    .select({ id: passkeys.id, transports: passkeys.transports })
    .from(passkeys)
    .where(eq(passkeys.userId, userId))
    .all();
  const options = await generateAuthenticationOptions({
    rpID: rp.id,
    timeout: PASSKEY_CHALLENGE_MS,
    userVerification: "preferred",
    allowCredentials: own.map((p) => ({
      id: p.id,
      transports: (p.transports ?? undefined) as AuthenticatorTransport[] | undefined,
    })),
  });
  storeChallenge(options.challenge, userId, "inloggen", loginChallengeId, now);
  return options;
}

/** Checks the answer of navigator.credentials.get() for this person's pending second step. */
export async function verifyPasskeyLogin(
  userId: number,
  loginChallengeId: string,
  response: AuthenticationResponseJSON,
  now = Date.now(),
): Promise<{ ok: true; passkeyId: string } | { ok: false; reason: PasskeyFailure }> {
  const challenge = consumeChallenge(
    response.response.clientDataJSON,
    userId,
    "inloggen",
    loginChallengeId,
    now,
  );
  if (!challenge) return { ok: false, reason: "challenge" };
  const stored = getDb()
    .select()
    .from(passkeys)
    .where(and(eq(passkeys.id, response.id), eq(passkeys.userId, userId)))
    .get();
  if (!stored) return { ok: false, reason: "invalid" };
  const rp = relyingParty();
  try {
    const result = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: false,
      credential: {
        id: stored.id,
        publicKey: new Uint8Array(stored.publicKey),
        counter: stored.counter,
        transports: (stored.transports ?? undefined) as AuthenticatorTransport[] | undefined,
      },
    });
    if (!result.verified) return { ok: false, reason: "invalid" };
    getDb()
      .update(passkeys)
      .set({ counter: result.authenticationInfo.newCounter, lastUsedAt: new Date(now) })
      .where(eq(passkeys.id, stored.id))
      .run();
    return { ok: true, passkeyId: stored.id };
  } catch {
    return { ok: false, reason: "invalid" };
  }
}

/** Removes one of this person's passkeys (audited); false when it is not theirs or gone. */
export function removePasskey(userId: number, id: string): boolean {
  return getDb().transaction((tx) => {
    const gone = tx
      .delete(passkeys)
      .where(and(eq(passkeys.id, id), eq(passkeys.userId, userId)))
      .returning({ name: passkeys.name })
      .get();
    if (!gone) return false;
    recordAudit(tx, {
      action: "passkey.verwijderd",
      subject: { type: "gebruiker", id: userId },
      detail: { naam: gone.name },
    });
    return true;
  });
}

export function passkeyName(userId: number, id: string): string | null {
  return (
    getDb()
      .select({ name: passkeys.name })
      .from(passkeys)
      .where(and(eq(passkeys.id, id), eq(passkeys.userId, userId)))
      .get()?.name ?? null
  );
}

/** All of a person's passkeys and open challenges (a beheerder's reset, switching off). */
export function removeAllPasskeys(userId: number, db: DbOrTx = getDb()): void {
  db.delete(passkeys).where(eq(passkeys.userId, userId)).run();
  db.delete(passkeyChallenges).where(eq(passkeyChallenges.userId, userId)).run();
}
