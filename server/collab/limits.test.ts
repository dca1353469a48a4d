import { describe, expect, it } from "vitest";
import { JoinRateLimiter } from "./limits.ts";

describe("the join rate per address", () => {
  it("allows a burst of the limit, then refills over the minute", () => {
    const limiter = new JoinRateLimiter(3);
    const t = 1_000_000;
    expect([1, 2, 3, 4].map(() => limiter.take("10.0.0.1", t))).toEqual([true, true, true, false]);
    expect(limiter.take("10.0.0.2", t)).toBe(true);
    expect(limiter.take("10.0.0.1", t + 20_000)).toBe(true);
    expect(limiter.take("10.0.0.1", t + 20_000)).toBe(false);
  });

  it("forgets addresses whose bucket is full again", () => {
    const limiter = new JoinRateLimiter(2);
    limiter.take("a", 0);
    limiter.sweep(60_000);
    expect(limiter.take("a", 60_000) && limiter.take("a", 60_000)).toBe(true);
  });
});
