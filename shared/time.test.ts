import { describe, expect, it } from "vitest";
import { amsterdamToUtc, fromAmsterdamInputs, toAmsterdamInputs } from "./time.ts";

describe("amsterdamToUtc", () => {
  it("is two hours ahead in summer and one in winter", () => {
    expect(amsterdamToUtc(2026, 9, 20, 13, 0).toISOString()).toBe("2026-09-20T11:00:00.000Z");
    expect(amsterdamToUtc(2026, 11, 29, 13, 30).toISOString()).toBe("2026-11-29T12:30:00.000Z");
  });

  it("handles the days daylight saving time changes", () => {
    expect(amsterdamToUtc(2026, 3, 29, 12, 0).toISOString()).toBe("2026-03-29T10:00:00.000Z");
    expect(amsterdamToUtc(2026, 10, 25, 12, 0).toISOString()).toBe("2026-10-25T11:00:00.000Z");
  });
});

describe("Amsterdam date and time inputs", () => {
  it("round-trips through the inputs", () => {
    const instant = fromAmsterdamInputs("2026-11-29", "13:30")!;
    expect(instant.toISOString()).toBe("2026-11-29T12:30:00.000Z");
    expect(toAmsterdamInputs(instant)).toEqual({ date: "2026-11-29", time: "13:30" });
  });

  it("refuses dates and times that do not exist", () => {
    expect(fromAmsterdamInputs("2026-02-31", "10:00")).toBeNull();
    expect(fromAmsterdamInputs("2026-13-01", "10:00")).toBeNull();
    expect(fromAmsterdamInputs("2026-11-29", "24:00")).toBeNull();
    expect(fromAmsterdamInputs("29-11-2026", "10:00")).toBeNull();
    expect(fromAmsterdamInputs("2026-11-29", "")).toBeNull();
  });
});
