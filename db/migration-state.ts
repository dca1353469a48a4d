import path from "node:path";
import { fileURLToPath } from "node:url";
import type Database from "better-sqlite3";
import { readMigrationFiles } from "drizzle-orm/migrator";

// Which of this version's migrations a database has: for /readyz (all applied?) and for a restore
// (a backup from a newer version has migrations this version does not know, and is refused).

export const MIGRATIONS_FOLDER = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "migrations",
);

export type MigrationState = {
  /** The database has drizzle's migrations table at all (else it is no Leerkring database). */
  hasTable: boolean;
  /** Migrations of this version. */
  expected: number;
  /** Of those, how many the database has. */
  applied: number;
  /** Migrations in the database that this version does not know (a newer version's). */
  unknown: number;
};

let known: { hash: string; folderMillis: number }[] | undefined;

export function migrationState(sqlite: Database.Database): MigrationState {
  known ??= readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });
  const table = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  if (!table) return { hasTable: false, expected: known.length, applied: 0, unknown: 0 };
  const rows = sqlite
    .prepare("SELECT hash, created_at AS createdAt FROM __drizzle_migrations")
    .all() as {
    hash: string;
    createdAt: number | string;
  }[];
  // drizzle records each migration by its journal time and the hash of its SQL.
  const byTime = new Map(known.map((m) => [m.folderMillis, m.hash]));
  let applied = 0;
  let unknown = 0;
  for (const row of rows) {
    if (byTime.get(Number(row.createdAt)) === row.hash) applied++;
    else unknown++;
  }
  return { hasTable: true, expected: known.length, applied, unknown };
}
