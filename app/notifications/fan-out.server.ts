import { asc, eq } from "drizzle-orm";
import type { Logger } from "pino";
import { getDb } from "#db/client.ts";
import { newsFanOut } from "#db/schema.ts";
import { processEvents } from "#shared/events.server.ts";
import {
  INLINE_RECIPIENTS,
  deliverNews,
  type NotificationKind,
  type StoredNews,
} from "./notify.server.tsx";

// News for more people than the change's own transaction gives it to (notify.server.tsx) waits
// here as one row. This gives it to the rest, INLINE_RECIPIENTS at a time, each batch in its own
// transaction that also records how far it got, with a turn of the event loop between batches so
// that pages and co-editing keep moving. A process that stops half-way goes on where it was.

export type NewsFanOut = {
  /** Finishes the batch under way, then stops. */
  stop(): Promise<void>;
};

/** Gives the next batch of the oldest waiting news; false when nothing waits. */
export function deliverNextBatch(): boolean {
  const db = getDb();
  return db.transaction((tx) => {
    const row = tx.select().from(newsFanOut).orderBy(asc(newsFanOut.id)).limit(1).get();
    if (!row) return false;
    const news: StoredNews = {
      category: row.category,
      kind: row.kind as NotificationKind,
      params: row.params,
      link: row.link,
    };
    const end = row.delivered + INLINE_RECIPIENTS;
    deliverNews(tx, row.recipients.slice(row.delivered, end), news);
    if (end >= row.recipients.length) {
      tx.delete(newsFanOut).where(eq(newsFanOut.id, row.id)).run();
    } else {
      tx.update(newsFanOut).set({ delivered: end }).where(eq(newsFanOut.id, row.id)).run();
    }
    return true;
  });
}

export function startNewsFanOut(logger: Logger): NewsFanOut {
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;

  async function work(): Promise<void> {
    while (!stopped && deliverNextBatch()) {
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  function wake() {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    again = false;
    running = work()
      .catch((error: unknown) => logger.error({ err: error }, "news fan-out failed"))
      .finally(() => {
        running = null;
        if (again) wake();
      });
  }

  processEvents.on("news:queued", wake);
  wake(); // what a stopped process left

  return {
    async stop() {
      stopped = true;
      processEvents.off("news:queued", wake);
      await running;
    },
  };
}
