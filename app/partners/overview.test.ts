import { describe, expect, it } from "vitest";
import { overlaps, perGemeente, perProvincie, type ActivityRow } from "./overview.ts";

const activity = (
  partnerId: number,
  gemeenteId: number,
  gemeenteRegion: string | null = "Utrecht",
): ActivityRow => ({
  partnerId,
  partnerName: `Partner ${partnerId}`,
  gemeenteId,
  gemeenteName: `Gemeente ${gemeenteId}`,
  gemeenteRegion,
});

describe("overlaps", () => {
  it("names a municipality where two partners were active, each partner once", () => {
    expect(overlaps([activity(2, 10), activity(1, 10), activity(2, 10), activity(1, 11)])).toEqual([
      { gemeenteId: 10, gemeenteName: "Gemeente 10", partners: ["Partner 1", "Partner 2"] },
    ]);
  });

  it("finds none when each municipality has one partner", () => {
    expect(overlaps([activity(1, 10), activity(1, 10), activity(2, 11)])).toEqual([]);
    expect(overlaps([])).toEqual([]);
  });
});

describe("perProvincie", () => {
  it("lists all twelve provinces with their Werkplaatsen and activities", () => {
    const rows = perProvincie(
      [activity(1, 10), activity(2, 11), activity(1, 12, "Limburg"), activity(1, 13, "Elders")],
      [
        { provincie: "utrecht", name: "Werkplaats B" },
        { provincie: "utrecht", name: "Werkplaats A" },
      ],
    );
    expect(rows).toHaveLength(12);
    expect(rows.find((r) => r.provincie === "utrecht")).toEqual({
      provincie: "utrecht",
      werkplaatsen: ["Werkplaats A", "Werkplaats B"],
      activiteiten: 2,
    });
    expect(rows.find((r) => r.provincie === "limburg")?.activiteiten).toBe(1);
    expect(rows.reduce((sum, r) => sum + r.activiteiten, 0)).toBe(3);
  });
});

describe("perGemeente", () => {
  it("counts per municipality, north to south, unknown provinces last", () => {
    expect(
      perGemeente([
        activity(1, 12, "Limburg"),
        activity(1, 13, null),
        activity(2, 10, "Groningen"),
        activity(1, 10, "Groningen"),
      ]),
    ).toEqual([
      {
        provincie: "groningen",
        gemeenteName: "Gemeente 10",
        activiteiten: 2,
        partners: ["Partner 1", "Partner 2"],
      },
      {
        provincie: "limburg",
        gemeenteName: "Gemeente 12",
        activiteiten: 1,
        partners: ["Partner 1"],
      },
      { provincie: null, gemeenteName: "Gemeente 13", activiteiten: 1, partners: ["Partner 1"] },
    ]);
  });
});
