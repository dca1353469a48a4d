import { and, asc, count, countDistinct, desc, eq, sql } from "drizzle-orm";
import { getDb } from "#db/client.ts";
import {
  actoren,
  leervragen,
  organisations,
  uitdagingen,
  uitdagingHerkenningen,
  wijken,
} from "#db/schema.ts";
import type { ActorSlug } from "#db/sociale-basis-actoren.ts";
import { translator } from "#shared/i18n/index.ts";
import type { Locale } from "#shared/i18n/locales.ts";

// Schema C in the product: the actors of the social basis with their tasks and challenges
// (reference data), the challenges a municipality recognises per neighbourhood, and which of them
// recur across the municipalities (for project leaders choosing cases for intervision).

export function listActoren() {
  const db = getDb();
  const actors = db.select().from(actoren).orderBy(asc(actoren.position)).all();
  const challenges = db
    .select()
    .from(uitdagingen)
    .orderBy(asc(uitdagingen.actorId), asc(uitdagingen.position))
    .all();
  return actors.map((a) => ({
    id: a.id,
    slug: a.slug,
    name: a.name,
    taken: a.taken.split("\n").filter(Boolean),
    uitdagingen: challenges
      .filter((u) => u.actorId === a.id)
      .map((u) => ({ id: u.id, code: u.code, text: u.text })),
  }));
}

export type ActorRow = ReturnType<typeof listActoren>[number];

/** The challenges recognised in one neighbourhood, with the learning question each became. */
export function herkenningenOfWijk(wijkId: number) {
  return getDb()
    .select({
      id: uitdagingHerkenningen.id,
      uitdagingId: uitdagingHerkenningen.uitdagingId,
      code: uitdagingen.code,
      text: uitdagingen.text,
      actor: uitdagingHerkenningen.actor,
      note: uitdagingHerkenningen.note,
      leervraagId: uitdagingHerkenningen.leervraagId,
      leervraagTitle: leervragen.title,
    })
    .from(uitdagingHerkenningen)
    .innerJoin(uitdagingen, eq(uitdagingen.id, uitdagingHerkenningen.uitdagingId))
    .leftJoin(leervragen, eq(leervragen.id, uitdagingHerkenningen.leervraagId))
    .where(eq(uitdagingHerkenningen.wijkId, wijkId))
    .orderBy(asc(uitdagingen.code), asc(uitdagingHerkenningen.actor))
    .all();
}

/**
 * Records (or updates the note of) a recognised challenge. The actor defaults to the one the
 * document names it for.
 */
export function recogniseUitdaging(
  wijkId: number,
  input: { uitdagingId: number; actor: ActorSlug | null; note: string },
  byId: number,
): { id: number } | { error: "onbekend" } {
  const db = getDb();
  const challenge = db
    .select({ id: uitdagingen.id, actor: actoren.slug })
    .from(uitdagingen)
    .innerJoin(actoren, eq(actoren.id, uitdagingen.actorId))
    .where(eq(uitdagingen.id, input.uitdagingId))
    .get();
  if (!challenge) return { error: "onbekend" };
  const actor = input.actor ?? challenge.actor;
  return db
    .insert(uitdagingHerkenningen)
    .values({ wijkId, uitdagingId: challenge.id, actor, note: input.note, createdById: byId })
    .onConflictDoUpdate({
      target: [
        uitdagingHerkenningen.wijkId,
        uitdagingHerkenningen.uitdagingId,
        uitdagingHerkenningen.actor,
      ],
      set: { note: input.note, updatedAt: new Date() },
    })
    .returning({ id: uitdagingHerkenningen.id })
    .get();
}

export function forgetHerkenning(wijkId: number, herkenningId: number): boolean {
  const result = getDb()
    .delete(uitdagingHerkenningen)
    .where(
      and(eq(uitdagingHerkenningen.id, herkenningId), eq(uitdagingHerkenningen.wijkId, wijkId)),
    )
    .run();
  return result.changes > 0;
}

/** A recognised challenge with what a learning question made from it is pre-filled with. */
export function getHerkenning(herkenningId: number) {
  return getDb()
    .select({
      id: uitdagingHerkenningen.id,
      wijkId: uitdagingHerkenningen.wijkId,
      wijkName: wijken.name,
      organisationId: wijken.organisationId,
      code: uitdagingen.code,
      text: uitdagingen.text,
      actor: uitdagingHerkenningen.actor,
      actorName: actoren.name,
      note: uitdagingHerkenningen.note,
      leervraagId: uitdagingHerkenningen.leervraagId,
    })
    .from(uitdagingHerkenningen)
    .innerJoin(wijken, eq(wijken.id, uitdagingHerkenningen.wijkId))
    .innerJoin(uitdagingen, eq(uitdagingen.id, uitdagingHerkenningen.uitdagingId))
    .innerJoin(actoren, eq(actoren.slug, uitdagingHerkenningen.actor))
    .where(eq(uitdagingHerkenningen.id, herkenningId))
    .get();
}

/**
 * What a learning question made from a recognised challenge starts with (/leervragen/nieuw?
 * herkenning=…): only for the municipality's own recognitions that are not yet a question.
 */
export function leervraagFromHerkenning(
  herkenningId: number | null,
  user: { organisationId: number; locale: Locale },
) {
  const h = herkenningId ? getHerkenning(herkenningId) : undefined;
  if (!h || h.organisationId !== user.organisationId || h.leervraagId !== null) return null;
  const t = translator(user.locale);
  const vars = { wijk: h.wijkName, tekst: h.text, actor: h.actorName };
  const title = t("uitdaging.leervraag.titel", vars);
  return {
    title: title.length > 160 ? `${title.slice(0, 159)}…` : title,
    question: t("uitdaging.leervraag.vraag", vars),
    casus: [t("uitdaging.leervraag.casus", vars), h.note].filter(Boolean).join("\n\n"),
    wijkId: String(h.wijkId),
    herkenningId: String(h.id),
  };
}

/** The recognised challenges a learning question came from (for its page, linked back). */
export function herkenningenOfLeervraag(leervraagId: number) {
  const actorNames = new Map(
    getDb()
      .select({ slug: actoren.slug, name: actoren.name })
      .from(actoren)
      .all()
      .map((a) => [a.slug as string, a.name]),
  );
  return getDb()
    .select({
      code: uitdagingen.code,
      text: uitdagingen.text,
      actor: uitdagingHerkenningen.actor,
      wijkId: wijken.id,
      wijkName: wijken.name,
      organisationSlug: organisations.slug,
    })
    .from(uitdagingHerkenningen)
    .innerJoin(uitdagingen, eq(uitdagingen.id, uitdagingHerkenningen.uitdagingId))
    .innerJoin(wijken, eq(wijken.id, uitdagingHerkenningen.wijkId))
    .innerJoin(organisations, eq(organisations.id, wijken.organisationId))
    .where(eq(uitdagingHerkenningen.leervraagId, leervraagId))
    .all()
    .map((h) => ({
      code: h.code,
      text: h.text,
      wijkName: h.wijkName,
      actorName: actorNames.get(h.actor) ?? h.actor,
      href: `/gemeenten/${h.organisationSlug}/wijken/${h.wijkId}`,
    }));
}

/**
 * Which challenges recur: per challenge, how many municipalities and neighbourhoods recognise
 * it, most widely recognised first (optionally within one learning circle).
 */
export function recurringUitdagingen(circle: number | null = null) {
  return getDb()
    .select({
      code: uitdagingen.code,
      text: uitdagingen.text,
      actorName: actoren.name,
      gemeenten: countDistinct(wijken.organisationId),
      wijken: countDistinct(wijken.id),
      herkenningen: count(uitdagingHerkenningen.id),
      namen: sql<string>`group_concat(distinct ${organisations.name})`,
    })
    .from(uitdagingHerkenningen)
    .innerJoin(uitdagingen, eq(uitdagingen.id, uitdagingHerkenningen.uitdagingId))
    .innerJoin(actoren, eq(actoren.id, uitdagingen.actorId))
    .innerJoin(wijken, eq(wijken.id, uitdagingHerkenningen.wijkId))
    .innerJoin(organisations, eq(organisations.id, wijken.organisationId))
    .where(circle === null ? undefined : eq(organisations.circle, circle))
    .groupBy(uitdagingen.id)
    .orderBy(
      desc(countDistinct(wijken.organisationId)),
      desc(countDistinct(wijken.id)),
      asc(uitdagingen.code),
    )
    .all()
    .map((r) => ({ ...r, namen: (r.namen ?? "").split(",").sort((a, b) => a.localeCompare(b)) }));
}
