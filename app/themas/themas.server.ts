import { asc, desc, eq, sql } from "drizzle-orm";
import { slugify } from "#app/utils/slug.ts";
import { getDb } from "#db/client.ts";
import { bijeenkomsten, leervragen, organisations, themas, type ThemaStatus } from "#db/schema.ts";
import type { ThemaInput } from "./thema-schema.ts";

export function listThemas() {
  return getDb().select().from(themas).orderBy(asc(themas.position), asc(themas.id)).all();
}

/** Learning questions on a theme's page, most recently changed first. */
const RECENT_LEERVRAGEN = 50;

export function getThema(slug: string) {
  const db = getDb();
  const thema = db.select().from(themas).where(eq(themas.slug, slug)).get();
  if (!thema) return null;
  return {
    thema,
    meetings: db
      .select({
        id: bijeenkomsten.id,
        title: bijeenkomsten.title,
        startsAt: bijeenkomsten.startsAt,
        status: bijeenkomsten.status,
        location: bijeenkomsten.location,
      })
      .from(bijeenkomsten)
      .where(eq(bijeenkomsten.themaId, thema.id))
      .orderBy(desc(bijeenkomsten.startsAt))
      .all(),
    questions: db
      .select({
        id: leervragen.id,
        title: leervragen.title,
        status: leervragen.status,
        organisationName: organisations.name,
      })
      .from(leervragen)
      .innerJoin(organisations, eq(organisations.id, leervragen.organisationId))
      .where(eq(leervragen.themaId, thema.id))
      .orderBy(desc(leervragen.updatedAt))
      .limit(RECENT_LEERVRAGEN)
      .all(),
  };
}

/** A proposed theme; the project leaders decide later whether it becomes a chosen one. */
export function proposeThema(input: ThemaInput): { slug: string } | { error: "name-taken" } {
  const db = getDb();
  const slug = slugify(input.name) || "thema";
  if (db.select().from(themas).where(eq(themas.slug, slug)).get()) return { error: "name-taken" };
  const [last] = db
    .select({ max: sql<number>`coalesce(max(${themas.position}), 0)` })
    .from(themas)
    .all();
  db.insert(themas)
    .values({ ...input, slug, status: "voorgesteld", position: (last?.max ?? 0) + 1 })
    .run();
  return { slug };
}

export function setThemaStatus(id: number, status: ThemaStatus): boolean {
  return getDb().update(themas).set({ status }).where(eq(themas.id, id)).run().changes === 1;
}
