import { localPartnerKinds } from "#app/auth/rules/traject.ts";
import { and, asc, desc, eq, gte, inArray, lt, or, sql, type Placeholder } from "drizzle-orm";
import { z } from "zod";
import type { SessionUser } from "#app/auth/session.server.ts";
import { parseSubmission, type FieldMessage } from "#app/utils/forms.ts";
import { fromAmsterdamInputs } from "#shared/time.ts";
import { can } from "#app/auth/permissions.ts";
import { notify } from "#app/notifications/notify.server.tsx";
import {
  activePeopleByIds,
  exceptActor,
  type Person,
} from "#app/notifications/recipients.server.ts";
import { setTags, taggedWith } from "#app/tags/tags.server.ts";
import { getDb, preparedStatement, type DbOrTx } from "#db/client.ts";
import {
  logboek,
  organisations,
  partnerRollen,
  themas,
  wijken,
  trajectLeden,
  trajectPartners,
  trajecten,
  type trajectStatuses,
  users,
} from "#db/schema.ts";
import { trajectSchema, type LogInput } from "./traject-schema.ts";

// "Aan de slag": casework in a municipality with partners, and a shared log so that everyone
// involved knows what the others did.

/** The form has one select per partner organisation (`partner-<id>`): its role, or "" for none. */
const partnerRolesSchema = z.record(
  z.string().regex(/^\d+$/),
  z.union([z.literal(""), z.enum(partnerRollen)]),
);

export type TrajectInput = z.output<typeof trajectSchema> & {
  partners: Record<string, (typeof partnerRollen)[number]>;
};

/**
 * Parses the casework form; the partner roles come from their own selects (null when one is
 * not a role).
 */
export function parseTrajectForm(formData: FormData) {
  const submission = parseSubmission(formData, trajectSchema);
  const roles: Record<string, string> = {};
  for (const [key, value] of formData) {
    const match = /^partner-(\d+)$/.exec(key);
    if (match) roles[match[1]!] = String(value);
  }
  const parsed = partnerRolesSchema.safeParse(roles);
  const partners = parsed.success
    ? Object.fromEntries(
        Object.entries(parsed.data).filter(
          (entry): entry is [string, (typeof partnerRollen)[number]] => entry[1] !== "",
        ),
      )
    : null;
  return { submission, partners };
}

/** Casework on the overview page, by municipality. */
const MAX_TRAJECTEN = 200;

/** Instants as dates, or as placeholders (milliseconds) of a prepared query. */
function ranBetween({ from, until }: { from: Date | Placeholder; until: Date | Placeholder }) {
  const logged = getDb()
    .select({ id: logboek.trajectId })
    .from(logboek)
    .where(and(gte(logboek.happenedOn, from), lt(logboek.happenedOn, until)));
  return and(
    lt(trajecten.createdAt, until),
    or(gte(trajecten.createdAt, from), inArray(trajecten.id, logged)),
  );
}

/** The statuses of the casework that ran in [from, until), as many as listTrajecten lists. */
export function trajectStatusesBetween({ from, until }: { from: Date; until: Date }) {
  // On the project leader's dashboard: prepared once.
  return preparedStatement("trajecten.statusesBetween", (db) =>
    db
      .select({ status: trajecten.status })
      .from(trajecten)
      .where(ranBetween({ from: sql.placeholder("from"), until: sql.placeholder("until") }))
      .limit(MAX_TRAJECTEN)
      .prepare(),
  ).all({ from: from.getTime(), until: until.getTime() });
}

export function listTrajecten(
  filter: {
    organisationId?: number | undefined;
    status?: string | undefined;
    tagId?: number | undefined;
    /** Casework that ran in [from, until): started before until, and started or logged in it. */
    ranBetween?: { from: Date; until: Date };
  } = {},
) {
  const db = getDb();
  const rows = db
    .select({
      id: trajecten.id,
      title: trajecten.title,
      status: trajecten.status,
      organisationName: organisations.name,
      organisationSlug: organisations.slug,
      themaName: themas.name,
      updatedAt: trajecten.updatedAt,
    })
    .from(trajecten)
    .innerJoin(organisations, eq(organisations.id, trajecten.organisationId))
    .leftJoin(themas, eq(themas.id, trajecten.themaId))
    .where(
      and(
        filter.organisationId ? eq(trajecten.organisationId, filter.organisationId) : undefined,
        filter.status
          ? eq(trajecten.status, filter.status as (typeof trajectStatuses)[number])
          : undefined,
        filter.ranBetween ? ranBetween(filter.ranBetween) : undefined,
        filter.tagId ? inArray(trajecten.id, taggedWith("traject", filter.tagId)) : undefined,
      ),
    )
    .orderBy(asc(organisations.name), desc(trajecten.updatedAt))
    .limit(MAX_TRAJECTEN)
    .all();
  const partnerRows = rows.length
    ? db
        .select({
          trajectId: trajectPartners.trajectId,
          name: organisations.name,
          role: trajectPartners.role,
        })
        .from(trajectPartners)
        .innerJoin(organisations, eq(organisations.id, trajectPartners.organisationId))
        .where(
          inArray(
            trajectPartners.trajectId,
            rows.map((r) => r.id),
          ),
        )
        .all()
    : [];
  return rows.map((r) => ({ ...r, partners: partnerRows.filter((p) => p.trajectId === r.id) }));
}

export function getTraject(id: number) {
  const db = getDb();
  const traject = db
    .select({
      id: trajecten.id,
      organisationId: trajecten.organisationId,
      organisationName: organisations.name,
      organisationSlug: organisations.slug,
      title: trajecten.title,
      description: trajecten.description,
      themaId: trajecten.themaId,
      themaName: themas.name,
      wijkId: trajecten.wijkId,
      wijkName: wijken.name,
      aanvragerId: trajecten.aanvragerId,
      status: trajecten.status,
      doelgroepen: trajecten.doelgroepen,
      createdAt: trajecten.createdAt,
      updatedAt: trajecten.updatedAt,
    })
    .from(trajecten)
    .innerJoin(organisations, eq(organisations.id, trajecten.organisationId))
    .leftJoin(themas, eq(themas.id, trajecten.themaId))
    .leftJoin(wijken, eq(wijken.id, trajecten.wijkId))
    .where(eq(trajecten.id, id))
    .get();
  if (!traject) return null;
  const partners = db
    .select({
      organisationId: organisations.id,
      name: organisations.name,
      role: trajectPartners.role,
    })
    .from(trajectPartners)
    .innerJoin(organisations, eq(organisations.id, trajectPartners.organisationId))
    .where(eq(trajectPartners.trajectId, id))
    .orderBy(asc(organisations.name))
    .all();
  const members = db
    .select({ id: users.id, name: users.name, organisationName: organisations.name })
    .from(trajectLeden)
    .innerJoin(users, eq(users.id, trajectLeden.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(trajectLeden.trajectId, id))
    .orderBy(asc(users.name))
    .all();
  const aanvragerName =
    traject.aanvragerId === null
      ? null
      : (db
          .select({ name: organisations.name })
          .from(organisations)
          .where(eq(organisations.id, traject.aanvragerId))
          .get()?.name ?? null);
  return { ...traject, aanvragerName, partners, members, memberIds: members.map((m) => m.id) };
}

/** Log entries shown on a casework page, newest first. */
const MAX_LOGBOEK_ENTRIES = 200;

export function trajectLog(id: number) {
  return getDb()
    .select({
      id: logboek.id,
      kind: logboek.kind,
      happenedOn: logboek.happenedOn,
      body: logboek.body,
      userName: users.name,
      createdAt: logboek.createdAt,
    })
    .from(logboek)
    .leftJoin(users, eq(users.id, logboek.userId))
    .where(eq(logboek.trajectId, id))
    .orderBy(desc(logboek.happenedOn), desc(logboek.id))
    .limit(MAX_LOGBOEK_ENTRIES)
    .all();
}

/** Who may be partner (Movisie, Werkplaatsen, local partners) and who may take part. */
export function trajectFormOptions() {
  const db = getDb();
  return {
    gemeenten: db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(eq(organisations.kind, "gemeente"))
      .orderBy(asc(organisations.name))
      .all(),
    partners: db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(
        inArray(organisations.kind, [
          "movisie",
          "werkplaats",
          "welzijnsinstelling",
          "burgerinitiatief",
        ]),
      )
      .orderBy(asc(organisations.kind), asc(organisations.name))
      .all(),
    /** Who can have asked for casework besides the municipality: its local partners. */
    aanvragers: db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(inArray(organisations.kind, localPartnerKinds))
      .orderBy(asc(organisations.name))
      .all(),
    people: db
      .select({ id: users.id, name: users.name, organisationName: organisations.name })
      .from(users)
      .innerJoin(organisations, eq(organisations.id, users.organisationId))
      .where(
        and(
          eq(users.active, true),
          inArray(users.role, ["medewerker", "deelnemer", "projectleider"]),
        ),
      )
      .orderBy(asc(users.name))
      .all(),
    /** Every municipality's neighbourhoods; the form offers those of the chosen one. */
    wijken: db
      .select({ id: wijken.id, name: wijken.name, organisationId: wijken.organisationId })
      .from(wijken)
      .orderBy(asc(wijken.name))
      .all(),
    themas: db
      .select({ id: themas.id, name: themas.name })
      .from(themas)
      .orderBy(asc(themas.position))
      .all(),
  };
}

/** Field errors for references the schema cannot check (municipality, partners, people). */
export function checkTrajectReferences(input: TrajectInput): Record<string, FieldMessage> {
  const options = trajectFormOptions();
  const errors: Record<string, FieldMessage> = {};
  if (!options.gemeenten.some((g) => g.id === input.organisationId))
    errors.organisationId = { key: "fout.kiesGemeente" };
  if (input.aanvragerId !== null && !options.aanvragers.some((a) => a.id === input.aanvragerId))
    errors.aanvragerId = { key: "fout.kiesAanvrager" };
  const partnerIds = new Set(options.partners.map((p) => p.id));
  if (Object.keys(input.partners).some((id) => !partnerIds.has(Number(id))))
    errors.partners = { key: "fout.ongeldig" };
  const personIds = new Set(options.people.map((p) => p.id));
  if (input.memberIds.some((id) => !personIds.has(id))) errors.memberIds = { key: "fout.ongeldig" };
  if (input.themaId !== null && !options.themas.some((th) => th.id === input.themaId))
    errors.themaId = { key: "fout.ongeldig" };
  if (
    input.wijkId !== null &&
    !options.wijken.some((w) => w.id === input.wijkId && w.organisationId === input.organisationId)
  )
    errors.wijkId = { key: "wijk.fout.nietVanGemeente" };
  return errors;
}

export function saveTraject(input: TrajectInput, user: SessionUser, id?: number): number {
  return getDb().transaction((tx) => {
    const { partners, memberIds, tagsOpgave, tagsBeleidsveld, tagsContext, ...values } = input;
    let trajectId = id;
    if (trajectId) {
      tx.update(trajecten)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(trajecten.id, trajectId))
        .run();
    } else {
      trajectId = tx
        .insert(trajecten)
        .values({ ...values, createdById: user.id })
        .returning({ id: trajecten.id })
        .get().id;
    }
    tx.delete(trajectPartners).where(eq(trajectPartners.trajectId, trajectId)).run();
    const partnerValues = Object.entries(partners).map(([organisationId, role]) => ({
      trajectId,
      organisationId: Number(organisationId),
      role,
    }));
    if (partnerValues.length) tx.insert(trajectPartners).values(partnerValues).run();
    tx.delete(trajectLeden).where(eq(trajectLeden.trajectId, trajectId)).run();
    // Whoever creates casework takes part in it.
    const members = new Set(id ? memberIds : [...memberIds, user.id]);
    if (members.size)
      tx.insert(trajectLeden)
        .values([...members].map((userId) => ({ trajectId, userId })))
        .run();
    setTags(tx, "traject", trajectId, { tagsOpgave, tagsBeleidsveld, tagsContext });
    return trajectId;
  });
}

/** A log entry, with news to the casework's members who may read it (not its writer). */
export function addLogEntry(
  trajectId: number,
  user: Pick<SessionUser, "id" | "name">,
  input: LogInput,
): void {
  const userId = user.id;
  getDb().transaction((tx) => {
    tx.insert(logboek)
      .values({
        trajectId,
        userId,
        kind: input.kind,
        happenedOn: fromAmsterdamInputs(input.date, "12:00")!,
        body: input.body,
      })
      .run();
    tx.update(trajecten).set({ updatedAt: new Date() }).where(eq(trajecten.id, trajectId)).run();
    const traject = tx
      .select({ title: trajecten.title })
      .from(trajecten)
      .where(eq(trajecten.id, trajectId))
      .get();
    if (!traject) return;
    notify(tx, exceptActor(trajectMembers(tx, trajectId), userId), {
      category: "aan-de-slag",
      kind: "traject.melding.logboek",
      params: { titel: traject.title, door: user.name, soort: input.kind },
      link: `/aan-de-slag/${trajectId}#logboek`,
    });
  });
}

/** The casework's members (trajectLeden) with an active account who may read it. */
export function trajectMembers(tx: DbOrTx, trajectId: number): Person[] {
  const ids = tx
    .select({ userId: trajectLeden.userId })
    .from(trajectLeden)
    .where(eq(trajectLeden.trajectId, trajectId))
    .all()
    .map((r) => r.userId);
  return activePeopleByIds(tx, ids).filter((p) => can(p, "traject:bekijken"));
}

const DASHBOARD_TRAJECTEN = 5;

/** The casework a person takes part in, for their dashboard. */
export function trajectenOf(userId: number) {
  return getDb()
    .select({
      id: trajecten.id,
      title: trajecten.title,
      status: trajecten.status,
      organisationName: organisations.name,
    })
    .from(trajectLeden)
    .innerJoin(trajecten, eq(trajecten.id, trajectLeden.trajectId))
    .innerJoin(organisations, eq(organisations.id, trajecten.organisationId))
    .where(eq(trajectLeden.userId, userId))
    .orderBy(desc(trajecten.updatedAt))
    .limit(DASHBOARD_TRAJECTEN)
    .all();
}
