import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import { recordAudit } from "#app/audit/audit.server.ts";
import { slugify } from "#app/utils/slug.ts";
import { getDb, type DbOrTx } from "#db/client.ts";
import { tagKoppelingen, tags, type TagOwnerKind } from "#db/schema.ts";
import { tagFamilies, type TagFamily } from "#db/tags.ts";
import { tagFieldNames, type TagFieldName, type TagInput } from "./tag-schema.ts";

// Tags (db/tags.ts) and the records they are on (tag_koppelingen). Each kind of record names
// its foreign key here, so the feature modules only say which kind and which id.

export type Tag = { id: number; family: TagFamily; slug: string; name: string; retired: boolean };

const ownerColumn = {
  leervraag: tagKoppelingen.leervraagId,
  interventie: tagKoppelingen.interventieId,
  traject: tagKoppelingen.trajectId,
  essay: tagKoppelingen.essayId,
  gemeente: tagKoppelingen.organisationId,
} satisfies Record<TagOwnerKind, unknown>;
const ownerValues = {
  leervraag: (id: number) => ({ ownerKind: "leervraag" as const, leervraagId: id }),
  interventie: (id: number) => ({ ownerKind: "interventie" as const, interventieId: id }),
  traject: (id: number) => ({ ownerKind: "traject" as const, trajectId: id }),
  essay: (id: number) => ({ ownerKind: "essay" as const, essayId: id }),
  gemeente: (id: number) => ({ ownerKind: "gemeente" as const, organisationId: id }),
} satisfies Record<TagOwnerKind, (id: number) => unknown>;

const tagColumns = {
  id: tags.id,
  family: tags.family,
  slug: tags.slug,
  name: tags.name,
  retiredAt: tags.retiredAt,
};

function toTag({ retiredAt, ...tag }: { retiredAt: Date | null } & Omit<Tag, "retired">): Tag {
  return { ...tag, retired: retiredAt !== null };
}

/** Every tag, retired ones included, by family and name. */
export function listTags(): Tag[] {
  return getDb()
    .select(tagColumns)
    .from(tags)
    .orderBy(asc(tags.family), sql`${tags.name} collate nocase`)
    .all()
    .map(toTag);
}

/** The catalogue page: every tag with how many records carry it. */
export function listTagsWithUse() {
  const uses = new Map(
    getDb()
      .select({ tagId: tagKoppelingen.tagId, n: count() })
      .from(tagKoppelingen)
      .groupBy(tagKoppelingen.tagId)
      .all()
      .map((r) => [r.tagId, r.n]),
  );
  return listTags().map((t) => ({ ...t, uses: uses.get(t.id) ?? 0 }));
}

/** The tags on one record. */
export function tagsOf(kind: TagOwnerKind, id: number): Tag[] {
  return tagsOfEach(kind, [id]).get(id) ?? [];
}

/** The tags on each of these records, in one query (for a list's column). */
export function tagsOfEach(kind: TagOwnerKind, ids: readonly number[]): Map<number, Tag[]> {
  const byOwner = new Map<number, Tag[]>();
  if (ids.length === 0) return byOwner;
  const rows = getDb()
    .select({ ...tagColumns, ownerId: ownerColumn[kind] })
    .from(tagKoppelingen)
    .innerJoin(tags, eq(tags.id, tagKoppelingen.tagId))
    .where(inArray(ownerColumn[kind], [...ids]))
    .orderBy(asc(tags.family), sql`${tags.name} collate nocase`)
    .all();
  for (const { ownerId, ...row } of rows) {
    if (!byOwner.has(ownerId!)) byOwner.set(ownerId!, []);
    byOwner.get(ownerId!)!.push(toTag(row));
  }
  return byOwner;
}

/** What a record's form offers: the tags in use, and the retired ones the record still has. */
export function tagChoices(current: readonly Tag[] = []): Tag[] {
  const chosen = new Set(current.map((t) => t.id));
  return listTags().filter((t) => !t.retired || chosen.has(t.id));
}

/** A record's tags as the form's default values, one list per family. */
export function tagValues(current: readonly Tag[]): Record<TagFieldName, string[]> {
  return Object.fromEntries(
    tagFamilies.map((f) => [
      tagFieldNames[f],
      current.filter((t) => t.family === f).map((t) => String(t.id)),
    ]),
  ) as Record<TagFieldName, string[]>;
}

/**
 * Field errors for ticked ids that are no tag of that family, or retired and not yet on the
 * record (null: none). A crafted form never reaches the database with an unknown id.
 */
export function tagErrors(input: TagInput, current: readonly Tag[] = []) {
  const allowed = tagChoices(current);
  for (const family of tagFamilies) {
    const name = tagFieldNames[family];
    const known = input[name].every((id) =>
      allowed.some((t) => t.id === id && t.family === family),
    );
    if (!known) return { [name]: { key: "tag.fout.onbekend" } } as const;
  }
  return null;
}

/** Replaces a record's tags by the ticked ones (checked with tagErrors first). */
export function setTags(tx: DbOrTx, kind: TagOwnerKind, id: number, input: TagInput): void {
  const wanted = tagFamilies.flatMap((f) => input[tagFieldNames[f]]);
  const column = ownerColumn[kind];
  const existing = tx
    .select({ tagId: tagKoppelingen.tagId })
    .from(tagKoppelingen)
    .where(eq(column, id))
    .all()
    .map((r) => r.tagId);
  const removed = existing.filter((t) => !wanted.includes(t));
  if (removed.length > 0) {
    tx.delete(tagKoppelingen)
      .where(and(eq(column, id), inArray(tagKoppelingen.tagId, removed)))
      .run();
  }
  const added = wanted.filter((t) => !existing.includes(t));
  if (added.length > 0) {
    tx.insert(tagKoppelingen)
      .values(added.map((tagId) => ({ tagId, ...ownerValues[kind](id) })))
      .run();
  }
}

/** The records of a kind that carry a tag: a condition for the kind's list query. */
export function taggedWith(kind: TagOwnerKind, tagId: number) {
  return getDb()
    .select({ id: ownerColumn[kind] })
    .from(tagKoppelingen)
    .where(eq(tagKoppelingen.tagId, tagId));
}

/** A tag by id, for a list's filter (null when there is none). */
export function getTag(id: number): Tag | null {
  const row = getDb().select(tagColumns).from(tags).where(eq(tags.id, id)).get();
  return row ? toTag(row) : null;
}

/** A new tag in a family; refused when the family has one by that name. */
export function addTag(input: { family: TagFamily; name: string }) {
  const slug = slugify(input.name);
  const taken = getDb()
    .select({ id: tags.id })
    .from(tags)
    .where(and(eq(tags.family, input.family), eq(tags.slug, slug)))
    .get();
  if (taken || slug === "") return { error: "dubbel" as const };
  getDb().transaction((tx) => {
    const { id } = tx
      .insert(tags)
      .values({ family: input.family, slug, name: input.name })
      .returning({ id: tags.id })
      .get();
    recordAudit(tx, {
      action: "tag.toegevoegd",
      subject: { type: "tag", id },
      detail: { family: input.family, name: input.name },
    });
  });
  return { name: input.name };
}

/** Retires a tag (it stays on the records that have it) or puts it back in use. */
export function setTagRetired(id: number, retired: boolean) {
  const tag = getTag(id);
  if (!tag) return { error: "onbekend" as const };
  getDb().transaction((tx) => {
    tx.update(tags)
      .set({ retiredAt: retired ? new Date() : null })
      .where(eq(tags.id, id))
      .run();
    recordAudit(tx, {
      action: retired ? "tag.ingetrokken" : "tag.teruggezet",
      subject: { type: "tag", id },
      detail: { family: tag.family, name: tag.name },
    });
  });
  return { name: tag.name };
}
