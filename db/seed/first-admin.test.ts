import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { readConfig } from "#shared/config.server.ts";
import { getDb } from "#db/client.ts";
import { users } from "#db/schema.ts";
import { ensureFirstAdmin } from "./demo.ts";

describe("a production start without demo data", () => {
  it("refuses to start without the first beheerder's credentials", async () => {
    await expect(ensureFirstAdmin(getDb(), readConfig({ SEED: "none" }))).rejects.toThrow(
      /ADMIN_EMAIL/,
    );
  });

  it("refuses a weak first password", async () => {
    const cfg = readConfig({
      SEED: "none",
      ADMIN_EMAIL: "eerste@beheer.nl",
      ADMIN_PASSWORD: "welkom01",
    });
    await expect(ensureFirstAdmin(getDb(), cfg)).rejects.toThrow(/ADMIN_PASSWORD/);
  });

  it("refuses a first password that is easy to guess, and says why in Dutch", async () => {
    for (const [password, why] of [
      ["aaaaaaaa", /Herhaalde tekens/],
      ["leerkring", /je naam, je e-mailadres/],
      ["eerste@beheer.nl", /je naam, je e-mailadres/],
    ] as const) {
      const cfg = readConfig({
        SEED: "none",
        ADMIN_EMAIL: "eerste@beheer.nl",
        ADMIN_PASSWORD: password,
      });
      await expect(ensureFirstAdmin(getDb(), cfg)).rejects.toThrow(why);
    }
  });

  it("creates the first beheerder from the environment", async () => {
    const cfg = readConfig({
      SEED: "none",
      ADMIN_EMAIL: "Eerste@Beheer.nl",
      ADMIN_NAME: "Eerste Beheerder",
      ADMIN_PASSWORD: "een sterk wachtwoord",
    });
    expect(await ensureFirstAdmin(getDb(), cfg)).toBe("created");
    const admin = getDb().select().from(users).where(eq(users.email, "eerste@beheer.nl")).get();
    expect(admin).toMatchObject({ role: "beheerder", name: "Eerste Beheerder", active: true });
    expect(getDb().select().from(users).all()).toHaveLength(1);
  });
});
