import { and, asc, desc, eq, ne, sql } from "drizzle-orm";
import { getDb } from "#db/client.ts";
import { organisations, users, wijken, wijkNaamwijzigingen } from "#db/schema.ts";
import { recordAudit } from "#app/audit/audit.server.ts";
import { normaliseWijk } from "#app/monitor/period.ts";

// A municipality's neighbourhoods as records: the list it maintains at /gemeenten/:slug/wijken,
// and the choices the monitor, casework and learning questions offer. A record keeps its id when
// renamed (the former names stay in wijk_naamwijzigingen); one in use cannot be deleted.

/**
 * How often a neighbourhood is referred to. Written with explicit table names: in a query on one
 * table drizzle leaves columns unqualified, and inside a subquery `"id"` would be the inner one's.
 */
const uses = () => ({
  metingen: sql<number>`(select count(*) from wijkmetingen m where m.wijk_id = "wijken"."id")`,
  leervragen: sql<number>`(select count(*) from leervragen l where l.wijk_id = "wijken"."id")`,
  trajecten: sql<number>`(select count(*) from trajecten t where t.wijk_id = "wijken"."id")`,
  herkenningen: sql<number>`(select count(*) from uitdaging_herkenningen h where h.wijk_id = "wijken"."id")`,
  interventies: sql<number>`(select count(*) from interventie_wijken i where i.wijk_id = "wijken"."id")`,
  buurten: sql<number>`(select count(*) from wijken b where b.parent_id = "wijken"."id")`,
});

/** The municipality's wijken with their buurten beneath, each with how often it is used. */
export function listWijken(organisationId: number) {
  const rows = getDb()
    .select({ id: wijken.id, name: wijken.name, parentId: wijken.parentId, ...uses() })
    .from(wijken)
    .where(eq(wijken.organisationId, organisationId))
    .orderBy(asc(wijken.name))
    .all()
    .map((w) => ({
      ...w,
      inUse:
        w.metingen + w.leervragen + w.trajecten + w.herkenningen + w.interventies + w.buurten > 0,
    }));
  const history = getDb()
    .select({
      wijkId: wijkNaamwijzigingen.wijkId,
      oldName: wijkNaamwijzigingen.oldName,
      newName: wijkNaamwijzigingen.newName,
      changedAt: wijkNaamwijzigingen.changedAt,
      changedByName: users.name,
    })
    .from(wijkNaamwijzigingen)
    .innerJoin(wijken, eq(wijken.id, wijkNaamwijzigingen.wijkId))
    .leftJoin(users, eq(users.id, wijkNaamwijzigingen.changedById))
    .where(eq(wijken.organisationId, organisationId))
    .orderBy(desc(wijkNaamwijzigingen.changedAt), desc(wijkNaamwijzigingen.id))
    .all();
  return { wijken: rows, history };
}

export type WijkOption = { value: string; label: string };

/**
 * The choices of a neighbourhood select: each wijk followed by its buurten ("Wijk › Buurt"), in
 * alphabetical order.
 */
export function wijkOptions(organisationId: number): WijkOption[] {
  const rows = getDb()
    .select({ id: wijken.id, name: wijken.name, parentId: wijken.parentId })
    .from(wijken)
    .where(eq(wijken.organisationId, organisationId))
    .orderBy(asc(wijken.name))
    .all();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return rows
    .map((r) => {
      const parent = r.parentId ? byId.get(r.parentId) : undefined;
      return { value: String(r.id), label: parent ? `${parent.name} › ${r.name}` : r.name };
    })
    .sort((a, b) => a.label.localeCompare(b.label, "nl"));
}

/** The neighbourhood, if it belongs to this municipality (a form may post any number). */
export function wijkOf(organisationId: number, wijkId: number) {
  return getDb()
    .select({ id: wijken.id, name: wijken.name, parentId: wijken.parentId })
    .from(wijken)
    .where(and(eq(wijken.id, wijkId), eq(wijken.organisationId, organisationId)))
    .get();
}

export function getWijk(wijkId: number) {
  return getDb()
    .select({
      id: wijken.id,
      name: wijken.name,
      parentId: wijken.parentId,
      organisationId: wijken.organisationId,
      organisationKind: organisations.kind,
      organisationName: organisations.name,
      organisationSlug: organisations.slug,
    })
    .from(wijken)
    .innerJoin(organisations, eq(organisations.id, wijken.organisationId))
    .where(eq(wijken.id, wijkId))
    .get();
}

function nameTaken(organisationId: number, name: string, exceptId?: number) {
  return !!getDb()
    .select({ id: wijken.id })
    .from(wijken)
    .where(
      and(
        eq(wijken.organisationId, organisationId),
        sql`lower(${wijken.name}) = lower(${name})`,
        exceptId ? ne(wijken.id, exceptId) : undefined,
      ),
    )
    .get();
}

type WijkError = "dubbel" | "onbekend" | "ouder" | "in-gebruik";

export function addWijk(
  organisationId: number,
  input: { name: string; parentId: number | null },
  byId: number,
): { id: number; name: string } | { error: WijkError } {
  const name = normaliseWijk(input.name);
  if (nameTaken(organisationId, name)) return { error: "dubbel" };
  if (input.parentId) {
    const parent = wijkOf(organisationId, input.parentId);
    // A buurt lies in a wijk, not in another buurt.
    if (!parent || parent.parentId !== null) return { error: "ouder" };
  }
  return getDb().transaction((tx) => {
    const row = tx
      .insert(wijken)
      .values({ organisationId, name, parentId: input.parentId })
      .returning({ id: wijken.id })
      .get();
    recordAudit(tx, {
      action: "wijk.aangemaakt",
      actor: byId,
      subject: { type: "wijk", id: row.id },
      detail: { naam: name },
    });
    return { id: row.id, name };
  });
}

export function renameWijk(
  organisationId: number,
  input: { wijkId: number; name: string },
  byId: number,
): { id: number; name: string } | { error: WijkError } {
  const wijk = wijkOf(organisationId, input.wijkId);
  if (!wijk) return { error: "onbekend" };
  const name = normaliseWijk(input.name);
  if (name === wijk.name) return { id: wijk.id, name };
  if (nameTaken(organisationId, name, wijk.id)) return { error: "dubbel" };
  return getDb().transaction((tx) => {
    tx.update(wijken).set({ name, updatedAt: new Date() }).where(eq(wijken.id, wijk.id)).run();
    tx.insert(wijkNaamwijzigingen)
      .values({ wijkId: wijk.id, oldName: wijk.name, newName: name, changedById: byId })
      .run();
    recordAudit(tx, {
      action: "wijk.hernoemd",
      actor: byId,
      subject: { type: "wijk", id: wijk.id },
      detail: { van: wijk.name, naar: name },
    });
    return { id: wijk.id, name };
  });
}

export function deleteWijk(
  organisationId: number,
  wijkId: number,
  byId: number,
): { name: string } | { error: WijkError } {
  const row = listWijken(organisationId).wijken.find((w) => w.id === wijkId);
  if (!row) return { error: "onbekend" };
  if (row.inUse) return { error: "in-gebruik" };
  getDb().transaction((tx) => {
    tx.delete(wijken).where(eq(wijken.id, wijkId)).run();
    recordAudit(tx, {
      action: "wijk.verwijderd",
      actor: byId,
      subject: { type: "wijk", id: wijkId },
      detail: { naam: row.name },
    });
  });
  return { name: row.name };
}

export function organisationSlug(organisationId: number): string {
  return getDb()
    .select({ slug: organisations.slug })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .get()!.slug;
}
