// Failed-login throttling, per account and per client IP. Kept in memory: a restart forgives, which
// is acceptable for a single process; with several processes this moves to a shared store (README).

type Counter = { failures: number; lastFailureAt: number; blockedUntil: number };

export const THROTTLE = {
  /** Failures before an account is paused; every further failure doubles the pause. */
  accountFreeFailures: 5,
  accountBaseDelayMs: 30_000,
  accountMaxDelayMs: 15 * 60_000,
  /** Failures from one IP (over all accounts) before that IP is paused. */
  ipFreeFailures: 30,
  ipDelayMs: 15 * 60_000,
  /** A counter is forgotten after this long without failures. */
  forgetAfterMs: 60 * 60_000,
  maxEntries: 50_000,
} as const;

const store = globalThis as { __leerkringThrottle?: Map<string, Counter> };
function counters(): Map<string, Counter> {
  store.__leerkringThrottle ??= new Map();
  return store.__leerkringThrottle;
}

const accountKey = (email: string) => `account:${email.toLowerCase()}`;
const ipKey = (ip: string) => `ip:${ip}`;

/** Seconds to wait before another attempt, or 0 when an attempt is allowed now. */
export function loginRetryAfterSeconds(email: string, ip: string, now = Date.now()): number {
  let until = 0;
  for (const key of [accountKey(email), ipKey(ip)]) {
    const c = counters().get(key);
    if (c && c.blockedUntil > until) until = c.blockedUntil;
  }
  return until > now ? Math.ceil((until - now) / 1000) : 0;
}

export function recordLoginFailure(email: string, ip: string, now = Date.now()): void {
  const map = counters();
  if (map.size >= THROTTLE.maxEntries) forgetStale(now);
  const account = bump(map, accountKey(email), now);
  if (account.failures >= THROTTLE.accountFreeFailures) {
    const doublings = account.failures - THROTTLE.accountFreeFailures;
    const delay = Math.min(
      THROTTLE.accountBaseDelayMs * 2 ** doublings,
      THROTTLE.accountMaxDelayMs,
    );
    account.blockedUntil = now + delay;
  }
  const byIp = bump(map, ipKey(ip), now);
  if (byIp.failures >= THROTTLE.ipFreeFailures) byIp.blockedUntil = now + THROTTLE.ipDelayMs;
}

export function recordLoginSuccess(email: string): void {
  counters().delete(accountKey(email));
}

export function resetLoginThrottle(): void {
  counters().clear();
}

function bump(map: Map<string, Counter>, key: string, now: number): Counter {
  let c = map.get(key);
  if (!c || now - c.lastFailureAt > THROTTLE.forgetAfterMs) {
    c = { failures: 0, lastFailureAt: now, blockedUntil: 0 };
    map.set(key, c);
  }
  c.failures += 1;
  c.lastFailureAt = now;
  return c;
}

function forgetStale(now: number): void {
  for (const [key, c] of counters()) {
    if (now - c.lastFailureAt > THROTTLE.forgetAfterMs && c.blockedUntil < now) {
      counters().delete(key);
    }
  }
}
