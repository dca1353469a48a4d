import type { Db } from "#db/client.ts";
import { logger } from "../logger.ts";
import { appendStatement } from "./persistence.ts";
import { profile } from "./profile.ts";

// Group commit: the updates accepted within one turn of the event loop (or within `windowMs`)
// are appended in one transaction, so they share one commit and, with `synchronous = FULL`
// (db/client.ts), one fsync of the WAL. Each is acknowledged only after that commit returned.
// While better-sqlite3 waits for the fsync the event loop is blocked, so the messages that arrive
// meanwhile are read in the next turn and form the next batch: the busier it is, the larger the
// batches, without a fixed delay when it is quiet.

export type AppendResult = { ok: true; id: number } | { ok: false; error: unknown };

type Pending = {
  name: string;
  update: Uint8Array;
  userId: number | null;
  done: (result: AppendResult) => void;
};

export type CommitStats = { commits: number; appended: number; failed: number };

export class GroupCommit {
  private queue: Pending[] = [];
  private scheduled: NodeJS.Immediate | NodeJS.Timeout | null = null;
  readonly stats: CommitStats = { commits: 0, appended: 0, failed: 0 };

  constructor(
    private readonly db: () => Db,
    /** 0: commit at the end of the current event-loop turn; more: wait this many ms. */
    private readonly windowMs = 0,
  ) {}

  get pending(): number {
    return this.queue.length;
  }

  /** Queues an update; `done` is called after the transaction holding it committed (or failed). */
  add(name: string, update: Uint8Array, userId: number | null, done: Pending["done"]): void {
    this.queue.push({ name, update, userId, done });
    if (this.scheduled) return;
    this.scheduled =
      this.windowMs > 0
        ? setTimeout(() => this.flush(), this.windowMs)
        : setImmediate(() => this.flush());
  }

  /**
   * Commits everything queued now, in order, in one transaction, then calls each `done` in that
   * order (acknowledgements keep the order of arrival per document). An insert that fails (a
   * constraint) fails alone: SQLite undoes only that statement, the others commit. A commit that
   * fails fails them all, and nothing of the batch is stored.
   */
  flush(): void {
    if (this.scheduled) {
      clearImmediate(this.scheduled as NodeJS.Immediate);
      clearTimeout(this.scheduled as NodeJS.Timeout);
      this.scheduled = null;
    }
    const batch = this.queue;
    if (batch.length === 0) return;
    this.queue = [];
    const results: AppendResult[] = [];
    const started = profile.enabled ? performance.now() : 0;
    try {
      const db = this.db();
      const statement = appendStatement(db);
      db.$client.transaction(() => {
        for (const item of batch) {
          try {
            const { id } = statement.get({
              name: item.name,
              update: Buffer.from(
                item.update.buffer,
                item.update.byteOffset,
                item.update.byteLength,
              ),
              userId: item.userId,
            })!;
            results.push({ ok: true, id });
          } catch (error) {
            results.push({ ok: false, error });
          }
        }
      })();
      this.stats.commits++;
    } catch (error) {
      results.length = 0;
      for (let i = 0; i < batch.length; i++) results.push({ ok: false, error });
    }
    if (profile.enabled) profile.add("commit", performance.now() - started);
    for (let i = 0; i < batch.length; i++) {
      const result = results[i]!;
      if (result.ok) this.stats.appended++;
      else this.stats.failed++;
      try {
        batch[i]!.done(result);
      } catch (error) {
        // One acknowledgement that throws must not keep the rest of the batch from theirs.
        logger.error({ err: error, document: batch[i]!.name }, "collab: after a commit");
      }
    }
  }
}
