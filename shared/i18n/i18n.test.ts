import { describe, expect, it } from "vitest";
import { en } from "./en.ts";
import { formatDateTime, localeFromAcceptLanguage, translator } from "./index.ts";
import { nl } from "./nl.ts";

describe("catalogues", () => {
  it("have the same keys and the same placeholders in both languages", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
    }
  });

  it("fills in placeholders", () => {
    expect(translator("nl")("dashboard.welkom", { naam: "Lotte" })).toBe("Welkom, Lotte");
    expect(translator("en")("dashboard.welkom", { naam: "Lotte" })).toBe("Welcome, Lotte");
  });
});

describe("localeFromAcceptLanguage", () => {
  it.each([
    [null, "nl"],
    ["nl-NL,nl;q=0.9", "nl"],
    ["en-US,en;q=0.9", "en"],
    ["de-DE,en;q=0.8,nl;q=0.9", "nl"],
    ["de-DE,en;q=0.8", "en"],
    ["fr-FR", "nl"],
  ])("%s → %s", (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });
});

describe("formatDateTime", () => {
  it("shows Amsterdam time in Dutch", () => {
    const instant = new Date("2026-11-29T12:30:00Z");
    expect(formatDateTime("nl", instant, "datetime")).toBe("29 nov 2026, 13:30");
    expect(formatDateTime("nl", instant, "long")).toBe("zondag 29 november 2026 om 13:30");
  });
});
