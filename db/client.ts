import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema.ts";
import { forgetProcessWide, processWide } from "#shared/process-wide.ts";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** A transaction, or the database itself: what functions that may run inside one accept. */
export type DbOrTx = Db | Parameters<Parameters<Db["transaction"]>[0]>[0];

export function databasePath(): string {
  return process.env.DATABASE_URL?.replace(/^file:/, "") || "data/leerkring.db";
}

export function openDatabase(file = databasePath()): Db {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  // FULL: every commit fsyncs the WAL before it returns, so what was committed (an acknowledged
  // co-editing update, a saved form) survives a power cut, not only a killed process. Co-editing
  // shares one commit among the updates of an event-loop turn (server/collab/group-commit.ts).
  // Decision record 013.
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  reuseStatements(sqlite);
  return drizzle({ client: sqlite, schema, casing: "snake_case" });
}

/**
 * drizzle prepares a query's SQL anew each time it runs it; SQLite can run a prepared statement
 * again and again. So the connection keeps the statements it used last, by their SQL, and hands
 * one back in its default mode (drizzle switches it to raw rows when it wants them). One
 * connection on one event loop: nothing runs a statement while another run of it is half done,
 * since nothing here iterates one lazily.
 */
function reuseStatements(sqlite: Database.Database, keep = 500): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const statements = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    let statement = statements.get(source);
    if (statement) statements.delete(source);
    else {
      statement = prepare(source);
      if (statements.size >= keep) statements.delete(statements.keys().next().value!);
    }
    statements.set(source, statement); // the most recently used last
    if (statement.reader) statement.raw(false).pluck(false).expand(false);
    return statement;
  }) as Database.Database["prepare"];
}

/** Applies the committed drizzle-kit migrations; called by the server entry and the test setup. */
export function migrateDatabase(db: Db): void {
  // drizzle-kit changes a column in SQLite by rebuilding the table (create, copy, drop, rename).
  // With foreign keys on, that drop would cascade into the rows pointing at the table (the scores
  // of wijkmetingen in 0014), and the migration's own `PRAGMA foreign_keys=OFF` does nothing
  // inside the migrator's transaction: so they are switched off around it, and checked after.
  const wasOn = db.$client.pragma("foreign_keys", { simple: true }) === 1;
  db.$client.pragma("foreign_keys = OFF");
  try {
    migrate(db, {
      migrationsFolder: path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations"),
    });
    const broken = db.$client.pragma("foreign_key_check") as unknown[];
    if (broken.length > 0) throw new Error(`Migratie laat ${broken.length} verwijzingen stuk`);
  } finally {
    if (wasOn) db.$client.pragma("foreign_keys = ON");
  }
}

// One connection per process, shared by the server entry and the app bundle.
export function getDb(): Db {
  return processWide("db", openDatabase);
}

export function closeDb(): void {
  processWide<Db | null>("db", () => null)?.$client.close();
  forgetProcessWide("db");
}

const statements = new WeakMap<Database.Database, Map<string, unknown>>();

/**
 * A statement prepared once per connection, for code that runs it many times in a row (news for
 * 2,000 people): building the SQL anew for every row would cost more than writing it. It runs in
 * the transaction under way, since a transaction is the connection's.
 */
export function preparedStatement<T>(name: string, build: (db: Db) => T): T {
  const db = getDb();
  let forConnection = statements.get(db.$client);
  if (!forConnection) {
    forConnection = new Map();
    statements.set(db.$client, forConnection);
  }
  let statement = forConnection.get(name) as T | undefined;
  if (!statement) {
    statement = build(db);
    forConnection.set(name, statement);
  }
  return statement;
}
