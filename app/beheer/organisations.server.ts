import { asc, count, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "#db/client.ts";
import { organisations, users, type OrganisationKind } from "#db/schema.ts";
import type { OrganisationInput } from "./organisation-schema.ts";
import { slugify } from "#app/utils/slug.ts";
import { recordAudit } from "#app/audit/audit.server.ts";

export function listOrganisations() {
  const werkplaats = alias(organisations, "werkplaats");
  return getDb()
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      kind: organisations.kind,
      circle: organisations.circle,
      region: organisations.region,
      schoolRegion: organisations.schoolRegion,
      werkplaatsId: organisations.werkplaatsId,
      werkplaatsName: werkplaats.name,
      members: count(users.id),
    })
    .from(organisations)
    .leftJoin(werkplaats, eq(werkplaats.id, organisations.werkplaatsId))
    .leftJoin(users, eq(users.organisationId, organisations.id))
    .groupBy(organisations.id)
    .orderBy(asc(organisations.kind), asc(organisations.name))
    .all();
}

/** The kind of an organisation, or null when there is none with this id. */
export function organisationKind(id: number): OrganisationKind | null {
  return (
    getDb()
      .select({ kind: organisations.kind })
      .from(organisations)
      .where(eq(organisations.id, id))
      .get()?.kind ?? null
  );
}

export function organisationExists(id: number): boolean {
  return !!getDb()
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, id))
    .get();
}

/** A Werkplaats reference must point at a Werkplaats. */
export function isWerkplaats(id: number | null): boolean {
  if (id === null) return true;
  const row = getDb()
    .select({ kind: organisations.kind })
    .from(organisations)
    .where(eq(organisations.id, id))
    .get();
  return row?.kind === "werkplaats";
}

export function createOrganisation(
  input: OrganisationInput,
): { id: number } | { error: "name-taken" } {
  const db = getDb();
  const base = slugify(input.name) || "organisatie";
  const taken = db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.name, input.name))
    .get();
  if (taken) return { error: "name-taken" };
  let slug = base;
  for (let n = 2; db.select().from(organisations).where(eq(organisations.slug, slug)).get(); n++) {
    slug = `${base}-${n}`;
  }
  return db.transaction((tx) => {
    const row = tx
      .insert(organisations)
      .values({ ...input, slug })
      .returning({ id: organisations.id })
      .get();
    recordAudit(tx, {
      action: "organisatie.aangemaakt",
      subject: { type: "organisatie", id: row.id },
      detail: { naam: input.name, soort: input.kind, schoolregio: input.schoolRegion },
    });
    return row;
  });
}

/**
 * The slug stays as it is, so links to the organisation keep working after a rename. The audit
 * entry keeps the school-holiday region before and after: it moves the rotation planner's dates.
 */
export function updateOrganisation(id: number, input: OrganisationInput): void {
  getDb().transaction((tx) => {
    const before = tx
      .select({ schoolRegion: organisations.schoolRegion })
      .from(organisations)
      .where(eq(organisations.id, id))
      .get();
    tx.update(organisations).set(input).where(eq(organisations.id, id)).run();
    recordAudit(tx, {
      action: "organisatie.gewijzigd",
      subject: { type: "organisatie", id },
      detail: {
        naam: input.name,
        soort: input.kind,
        schoolregioVan: before?.schoolRegion ?? null,
        schoolregio: input.schoolRegion,
      },
    });
  });
}
