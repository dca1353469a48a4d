import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb, migrateDatabase, openDatabase } from "#db/client.ts";
import { actoren, uitdagingen } from "#db/schema.ts";
import { SCHEMA_C } from "#db/sociale-basis-actoren.ts";
import { seedSchemaC } from "./monitor.ts";

// Schema C in the database is checked against the source document itself (../shared/seeds): each
// actor's roles and tasks and each challenge, verbatim, in the section of Schema C.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SOURCE = path.resolve(root, "../shared/seeds/003_296728cd39dc3c74.txt");

function schemaCSection() {
  const lines = fs.readFileSync(SOURCE, "utf8").split("\n");
  const start = lines.findIndex((l) => l.startsWith("SCHEMA C |"));
  const end = lines.findIndex((l) => l.startsWith("5 TYPEN BELEIDSINTERVENTIES"));
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  return lines.slice(start, end).join("\n");
}

describe("Schema C", () => {
  it("holds every actor of Schema C with its roles and tasks, as the source names them", () => {
    const section = schemaCSection();
    const rows = getDb().select().from(actoren).orderBy(asc(actoren.position)).all();
    expect(rows.map((a) => a.name)).toEqual([
      "Gemeenteraad, B&W",
      "Ambtenaren",
      "Buurtmakers (actieve inwoners)",
      "Sociale professional",
      "Vrijwilliger, kunstenaar, ondernemer, ...",
    ]);
    for (const a of rows) {
      expect(section).toContain(a.name);
      const taken = a.taken.split("\n");
      expect(taken.length).toBeGreaterThan(0);
      for (const taak of taken) expect(section).toContain(taak);
    }
  });

  it("holds each challenge of the source, verbatim, under its actor, with a stable code", () => {
    const section = schemaCSection();
    const rows = getDb()
      .select({ code: uitdagingen.code, text: uitdagingen.text, actor: actoren.name })
      .from(uitdagingen)
      .innerJoin(actoren, eq(actoren.id, uitdagingen.actorId))
      .orderBy(asc(actoren.position), asc(uitdagingen.position))
      .all();
    // 7 for the council, 8 for civil servants, 8 for active residents, 6 for professionals, 1 for
    // volunteers, artists and entrepreneurs: every bullet of the right-hand column.
    expect(rows).toHaveLength(30);
    for (const r of rows) expect(section).toContain(r.text);
    expect(rows.filter((r) => r.actor === "Ambtenaren").map((r) => r.code)).toEqual(
      Array.from({ length: 8 }, (_, i) => `UA0${i + 1}`),
    );
    // The right-hand column of the table (challenges) holds the council's and civil servants'.
    const challengesCell = section
      .split("\n")
      .filter((l) => l.startsWith("| <ul"))
      .map((l) => l.split("|")[2]!);
    for (const r of rows.filter((r) => r.actor === "Gemeenteraad, B&W")) {
      expect(challengesCell[0]).toContain(r.text);
    }
    // The lists after the table: first the tasks of the three other actors, then their challenges.
    const afterTable = section.slice(section.indexOf("Buurtmakers (actieve inwoners)"));
    const secondHalf = afterTable.slice(afterTable.indexOf("Buurtmakers", 10));
    for (const r of rows.filter((r) => r.code.startsWith("UW") || r.code.startsWith("UP"))) {
      expect(secondHalf).toContain(r.text);
    }
  });

  it("is loaded into a new database once", () => {
    const db = openDatabase(":memory:");
    migrateDatabase(db);
    expect(seedSchemaC(db)).toBe(true);
    expect(seedSchemaC(db)).toBe(false);
    expect(db.select().from(uitdagingen).all()).toHaveLength(
      SCHEMA_C.reduce((n, a) => n + a.uitdagingen.length, 0),
    );
    db.$client.close();
  });
});
