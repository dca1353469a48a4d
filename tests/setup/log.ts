import { Writable } from "node:stream";
import { createLogger } from "#server/logger.ts";

export type LogEntry = { level: number; msg: string } & Record<string, unknown>;

/**
 * A real logger (server/logger.ts, at info) that writes its JSON lines here instead of stdout,
 * for tests that read what the server logs: pass `logger` to startTestApp.
 */
export function captureLog() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  return {
    logger: createLogger({ level: "info", destination }),
    /** Everything written so far, as the text an operator would read. */
    text: () => lines.join("\n"),
    /** The lines as objects, from the `from`-th on (a count taken before an action). */
    entries: (from = 0) => lines.slice(from).map((line) => JSON.parse(line) as LogEntry),
  };
}
