import { describe, expect, it } from "vitest";
import { addDays, dutchDay, essayDueDate, isDay } from "./days.ts";

describe("follow-up days", () => {
  it("takes the Dutch date of an instant, also just after midnight there", () => {
    // 23:30 UTC on 31 December is 00:30 on 1 January in Amsterdam (winter time).
    expect(dutchDay(new Date(Date.UTC(2030, 11, 31, 23, 30)))).toBe("2031-01-01");
  });

  it("counts days across months, years and leap days", () => {
    expect(addDays("2030-01-30", 2)).toBe("2030-02-01");
    expect(addDays("2030-12-31", 1)).toBe("2031-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2030-03-01", -1)).toBe("2030-02-28");
  });

  it("makes the essay due four weeks after the meeting is marked held", () => {
    expect(essayDueDate(new Date(Date.UTC(2030, 2, 4, 15)))).toBe("2030-04-01");
  });

  it("accepts only days of the calendar", () => {
    expect(isDay("2030-02-28")).toBe(true);
    expect(isDay("2030-02-30")).toBe(false);
    expect(isDay("30-02-2030")).toBe(false);
    expect(isDay("")).toBe(false);
  });
});
