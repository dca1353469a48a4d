import { describe, expect, it } from "vitest";
import { readConfig } from "./config.server.ts";

describe("publicUrl", () => {
  it("is PUBLIC_URL's origin, or localhost on the configured port", () => {
    expect(readConfig({ PUBLIC_URL: "https://leerkring.example.nl/" }).publicUrl).toBe(
      "https://leerkring.example.nl",
    );
    expect(readConfig({ PORT: "3302" }).publicUrl).toBe("http://localhost:3302");
  });

  it("is required for a production start without demo data", () => {
    expect(() => readConfig({ NODE_ENV: "production", SEED: "none" })).toThrow(/PUBLIC_URL/);
    expect(
      readConfig({ NODE_ENV: "production", SEED: "none", PUBLIC_URL: "https://l.example" })
        .publicUrl,
    ).toBe("https://l.example");
    // The demo (SEED unset means demo) runs on localhost, as do the e2e tests.
    expect(readConfig({ NODE_ENV: "production" }).publicUrl).toBe("http://localhost:3000");
    expect(readConfig({ NODE_ENV: "production", SEED: "demo" }).publicUrl).toBe(
      "http://localhost:3000",
    );
  });
});

describe("SMTP_URL", () => {
  it("takes smtp:// and smtps:// addresses, and an empty value as unset", () => {
    expect(readConfig({ SMTP_URL: "smtp://u:p@mail.example.nl:587" }).SMTP_URL).toBe(
      "smtp://u:p@mail.example.nl:587",
    );
    expect(readConfig({ SMTP_URL: "smtps://mail.example.nl:465" }).SMTP_URL).toBe(
      "smtps://mail.example.nl:465",
    );
    expect(readConfig({ SMTP_URL: "" }).SMTP_URL).toBeUndefined();
    expect(() => readConfig({ SMTP_URL: "http://mail.example.nl" })).toThrow(/SMTP_URL/);
  });
});

describe("MFA_REQUIRED_ROLES", () => {
  it("defaults to beheerder and projectleider, but to nobody with the demo seed", () => {
    expect(readConfig({ SEED: "none" }).mfaRequiredRoles).toEqual(["beheerder", "projectleider"]);
    expect(readConfig({ SEED: "demo" }).mfaRequiredRoles).toEqual([]);
    expect(readConfig({}).mfaRequiredRoles).toEqual([]);
  });

  it("reads a comma-separated list, an empty one, and refuses unknown roles", () => {
    expect(
      readConfig({ SEED: "demo", MFA_REQUIRED_ROLES: "beheerder, medewerker" }).mfaRequiredRoles,
    ).toEqual(["beheerder", "medewerker"]);
    expect(readConfig({ SEED: "none", MFA_REQUIRED_ROLES: "" }).mfaRequiredRoles).toEqual([]);
    expect(() => readConfig({ MFA_REQUIRED_ROLES: "beheerder,koning" })).toThrow(
      /MFA_REQUIRED_ROLES/,
    );
  });
});
