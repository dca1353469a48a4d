import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDatabase } from "./client.ts";

describe("the connection's statements", () => {
  it("prepares a statement once and hands it back in its default mode", () => {
    const db = openDatabase(":memory:");
    const sqlite = db.$client;
    sqlite.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)");
    sqlite.prepare("INSERT INTO t (name) VALUES (?)").run("een");

    const first = sqlite.prepare("SELECT id, name FROM t");
    expect(first.raw().all()).toEqual([[1, "een"]]);
    const again = sqlite.prepare("SELECT id, name FROM t");
    expect(again).toBe(first);
    expect(again.all()).toEqual([{ id: 1, name: "een" }]);
    expect(sqlite.prepare("SELECT id, name FROM t").pluck().get()).toBe(1);
    expect(sqlite.prepare("SELECT id, name FROM t").get()).toEqual({ id: 1, name: "een" });

    // drizzle reads raw rows for a typed select and objects for plain SQL: both stay right.
    expect(db.all(sql`SELECT id, name FROM t`)).toEqual([{ id: 1, name: "een" }]);
    expect(db.values(sql`SELECT id, name FROM t`)).toEqual([[1, "een"]]);
    expect(db.all(sql`SELECT id, name FROM t`)).toEqual([{ id: 1, name: "een" }]);
    sqlite.close();
  });

  it("keeps a bounded number, the most recently used", () => {
    const db = openDatabase(":memory:");
    const sqlite = db.$client;
    const kept = sqlite.prepare("SELECT 0");
    for (let i = 1; i <= 600; i++) sqlite.prepare(`SELECT ${i}`);
    expect(sqlite.prepare("SELECT 0")).not.toBe(kept);
    const recent = sqlite.prepare("SELECT 600");
    expect(sqlite.prepare("SELECT 600")).toBe(recent);
    sqlite.close();
  });
});
