import type { Translate } from "#shared/i18n/index.ts";
import { and, asc, desc, eq, inArray, isNull, like, sql } from "drizzle-orm";
import * as Y from "yjs";
import type { Actor } from "#app/auth/rules/actor.ts";
import { canReadEssayDraft } from "#app/auth/rules/essay.ts";
import { slugify } from "#app/utils/slug.ts";
import { essayDueDate } from "#app/opvolging/days.ts";
import { essayDocumentName } from "#shared/collab/protocol.ts";
import { FRAGMENT } from "#shared/editor/extensions.ts";
import {
  renderFragment,
  renderHtml,
  renderText,
  type ProseMirrorJSON,
} from "#shared/editor/render.ts";
import { recordAudit } from "#app/audit/audit.server.ts";
import { getDb, type DbOrTx } from "#db/client.ts";
import {
  bijeenkomsten,
  deelnames,
  essayAuteurs,
  essayOpmerkingen,
  essays,
  themas,
  users,
  type EssayStatus,
} from "#db/schema.ts";
import type { CollabEngine } from "#server/collab/index.ts";
import {
  docFromStored,
  getVersion,
  loadStoredDocument,
  readRenderedDocument,
} from "#server/collab/persistence.ts";
import { anchorPassage, resolveAnchor, type Anchor } from "./anchors.ts";
import { notify } from "#app/notifications/notify.server.tsx";
import { setTags, taggedWith } from "#app/tags/tags.server.ts";
import { resolveMentions } from "#app/notifications/mentions.server.ts";
import { exceptActor, type Person } from "#app/notifications/recipients.server.ts";
import type { CommentInput, EssayMetaInput } from "./essay-schema.ts";
import {
  essayAuthors,
  essayDraftReaders,
  essayReviewers,
  publishedEssayReaders,
} from "./readers.server.ts";
import { mailEssaySubscribers } from "./subscriber-mail.server.tsx";

/** Who made a change, as its news names them. */
type ChangedBy = { id: number; name: string };

export type Essay = typeof essays.$inferSelect;

// ---------------------------------------------------------------------------------------------
// What the access rules (app/auth/rules/essay.ts) need: who reviews a draft depends on who came
// to the meeting.

/**
 * The essays with, for each, the organisations of whom someone came to (or said they would come
 * to) its meeting: one query for all of them.
 */
export function withAttendingOrganisations<E extends { bijeenkomstId: number }>(
  rows: E[],
): (E & { attendingOrganisationIds: number[] })[] {
  const meetingIds = [...new Set(rows.map((r) => r.bijeenkomstId))];
  const attending = new Map<number, number[]>(meetingIds.map((id) => [id, []]));
  if (meetingIds.length > 0) {
    const pairs = getDb()
      .selectDistinct({
        bijeenkomstId: deelnames.bijeenkomstId,
        organisationId: users.organisationId,
      })
      .from(deelnames)
      .innerJoin(users, eq(users.id, deelnames.userId))
      .where(and(inArray(deelnames.bijeenkomstId, meetingIds), eq(deelnames.response, "ja")))
      .all();
    for (const p of pairs) attending.get(p.bijeenkomstId)!.push(p.organisationId);
  }
  return rows.map((r) => ({ ...r, attendingOrganisationIds: attending.get(r.bijeenkomstId)! }));
}

// ---------------------------------------------------------------------------------------------
// Creating: one essay per theme meeting, the moment it is marked held.

/** The essay of a theme meeting just held at `heldAt`, due ESSAY_DUE_DAYS later (docs/opvolging.md). */
export function ensureEssayForMeeting(tx: DbOrTx, bijeenkomstId: number, heldAt: Date): void {
  const meeting = tx
    .select({
      id: bijeenkomsten.id,
      kind: bijeenkomsten.kind,
      title: bijeenkomsten.title,
      themaId: bijeenkomsten.themaId,
      startsAt: bijeenkomsten.startsAt,
      themaName: themas.name,
    })
    .from(bijeenkomsten)
    .leftJoin(themas, eq(themas.id, bijeenkomsten.themaId))
    .where(eq(bijeenkomsten.id, bijeenkomstId))
    .get();
  if (!meeting || meeting.kind !== "thema") return;
  if (tx.select({ id: essays.id }).from(essays).where(eq(essays.bijeenkomstId, meeting.id)).get())
    return;
  const title = meeting.themaName ?? meeting.title;
  const base = slugify(`${title} ${meeting.startsAt.getUTCFullYear()}`) || "essay";
  let slug = base;
  for (let n = 2; tx.select({ id: essays.id }).from(essays).where(eq(essays.slug, slug)).get(); n++)
    slug = `${base}-${n}`;
  tx.insert(essays)
    .values({
      bijeenkomstId: meeting.id,
      themaId: meeting.themaId,
      slug,
      title,
      dueDate: essayDueDate(heldAt),
    })
    .run();
}

// ---------------------------------------------------------------------------------------------
// Reading

const essayColumns = {
  id: essays.id,
  slug: essays.slug,
  title: essays.title,
  summary: essays.summary,
  status: essays.status,
  bijeenkomstId: essays.bijeenkomstId,
  meetingTitle: bijeenkomsten.title,
  meetingStartsAt: bijeenkomsten.startsAt,
  meetingLocation: bijeenkomsten.location,
  themaId: essays.themaId,
  themaName: themas.name,
  themaSlug: themas.slug,
  publishedTitle: essays.publishedTitle,
  publishedSummary: essays.publishedSummary,
  publishedHtml: essays.publishedHtml,
  publishedJson: essays.publishedJson,
  firstPublishedAt: essays.firstPublishedAt,
  publishedAt: essays.publishedAt,
  formerAuthors: essays.formerAuthors,
  dueDate: essays.dueDate,
  updatedAt: essays.updatedAt,
};

function essaysQuery() {
  return getDb()
    .select(essayColumns)
    .from(essays)
    .innerJoin(bijeenkomsten, eq(bijeenkomsten.id, essays.bijeenkomstId))
    .leftJoin(themas, eq(themas.id, essays.themaId))
    .$dynamic();
}

export function authorsOf(essayIds: number[]) {
  if (essayIds.length === 0) return new Map<number, { id: number; name: string }[]>();
  const rows = getDb()
    .select({ essayId: essayAuteurs.essayId, id: users.id, name: users.name })
    .from(essayAuteurs)
    .innerJoin(users, eq(users.id, essayAuteurs.userId))
    .where(inArray(essayAuteurs.essayId, essayIds))
    .orderBy(asc(users.name))
    .all();
  const map = new Map<number, { id: number; name: string }[]>();
  for (const r of rows)
    map.set(r.essayId, [...(map.get(r.essayId) ?? []), { id: r.id, name: r.name }]);
  return map;
}

/**
 * Before a person's account is erased: the essays they wrote count them as a former author, and
 * published snapshots that mention them show `label` instead of their name.
 */
export function forgetEssayAuthor(
  tx: DbOrTx,
  userId: number,
  anonymise: (json: ProseMirrorJSON) => ProseMirrorJSON,
): void {
  tx.update(essays)
    .set({ formerAuthors: sql`${essays.formerAuthors} + 1` })
    .where(
      inArray(
        essays.id,
        tx
          .select({ id: essayAuteurs.essayId })
          .from(essayAuteurs)
          .where(eq(essayAuteurs.userId, userId)),
      ),
    )
    .run();
  for (const row of tx
    .select({ id: essays.id, json: essays.publishedJson })
    .from(essays)
    .where(like(essays.publishedJson, '%"type":"mention"%'))
    .all()) {
    const json = JSON.parse(row.json!) as ProseMirrorJSON;
    const next = anonymise(json);
    if (next === json) continue;
    tx.update(essays)
      .set({
        publishedJson: JSON.stringify(next),
        publishedHtml: renderHtml(next),
        publishedText: renderText(next),
      })
      .where(eq(essays.id, row.id))
      .run();
  }
}

/** Published essays on the list pages (the feed asks for fewer). */
const PUBLISHED_LIST_SIZE = 100;

/** Published essays, newest first, for the public list and the feed. */
export function listPublishedEssays(
  filter: { themaId?: number | undefined; tagId?: number | undefined } = {},
  limit = PUBLISHED_LIST_SIZE,
) {
  const rows = essaysQuery()
    .where(
      and(
        eq(essays.status, "gepubliceerd"),
        filter.themaId ? eq(essays.themaId, filter.themaId) : undefined,
        filter.tagId ? inArray(essays.id, taggedWith("essay", filter.tagId)) : undefined,
      ),
    )
    .orderBy(desc(essays.firstPublishedAt))
    .limit(limit)
    .all();
  const authors = authorsOf(rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, authors: authors.get(r.id) ?? [] }));
}

export function getEssayBySlug(slug: string) {
  const row = essaysQuery().where(eq(essays.slug, slug)).get();
  if (!row) return null;
  return withAttendingOrganisations([
    { ...row, authors: authorsOf([row.id]).get(row.id) ?? [] },
  ])[0]!;
}

export function essayForMeeting(bijeenkomstId: number) {
  const row = getDb()
    .select({
      id: essays.id,
      slug: essays.slug,
      status: essays.status,
      bijeenkomstId: essays.bijeenkomstId,
    })
    .from(essays)
    .where(eq(essays.bijeenkomstId, bijeenkomstId))
    .get();
  return row ? withAttendingOrganisations([row])[0]! : null;
}

/**
 * Where a meeting's page links for its essay: the draft for those who may read it, the published
 * text for everyone else once there is one; null when there is nothing to show this person.
 */
export function meetingEssayLink(user: Actor, bijeenkomstId: number): string | null {
  const essay = essayForMeeting(bijeenkomstId);
  if (!essay) return null;
  if (canReadEssayDraft(user, essay)) return `/essays/${essay.slug}/schrijven`;
  return essay.status === "gepubliceerd" ? `/essays/${essay.slug}` : null;
}

const MAX_IN_PROGRESS = 20;

/** Essays still to write or in review, for the staff dashboard. */
export function essaysInProgress() {
  return essaysQuery()
    .where(inArray(essays.status, ["concept", "review"]))
    .orderBy(asc(bijeenkomsten.startsAt), asc(essays.id))
    .limit(MAX_IN_PROGRESS)
    .all();
}

/** The draft as ProseMirror JSON, for a download before publication. */
export function draftJson(essayId: number): ProseMirrorJSON {
  return readRenderedDocument(essayDocumentName(essayId))?.json ?? { type: "doc", content: [] };
}

/** The current draft text: what the co-editors see now. */
export function draftHtml(essayId: number): string {
  return readRenderedDocument(essayDocumentName(essayId))?.html ?? "";
}

function currentDoc(essayId: number): Y.Doc {
  return docFromStored(loadStoredDocument(essayDocumentName(essayId)));
}

/** Comments shown beside one essay: far more than a review round brings. */
const MAX_OPMERKINGEN = 500;

export function essayComments(essayId: number) {
  const rows = getDb()
    .select({
      id: essayOpmerkingen.id,
      body: essayOpmerkingen.body,
      quote: essayOpmerkingen.quote,
      anchor: essayOpmerkingen.anchor,
      resolvedAt: essayOpmerkingen.resolvedAt,
      createdAt: essayOpmerkingen.createdAt,
      userName: users.name,
    })
    .from(essayOpmerkingen)
    .leftJoin(users, eq(users.id, essayOpmerkingen.userId))
    .where(eq(essayOpmerkingen.essayId, essayId))
    .orderBy(asc(essayOpmerkingen.resolvedAt), asc(essayOpmerkingen.createdAt))
    .limit(MAX_OPMERKINGEN)
    .all();
  const doc = rows.some((r) => r.anchor) ? currentDoc(essayId) : null;
  const result = rows.map(({ anchor, ...r }) => {
    // The passage as it reads now; null when it was deleted since.
    const passage = anchor && doc ? resolveAnchor(doc, anchor as Anchor) : null;
    return {
      ...r,
      passage,
      anchored: !!anchor,
      // Where the live editor marks the passage of an open comment.
      highlight: passage && !r.resolvedAt ? (anchor as Anchor) : null,
    };
  });
  doc?.destroy();
  return result;
}

// ---------------------------------------------------------------------------------------------
// Changing

/** Staff who can be named as authors. */
export function possibleAuthors() {
  return getDb()
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.role, "medewerker"), eq(users.active, true)))
    .orderBy(asc(users.name))
    .all();
}

/** Saves an essay's details and tags; its tags were checked with tagErrors first. */
export function updateEssayMeta(
  essayId: number,
  input: EssayMetaInput,
): "saved" | "invalid-reference" {
  const authorIds = new Set(possibleAuthors().map((a) => a.id));
  if (input.authorIds.some((id) => !authorIds.has(id))) return "invalid-reference";
  if (
    input.themaId !== null &&
    !getDb().select({ id: themas.id }).from(themas).where(eq(themas.id, input.themaId)).get()
  ) {
    return "invalid-reference";
  }
  getDb().transaction((tx) => {
    tx.update(essays)
      .set({
        title: input.title,
        summary: input.summary,
        themaId: input.themaId,
        updatedAt: new Date(),
      })
      .where(eq(essays.id, essayId))
      .run();
    setTags(tx, "essay", essayId, input);
    tx.delete(essayAuteurs).where(eq(essayAuteurs.essayId, essayId)).run();
    if (input.authorIds.length)
      tx.insert(essayAuteurs)
        .values(input.authorIds.map((userId) => ({ essayId, userId })))
        .run();
  });
  return "saved";
}

function setStatus(tx: DbOrTx, essayId: number, from: EssayStatus[], to: EssayStatus): boolean {
  return (
    tx
      .update(essays)
      .set({ status: to, updatedAt: new Date() })
      .where(and(eq(essays.id, essayId), inArray(essays.status, from)))
      .run().changes === 1
  );
}

/** The authors ask for review: reviewers may now read the draft and comment, and hear so. */
export function requestReview(essayId: number, user: ChangedBy): boolean {
  return getDb().transaction((tx) => {
    if (!setStatus(tx, essayId, ["concept"], "review")) return false;
    const essay = getEssayById(essayId)!;
    notify(tx, exceptActor(essayReviewers(tx, essay), user.id), {
      category: "essays",
      kind: "essay.melding.review",
      params: { titel: essay.title, door: user.name },
      link: `/essays/${essay.slug}/schrijven`,
    });
    return true;
  });
}

/** Back to writing (after review, or to revise before re-publishing). */
export function backToConcept(essayId: number): boolean {
  return setStatus(getDb(), essayId, ["review"], "concept");
}

/** Whom a comment on this essay's draft can mention: the people who may read the draft. */
export function mentionableForEssay(essayId: number): Person[] {
  const essay = getEssayById(essayId);
  return essay ? essayDraftReaders(getDb(), essay) : [];
}

/**
 * Publishes the draft as it is now: a named version is saved, and its text becomes what readers
 * see. A published essay can be revised and published again; readers never see a draft.
 */
export function publishEssay(
  engine: CollabEngine,
  essay: Pick<Essay, "id" | "slug" | "title" | "summary">,
  userId: number,
  label: string,
): boolean {
  const name = essayDocumentName(essay.id);
  const summary = engine.registry.saveVersion(name, label, userId);
  const version = getVersion(name, summary.id);
  if (!version) return false;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, version.state);
  const rendered = renderFragment(doc.getXmlFragment(FRAGMENT));
  doc.destroy();
  if (!rendered.text.trim()) return false;
  const now = new Date();
  getDb().transaction((tx) => {
    tx.update(essays)
      .set({
        status: "gepubliceerd",
        publishedVersionId: version.id,
        publishedTitle: essay.title,
        publishedSummary: essay.summary,
        publishedJson: JSON.stringify(rendered.json),
        publishedHtml: rendered.html,
        publishedText: rendered.text,
        publishedAt: now,
        updatedAt: now,
      })
      .where(eq(essays.id, essay.id))
      .run();
    const first =
      tx
        .update(essays)
        .set({ firstPublishedAt: now })
        .where(and(eq(essays.id, essay.id), isNull(essays.firstPublishedAt)))
        .run().changes === 1;
    recordAudit(tx, {
      action: "essay.gepubliceerd",
      actor: userId,
      subject: { type: "essay", id: essay.id },
      detail: { slug: essay.slug, eersteKeer: first },
    });
    // A revised essay published again is no news: readers and subscribers hear of it once.
    if (first) {
      const published = { slug: essay.slug, title: essay.title, summary: essay.summary };
      notify(tx, exceptActor(publishedEssayReaders(tx), userId), {
        category: "essays",
        kind: "essay.melding.gepubliceerd",
        params: { titel: essay.title, samenvatting: essay.summary },
        link: `/essays/${essay.slug}`,
      });
      mailEssaySubscribers(tx, published);
    }
  });
  return true;
}

/**
 * A review comment; with a passage, anchored to where that passage stands in the draft now. The
 * authors hear of it, the people it mentions get a mention; refused, with nothing saved, when one
 * of those may not read the draft.
 */
export function addEssayComment(
  essayId: number,
  user: ChangedBy,
  input: Omit<CommentInput, "vermeld"> & { vermeld?: readonly number[] },
): "added" | "passage-not-found" | "mention-not-allowed" {
  const userId = user.id;
  let anchor: Anchor | null = null;
  if (input.passage) {
    const doc = currentDoc(essayId);
    anchor = anchorPassage(doc, input.passage);
    doc.destroy();
    if (!anchor) return "passage-not-found";
  }
  return getDb().transaction((tx) => {
    const essay = getEssayById(essayId);
    if (!essay) return "mention-not-allowed";
    const ids = input.vermeld ?? [];
    const mentioned = ids.length ? resolveMentions(essayDraftReaders(tx, essay), ids, userId) : [];
    if (!mentioned) return "mention-not-allowed";
    const comment = tx
      .insert(essayOpmerkingen)
      .values({ essayId, userId, body: input.body, quote: input.passage, anchor })
      .returning({ id: essayOpmerkingen.id })
      .get();
    const params = { titel: essay.title, door: user.name };
    const link = `/essays/${essay.slug}/schrijven#opmerkingen`;
    const mentionedIds = new Set(mentioned.map((p) => p.id));
    notify(
      tx,
      exceptActor(essayAuthors(tx, essayId, essay), userId).filter((p) => !mentionedIds.has(p.id)),
      { category: "essays", kind: "essay.melding.opmerking", params, link },
    );
    notify(tx, mentioned, {
      category: "vermeldingen",
      kind: "essay.melding.vermelding",
      params,
      link,
      once: `vermelding:essay-opmerking:${comment.id}`,
    });
    return "added";
  });
}

/** Marks a comment handled; the authors hear of it (not who handled it). */
export function resolveEssayComment(essayId: number, commentId: number, user: ChangedBy): boolean {
  const userId = user.id;
  return getDb().transaction((tx) => {
    const resolved =
      tx
        .update(essayOpmerkingen)
        .set({ resolvedAt: new Date(), resolvedById: userId })
        .where(
          and(
            eq(essayOpmerkingen.id, commentId),
            eq(essayOpmerkingen.essayId, essayId),
            isNull(essayOpmerkingen.resolvedAt),
          ),
        )
        .run().changes === 1;
    if (!resolved) return false;
    const essay = getEssayById(essayId)!;
    notify(tx, exceptActor(essayAuthors(tx, essayId, essay), userId), {
      category: "essays",
      kind: "essay.melding.opgelost",
      params: { titel: essay.title, door: user.name },
      link: `/essays/${essay.slug}/schrijven#opmerkingen`,
    });
    return true;
  });
}

export function getEssayById(essayId: number) {
  const row = getDb().select().from(essays).where(eq(essays.id, essayId)).get();
  return row ? withAttendingOrganisations([row])[0]! : null;
}

/**
 * The published text as HTML in the reader's language: footnotes get their heading and links
 * back in it (the stored HTML has them without words).
 */
export function publishedBody(
  essay: { publishedHtml: string | null; publishedJson: string | null },
  t: Translate,
): string {
  if (!essay.publishedJson) return essay.publishedHtml ?? "";
  try {
    return renderHtml(JSON.parse(essay.publishedJson) as ProseMirrorJSON, {
      heading: t("export.voetnoten"),
      back: t("export.terugNaarVoetnoot"),
    });
  } catch {
    return essay.publishedHtml ?? "";
  }
}
