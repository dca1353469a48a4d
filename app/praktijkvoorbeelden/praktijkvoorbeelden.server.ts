import { and, asc, desc, eq, isNotNull, isNull, ne, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "#db/client.ts";
import {
  bijeenkomsten,
  organisations,
  praktijkvoorbeelden,
  themas,
  trajecten,
  users,
} from "#db/schema.ts";
import { recordAudit } from "#app/audit/audit.server.ts";
import type { Actor } from "#app/auth/rules/actor.ts";
import {
  canChoosePraktijkGemeente,
  canReadPraktijkConcept,
  canWritePraktijkvoorbeeld,
} from "#app/auth/rules/praktijkvoorbeeld.ts";
import { notify } from "#app/notifications/notify.server.tsx";
import { activePeople, exceptActor } from "#app/notifications/recipients.server.ts";
import { slugify } from "#app/utils/slug.ts";
import type { PraktijkListItem } from "./praktijk-list.tsx";
import type { PraktijkvoorbeeldInput } from "./praktijkvoorbeeld-schema.ts";

// Practice examples (docs/praktijkvoorbeelden.md). Readers see the published snapshot
// (published_*); the working copy (title, summary, body) is for those who may write it.

const meeting = alias(bijeenkomsten, "meeting");

const columns = {
  id: praktijkvoorbeelden.id,
  slug: praktijkvoorbeelden.slug,
  title: praktijkvoorbeelden.title,
  summary: praktijkvoorbeelden.summary,
  body: praktijkvoorbeelden.body,
  status: praktijkvoorbeelden.status,
  publishedTitle: praktijkvoorbeelden.publishedTitle,
  publishedSummary: praktijkvoorbeelden.publishedSummary,
  publishedBody: praktijkvoorbeelden.publishedBody,
  publishedAt: praktijkvoorbeelden.publishedAt,
  firstPublishedAt: praktijkvoorbeelden.firstPublishedAt,
  organisationId: praktijkvoorbeelden.organisationId,
  organisationKind: organisations.kind,
  organisationName: organisations.name,
  organisationSlug: organisations.slug,
  themaId: praktijkvoorbeelden.themaId,
  themaName: themas.name,
  themaSlug: themas.slug,
  bijeenkomstId: praktijkvoorbeelden.bijeenkomstId,
  meetingTitle: meeting.title,
  trajectId: praktijkvoorbeelden.trajectId,
  trajectTitle: trajecten.title,
  updatedAt: praktijkvoorbeelden.updatedAt,
};

function select(where: SQL | undefined) {
  return getDb()
    .select(columns)
    .from(praktijkvoorbeelden)
    .innerJoin(organisations, eq(organisations.id, praktijkvoorbeelden.organisationId))
    .innerJoin(themas, eq(themas.id, praktijkvoorbeelden.themaId))
    .leftJoin(meeting, eq(meeting.id, praktijkvoorbeelden.bijeenkomstId))
    .leftJoin(trajecten, eq(trajecten.id, praktijkvoorbeelden.trajectId))
    .where(where);
}

export type PraktijkvoorbeeldRow = NonNullable<ReturnType<typeof getPraktijkvoorbeeld>>;

export function getPraktijkvoorbeeld(slug: string) {
  return select(eq(praktijkvoorbeelden.slug, slug)).get() ?? null;
}

/** The resource the rules are asked about. */
export function asResource(row: PraktijkvoorbeeldRow) {
  return {
    organisationId: row.organisationId,
    organisationKind: row.organisationKind,
    published: row.publishedBody !== null,
  };
}

/** Published examples, newest first; by theme and municipality when given. */
export function listPublishedPraktijkvoorbeelden(
  filter: { themaId?: number | null; organisationId?: number | null } = {},
) {
  return select(
    and(
      isNotNull(praktijkvoorbeelden.publishedBody),
      filter.themaId ? eq(praktijkvoorbeelden.themaId, filter.themaId) : undefined,
      filter.organisationId
        ? eq(praktijkvoorbeelden.organisationId, filter.organisationId)
        : undefined,
    ),
  )
    .orderBy(desc(praktijkvoorbeelden.firstPublishedAt), desc(praktijkvoorbeelden.id))
    .all();
}

/** Published examples as list items (for the theme's and the municipality's pages too). */
export function publishedPraktijkItems(
  filter: Parameters<typeof listPublishedPraktijkvoorbeelden>[0],
): PraktijkListItem[] {
  return listPublishedPraktijkvoorbeelden(filter).map(publishedItem);
}

export function publishedItem(
  row: ReturnType<typeof listPublishedPraktijkvoorbeelden>[number],
): PraktijkListItem {
  return {
    id: row.id,
    slug: row.slug,
    title: row.publishedTitle ?? row.title,
    organisationName: row.organisationName,
    themaName: row.themaName,
    date: row.firstPublishedAt,
  };
}

/** Examples in concept that this person may write (a revision of a published one included). */
export function praktijkvoorbeeldenInProgress(viewer: Actor | null) {
  if (!viewer) return [];
  return select(eq(praktijkvoorbeelden.status, "concept"))
    .orderBy(desc(praktijkvoorbeelden.updatedAt))
    .all()
    .filter((row) => canReadPraktijkConcept(viewer, row));
}

/** The filters' choices: the themes and municipalities that have published examples. */
export function filterOptions(rows: ReturnType<typeof listPublishedPraktijkvoorbeelden>) {
  const choices = (pairs: [number, string][]) =>
    [...new Map(pairs).entries()]
      .map(([id, name]) => ({ value: String(id), label: name }))
      .sort((a, b) => a.label.localeCompare(b.label, "nl"));
  return {
    themas: choices(rows.map((r) => [r.themaId, r.themaName])),
    gemeenten: choices(rows.map((r) => [r.organisationId, r.organisationName])),
  };
}

/** What the form offers this person: municipalities, themes, held theme meetings, casework. */
export function praktijkFormOptions(viewer: Actor) {
  const db = getDb();
  const choose = canChoosePraktijkGemeente(viewer);
  const gemeenten = db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(
      and(
        eq(organisations.kind, "gemeente"),
        choose ? undefined : eq(organisations.id, viewer.organisationId),
      ),
    )
    .orderBy(asc(organisations.name))
    .all();
  return {
    gemeenten,
    themas: db
      .select({ id: themas.id, name: themas.name })
      .from(themas)
      .where(ne(themas.status, "afgewezen"))
      .orderBy(asc(themas.position), asc(themas.id))
      .all(),
    meetings: db
      .select({ id: bijeenkomsten.id, title: bijeenkomsten.title, themaId: bijeenkomsten.themaId })
      .from(bijeenkomsten)
      .where(and(eq(bijeenkomsten.kind, "thema"), eq(bijeenkomsten.status, "gehouden")))
      .orderBy(desc(bijeenkomsten.startsAt))
      .all(),
    trajecten: db
      .select({
        id: trajecten.id,
        title: trajecten.title,
        organisationId: trajecten.organisationId,
        organisationName: organisations.name,
      })
      .from(trajecten)
      .innerJoin(organisations, eq(organisations.id, trajecten.organisationId))
      .where(choose ? undefined : eq(trajecten.organisationId, viewer.organisationId))
      .orderBy(asc(organisations.name), asc(trajecten.title))
      .all(),
  };
}

export type PraktijkFormOptions = ReturnType<typeof praktijkFormOptions>;

/**
 * What the input refers to and does not fit, by field: a municipality the person may not write
 * about, a meeting that is not a held theme meeting, casework of another municipality.
 */
export function checkPraktijkReferences(
  viewer: Actor,
  input: PraktijkvoorbeeldInput,
  options: PraktijkFormOptions,
) {
  const errors: Partial<Record<keyof PraktijkvoorbeeldInput, { key: "fout.ongeldig" }>> = {};
  const gemeente = options.gemeenten.find((g) => g.id === input.organisationId);
  if (
    !gemeente ||
    !canWritePraktijkvoorbeeld(viewer, {
      organisationId: gemeente.id,
      organisationKind: "gemeente",
    })
  )
    errors.organisationId = { key: "fout.ongeldig" };
  if (!options.themas.some((t) => t.id === input.themaId))
    errors.themaId = { key: "fout.ongeldig" };
  if (input.bijeenkomstId !== null && !options.meetings.some((m) => m.id === input.bijeenkomstId))
    errors.bijeenkomstId = { key: "fout.ongeldig" };
  const traject = options.trajecten.find((t) => t.id === input.trajectId);
  if (input.trajectId !== null && traject?.organisationId !== input.organisationId)
    errors.trajectId = { key: "fout.ongeldig" };
  return errors;
}

/** Saves a new example (returns its slug) or the working copy of an existing one. */
export function savePraktijkvoorbeeld(
  input: PraktijkvoorbeeldInput,
  byId: number,
  existing?: { id: number; slug: string },
): string {
  const db = getDb();
  const now = new Date();
  if (existing) {
    db.update(praktijkvoorbeelden)
      .set({ ...input, updatedAt: now })
      .where(eq(praktijkvoorbeelden.id, existing.id))
      .run();
    return existing.slug;
  }
  const base = slugify(input.title) || "praktijkvoorbeeld";
  let slug = base;
  for (let n = 2; getPraktijkvoorbeeld(slug); n++) slug = `${base}-${n}`;
  db.insert(praktijkvoorbeelden)
    .values({ ...input, slug, createdById: byId })
    .run();
  return slug;
}

/**
 * Publishes the working copy: it becomes what readers see. The first publication is news for the
 * municipality's members (category "essays": published writing to learn from); a republished
 * revision is not news again.
 */
export function publishPraktijkvoorbeeld(row: PraktijkvoorbeeldRow, userId: number) {
  const now = new Date();
  getDb().transaction((tx) => {
    tx.update(praktijkvoorbeelden)
      .set({
        status: "gepubliceerd",
        publishedTitle: row.title,
        publishedSummary: row.summary,
        publishedBody: row.body,
        publishedAt: now,
        updatedAt: now,
      })
      .where(eq(praktijkvoorbeelden.id, row.id))
      .run();
    const first =
      tx
        .update(praktijkvoorbeelden)
        .set({ firstPublishedAt: now })
        .where(
          and(eq(praktijkvoorbeelden.id, row.id), isNull(praktijkvoorbeelden.firstPublishedAt)),
        )
        .run().changes === 1;
    recordAudit(tx, {
      action: "praktijkvoorbeeld.gepubliceerd",
      actor: userId,
      subject: { type: "praktijkvoorbeeld", id: row.id },
      detail: { slug: row.slug, eersteKeer: first },
    });
    if (first) {
      notify(
        tx,
        exceptActor(activePeople(tx, eq(users.organisationId, row.organisationId)), userId),
        {
          category: "essays",
          kind: "praktijk.melding.gepubliceerd",
          params: { titel: row.title, gemeente: row.organisationName },
          link: `/praktijkvoorbeelden/${row.slug}`,
        },
      );
    }
  });
}

/** Back to concept to revise; readers keep seeing the published snapshot until republished. */
export function praktijkBackToConcept(id: number): void {
  getDb()
    .update(praktijkvoorbeelden)
    .set({ status: "concept", updatedAt: new Date() })
    .where(eq(praktijkvoorbeelden.id, id))
    .run();
}
