// The limits of the collaboration engine, with defaults for a trajectory of this size. Tests and
// the benchmark pass their own through createAppServer({ collab: { limits } }).

export type CollabLimits = {
  /** Largest sync or awareness message accepted, in bytes. */
  maxMessageBytes: number;
  /** Largest document (stored state plus appended updates), in bytes. */
  maxDocumentBytes: number;
  /** People connected to one document at the same time. */
  maxClientsPerDocument: number;
  /** Documents opened per client address per minute (a token bucket: a burst of this size). */
  joinsPerMinute: number;
};

export const DEFAULT_LIMITS: CollabLimits = {
  maxMessageBytes: 512 * 1024,
  maxDocumentBytes: 8 * 1024 * 1024,
  maxClientsPerDocument: 100,
  joinsPerMinute: 120,
};

/** Largest awareness (presence) message accepted: 64 KiB, far above a caret and a name. */
export const MAX_AWARENESS_BYTES = 64 * 1024;

/** Per-address token bucket for joins: `perMinute` tokens, refilled continuously. */
export class JoinRateLimiter {
  private buckets = new Map<string, { tokens: number; at: number }>();
  constructor(private readonly perMinute: number) {}

  take(address: string, now = Date.now()): boolean {
    const bucket = this.buckets.get(address) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(
      this.perMinute,
      bucket.tokens + ((now - bucket.at) * this.perMinute) / 60_000,
    );
    bucket.at = now;
    this.buckets.set(address, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** Forgets addresses whose bucket is full again, so the map does not grow without bound. */
  sweep(now = Date.now()): void {
    for (const [address, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.at) * this.perMinute) / 60_000 >= this.perMinute) {
        this.buckets.delete(address);
      }
    }
  }
}
