import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeEach, vi } from "vitest";

// Every test worker gets its own real SQLite file, migrated from the committed migrations.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "leerkring-test-"));
process.env.DATABASE_URL = path.join(dir, "test.db");
process.env.NODE_ENV = "test";

const { closeDb, getDb, migrateDatabase } = await import("#db/client.ts");
const { seedFramework } = await import("#db/seed/monitor.ts");
migrateDatabase(getDb());
// Like the server at every start: the reference data of the social-quality monitor.
seedFramework(getDb());

// A test that logs an error fails: errors are never an expected part of a passing run.
beforeEach(() => {
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error in test: ${args.map(String).join(" ")}`);
  });
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
