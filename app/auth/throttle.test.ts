import { beforeEach, describe, expect, it } from "vitest";
import {
  THROTTLE,
  loginRetryAfterSeconds,
  recordLoginFailure,
  recordLoginSuccess,
  resetLoginThrottle,
} from "./throttle.server.ts";

beforeEach(() => resetLoginThrottle());

describe("login throttle", () => {
  const t0 = 1_000_000_000_000;

  it("allows the first failures, then pauses the account with a doubling delay", () => {
    for (let i = 0; i < THROTTLE.accountFreeFailures - 1; i++) {
      recordLoginFailure("a@b.nl", "10.0.0.1", t0);
      expect(loginRetryAfterSeconds("a@b.nl", "10.0.0.2", t0)).toBe(0);
    }
    recordLoginFailure("a@b.nl", "10.0.0.1", t0);
    expect(loginRetryAfterSeconds("a@b.nl", "10.0.0.2", t0)).toBe(
      THROTTLE.accountBaseDelayMs / 1000,
    );
    recordLoginFailure("a@b.nl", "10.0.0.1", t0);
    expect(loginRetryAfterSeconds("a@b.nl", "10.0.0.2", t0)).toBe(
      (2 * THROTTLE.accountBaseDelayMs) / 1000,
    );
    expect(loginRetryAfterSeconds("a@b.nl", "10.0.0.2", t0 + 2 * THROTTLE.accountBaseDelayMs)).toBe(
      0,
    );
  });

  it("caps the account delay", () => {
    for (let i = 0; i < 40; i++) recordLoginFailure("a@b.nl", `10.0.1.${i}`, t0);
    expect(loginRetryAfterSeconds("a@b.nl", "10.9.9.9", t0)).toBe(
      THROTTLE.accountMaxDelayMs / 1000,
    );
  });

  it("treats the address case-insensitively", () => {
    for (let i = 0; i < THROTTLE.accountFreeFailures; i++)
      recordLoginFailure("A@B.nl", "10.0.0.1", t0);
    expect(loginRetryAfterSeconds("a@b.nl", "10.0.0.9", t0)).toBeGreaterThan(0);
  });

  it("pauses an IP that fails on many accounts, without pausing those accounts elsewhere", () => {
    for (let i = 0; i < THROTTLE.ipFreeFailures; i++)
      recordLoginFailure(`p${i}@b.nl`, "10.0.0.7", t0);
    expect(loginRetryAfterSeconds("nieuw@b.nl", "10.0.0.7", t0)).toBe(THROTTLE.ipDelayMs / 1000);
    expect(loginRetryAfterSeconds("p1@b.nl", "10.0.0.8", t0)).toBe(0);
  });

  it("forgets an account's failures after a success", () => {
    for (let i = 0; i < THROTTLE.accountFreeFailures - 1; i++)
      recordLoginFailure("a@b.nl", "10.0.0.1", t0);
    recordLoginSuccess("a@b.nl");
    recordLoginFailure("a@b.nl", "10.0.0.1", t0);
    expect(loginRetryAfterSeconds("a@b.nl", "10.0.0.1", t0)).toBe(0);
  });

  it("starts counting afresh after a quiet period", () => {
    for (let i = 0; i < THROTTLE.accountFreeFailures - 1; i++)
      recordLoginFailure("a@b.nl", "10.0.0.1", t0);
    const later = t0 + THROTTLE.forgetAfterMs + 1;
    recordLoginFailure("a@b.nl", "10.0.0.1", later);
    expect(loginRetryAfterSeconds("a@b.nl", "10.0.0.1", later)).toBe(0);
  });
});
