import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  THROTTLE,
  loginRetryAfterSeconds,
  pauseAfterFailures,
  recordLoginFailure,
  recordLoginSuccess,
  resetLoginThrottle,
  resetRequestAllowed,
  type LoginAttempt,
} from "./throttle.server.ts";

beforeEach(() => {
  resetLoginThrottle();
  vi.useFakeTimers({ toFake: ["Date", "setTimeout", "clearTimeout"] });
  vi.setSystemTime(new Date("2030-03-04T10:00:00Z"));
});
afterEach(() => vi.useRealTimers());

const from = (email: string, ip: string, deviceId: string | null = null): LoginAttempt => ({
  email,
  ip,
  deviceId,
});
async function fail(attempt: LoginAttempt, times: number) {
  for (let i = 0; i < times; i++) await recordLoginFailure(attempt);
}

describe("login throttle", () => {
  it("pauses the pair account + address after the free failures, with growing delays", async () => {
    const stranger = from("a@b.nl", "10.0.0.1");
    await fail(stranger, THROTTLE.pairFreeFailures - 1);
    expect(await loginRetryAfterSeconds(stranger)).toBe(0);
    await fail(stranger, 1);
    expect(await loginRetryAfterSeconds(stranger)).toBe(THROTTLE.pairBaseDelaySeconds);

    // After the pause, the next failure pauses twice as long, then four times.
    vi.advanceTimersByTime(THROTTLE.pairBaseDelaySeconds * 1000);
    expect(await loginRetryAfterSeconds(stranger)).toBe(0);
    await fail(stranger, 1);
    expect(await loginRetryAfterSeconds(stranger)).toBe(2 * THROTTLE.pairBaseDelaySeconds);
    vi.advanceTimersByTime(2 * THROTTLE.pairBaseDelaySeconds * 1000);
    await fail(stranger, 1);
    expect(await loginRetryAfterSeconds(stranger)).toBe(4 * THROTTLE.pairBaseDelaySeconds);
  });

  it("caps the growing delay", () => {
    expect(pauseAfterFailures(THROTTLE.pairFreeFailures - 1)).toBe(0);
    expect(pauseAfterFailures(THROTTLE.pairFreeFailures)).toBe(THROTTLE.pairBaseDelaySeconds);
    expect(pauseAfterFailures(THROTTLE.pairFreeFailures + 1)).toBe(
      2 * THROTTLE.pairBaseDelaySeconds,
    );
    expect(pauseAfterFailures(1000)).toBe(THROTTLE.pairMaxDelaySeconds);
  });

  it("does not pause the same account from another address, nor another account", async () => {
    await fail(from("a@b.nl", "10.0.0.1"), 20);
    expect(await loginRetryAfterSeconds(from("a@b.nl", "10.0.0.2"))).toBe(0);
    expect(await loginRetryAfterSeconds(from("c@b.nl", "10.0.0.1"))).toBe(0);
  });

  it("never pauses a known device for a stranger's failures", async () => {
    // Same address (a shared NAT), same account, many failures.
    await fail(from("a@b.nl", "10.0.0.1"), 20);
    expect(await loginRetryAfterSeconds(from("a@b.nl", "10.0.0.1"))).toBeGreaterThan(0);
    expect(await loginRetryAfterSeconds(from("a@b.nl", "10.0.0.1", "device-1"))).toBe(0);
  });

  it("throttles a known device on its own failures", async () => {
    const device = from("a@b.nl", "10.0.0.1", "device-1");
    await fail(device, THROTTLE.pairFreeFailures);
    expect(await loginRetryAfterSeconds(device)).toBe(THROTTLE.pairBaseDelaySeconds);
    expect(await loginRetryAfterSeconds(from("a@b.nl", "10.0.0.1", "device-2"))).toBe(0);
  });

  it("treats the address case-insensitively", async () => {
    await fail(from("A@B.nl", "10.0.0.1"), THROTTLE.pairFreeFailures);
    expect(await loginRetryAfterSeconds(from("a@b.nl", "10.0.0.1"))).toBeGreaterThan(0);
  });

  it("keeps a generous limit per address over all accounts", async () => {
    for (let i = 0; i < THROTTLE.ipFailuresPerHour - 1; i++) {
      await recordLoginFailure(from(`p${i}@b.nl`, "10.0.0.7"));
    }
    expect(await loginRetryAfterSeconds(from("nieuw@b.nl", "10.0.0.7"))).toBe(0);
    await recordLoginFailure(from("laatste@b.nl", "10.0.0.7"));
    expect(await loginRetryAfterSeconds(from("nieuw@b.nl", "10.0.0.7"))).toBeGreaterThan(0);
    expect(await loginRetryAfterSeconds(from("p1@b.nl", "10.0.0.8"))).toBe(0);
    expect(await loginRetryAfterSeconds(from("p1@b.nl", "10.0.0.7", "device-1"))).toBe(0);
  });

  it("keeps a generous limit per account over all addresses, except for known devices", async () => {
    for (let i = 0; i < THROTTLE.accountFailuresPerDay; i++) {
      await recordLoginFailure(from("a@b.nl", `10.1.${Math.floor(i / 200)}.${i % 200}`));
    }
    expect(await loginRetryAfterSeconds(from("a@b.nl", "10.9.9.9"))).toBeGreaterThan(0);
    expect(await loginRetryAfterSeconds(from("a@b.nl", "10.9.9.9", "device-1"))).toBe(0);
  });

  it("forgets a pair's failures after a success", async () => {
    const person = from("a@b.nl", "10.0.0.1");
    await fail(person, THROTTLE.pairFreeFailures - 1);
    await recordLoginSuccess(person);
    await fail(person, 1);
    expect(await loginRetryAfterSeconds(person)).toBe(0);
  });

  it("starts counting afresh after the window", async () => {
    const person = from("a@b.nl", "10.0.0.1");
    await fail(person, THROTTLE.pairFreeFailures - 1);
    vi.advanceTimersByTime(THROTTLE.pairWindowSeconds * 1000 + 1);
    await fail(person, 1);
    expect(await loginRetryAfterSeconds(person)).toBe(0);
  });
});

describe("reset-link requests", () => {
  it("makes few links per account quietly, and refuses an address that asks too often", async () => {
    for (let i = 0; i < THROTTLE.resetRequestsPerAccountPerHour; i++) {
      expect(await resetRequestAllowed("a@b.nl", "10.0.0.1")).toBe("allowed");
    }
    expect(await resetRequestAllowed("A@b.nl", "10.0.0.1")).toBe("quiet");
    expect(await resetRequestAllowed("c@b.nl", "10.0.0.1")).toBe("allowed");
    for (let i = 0; i < THROTTLE.resetRequestsPerIpPerHour; i++) {
      await resetRequestAllowed(`x${i}@b.nl`, "10.0.0.2");
    }
    expect(await resetRequestAllowed("d@b.nl", "10.0.0.2")).toBe("refused");
    vi.advanceTimersByTime(3_600_000 + 1);
    expect(await resetRequestAllowed("d@b.nl", "10.0.0.2")).toBe("allowed");
  });
});
