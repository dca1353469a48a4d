import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "#db/client.ts";
import { tags } from "#db/schema.ts";
import { START_TAGS, tagFamilies, type TagFamily } from "#db/tags.ts";

/**
 * Loads the tags of the source documents (db/tags.ts) that a database lacks. Runs at every start
 * with the rest of the reference data; a tag staff retired stays retired, one they added stays.
 */
export function seedTags(db: DbOrTx): void {
  const rows = tagFamilies.flatMap((family) => START_TAGS[family].map((t) => ({ family, ...t })));
  db.insert(tags).values(rows).onConflictDoNothing().run();
}

/** The ids of tags of a family by slug. */
export function tagIds(tx: DbOrTx, family: TagFamily, slugs: readonly string[]): number[] {
  if (slugs.length === 0) return [];
  return tx
    .select({ id: tags.id })
    .from(tags)
    .where(and(eq(tags.family, family), inArray(tags.slug, slugs)))
    .all()
    .map((t) => t.id);
}
