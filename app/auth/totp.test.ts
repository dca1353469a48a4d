import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateHOTP } from "@oslojs/otp";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "#db/client.ts";
import { recoveryCodes } from "#db/schema.ts";
import { createUser } from "#tests/factories.ts";
import { hashToken } from "./tokens.server.ts";
import {
  confirmTotpSetUp,
  consumeRecoveryCode,
  generateTotpSecret,
  matchTotp,
  pendingTotpSecret,
  replaceRecoveryCodes,
  totpUri,
  verifySecondFactor,
} from "./totp.server.ts";

// A fixed moment in the middle of a 30-second step, so that ±1 step is unambiguous.
const NOW = Date.UTC(2026, 0, 15, 10, 0, 15);
const STEP = Math.floor(NOW / 30_000);

/** The code an authenticator app shows for a step (the RFC's HOTP over the step counter). */
const codeAt = (secret: string, step: number) =>
  generateHOTP(decodeBase32IgnorePadding(secret), BigInt(step), 6);

describe("the TOTP verification window", () => {
  const secret = generateTotpSecret();

  it("makes 20-byte secrets and an otpauth URI with issuer Leerkring and the e-mail", () => {
    expect(decodeBase32IgnorePadding(secret)).toHaveLength(20);
    const text = totpUri(secret, "an@example.nl");
    expect(text.startsWith("otpauth://totp/Leerkring:an%40example.nl?")).toBe(true);
    const uri = new URL(text);
    expect(uri.searchParams.get("issuer")).toBe("Leerkring");
    expect(uri.searchParams.get("secret")).toBe(secret);
  });

  it("accepts the code of the current step and of one step before or after", () => {
    expect(matchTotp(secret, codeAt(secret, STEP), NOW)).toBe(STEP);
    expect(matchTotp(secret, codeAt(secret, STEP - 1), NOW)).toBe(STEP - 1);
    expect(matchTotp(secret, codeAt(secret, STEP + 1), NOW)).toBe(STEP + 1);
  });

  it("refuses codes two steps away, of another secret, or not six digits", () => {
    expect(matchTotp(secret, codeAt(secret, STEP - 2), NOW)).toBeNull();
    expect(matchTotp(secret, codeAt(secret, STEP + 2), NOW)).toBeNull();
    expect(matchTotp(generateTotpSecret(), codeAt(secret, STEP), NOW)).toBeNull();
    expect(matchTotp(secret, "12345", NOW)).toBeNull();
    expect(matchTotp(secret, "abcdef", NOW)).toBeNull();
  });

  it("never accepts a code of a step at or before the last accepted one", () => {
    expect(matchTotp(secret, codeAt(secret, STEP), NOW, STEP)).toBeNull();
    expect(matchTotp(secret, codeAt(secret, STEP - 1), NOW, STEP)).toBeNull();
    expect(matchTotp(secret, codeAt(secret, STEP + 1), NOW, STEP)).toBe(STEP + 1);
  });

  it("switches on only with a right code, and then refuses the same code again", async () => {
    const user = await createUser();
    const pending = pendingTotpSecret(user.id);
    expect(pendingTotpSecret(user.id)).toBe(pending); // kept until confirmed
    expect(confirmTotpSetUp(user.id, codeAt(pending, STEP - 3), NOW)).toBeNull();
    const codes = confirmTotpSetUp(user.id, codeAt(pending, STEP), NOW);
    expect(codes).toHaveLength(10);
    // The code that switched it on cannot log in as well (replay).
    expect(verifySecondFactor(user.id, codeAt(pending, STEP), NOW)).toBeNull();
    expect(verifySecondFactor(user.id, codeAt(pending, STEP + 1), NOW)).toBe("totp");
  });
});

describe("recovery codes", () => {
  it("are stored only as hashes and work once each", async () => {
    const user = await createUser();
    const codes = replaceRecoveryCodes(user.id);
    expect(new Set(codes).size).toBe(10);
    const stored = getDb()
      .select()
      .from(recoveryCodes)
      .where(eq(recoveryCodes.userId, user.id))
      .all()
      .map((r) => r.id);
    expect(stored).toHaveLength(10);
    for (const code of codes) expect(stored).not.toContain(code);
    expect(stored).toContain(hashToken(codes[0]!.replace("-", "")));

    // Typed in capitals or without the dash, still the same code; but only once.
    expect(consumeRecoveryCode(user.id, codes[0]!.toUpperCase())).toBe(true);
    expect(consumeRecoveryCode(user.id, codes[0]!)).toBe(false);
    expect(consumeRecoveryCode(user.id, codes[1]!.replace("-", ""))).toBe(true);
  });

  it("belong to their person only, and new ones replace the old", async () => {
    const a = await createUser();
    const b = await createUser();
    const old = replaceRecoveryCodes(a.id);
    expect(consumeRecoveryCode(b.id, old[0]!)).toBe(false);
    const fresh = replaceRecoveryCodes(a.id);
    expect(consumeRecoveryCode(a.id, old[2]!)).toBe(false);
    expect(consumeRecoveryCode(a.id, fresh[2]!)).toBe(true);
  });
});
