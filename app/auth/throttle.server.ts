import { RateLimiterMemory, type RateLimiterAbstract } from "rate-limiter-flexible";
import { forgetProcessWide, processWide } from "#shared/process-wide.ts";

// Failed-login throttling with rate-limiter-flexible, after OWASP's advice on brute force:
// - the pair account + address (or account + known device) gets growing delays, so guessing one
//   person's password is slow while colleagues behind the same address are not affected;
// - one address gets a generous limit over all accounts (a municipality behind one NAT);
// - one account gets a generous limit over all addresses, except for its known devices: a
//   stranger can never lock out a person who brings the right password from a known device.
// The counters are kept in memory, per process: a restart forgives, and with several processes
// each counts on its own (README). A shared store (RateLimiterSQLite/Redis) is the growth path.

export const THROTTLE = {
  /** Failures of one pair before the first pause; every further failure doubles the pause. */
  pairFreeFailures: 5,
  pairBaseDelaySeconds: 30,
  pairMaxDelaySeconds: 15 * 60,
  /** A pair's failures are counted over this window. */
  pairWindowSeconds: 60 * 60,
  /** Failures from one address, over all accounts, per hour. */
  ipFailuresPerHour: 100,
  /** Failures for one account from unknown devices, over all addresses, per day. */
  accountFailuresPerDay: 100,
  /** Requests for a reset link: per address per hour, and per account per hour. */
  resetRequestsPerIpPerHour: 20,
  resetRequestsPerAccountPerHour: 3,
} as const;

export type LoginAttempt = {
  email: string;
  ip: string;
  /** Stored id of a known device of this account (known-devices.server.ts), or null. */
  deviceId: string | null;
};

function limiters() {
  return processWide("login-throttle", createLimiters);
}

function createLimiters() {
  return {
    pairFailures: new RateLimiterMemory({
      keyPrefix: "pair",
      points: Number.MAX_SAFE_INTEGER,
      duration: THROTTLE.pairWindowSeconds,
    }),
    // Only used through block(): it holds the growing pause of a pair.
    pairPause: new RateLimiterMemory({ keyPrefix: "pause", points: 1, duration: 1 }),
    ip: new RateLimiterMemory({
      keyPrefix: "ip",
      points: THROTTLE.ipFailuresPerHour,
      duration: 60 * 60,
    }),
    account: new RateLimiterMemory({
      keyPrefix: "account",
      points: THROTTLE.accountFailuresPerDay,
      duration: 24 * 60 * 60,
    }),
    resetIp: new RateLimiterMemory({
      keyPrefix: "reset-ip",
      points: THROTTLE.resetRequestsPerIpPerHour,
      duration: 60 * 60,
    }),
    resetAccount: new RateLimiterMemory({
      keyPrefix: "reset-account",
      points: THROTTLE.resetRequestsPerAccountPerHour,
      duration: 60 * 60,
    }),
  };
}

const pairKey = (a: LoginAttempt) =>
  a.deviceId
    ? `${a.email.toLowerCase()}|device:${a.deviceId}`
    : `${a.email.toLowerCase()}|ip:${a.ip}`;

/** The pause after the n-th failure of a pair: none at first, then doubling up to a maximum. */
export function pauseAfterFailures(failures: number): number {
  if (failures < THROTTLE.pairFreeFailures) return 0;
  const doublings = failures - THROTTLE.pairFreeFailures;
  return Math.min(THROTTLE.pairBaseDelaySeconds * 2 ** doublings, THROTTLE.pairMaxDelaySeconds);
}

/** Milliseconds until the limiter's key has room again, or 0. */
async function waitMs(limiter: RateLimiterAbstract, key: string, points: number) {
  const res = await limiter.get(key);
  return res && res.consumedPoints >= points ? Math.max(res.msBeforeNext, 0) : 0;
}

/** Seconds to wait before another attempt, or 0 when an attempt is allowed now. */
export async function loginRetryAfterSeconds(a: LoginAttempt): Promise<number> {
  const l = limiters();
  const waits = [await waitMs(l.pairPause, pairKey(a), 1)];
  // A known device only answers for its own failures.
  if (!a.deviceId) {
    waits.push(await waitMs(l.ip, a.ip, THROTTLE.ipFailuresPerHour));
    waits.push(await waitMs(l.account, a.email.toLowerCase(), THROTTLE.accountFailuresPerDay));
  }
  return Math.ceil(Math.max(...waits) / 1000);
}

export async function recordLoginFailure(a: LoginAttempt): Promise<void> {
  const l = limiters();
  const key = pairKey(a);
  const { consumedPoints } = await l.pairFailures.penalty(key, 1);
  const pause = pauseAfterFailures(consumedPoints);
  if (pause > 0) await l.pairPause.block(key, pause);
  if (!a.deviceId) {
    await l.ip.penalty(a.ip, 1);
    await l.account.penalty(a.email.toLowerCase(), 1);
  }
}

/** The right password ends the pair's series of failures (not the address's or account's). */
export async function recordLoginSuccess(a: LoginAttempt): Promise<void> {
  const l = limiters();
  await l.pairFailures.delete(pairKey(a));
  await l.pairPause.delete(pairKey(a));
}

/**
 * A request for a reset link: "refused" when the address asked too often (answer 429); "quiet"
 * when this account had enough links this hour (answer as usual, make none, so the form still
 * does not tell which addresses have an account); otherwise "allowed".
 */
export async function resetRequestAllowed(
  email: string,
  ip: string,
): Promise<"allowed" | "quiet" | "refused"> {
  const l = limiters();
  const byIp = await l.resetIp.penalty(ip, 1);
  if (byIp.consumedPoints > THROTTLE.resetRequestsPerIpPerHour) return "refused";
  const byAccount = await l.resetAccount.penalty(email.toLowerCase(), 1);
  return byAccount.consumedPoints > THROTTLE.resetRequestsPerAccountPerHour ? "quiet" : "allowed";
}

export function resetLoginThrottle(): void {
  forgetProcessWide("login-throttle");
}
