import { describe, expect, it } from "vitest";
import {
  change,
  conditionMeans,
  mean,
  circleMedian,
  median,
  medianOfMeans,
  MIN_SHARED_FOR_MEDIAN,
  medianPerKey,
  round1,
  countsInCircleMedian,
} from "./aggregate.ts";

describe("mean and median", () => {
  it("ignore missing values and report how many values they rest on", () => {
    expect(mean([4, null, 2, undefined, 3])).toEqual({ value: 3, n: 3 });
    expect(median([5, null, 1, 3])).toEqual({ value: 3, n: 3 });
  });

  it("take the middle pair's average for an even count, whatever the order", () => {
    expect(median([4, 1, 3, 2])).toEqual({ value: 2.5, n: 4 });
    expect(median([2, 2, 5, 5])).toEqual({ value: 3.5, n: 4 });
  });

  it("give no figure, with n = 0, when there is nothing to count", () => {
    expect(mean([])).toEqual({ value: null, n: 0 });
    expect(mean([null, null])).toEqual({ value: null, n: 0 });
    expect(median([null])).toEqual({ value: null, n: 0 });
  });

  it("leave the input alone", () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe("rounding and change", () => {
  it("rounds to one decimal, half away from zero, without binary noise", () => {
    expect(round1(3.55)).toBe(3.6);
    expect(round1(1.05)).toBe(1.1);
    expect(round1(2.449)).toBe(2.4);
    expect(round1(-0.25)).toBe(-0.3);
    expect(round1(10 / 3)).toBe(3.3);
    expect(round1(null)).toBeNull();
  });

  it("computes the change between the shown figures, so the table adds up", () => {
    // 3.46 and 3.14 are shown as 3.5 and 3.1: the change shown is 0.4, not round(0.32) = 0.3.
    expect(change(3.46, 3.14)).toBe(0.4);
    expect(change(2.5, 3)).toBe(-0.5);
    expect(change(3, null)).toBeNull();
    expect(change(null, 3)).toBeNull();
  });
});

describe("conditionMeans", () => {
  const conditions = ["zekerheid", "cohesie", "inclusie", "empowerment"] as const;

  it("averages each condition's scores, counting 'weet niet' apart", () => {
    const means = conditionMeans(
      [
        { condition: "zekerheid", score: 4 },
        { condition: "zekerheid", score: 2 },
        { condition: "zekerheid", score: null },
        { condition: "cohesie", score: 5 },
        { condition: "inclusie", score: null },
      ],
      conditions,
    );
    expect(means.zekerheid).toEqual({ value: 3, n: 2, unknown: 1 });
    expect(means.cohesie).toEqual({ value: 5, n: 1, unknown: 0 });
    expect(means.inclusie).toEqual({ value: null, n: 0, unknown: 1 });
    expect(means.empowerment).toEqual({ value: null, n: 0, unknown: 0 });
  });
});

describe("the circle median", () => {
  it("takes the median of the assessments' condition means, each assessment once", () => {
    const medians = medianOfMeans(
      [
        { a: { value: 2, n: 10 }, b: { value: null, n: 0 } },
        { a: { value: 4, n: 1 }, b: { value: 3, n: 5 } },
        { a: { value: 3.5, n: 7 }, b: { value: 4, n: 5 } },
      ],
      ["a", "b"] as const,
    );
    expect(medians.a).toEqual({ value: 3.5, n: 3 });
    // Two assessments: the "median" would be another municipality's figure, so none is given.
    expect(medians.b).toEqual({ value: null, n: 2 });
  });

  it("is withheld below three shared values, and given from three on", () => {
    expect(MIN_SHARED_FOR_MEDIAN).toBe(3);
    expect(circleMedian([4])).toEqual({ value: null, n: 1 });
    expect(circleMedian([4, 2, null])).toEqual({ value: null, n: 2 });
    expect(circleMedian([4, 2, 1])).toEqual({ value: 2, n: 3 });
    const one = medianOfMeans([{ a: { value: 4, n: 9 } }], ["a"] as const);
    expect(one.a).toEqual({ value: null, n: 1 });
  });

  it("per indicator over the real scores only", () => {
    const medians = medianPerKey([
      new Map([
        [1, 2],
        [2, null],
      ]),
      new Map([
        [1, 4],
        [2, 5],
      ]),
      new Map([[1, 5]]),
    ]);
    expect(medians.get(1)).toEqual({ value: 4, n: 3 });
    expect(medians.get(2)).toEqual({ value: null, n: 1 });
    expect(medians.get(3)).toBeUndefined();
  });
});

describe("countsInCircleMedian", () => {
  it("counts only submitted, shared assessments in the circle median", () => {
    expect(countsInCircleMedian({ status: "ingediend", sharedWithCircle: true })).toBe(true);
    expect(countsInCircleMedian({ status: "ingediend", sharedWithCircle: false })).toBe(false);
    expect(countsInCircleMedian({ status: "concept", sharedWithCircle: true })).toBe(false);
  });
});
