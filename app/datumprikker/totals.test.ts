import { describe, expect, it } from "vitest";
import { bestOptions, prikkerTotals } from "./totals.ts";

describe("prikkerTotals", () => {
  it("counts each answer and scores yes as 1 and if need be as a half", () => {
    const totals = prikkerTotals(
      [1, 2, 3],
      [
        { optionId: 1, answer: "ja" },
        { optionId: 1, answer: "nee" },
        { optionId: 2, answer: "alsHetMoet" },
        { optionId: 2, answer: "alsHetMoet" },
        { optionId: 2, answer: "ja" },
        { optionId: 3, answer: "nee" },
      ],
    );
    expect(totals).toEqual([
      { optionId: 1, ja: 1, alsHetMoet: 0, nee: 1, score: 1 },
      { optionId: 2, ja: 1, alsHetMoet: 2, nee: 0, score: 2 },
      { optionId: 3, ja: 0, alsHetMoet: 0, nee: 1, score: 0 },
    ]);
    expect(bestOptions(totals)).toEqual([2]);
  });

  it("names every option that ties, and none before anyone can come", () => {
    expect(
      bestOptions(
        prikkerTotals(
          [1, 2],
          [
            { optionId: 1, answer: "ja" },
            { optionId: 2, answer: "ja" },
          ],
        ),
      ),
    ).toEqual([1, 2]);
    expect(bestOptions(prikkerTotals([1, 2], [{ optionId: 1, answer: "nee" }]))).toEqual([]);
  });
});
