import { describe, expect, it } from "vitest";
import { dayOf, knownSeasons, resolveSeason, seasonInstants } from "./seasons.ts";
import { season } from "#app/seizoen/season.ts";

describe("the known seasons", () => {
  it("run from the earliest meeting's season to the latest, at least this one and the next", () => {
    expect(knownSeasons("2026-12-03", null, null)).toEqual({ first: 2026, last: 2027 });
    expect(knownSeasons("2026-12-03", "2024-10-01", "2026-11-01")).toEqual({
      first: 2024,
      last: 2027,
    });
    // A meeting in August belongs to the season about to begin.
    expect(knownSeasons("2026-12-03", "2026-01-10", "2029-08-20")).toEqual({
      first: 2025,
      last: 2029,
    });
  });
});

describe("resolving a season from the URL", () => {
  const range = { first: 2025, last: 2027 };

  it("takes the current season without a slug, with its neighbours", () => {
    const found = resolveSeason(undefined, "2026-12-03", range)!;
    expect(found.season.slug).toBe("2026-2027");
    expect(found.previous?.slug).toBe("2025-2026");
    expect(found.next?.slug).toBe("2027-2028");
  });

  it("has no neighbour beyond the known range", () => {
    expect(resolveSeason("2025-2026", "2026-12-03", range)!.previous).toBeNull();
    expect(resolveSeason("2027-2028", "2026-12-03", range)!.next).toBeNull();
  });

  it("refuses what is no season and what lies outside the range", () => {
    for (const slug of ["2026", "2026-2028", "abc", "2024-2025", "2028-2029"]) {
      expect(resolveSeason(slug, "2026-12-03", range)).toBeNull();
    }
  });
});

describe("a season's instants", () => {
  it("run from 1 August to the next 1 August, midnight in Amsterdam", () => {
    const { from, until } = seasonInstants(season(2026));
    expect(from.toISOString()).toBe("2026-07-31T22:00:00.000Z");
    expect(until.toISOString()).toBe("2027-07-31T22:00:00.000Z");
    expect(dayOf(from)).toBe("2026-08-01");
    expect(dayOf(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
  });
});
