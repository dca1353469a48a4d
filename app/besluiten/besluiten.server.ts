import { and, asc, count, desc, eq, inArray, isNull } from "drizzle-orm";
import { recordAudit } from "#app/audit/audit.server.ts";
import { besluitVoter, isBesluitOpen, type BesluitResource } from "#app/auth/rules/besluit.ts";
import { can } from "#app/auth/permissions.ts";
import type { Actor } from "#app/auth/rules/actor.ts";
import { deadlineWithinADay } from "#app/notifications/deadline.server.ts";
import { notify, type News } from "#app/notifications/notify.server.tsx";
import { activePeople, exceptActor, type Person } from "#app/notifications/recipients.server.ts";
import { getDb, type DbOrTx } from "#db/client.ts";
import { besluitOpties, besluiten, besluitStemmen, themas, users } from "#db/schema.ts";
import { formatDateTime } from "#shared/i18n/index.ts";
import { locales } from "#shared/i18n/locales.ts";
import type { BesluitInput } from "./besluit-schema.ts";

// Decisions of the trajectory: proposing one, voting, the tally, recording the decision, and the
// reminder before the deadline. Who may vote is app/auth/rules/besluit.ts; this module stores.

export type BesluitRow = typeof besluiten.$inferSelect;
type ChangedBy = { id: number; name: string };

/** News that names the deadline, in each recipient's language and Dutch time. */
function notifyWithDeadline(
  tx: DbOrTx,
  people: readonly Person[],
  besluit: BesluitRow,
  news: Omit<News, "params" | "link" | "category">,
): number {
  let told = 0;
  for (const locale of locales) {
    const group = people.filter((p) => p.locale === locale);
    if (!group.length) continue;
    told += notify(tx, group, {
      ...news,
      category: "besluiten",
      params: { titel: besluit.title, deadline: formatDateTime(locale, besluit.deadline) },
      link: `/besluiten/${besluit.id}`,
      ...(news.once ? { once: `${news.once}:${locale}` } : {}),
    });
  }
  return told;
}

export function listBesluiten() {
  return getDb()
    .select({
      id: besluiten.id,
      title: besluiten.title,
      deadline: besluiten.deadline,
      decidedAt: besluiten.decidedAt,
      kiezers: besluiten.kiezers,
      themaName: themas.name,
    })
    .from(besluiten)
    .leftJoin(themas, eq(themas.id, besluiten.themaId))
    .orderBy(desc(besluiten.deadline), desc(besluiten.id))
    .all();
}

export function getBesluit(id: number, db: DbOrTx = getDb()) {
  const besluit = db.select().from(besluiten).where(eq(besluiten.id, id)).get();
  if (!besluit) return null;
  const options = db
    .select()
    .from(besluitOpties)
    .where(eq(besluitOpties.besluitId, id))
    .orderBy(asc(besluitOpties.position))
    .all();
  const thema = besluit.themaId
    ? (db.select().from(themas).where(eq(themas.id, besluit.themaId)).get() ?? null)
    : null;
  const decidedBy = besluit.decidedById
    ? (db.select({ name: users.name }).from(users).where(eq(users.id, besluit.decidedById)).get()
        ?.name ?? null)
    : null;
  return { besluit, options, thema, decidedBy };
}

/** The resource the rules ask about, at `now`. */
export function besluitResource(besluit: BesluitRow, now: Date): BesluitResource {
  return {
    kiezers: besluit.kiezers,
    uitslag: besluit.uitslag,
    deadline: besluit.deadline,
    decidedAt: besluit.decidedAt,
    now,
  };
}

/** The vote already cast for this voter ("gemeente:<id>" or "persoon:<id>"), with who cast it. */
export function voteOf(besluitId: number, voter: string) {
  return (
    getDb()
      .select({
        optionId: besluitStemmen.optionId,
        castBy: users.name,
        at: besluitStemmen.createdAt,
      })
      .from(besluitStemmen)
      .leftJoin(users, eq(users.id, besluitStemmen.castById))
      .where(and(eq(besluitStemmen.besluitId, besluitId), eq(besluitStemmen.voter, voter)))
      .get() ?? null
  );
}

/** Votes per option, in the options' order, and how many have voted. */
export function tally(besluitId: number) {
  const rows = getDb()
    .select({ optionId: besluitStemmen.optionId, n: count() })
    .from(besluitStemmen)
    .where(eq(besluitStemmen.besluitId, besluitId))
    .groupBy(besluitStemmen.optionId)
    .all();
  const counts = new Map(rows.map((r) => [r.optionId, r.n]));
  return { counts, total: rows.reduce((sum, r) => sum + r.n, 0) };
}

/** The people who may vote on it (for a municipality electorate: all members of those municipalities). */
export function electorate(tx: DbOrTx, besluit: Pick<BesluitRow, "kiezers">): Person[] {
  return activePeople(tx).filter((p) => besluitVoter(p, besluit) !== null);
}

/** How many votes there can be: municipalities or project leaders that can vote. */
export function possibleVoters(tx: DbOrTx, besluit: Pick<BesluitRow, "kiezers">): number {
  return new Set(electorate(tx, besluit).map((p) => besluitVoter(p, besluit))).size;
}

/** Proposed themes a decision can be about (one without an open decision). */
export function proposedThemas() {
  const db = getDb();
  const taken = new Set(
    db
      .select({ themaId: besluiten.themaId })
      .from(besluiten)
      .where(isNull(besluiten.decidedAt))
      .all()
      .map((r) => r.themaId),
  );
  return db
    .select({ id: themas.id, name: themas.name })
    .from(themas)
    .where(eq(themas.status, "voorgesteld"))
    .orderBy(asc(themas.position))
    .all()
    .filter((t) => !taken.has(t.id));
}

export type ProposeResult = { id: number } | { error: "deadline-past" | "thema-not-proposed" };

/** A new proposal; those who may vote hear of it. */
export function proposeBesluit(
  input: BesluitInput,
  user: ChangedBy,
  now = new Date(),
): ProposeResult {
  if (input.deadline <= now) return { error: "deadline-past" };
  if (input.themaId !== null && !proposedThemas().some((t) => t.id === input.themaId)) {
    return { error: "thema-not-proposed" };
  }
  return getDb().transaction((tx) => {
    const besluit = tx
      .insert(besluiten)
      .values({
        title: input.title,
        description: input.description,
        themaId: input.themaId,
        kiezers: input.kiezers,
        uitslag: input.uitslag,
        deadline: input.deadline,
        createdById: user.id,
        createdAt: now,
      })
      .returning()
      .get();
    const options =
      input.themaId !== null
        ? [
            { label: "", themaStatus: "gekozen" as const },
            { label: "", themaStatus: "afgewezen" as const },
          ]
        : input.opties.map((label) => ({ label, themaStatus: null }));
    tx.insert(besluitOpties)
      .values(options.map((o, position) => ({ ...o, besluitId: besluit.id, position })))
      .run();
    recordAudit(tx, {
      action: "besluit.voorgesteld",
      actor: user.id,
      subject: { type: "besluit", id: besluit.id },
      detail: { kiezers: input.kiezers, uitslag: input.uitslag, themaId: input.themaId },
    });
    notifyWithDeadline(tx, exceptActor(electorate(tx, besluit), user.id), besluit, {
      kind: "besluit.melding.nieuw",
    });
    return { id: besluit.id };
  });
}

export type VoteResult =
  "gestemd" | "gesloten" | "al-gestemd" | "niet-stemgerechtigd" | "onbekende-optie";

/** One vote per voter, before the deadline; a second one is refused (a vote cannot be changed). */
export function castVote(
  besluit: BesluitRow,
  actor: Actor,
  optionId: number,
  now = new Date(),
): VoteResult {
  const voter = besluitVoter(actor, besluit);
  if (!voter) return "niet-stemgerechtigd";
  if (!isBesluitOpen(besluitResource(besluit, now))) return "gesloten";
  const db = getDb();
  const option = db
    .select({ id: besluitOpties.id })
    .from(besluitOpties)
    .where(and(eq(besluitOpties.id, optionId), eq(besluitOpties.besluitId, besluit.id)))
    .get();
  if (!option) return "onbekende-optie";
  const inserted = db
    .insert(besluitStemmen)
    .values({
      besluitId: besluit.id,
      optionId,
      voter,
      organisationId: voter.startsWith("gemeente:") ? actor.organisationId : null,
      castById: actor.id,
      createdAt: now,
    })
    .onConflictDoNothing()
    .run();
  return inserted.changes === 1 ? "gestemd" : "al-gestemd";
}

/**
 * The decision, once: the option chosen and the reasons. Voting closes; a theme decision sets the
 * theme's status. Everyone involved hears of it: who could vote, the project leaders, who voted.
 */
export function recordDecision(
  besluitId: number,
  user: ChangedBy,
  input: { optionId: number; reasons: string },
  now = new Date(),
): "vastgelegd" | "al-besloten" | "onbekende-optie" {
  return getDb().transaction((tx) => {
    const option = tx
      .select()
      .from(besluitOpties)
      .where(and(eq(besluitOpties.id, input.optionId), eq(besluitOpties.besluitId, besluitId)))
      .get();
    if (!option) return "onbekende-optie";
    const updated = tx
      .update(besluiten)
      .set({
        decidedAt: now,
        decidedById: user.id,
        decidedOptionId: option.id,
        reasons: input.reasons,
      })
      .where(and(eq(besluiten.id, besluitId), isNull(besluiten.decidedAt)))
      .returning()
      .get();
    if (!updated) return "al-besloten";
    if (updated.themaId !== null && option.themaStatus) {
      tx.update(themas)
        .set({ status: option.themaStatus })
        .where(eq(themas.id, updated.themaId))
        .run();
    }
    recordAudit(tx, {
      action: "besluit.vastgelegd",
      actor: user.id,
      subject: { type: "besluit", id: besluitId },
      detail: { optie: option.id, themaStatus: option.themaStatus ?? null },
    });
    const voterIds = tx
      .select({ id: besluitStemmen.castById })
      .from(besluitStemmen)
      .where(eq(besluitStemmen.besluitId, besluitId))
      .all()
      .map((r) => r.id);
    const involved = activePeople(tx).filter(
      (p) =>
        besluitVoter(p, updated) !== null ||
        can(p, "besluit:vastleggen") ||
        voterIds.includes(p.id),
    );
    notify(tx, exceptActor(involved, user.id), {
      category: "besluiten",
      kind: "besluit.melding.besloten",
      params: { titel: updated.title },
      link: `/besluiten/${besluitId}`,
    });
    return "vastgelegd";
  });
}

/**
 * The reminders due at `due`: for each open proposal whose deadline falls within the next day,
 * the people who may vote and whose vote (their municipality's) is not in yet. Once per proposal
 * and deadline.
 */
export function sendBesluitReminders(tx: DbOrTx, due: Date): number {
  const closing = tx
    .select()
    .from(besluiten)
    .where(and(isNull(besluiten.decidedAt), deadlineWithinADay(besluiten.deadline, due)))
    .all();
  let told = 0;
  for (const besluit of closing) {
    const voted = new Set(
      tx
        .select({ voter: besluitStemmen.voter })
        .from(besluitStemmen)
        .where(eq(besluitStemmen.besluitId, besluit.id))
        .all()
        .map((r) => r.voter),
    );
    const waiting = electorate(tx, besluit).filter((p) => !voted.has(besluitVoter(p, besluit)!));
    told += notifyWithDeadline(tx, waiting, besluit, {
      kind: "besluit.melding.herinnering",
      once: `herinnering:besluit:${besluit.id}:${besluit.deadline.getTime()}`,
    });
  }
  return told;
}

/** Every hour: the reminders of proposals closing within a day (a ScheduledJob, server/main.ts). */
export const besluitRemindersJob = {
  name: "besluit-herinneringen",
  pattern: "0 * * * *",
  run(tx: DbOrTx, due: Date): void {
    sendBesluitReminders(tx, due);
  },
};

/** The decisions about these themes (for the theme pages). */
export function decisionsForThemas(themaIds: number[]) {
  if (!themaIds.length) return [];
  return getDb()
    .select({
      id: besluiten.id,
      themaId: besluiten.themaId,
      decidedAt: besluiten.decidedAt,
      deadline: besluiten.deadline,
    })
    .from(besluiten)
    .where(inArray(besluiten.themaId, themaIds))
    .orderBy(desc(besluiten.id))
    .all();
}
