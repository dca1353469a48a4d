import { describe, expect, it } from "vitest";
import { hashPassword, passwordSchema, verifyPassword } from "./password.server.ts";

describe("passwords", () => {
  it("hashes with argon2id at OWASP's parameters and verifies", async () => {
    const hash = await hashPassword("een zin als wachtwoord");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, "een zin als wachtwoord")).toBe(true);
    expect(await verifyPassword(hash, "een andere zin")).toBe(false);
  });

  it("salts every hash", async () => {
    expect(await hashPassword("zelfde wachtwoord")).not.toBe(
      await hashPassword("zelfde wachtwoord"),
    );
  });

  it("treats a malformed stored hash as a mismatch, not a crash", async () => {
    expect(await verifyPassword("geen-hash", "wat dan ook")).toBe(false);
  });

  it("accepts 8 to 128 characters and refuses common passwords", () => {
    expect(passwordSchema.safeParse("1234567").success).toBe(false);
    expect(passwordSchema.safeParse("x".repeat(129)).success).toBe(false);
    expect(passwordSchema.safeParse("x".repeat(128)).success).toBe(true);
    expect(passwordSchema.safeParse("correct paard batterij").success).toBe(true);
    for (const common of ["password", "12345678", "wachtwoord", "Welkom01", "qwertyuiop"]) {
      const result = passwordSchema.safeParse(common);
      expect(result.success, common).toBe(false);
      expect(result.error?.issues[0]?.message).toBe("fout.wachtwoordTeBekend");
    }
  });
});
