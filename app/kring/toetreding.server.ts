import { and, count, desc, eq, ne } from "drizzle-orm";
import { recordAudit } from "#app/audit/audit.server.ts";
import { can } from "#app/auth/permissions.ts";
import type { Actor } from "#app/auth/rules/actor.ts";
import { notify } from "#app/notifications/notify.server.tsx";
import { activePeople, exceptActor } from "#app/notifications/recipients.server.ts";
import { getDb, preparedStatement } from "#db/client.ts";
import { organisations, toetredingen, users, type ToetredingStatus } from "#db/schema.ts";

// Joining the first circle (issue 13, point 6): a member of a second-circle municipality asks, with
// a motivation; the project leaders hear of it and one accepts (the municipality moves to circle
// 1 at once) or declines with reasons; the municipality's members hear the outcome. Who may ask
// or decide: app/auth/rules/kring.ts and the permission table.

const LINK = "/eerste-kring";

const requestColumns = {
  id: toetredingen.id,
  organisationId: toetredingen.organisationId,
  organisationName: organisations.name,
  motivation: toetredingen.motivation,
  status: toetredingen.status,
  reasons: toetredingen.reasons,
  createdAt: toetredingen.createdAt,
  decidedAt: toetredingen.decidedAt,
};

/** The municipality's latest request, if it made one. */
export function latestRequestOf(organisationId: number) {
  return (
    getDb()
      .select(requestColumns)
      .from(toetredingen)
      .innerJoin(organisations, eq(organisations.id, toetredingen.organisationId))
      .where(eq(toetredingen.organisationId, organisationId))
      .orderBy(desc(toetredingen.createdAt), desc(toetredingen.id))
      .get() ?? null
  );
}

/** Requests for the project leaders: open ones first (oldest first), then recent decisions. */
export function listRequests() {
  const db = getDb();
  const all = db
    .select({ ...requestColumns, requestedBy: users.name })
    .from(toetredingen)
    .innerJoin(organisations, eq(organisations.id, toetredingen.organisationId))
    .leftJoin(users, eq(users.id, toetredingen.requestedById))
    .orderBy(desc(toetredingen.createdAt), desc(toetredingen.id))
    .all();
  return {
    open: all.filter((r) => r.status === "open").reverse(),
    decided: all.filter((r) => r.status !== "open").slice(0, 20),
  };
}

export function countOpenRequests(): number {
  // On the project leader's dashboard: prepared once.
  return preparedStatement("toetreding.openCount", (db) =>
    db.select({ n: count() }).from(toetredingen).where(eq(toetredingen.status, "open")).prepare(),
  ).get()!.n;
}

/** A request from the person's municipality; refused while one is open or it is not circle 2. */
export function askToJoin(
  user: Pick<Actor, "id" | "organisationId">,
  motivation: string,
): "gevraagd" | "al-gevraagd" | "geen-tweede-kring" {
  return getDb().transaction((tx) => {
    const organisation = tx
      .select({ name: organisations.name, circle: organisations.circle })
      .from(organisations)
      .where(eq(organisations.id, user.organisationId))
      .get();
    if (organisation?.circle !== 2) return "geen-tweede-kring";
    const inserted = tx
      .insert(toetredingen)
      .values({ organisationId: user.organisationId, requestedById: user.id, motivation })
      .onConflictDoNothing()
      .returning({ id: toetredingen.id })
      .get();
    if (!inserted) return "al-gevraagd";
    recordAudit(tx, {
      action: "toetreding.gevraagd",
      actor: user.id,
      subject: { type: "organisatie", id: user.organisationId },
    });
    const leaders = activePeople(tx).filter((p) => can(p, "kring:toetreding-beoordelen"));
    notify(tx, leaders, {
      category: "besluiten",
      kind: "kring.melding.gevraagd",
      params: { gemeente: organisation.name },
      link: LINK,
    });
    return "gevraagd";
  });
}

/** A project leader's decision on an open request; accepting moves the municipality to circle 1. */
export function decideRequest(
  requestId: number,
  user: Pick<Actor, "id">,
  input: { besluit: Exclude<ToetredingStatus, "open">; reasons: string },
  now = new Date(),
): "beoordeeld" | "niet-open" {
  return getDb().transaction((tx) => {
    const decided = tx
      .update(toetredingen)
      .set({ status: input.besluit, reasons: input.reasons, decidedById: user.id, decidedAt: now })
      .where(and(eq(toetredingen.id, requestId), eq(toetredingen.status, "open")))
      .returning({ organisationId: toetredingen.organisationId })
      .get();
    if (!decided) return "niet-open";
    const organisation = tx
      .select({ name: organisations.name })
      .from(organisations)
      .where(eq(organisations.id, decided.organisationId))
      .get()!;
    if (input.besluit === "aanvaard") {
      tx.update(organisations)
        .set({ circle: 1 })
        .where(eq(organisations.id, decided.organisationId))
        .run();
    }
    recordAudit(tx, {
      action: "toetreding.beoordeeld",
      actor: user.id,
      subject: { type: "organisatie", id: decided.organisationId },
      detail: { verzoek: requestId, besluit: input.besluit },
    });
    const members = activePeople(tx, eq(users.organisationId, decided.organisationId));
    const leaders = activePeople(tx, ne(users.organisationId, decided.organisationId)).filter((p) =>
      can(p, "kring:toetreding-beoordelen"),
    );
    notify(tx, exceptActor([...members, ...leaders], user.id), {
      category: "besluiten",
      kind: `kring.melding.${input.besluit}`,
      params: { gemeente: organisation.name },
      link: LINK,
    });
    return "beoordeeld";
  });
}
