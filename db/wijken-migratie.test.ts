import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase } from "./client.ts";

// Migration 0019 turns the free-text neighbourhood names of wijkmetingen into records (its data
// part is hand-written SQL), and 0020 drops the text column by rebuilding the table. Checked on a
// database at 0018 holding assessments with such names, then migrated to the end.

const migrations = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

/** A copy of the migrations folder that ends at `last` (its tag, e.g. "0012_mfa"). */
function migrationsUpTo(last: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "leerkring-migraties-"));
  fs.mkdirSync(path.join(dir, "meta"));
  const journal = JSON.parse(fs.readFileSync(path.join(migrations, "meta/_journal.json"), "utf8"));
  const end = journal.entries.findIndex((e: { tag: string }) => e.tag === last);
  journal.entries = journal.entries.slice(0, end + 1);
  for (const e of journal.entries) {
    fs.copyFileSync(path.join(migrations, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  }
  fs.writeFileSync(path.join(dir, "meta/_journal.json"), JSON.stringify(journal));
  return dir;
}

describe("the migration of free-text neighbourhood names", () => {
  it("makes one record per distinct name per municipality and keeps every assessment and score", () => {
    const db = openDatabase(":memory:");
    const sqlite = db.$client;
    sqlite.pragma("foreign_keys = OFF");
    migrate(db, { migrationsFolder: migrationsUpTo("0018_passkeys") });
    sqlite.pragma("foreign_keys = ON");
    const org = (slug: string) =>
      Number(
        sqlite
          .prepare("insert into organisations (slug, name, kind) values (?, ?, 'gemeente')")
          .run(slug, slug).lastInsertRowid,
      );
    const a = org("a");
    const b = org("b");
    const meting = (organisationId: number, wijk: string, periode: string) =>
      Number(
        sqlite
          .prepare("insert into wijkmetingen (organisation_id, wijk, periode) values (?, ?, ?)")
          .run(organisationId, wijk, periode).lastInsertRowid,
      );
    const oost2024 = meting(a, "Oost", "2024");
    const oost2025 = meting(a, "oost ", "2025"); // the same name, typed otherwise
    const west = meting(a, "West", "2025");
    const oostB = meting(b, "Oost", "2025"); // another municipality's Oost is another record
    sqlite
      .prepare("insert into voorwaarden (slug, name, waarde) values ('zekerheid', 'Z', 'R')")
      .run();
    sqlite
      .prepare("insert into indicatoren (voorwaarde_id, code, text) values (1, 'Z01', 'Tekst')")
      .run();
    sqlite
      .prepare(
        "insert into wijkmeting_scores (wijkmeting_id, indicator_id, score, indicator_text) values (?, 1, 4, 'Tekst')",
      )
      .run(oost2024);

    migrateDatabase(db);

    const wijken = sqlite
      .prepare("select id, organisation_id as org, name from wijken order by org, name")
      .all() as { id: number; org: number; name: string }[];
    expect(wijken.map((w) => [w.org, w.name])).toEqual([
      [a, "Oost"],
      [a, "West"],
      [b, "Oost"],
    ]);
    const wijkOf = (id: number) =>
      (
        sqlite.prepare("select wijk_id as w from wijkmetingen where id = ?").get(id) as {
          w: number;
        }
      ).w;
    const [oostA, westA, oostOfB] = wijken.map((w) => w.id);
    expect(wijkOf(oost2024)).toBe(oostA);
    expect(wijkOf(oost2025)).toBe(oostA);
    expect(wijkOf(west)).toBe(westA);
    expect(wijkOf(oostB)).toBe(oostOfB);
    // The table rebuild of 0014 did not cascade into the scores.
    expect(sqlite.prepare("select count(*) as n from wijkmeting_scores").get()).toEqual({ n: 1 });
    const columns = (
      sqlite.prepare("pragma table_info(wijkmetingen)").all() as { name: string }[]
    ).map((c) => c.name);
    expect(columns).toContain("wijk_id");
    expect(columns).not.toContain("wijk");
    expect(sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
    sqlite.close();
  });
});
