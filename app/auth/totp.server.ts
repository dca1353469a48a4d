import { decodeBase32IgnorePadding, encodeBase32NoPadding } from "@oslojs/encoding";
import { createTOTPKeyURI, generateHOTP, verifyHOTP } from "@oslojs/otp";
import { and, count, eq, isNotNull } from "drizzle-orm";
import { renderSVG } from "uqr";
import { getDb, type DbOrTx } from "#db/client.ts";
import { knownDevices, loginChallenges, recoveryCodes, users } from "#db/schema.ts";
import { passkeyCount, removeAllPasskeys } from "./passkeys.server.ts";
import { generateToken, hashToken } from "./tokens.server.ts";

// Two-factor login with TOTP (RFC 6238) from @oslojs/otp: 30-second steps, 6 digits, SHA-1 (what
// every authenticator app reads from a QR code). A code is accepted one step early or late (clock
// drift and typing time), and never twice: the step of the last accepted code is kept.
// Recovery codes are random and single use; like session tokens, only their SHA-256 is stored.

export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
export const TOTP_ISSUER = "Leerkring";
export const RECOVERY_CODE_COUNT = 10;

/** A new secret of 20 random bytes (RFC 4226's recommended length), base32 as apps type it. */
export function generateTotpSecret(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32NoPadding(bytes);
}

export function totpStep(now: number): number {
  return Math.floor(now / (TOTP_PERIOD_SECONDS * 1000));
}

/**
 * The time step whose code this is, within one step of now, or null. A step at or before
 * `lastStep` (the last accepted code) is refused, so an overheard code cannot be replayed.
 */
export function matchTotp(
  secret: string,
  code: string,
  now: number,
  lastStep: number | null = null,
): number | null {
  if (!new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(code)) return null;
  const key = decodeBase32IgnorePadding(secret);
  const current = totpStep(now);
  for (const step of [current - 1, current, current + 1]) {
    if (lastStep !== null && step <= lastStep) continue;
    if (verifyHOTP(key, BigInt(step), TOTP_DIGITS, code)) return step;
  }
  return null;
}

/** The code an app shows at `now` (tests and the demo use it). */
export function totpCodeAt(secret: string, now: number): string {
  return generateHOTP(decodeBase32IgnorePadding(secret), BigInt(totpStep(now)), TOTP_DIGITS);
}

/** The otpauth:// address in the QR code: issuer Leerkring, the person's e-mail as account. */
export function totpUri(secret: string, email: string): string {
  return createTOTPKeyURI(
    TOTP_ISSUER,
    email,
    decodeBase32IgnorePadding(secret),
    TOTP_PERIOD_SECONDS,
    TOTP_DIGITS,
  );
}

/** The QR code as an SVG data: URI, rendered on the server (no script, fits the CSP). */
export function totpQrDataUri(uri: string): string {
  const svg = renderSVG(uri, { border: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}

/** Lower case, without spaces or dashes: how a typed recovery code is compared. */
function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, "");
}

/** Ten new codes for this person; the old ones stop working. Shown once, stored hashed. */
export function replaceRecoveryCodes(userId: number): string[] {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const raw = generateToken().slice(0, 10);
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });
  getDb().transaction((tx) => {
    tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
    tx.insert(recoveryCodes)
      .values(codes.map((c) => ({ id: hashToken(normaliseRecoveryCode(c)), userId })))
      .run();
  });
  return codes;
}

/** Uses up a recovery code: true once for each code, then never again. */
export function consumeRecoveryCode(userId: number, code: string): boolean {
  const normalised = normaliseRecoveryCode(code);
  if (!/^[a-z2-7]{10}$/.test(normalised)) return false;
  return (
    getDb()
      .delete(recoveryCodes)
      .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.id, hashToken(normalised))))
      .run().changes === 1
  );
}

export function recoveryCodesLeft(userId: number): number {
  return getDb()
    .select({ n: count() })
    .from(recoveryCodes)
    .where(eq(recoveryCodes.userId, userId))
    .get()!.n;
}

type TotpState = { totpSecret: string | null; totpPendingSecret: string | null };

function totpState(userId: number): (TotpState & { totpLastStep: number | null }) | undefined {
  return getDb()
    .select({
      totpSecret: users.totpSecret,
      totpPendingSecret: users.totpPendingSecret,
      totpLastStep: users.totpLastStep,
    })
    .from(users)
    .where(eq(users.id, userId))
    .get();
}

/** Whether the TOTP app is set up. */
export function hasTotp(userId: number): boolean {
  return Boolean(totpState(userId)?.totpSecret);
}

/** Whether the person has a second factor: the TOTP app, or a passkey. */
export function hasSecondFactor(userId: number): boolean {
  return hasTotp(userId) || passkeyCount(userId) > 0;
}

/** The secret being set up (made on first ask, kept until confirmed or switched off). */
export function pendingTotpSecret(userId: number): string {
  const state = totpState(userId);
  if (state?.totpPendingSecret) return state.totpPendingSecret;
  const secret = generateTotpSecret();
  getDb().update(users).set({ totpPendingSecret: secret }).where(eq(users.id, userId)).run();
  return secret;
}

/**
 * Switches two-factor login on when the code fits the pending secret; returns the recovery
 * codes to show once, or null for a wrong code (or nothing pending).
 */
export function confirmTotpSetUp(userId: number, code: string, now = Date.now()): string[] | null {
  const pending = totpState(userId)?.totpPendingSecret;
  if (!pending) return null;
  const step = matchTotp(pending, code, now);
  if (step === null) return null;
  getDb()
    .update(users)
    .set({ totpSecret: pending, totpPendingSecret: null, totpLastStep: step })
    .where(eq(users.id, userId))
    .run();
  return replaceRecoveryCodes(userId);
}

/** A code of the person's app, or one of their recovery codes (then used up). */
export function verifySecondFactor(
  userId: number,
  code: string,
  now = Date.now(),
): "totp" | "recovery" | null {
  const state = totpState(userId);
  if (!state?.totpSecret) return null;
  const typed = code.trim().replace(/\s/g, "");
  const step = matchTotp(state.totpSecret, typed, now, state.totpLastStep);
  if (step !== null) {
    // Only moves forward, also when two requests race with the same code.
    const updated = getDb()
      .update(users)
      .set({ totpLastStep: step })
      .where(and(eq(users.id, userId), eq(users.totpSecret, state.totpSecret)))
      .run();
    return updated.changes === 1 ? "totp" : null;
  }
  return consumeRecoveryCode(userId, typed) ? "recovery" : null;
}

/**
 * Switches two-factor login off (by the person, or a beheerder's reset): the secret, recovery
 * codes, passkeys, remembered devices and pending second steps all go.
 */
export function removeSecondFactor(userId: number, db: DbOrTx = getDb()): void {
  db.transaction((tx) => {
    tx.update(users)
      .set({ totpSecret: null, totpPendingSecret: null, totpLastStep: null })
      .where(eq(users.id, userId))
      .run();
    tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
    removeAllPasskeys(userId, tx);
    tx.delete(loginChallenges).where(eq(loginChallenges.userId, userId)).run();
    tx.update(knownDevices)
      .set({ mfaRememberedUntil: null })
      .where(and(eq(knownDevices.userId, userId), isNotNull(knownDevices.mfaRememberedUntil)))
      .run();
  });
}
