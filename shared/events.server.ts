import { EventEmitter } from "node:events";
import { processWide } from "./process-wide.ts";

// Events inside the one process, from the features to the parts that run beside the pages: the
// mail worker hears that a mail was queued, the fan-out that news for many people was stored, the
// live connection that someone's notifications changed. The pages run from the build's bundle and
// the server from its own modules, so the emitter is process-wide (process-wide.ts).

type Events = {
  /** A mail was queued: the worker need not wait for its next look. */
  "mail:queued": [];
  /** News for many people was stored: the fan-out gives it to the rest. */
  "news:queued": [];
  /** These people's notifications changed (new, or read): their unread count is sent anew. */
  "notifications:changed": [userIds: number[]];
};

export const processEvents: EventEmitter<Events> = processWide(
  "events",
  () => new EventEmitter<Events>(),
);

/**
 * Emits once the current synchronous work is done: better-sqlite3's transactions are synchronous,
 * so a listener hears of a change only after it has been committed.
 */
export function emitAfterCommit<K extends keyof Events>(event: K, ...args: Events[K]): void {
  setImmediate(() => (processEvents.emit as (e: K, ...a: Events[K]) => boolean)(event, ...args));
}
