import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  daysBetween,
  isIsoDay,
  isWeekend,
  isoWeekday,
  lastOfMonth,
  mondayOf,
  parseMonth,
  parseSeason,
  seasonOf,
} from "./season.ts";

describe("season arithmetic", () => {
  it("runs a season from 1 September to 31 July", () => {
    expect(parseSeason("2026-2027")).toEqual({
      slug: "2026-2027",
      startYear: 2026,
      first: "2026-09-01",
      last: "2027-07-31",
    });
  });

  it("refuses a slug that is not two consecutive years", () => {
    expect(parseSeason("2026-2028")).toBeNull();
    expect(parseSeason("2026")).toBeNull();
    expect(parseSeason("abcd-efgh")).toBeNull();
  });

  it("puts a day in the season it belongs to, August with the one about to begin", () => {
    expect(seasonOf("2027-07-31").slug).toBe("2026-2027");
    expect(seasonOf("2027-08-01").slug).toBe("2027-2028");
    expect(seasonOf("2027-01-15").slug).toBe("2026-2027");
    expect(seasonOf("2026-09-01").slug).toBe("2026-2027");
  });

  it("counts days across month, year and daylight-saving boundaries", () => {
    expect(addDays("2026-10-24", 2)).toBe("2026-10-26");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
  });

  it("knows weekdays", () => {
    expect(isoWeekday("2026-12-07")).toBe(1);
    expect(isWeekend("2026-12-05")).toBe(true);
    expect(isWeekend("2026-12-06")).toBe(true);
    expect(isWeekend("2026-12-04")).toBe(false);
    expect(mondayOf("2026-12-06")).toBe("2026-11-30");
  });

  it("validates days and months", () => {
    expect(isIsoDay("2027-02-29")).toBe(false);
    expect(isIsoDay("2028-02-29")).toBe(true);
    expect(isIsoDay("29-02-2028")).toBe(false);
    expect(parseMonth("2026-13")).toBeNull();
    expect(parseMonth("2026-11")).toBe("2026-11-01");
    expect(addMonths("2026-12-01", 1)).toBe("2027-01-01");
    expect(addMonths("2027-01-01", -1)).toBe("2026-12-01");
    expect(lastOfMonth("2028-02-10")).toBe("2028-02-29");
  });
});
