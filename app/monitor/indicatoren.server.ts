import { and, asc, count, eq, isNull, ne, sql } from "drizzle-orm";
import { getDb } from "#db/client.ts";
import { indicatoren, voorwaarden, wijkmetingScores } from "#db/schema.ts";
import { indicatorCode, VOORWAARDEN } from "#db/sociale-kwaliteit.ts";

// The beheerder's side of the framework: add, reword, retire and restore indicators. An indicator
// keeps its id and code through all of it, so earlier assessments and comparisons between periods
// stay intact; each score keeps the wording it was given against.

export function indicatorenForBeheer() {
  const used = sql<number>`(select count(*) from ${wijkmetingScores} where ${wijkmetingScores.indicatorId} = ${indicatoren.id})`;
  return getDb()
    .select({
      id: indicatoren.id,
      code: indicatoren.code,
      text: indicatoren.text,
      origin: indicatoren.origin,
      voorwaardeId: indicatoren.voorwaardeId,
      retiredAt: indicatoren.retiredAt,
      updatedAt: indicatoren.updatedAt,
      used,
    })
    .from(indicatoren)
    .innerJoin(voorwaarden, eq(voorwaarden.id, indicatoren.voorwaardeId))
    .orderBy(asc(voorwaarden.position), asc(indicatoren.position), asc(indicatoren.id))
    .all();
}

function activeDuplicate(voorwaardeId: number, text: string, exceptId?: number) {
  return !!getDb()
    .select({ id: indicatoren.id })
    .from(indicatoren)
    .where(
      and(
        eq(indicatoren.voorwaardeId, voorwaardeId),
        isNull(indicatoren.retiredAt),
        sql`lower(${indicatoren.text}) = lower(${text})`,
        exceptId ? ne(indicatoren.id, exceptId) : undefined,
      ),
    )
    .get();
}

export function addIndicator(input: { voorwaardeId: number; text: string }) {
  const db = getDb();
  return db.transaction((tx) => {
    const voorwaarde = tx
      .select()
      .from(voorwaarden)
      .where(eq(voorwaarden.id, input.voorwaardeId))
      .get();
    if (!voorwaarde) return { error: "voorwaarde" as const };
    if (activeDuplicate(voorwaarde.id, input.text)) return { error: "dubbel" as const };
    const letter = VOORWAARDEN.find((v) => v.slug === voorwaarde.slug)!.letter;
    const [existing] = tx
      .select({ n: count(), maxPosition: sql<number>`coalesce(max(${indicatoren.position}), -1)` })
      .from(indicatoren)
      .where(eq(indicatoren.voorwaardeId, voorwaarde.id))
      .all();
    // Codes are never reused: the next number after every code this condition ever had.
    let n = existing!.n + 1;
    while (
      tx
        .select({ id: indicatoren.id })
        .from(indicatoren)
        .where(eq(indicatoren.code, indicatorCode(letter, n)))
        .get()
    )
      n++;
    const row = tx
      .insert(indicatoren)
      .values({
        voorwaardeId: voorwaarde.id,
        code: indicatorCode(letter, n),
        text: input.text,
        origin: "beheerder",
        position: existing!.maxPosition + 1,
      })
      .returning({ id: indicatoren.id, code: indicatoren.code })
      .get();
    return { indicator: row };
  });
}

export function rewordIndicator(input: { indicatorId: number; text: string }) {
  const current = getDb()
    .select()
    .from(indicatoren)
    .where(eq(indicatoren.id, input.indicatorId))
    .get();
  if (!current) return { error: "onbekend" as const };
  if (activeDuplicate(current.voorwaardeId, input.text, current.id))
    return { error: "dubbel" as const };
  getDb()
    .update(indicatoren)
    .set({ text: input.text, updatedAt: new Date() })
    .where(eq(indicatoren.id, current.id))
    .run();
  return { indicator: { id: current.id, code: current.code } };
}

/** Retired indicators leave the form of new and concept assessments; submitted ones keep them. */
export function setIndicatorRetired(indicatorId: number, retired: boolean) {
  const current = getDb().select().from(indicatoren).where(eq(indicatoren.id, indicatorId)).get();
  if (!current) return { error: "onbekend" as const };
  if (!retired && activeDuplicate(current.voorwaardeId, current.text, current.id)) {
    return { error: "dubbel" as const };
  }
  getDb()
    .update(indicatoren)
    .set({ retiredAt: retired ? new Date() : null, updatedAt: new Date() })
    .where(eq(indicatoren.id, indicatorId))
    .run();
  return { indicator: { id: current.id, code: current.code } };
}
