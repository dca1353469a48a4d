import { describe, expect, it } from "vitest";
import { en } from "./en/index.ts";
import {
  formatDateTime,
  isMessageKey,
  localeFromAcceptLanguage,
  translator,
  type MessageKey,
} from "./index.ts";
import { nl } from "./nl/index.ts";

const catalogues = { nl, en } as Record<string, Record<string, string>>;
// A plural form may spell its number out ("once"), so {count} is left out of the comparison.
const placeholders = (s: string) =>
  [...s.matchAll(/\{(\w+)\}/g)]
    .map((m) => m[1])
    .filter((name) => name !== "count")
    .sort();

describe("catalogues", () => {
  it("have the same keys and the same placeholders in both languages", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
    }
  });

  it("keep each key in one feature file, so merging them loses none", () => {
    const features = import.meta.glob<Record<string, Record<string, string>>>(
      ["./nl/*.ts", "!./nl/index.ts"],
      { eager: true },
    );
    const keys = Object.values(features).flatMap((module) =>
      Object.values(module).flatMap(Object.keys),
    );
    expect(keys.length).toBe(Object.keys(nl).length);
  });

  it("give every text that shows a count both plural forms, in both languages", () => {
    for (const [locale, messages] of Object.entries(catalogues)) {
      for (const [key, text] of Object.entries(messages)) {
        const plural = /_(one|other)$/.exec(key);
        if (!plural && !text.includes("{count}")) continue;
        expect(plural, `${locale} ${key} shows {count} but has no plural forms`).not.toBeNull();
        const base = key.slice(0, plural!.index);
        expect(Object.keys(messages), `${locale} ${base}`).toEqual(
          expect.arrayContaining([`${base}_one`, `${base}_other`]),
        );
      }
    }
  });

  it("fills in placeholders", () => {
    expect(translator("nl")("dashboard.welkom", { naam: "Lotte" })).toBe("Welkom, Lotte");
    expect(translator("en")("dashboard.welkom", { naam: "Lotte" })).toBe("Welcome, Lotte");
  });

  it("picks the plural form by count", () => {
    const nlT = translator("nl");
    const enT = translator("en");
    expect(nlT("zoeken.resultaten", { count: 1 })).toBe("1 resultaat");
    expect(nlT("zoeken.resultaten", { count: 2 })).toBe("2 resultaten");
    expect(nlT("zoeken.resultaten", { count: 0 })).toBe("0 resultaten");
    expect(enT("zoeken.resultaten", { count: 1 })).toBe("1 result");
    expect(enT("zoeken.resultaten", { count: 2 })).toBe("2 results");
    expect(nlT("fout.maxTekens", { count: 1 })).toBe("Maximaal 1 teken. Maak het korter.");
    expect(enT("rotatie.voorstel", { count: 1, gemeente: "Ede" })).toContain("host once");
  });

  it("knows its keys, with plural keys under their base key", () => {
    expect(isMessageKey("zoeken.titel")).toBe(true);
    expect(isMessageKey("zoeken.resultaten")).toBe(true);
    expect(isMessageKey("zoeken.resultaten_one")).toBe(false);
    expect(isMessageKey("bestaat.niet")).toBe(false);
    expect(isMessageKey(42)).toBe(false);
    const key: MessageKey = "zoeken.resultaten";
    expect(translator("nl")(key, { count: 3 })).toBe("3 resultaten");
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
