import { describe, expect, it } from "vitest";
import { latestPerWijk, overviewFilterSchema } from "./overview.ts";

describe("the overview", () => {
  it("summarises the latest submitted assessment of each neighbourhood", () => {
    const metingen = [
      { id: 1, wijkId: 10, status: "concept" },
      { id: 2, wijkId: 10, status: "ingediend" },
      { id: 3, wijkId: 10, status: "ingediend" },
      { id: 4, wijkId: 20, status: "ingediend" },
      { id: 5, wijkId: 30, status: "concept" },
    ];
    expect(latestPerWijk(metingen).map((m) => m.id)).toEqual([2, 4]);
  });

  it("reads the municipality filter from the URL, and nonsense as no filter", () => {
    const read = (gemeente?: string) =>
      overviewFilterSchema.parse(gemeente === undefined ? {} : { gemeente }).gemeente;
    expect(read("12")).toBe(12);
    expect(read()).toBeUndefined();
    expect(read("")).toBeUndefined();
    expect(read("abc")).toBeUndefined();
    expect(read("-3")).toBeUndefined();
  });
});
