import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { describe, expect, it } from "vitest";
import { closeDb, databasePath, getDb, type Db } from "#db/client.ts";
import * as schema from "#db/schema.ts";
import { processWide } from "#shared/process-wide.ts";
import { captureLog } from "#tests/setup/log.ts";
import { startTestApp } from "#tests/setup/http.ts";

// The app's database can no longer be written, as on a disk remounted read-only: the app's one
// connection (db/client.ts keeps it process-wide) is replaced by a read-only one on the same file.
const log = captureLog();
const app = startTestApp({ logger: log.logger });

describe("readiness with a database that takes no writes", () => {
  it("answers 503 while /healthz still answers 200", async () => {
    expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
    getDb(); // opened, so that closing below really closes the read-write connection
    closeDb();
    const readOnly = new Database(databasePath(), { readonly: true, fileMustExist: true });
    processWide("db", () => drizzle({ client: readOnly, schema, casing: "snake_case" }) as Db);

    const from = log.entries().length;
    const ready = await fetch(`${app.url}/readyz`);
    expect([ready.status, await ready.text()]).toEqual([503, "niet gereed"]);
    const [entry] = log.entries(from).filter((e) => e.msg === "not ready");
    expect(entry?.problems).toEqual([expect.stringMatching(/^database: .*readonly/)]);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });
});
