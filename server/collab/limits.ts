// The limits of the collaboration engine, with defaults for a trajectory of this size. Tests pass
// their own CollabLimits through createAppServer({ collab: { limits } }); the process entry sets
// joinsPerMinute from COLLAB_JOINS_PER_MINUTE (the benchmark raises it). The awareness cap is fixed.

export type CollabLimits = {
  /** Largest sync message accepted, in bytes (awareness has its own: MAX_AWARENESS_BYTES). */
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

/**
 * socket.io's cap on one incoming packet (maxHttpBufferSize). Above it socket.io drops the
 * connection without a word, so it is twice the largest message the engine accepts: a message
 * over the limit, with its envelope (event, document name, ack id), still arrives and is refused
 * with `bericht-te-groot`, which the person's editor can show.
 */
export function socketPacketBytes(limits: Pick<CollabLimits, "maxMessageBytes">): number {
  return 2 * Math.max(limits.maxMessageBytes, MAX_AWARENESS_BYTES);
}

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
