import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { asc, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb, migrateDatabase, openDatabase } from "#db/client.ts";
import {
  beleidsfactoren,
  indicatoren,
  meetsuggesties,
  voorwaarden,
  wijken,
  wijkmetingen,
  wijkmetingScores,
} from "#db/schema.ts";
import { seedDemo } from "./demo.ts";
import { seedFramework } from "./monitor.ts";

// The framework in the database is checked against the source document itself, the text file
// beside the project (../shared/seeds): every Schema A indicator, verbatim, under its condition.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SOURCE = path.resolve(root, "../shared/seeds/003_296728cd39dc3c74.txt");

/** Schema A as the text file prints it, section by section. */
function schemaAFromSource() {
  const text = fs.readFileSync(SOURCE, "utf8");
  const lines = text.split("\n");
  const start = lines.findIndex((l) => l.startsWith("SCHEMA A |"));
  const end = lines.findIndex((l) => l.startsWith("4 SOCIALE BASIS"));
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  const section = lines.slice(start, end);

  // First table: a header row naming both conditions and their values, then one row whose two
  // cells hold the lists of Sociaaleconomische zekerheid and Sociale cohesie.
  const header = section.find((l) => l.startsWith("| Sociaaleconomische zekerheid"))!;
  const row = section.find((l) => l.startsWith("| <ul"))!;
  const [left, right] = row
    .split('<ul style="list-style-type: none">')
    .slice(1)
    .map((cell) =>
      cell
        .replace(/\|\s*$/, "")
        .split("•")
        .map((s) => s.trim())
        .filter(Boolean),
    );

  // Second table: the two condition headings, then one list in which the columns run together.
  const second = section.slice(section.findIndex((l) => l.startsWith("Sociale inclusie |")));
  const list = second.filter((l) => l.startsWith("- ")).map((l) => l.slice(2).trim());
  return {
    header,
    headings: second.slice(0, 8).join("\n"),
    zekerheid: left!,
    cohesie: right!,
    rest: list,
  };
}

function seededTexts(slug: string) {
  return getDb()
    .select({ text: indicatoren.text, origin: indicatoren.origin })
    .from(indicatoren)
    .innerJoin(voorwaarden, eq(voorwaarden.id, indicatoren.voorwaardeId))
    .where(eq(voorwaarden.slug, slug as "zekerheid"))
    .orderBy(asc(indicatoren.position))
    .all();
}

describe("the social-quality framework", () => {
  it("holds every indicator of Schema A, verbatim, under its condition, with the condition's value", () => {
    const source = schemaAFromSource();
    const conditions = getDb().select().from(voorwaarden).orderBy(asc(voorwaarden.position)).all();
    expect(conditions.map((c) => [c.name, c.waarde])).toEqual([
      ["Sociaaleconomische zekerheid", "Rechtvaardigheid"],
      ["Sociale cohesie", "Solidariteit"],
      ["Sociale inclusie", "Gelijkwaardigheid"],
      ["Sociale empowerment", "Waardigheid"],
    ]);
    // Each condition and its value head its section of Schema A in the source.
    expect(source.header).toContain("Sociaaleconomische zekerheid Rechtvaardigheid");
    expect(source.header).toContain("Sociale cohesie Solidariteit");
    expect(source.headings).toContain("Sociale inclusie | Gelijkwaardigheid");
    expect(source.headings).toContain("Sociale empowerment | Waardigheid");
    // …and each of its domains.
    for (const c of conditions) {
      const where =
        c.slug === "zekerheid" || c.slug === "cohesie" ? source.header : source.headings;
      for (const domein of c.domeinen.split("\n")) expect(where).toContain(domein);
    }

    const zekerheid = seededTexts("zekerheid");
    const cohesie = seededTexts("cohesie");
    const inclusie = seededTexts("inclusie");
    const empowerment = seededTexts("empowerment");
    expect(zekerheid.map((i) => i.text)).toEqual(source.zekerheid);
    expect(cohesie.map((i) => i.text)).toEqual(source.cohesie);
    // The second table's columns run together in the text: inclusie's list, then empowerment's.
    expect([...inclusie, ...empowerment].map((i) => i.text)).toEqual(source.rest);
    expect(inclusie[0]!.text).toBe(
      "Inwoners in deze wijk hebben, binnen acceptabele afstand, toegang tot sportfaciliteiten.",
    );
    expect(empowerment[0]!.text).toBe("De beroepsbevolking in deze wijk werkt onder een CAO.");
    expect([zekerheid, cohesie, inclusie, empowerment].map((l) => l.length)).toEqual([
      14, 16, 18, 17,
    ]);
    for (const i of [...zekerheid, ...cohesie, ...inclusie, ...empowerment]) {
      expect(i.origin).toBe("schema-a");
    }
  });

  it("holds the Schema B factors and measurement suggestions, each found in the source", () => {
    const text = fs.readFileSync(SOURCE, "utf8");
    const factors = getDb().select().from(beleidsfactoren).all();
    expect(factors.filter((f) => f.voorwaardeId === null)).toHaveLength(10);
    expect(factors.filter((f) => f.voorwaardeId !== null)).toHaveLength(18);
    for (const f of factors) expect(text).toContain(f.text);
    const suggestions = getDb().select().from(meetsuggesties).all();
    expect(suggestions).toHaveLength(20);
    for (const s of suggestions) expect(text).toContain(s.text);
  });

  it("is loaded into a new database once, and never over a beheerder's changes", () => {
    const db = openDatabase(":memory:");
    migrateDatabase(db);
    expect(seedFramework(db)).toBe(true);
    const first = db.select().from(indicatoren).where(eq(indicatoren.code, "Z01")).get()!;
    db.update(indicatoren).set({ retiredAt: new Date() }).where(eq(indicatoren.id, first.id)).run();
    expect(seedFramework(db)).toBe(false);
    expect(db.select().from(indicatoren).all()).toHaveLength(65);
    expect(db.select().from(indicatoren).where(isNull(indicatoren.retiredAt)).all()).toHaveLength(
      64,
    );
    db.$client.close();
  });

  it("comes with illustrative assessments in the demo trajectory", async () => {
    const db = openDatabase(":memory:");
    migrateDatabase(db);
    expect(await seedDemo(db, new Date("2026-11-23T10:00:00Z"))).toBe(true);
    const metingen = db
      .select({
        id: wijkmetingen.id,
        wijk: wijken.name,
        periode: wijkmetingen.periode,
        status: wijkmetingen.status,
        leervraagId: wijkmetingen.leervraagId,
      })
      .from(wijkmetingen)
      .innerJoin(wijken, eq(wijken.id, wijkmetingen.wijkId))
      .all();
    expect(metingen.map((m) => `${m.wijk} ${m.periode} ${m.status}`).sort()).toEqual([
      "Amstelveen-Noord 2026 ingediend",
      "Hilversum-Oost 2025 ingediend",
      "Hilversum-Oost 2026 ingediend",
      "Kerkelanden 2026 concept",
      "Schalkwijk 2025 ingediend",
      "Schalkwijk 2026 ingediend",
    ]);
    const submitted = metingen.find((m) => m.wijk === "Schalkwijk" && m.periode === "2026")!;
    expect(submitted.leervraagId).not.toBeNull();
    expect(
      db
        .select()
        .from(wijkmetingScores)
        .where(eq(wijkmetingScores.wijkmetingId, submitted.id))
        .all(),
    ).toHaveLength(65);
    db.$client.close();
  });
});
