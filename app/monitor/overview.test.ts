import { describe, expect, it } from "vitest";
import { latestPerWijk, overviewFilterSchema } from "./overview.ts";

describe("the overview", () => {
  it("summarises the latest submitted assessment of each neighbourhood", () => {
    const metingen = [
      { id: 1, organisationId: 1, wijk: "Oost", status: "concept" },
      { id: 2, organisationId: 1, wijk: "Oost", status: "ingediend" },
      { id: 3, organisationId: 1, wijk: "oost", status: "ingediend" },
      { id: 4, organisationId: 2, wijk: "Oost", status: "ingediend" },
      { id: 5, organisationId: 1, wijk: "West", status: "concept" },
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
