import { and, asc, count, desc, eq, inArray, ne } from "drizzle-orm";
import { setTags, taggedWith, tagsOf, tagsOfEach } from "#app/tags/tags.server.ts";
import { alias } from "drizzle-orm/sqlite-core";
import { canReadContactgegevens } from "#app/auth/rules/contactgegevens.ts";
import type { SessionUser } from "#app/auth/session.server.ts";
import { getDb } from "#db/client.ts";
import {
  bijeenkomsten,
  leervragen,
  organisations,
  themas,
  trajecten,
  trajectLeden,
  socialeBasisBenaderingen,
  users,
  visieWijzigingen,
  type SocialeBasisBenadering,
} from "#db/schema.ts";
import type { VisieInput } from "./visie-schema.ts";

/** The municipalities, optionally only those with a context tag (`/gemeenten?tag=`). */
export function listMunicipalities(filter: { tagId?: number | undefined } = {}) {
  const werkplaats = alias(organisations, "werkplaats");
  const db = getDb();
  const rows = db
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      circle: organisations.circle,
      region: organisations.region,
      werkplaatsName: werkplaats.name,
      opvatting: organisations.socialeBasisOpvatting,
    })
    .from(organisations)
    .leftJoin(werkplaats, eq(werkplaats.id, organisations.werkplaatsId))
    .where(
      and(
        eq(organisations.kind, "gemeente"),
        filter.tagId ? inArray(organisations.id, taggedWith("gemeente", filter.tagId)) : undefined,
      ),
    )
    .orderBy(asc(organisations.circle), asc(organisations.name))
    .all();
  const questions = db
    .select({ organisationId: leervragen.organisationId, n: count() })
    .from(leervragen)
    .groupBy(leervragen.organisationId)
    .all();
  const tags = tagsOfEach(
    "gemeente",
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    ...r,
    questions: questions.find((q) => q.organisationId === r.id)?.n ?? 0,
    tags: tags.get(r.id) ?? [],
  }));
}

/** The casework each of these people takes part in, for canReadContactgegevens. */
function trajectIdsOf(userIds: number[]): Map<number, number[]> {
  const byUser = new Map<number, number[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return byUser;
  const rows = getDb()
    .select({ userId: trajectLeden.userId, trajectId: trajectLeden.trajectId })
    .from(trajectLeden)
    .where(inArray(trajectLeden.userId, userIds))
    .all();
  for (const r of rows) byUser.get(r.userId)!.push(r.trajectId);
  return byUser;
}

/** Learning questions on a municipality's page, most recently changed first. */
const RECENT_LEERVRAGEN = 50;

/** The municipality's page; contact addresses only where the viewer may see them (else null). */
export function getMunicipality(
  slug: string,
  viewer: Pick<SessionUser, "id" | "role" | "organisationId">,
) {
  const werkplaats = alias(organisations, "werkplaats");
  const db = getDb();
  const org = db
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      kind: organisations.kind,
      circle: organisations.circle,
      region: organisations.region,
      werkplaatsName: werkplaats.name,
      opvatting: organisations.socialeBasisOpvatting,
      benaderingen: organisations.socialeBasisBenaderingen,
    })
    .from(organisations)
    .leftJoin(werkplaats, eq(werkplaats.id, organisations.werkplaatsId))
    .where(and(eq(organisations.slug, slug), eq(organisations.kind, "gemeente")))
    .get();
  if (!org) return null;
  const people = db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role })
    .from(users)
    .where(and(eq(users.organisationId, org.id), eq(users.active, true)))
    .orderBy(asc(users.name))
    .all();
  const trajectIds = trajectIdsOf([viewer.id, ...people.map((p) => p.id)]);
  const contactViewer = { ...viewer, trajectIds: trajectIds.get(viewer.id)! };
  return {
    ...org,
    tags: tagsOf("gemeente", org.id),
    visieHistorie: visieHistory(org.id),
    contacts: people.map((p) => ({
      ...p,
      email: canReadContactgegevens(contactViewer, {
        id: p.id,
        organisationId: org.id,
        trajectIds: trajectIds.get(p.id)!,
      })
        ? p.email
        : null,
    })),
    questions: db
      .select({
        id: leervragen.id,
        title: leervragen.title,
        status: leervragen.status,
        themaName: themas.name,
      })
      .from(leervragen)
      .leftJoin(themas, eq(themas.id, leervragen.themaId))
      .where(eq(leervragen.organisationId, org.id))
      .orderBy(desc(leervragen.updatedAt))
      .limit(RECENT_LEERVRAGEN)
      .all(),
    hosted: db
      .select({
        id: bijeenkomsten.id,
        title: bijeenkomsten.title,
        startsAt: bijeenkomsten.startsAt,
        status: bijeenkomsten.status,
      })
      .from(bijeenkomsten)
      .where(
        and(eq(bijeenkomsten.hostOrganisationId, org.id), ne(bijeenkomsten.status, "geannuleerd")),
      )
      .orderBy(desc(bijeenkomsten.startsAt))
      .all(),
    trajecten: db
      .select({ id: trajecten.id, title: trajecten.title, status: trajecten.status })
      .from(trajecten)
      .where(eq(trajecten.organisationId, org.id))
      .orderBy(desc(trajecten.updatedAt))
      .all(),
  };
}

/** How a municipality's view of the social basis changed, newest first. */
function visieHistory(organisationId: number) {
  return getDb()
    .select({
      id: visieWijzigingen.id,
      opvatting: visieWijzigingen.opvatting,
      benaderingen: visieWijzigingen.benaderingen,
      changedAt: visieWijzigingen.changedAt,
      changedByName: users.name,
    })
    .from(visieWijzigingen)
    .leftJoin(users, eq(users.id, visieWijzigingen.changedById))
    .where(eq(visieWijzigingen.organisationId, organisationId))
    .orderBy(desc(visieWijzigingen.changedAt), desc(visieWijzigingen.id))
    .all();
}

/**
 * Saves a municipality's view and context tags (checked with tagErrors first). A view that
 * differs from the one stored is added to its history, with who changed it.
 */
export function saveVisie(organisationId: number, input: VisieInput, byId: number): void {
  const opvatting = input.opvatting || null;
  const inOrder = (list: readonly SocialeBasisBenadering[]) =>
    socialeBasisBenaderingen.filter((b) => list.includes(b));
  const benaderingen = inOrder(input.benaderingen);
  getDb().transaction((tx) => {
    const before = tx
      .select({
        opvatting: organisations.socialeBasisOpvatting,
        benaderingen: organisations.socialeBasisBenaderingen,
      })
      .from(organisations)
      .where(eq(organisations.id, organisationId))
      .get();
    const changed =
      before?.opvatting !== opvatting ||
      inOrder(before?.benaderingen ?? []).join() !== benaderingen.join();
    tx.update(organisations)
      .set({ socialeBasisOpvatting: opvatting, socialeBasisBenaderingen: benaderingen })
      .where(eq(organisations.id, organisationId))
      .run();
    if (changed) {
      tx.insert(visieWijzigingen)
        .values({ organisationId, opvatting, benaderingen, changedById: byId })
        .run();
    }
    setTags(tx, "gemeente", organisationId, {
      tagsOpgave: [],
      tagsBeleidsveld: [],
      tagsContext: input.tagsContext,
    });
  });
}
