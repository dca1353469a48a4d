import { describe, expect, it } from "vitest";
import { amsterdamToUtc } from "./time.ts";

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
