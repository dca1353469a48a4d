import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeEach, vi } from "vitest";

// Every test worker gets its own real SQLite file, migrated from the committed migrations.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "leerkring-test-"));
process.env.DATABASE_URL = path.join(dir, "test.db");
process.env.NODE_ENV = "test";

const { closeDb, getDb, migrateDatabase } = await import("#db/client.ts");
const { seedFramework } = await import("#db/seed-monitor.ts");
migrateDatabase(getDb());
// Like the server at every start: the reference data of the social-quality monitor.
seedFramework(getDb());

// A test that logs an error fails: errors are never an expected part of a passing run.
beforeEach(() => {
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error in test: ${args.map(String).join(" ")}`);
  });
});

afterAll(() => {
  closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});
