import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { format } from "node:util";
import { afterAll, afterEach, beforeEach, vi } from "vitest";

// Every test worker gets its own real SQLite file, migrated from the committed migrations.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "leerkring-test-"));
process.env.DATABASE_URL = path.join(dir, "test.db");
process.env.NODE_ENV = "test";
// Quiet: tests that read the log pass their own logger (tests/setup/log.ts).
process.env.LOG_LEVEL ??= "silent";

const { closeDb, getDb, migrateDatabase } = await import("#db/client.ts");
const { seedFramework } = await import("#db/seed/monitor.ts");
const { logger } = await import("#server/logger.ts");
migrateDatabase(getDb());
// Like the server at every start: the reference data of the social-quality monitor.
seedFramework(getDb());

// A test that logs an error fails: errors are never an expected part of a passing run. The
// process logger is spied on whatever LOG_LEVEL says; request loggers are its children.
beforeEach(() => {
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error in test: ${args.map(String).join(" ")}`);
  });
  for (const level of ["error", "fatal"] as const) {
    vi.spyOn(logger, level).mockImplementation((...args: unknown[]) => {
      throw new Error(`logger.${level} in test: ${format(...args)}`);
    });
  }
});

// A leak warning (MaxListenersExceededWarning and the like) fails the test during which it came.
const leakWarnings: Error[] = [];
process.on("warning", (warning) => {
  if (warning.name === "MaxListenersExceededWarning") leakWarnings.push(warning);
});
afterEach(() => {
  const found = leakWarnings.splice(0);
  if (found.length) throw new Error(`process warning in test: ${found.map(String).join("; ")}`);
});

afterAll(() => {
  closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});
