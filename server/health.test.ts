import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase } from "#db/client.ts";
import { readinessProblems } from "./health.ts";

describe("readiness", () => {
  it("reports a database that lacks one of this version's migrations", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "leerkring-readyz-"));
    const db = openDatabase(path.join(dir, "x.db"));
    try {
      migrateDatabase(db);
      const checks = { database: () => db.$client, mailAlive: () => true };
      expect(readinessProblems(checks)).toEqual([]);
      db.$client.exec(
        // drizzle's table has no usable id: the newest migration by its journal time.
        "DELETE FROM __drizzle_migrations WHERE created_at = (SELECT max(created_at) FROM __drizzle_migrations)",
      );
      expect(readinessProblems(checks)).toEqual([expect.stringMatching(/^migrations: /)]);
      db.$client.close();
      expect(readinessProblems(checks)).toEqual([expect.stringMatching(/^database: /)]);
    } finally {
      if (db.$client.open) db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
