import { describe, expect, it } from "vitest";
import { translator, type MessageKey } from "#shared/i18n/index.ts";
import { passwordWeakness } from "./password-strength.server.ts";
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

  it("accepts 8 to 128 characters that are hard to guess", () => {
    const schema = passwordSchema([]);
    expect(schema.safeParse("1234567").error?.issues[0]?.message).toBe("fout.wachtwoordTeKort");
    expect(schema.safeParse("x".repeat(129)).error?.issues[0]?.message).toBe(
      "fout.wachtwoordTeLang",
    );
    expect(schema.safeParse("correct paard batterij").success).toBe(true);
    expect(schema.safeParse("fiets-regen-lamp-oogst").success).toBe(true);
  });
});

describe("password strength (zxcvbn, score 3 or more)", () => {
  const pien = ["Pien van Dam", "pien.vandam@utrecht.nl", "Gemeente Utrecht"];
  const refused = (password: string) => passwordWeakness(password, pien);

  it("refuses what the attacks of issue 9 tried, each with its own Dutch advice", () => {
    expect(refused("aaaaaaaa")).toBe("fout.wachtwoordHerhaling");
    expect(refused("        ")).toBe("fout.wachtwoordHerhaling");
    expect(refused("leerkring")).toBe("fout.wachtwoordPersoonlijk");
    expect(refused("pien.vandam@utrecht.nl")).toBe("fout.wachtwoordPersoonlijk");
  });

  it("refuses common and Dutch passwords, patterns and the person's own words", () => {
    for (const common of ["password", "12345678", "wachtwoord", "Welkom01", "qwertyuiop"]) {
      expect(refused(common), common).not.toBeNull();
    }
    expect(refused("abcdefgh")).toBe("fout.wachtwoordPatroon");
    expect(refused("Leerkring2026!")).not.toBeNull();
    expect(refused("PienVanDam")).not.toBeNull();
    expect(refused("gemeenteutrecht")).not.toBeNull();
  });

  it("accepts a sentence of a few unrelated words", () => {
    expect(refused("een lange zin als wachtwoord")).toBeNull();
    expect(refused("paarse olifant fietst snel")).toBeNull();
  });

  it("says the same in Dutch and English for every advice it can give", () => {
    const schema = passwordSchema(pien);
    const message = schema.safeParse("aaaaaaaa").error?.issues[0]?.message;
    expect(message).toBe("fout.wachtwoordHerhaling");
    expect(translator("nl")(message as MessageKey)).toContain("zin van vier of meer woorden");
    expect(translator("en")(message as MessageKey)).toContain("four or more words");
  });
});
