import { and, asc, desc, eq, inArray, isNull } from "drizzle-orm";
import * as Y from "yjs";
import { slugify } from "#app/beheer/organisations.server.ts";
import { essayDocumentName } from "#app/collab/protocol.ts";
import { can } from "#app/auth/permissions.ts";
import type { SessionUser } from "#app/auth/session.server.ts";
import { FRAGMENT } from "#app/editor/extensions.ts";
import { renderFragment, type ProseMirrorJSON } from "#app/editor/render.ts";
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
import { getCollabEngine } from "#server/collab/engine.ts";
import {
  docFromStored,
  getVersion,
  loadStoredDocument,
  readRenderedDocument,
} from "#server/collab/persistence.ts";
import { anchorPassage, resolveAnchor, type Anchor } from "./anchors.ts";
import type { CommentInput, EssayMetaInput } from "./essay-schema.ts";

export type Essay = typeof essays.$inferSelect;

// ---------------------------------------------------------------------------------------------
// Who may do what with an essay. Drafts are for staff, project leaders and, while it is in
// review, the people of the municipalities that were at the meeting; everyone reads what is
// published.

export type EssayRights = {
  readDraft: boolean;
  edit: boolean;
  comment: boolean;
  publish: boolean;
};

/** Did someone of this organisation come to (or say they would come to) the meeting? */
function organisationAttended(organisationId: number, bijeenkomstId: number): boolean {
  return !!getDb()
    .select({ userId: deelnames.userId })
    .from(deelnames)
    .innerJoin(users, eq(users.id, deelnames.userId))
    .where(
      and(
        eq(deelnames.bijeenkomstId, bijeenkomstId),
        eq(users.organisationId, organisationId),
        eq(deelnames.response, "ja"),
      ),
    )
    .get();
}

export function essayRights(
  user: Pick<SessionUser, "role" | "organisationId"> | null,
  essay: Pick<Essay, "status" | "bijeenkomstId">,
): EssayRights {
  if (!user) return { readDraft: false, edit: false, comment: false, publish: false };
  const writer = can(user, "essay:schrijven");
  const reviewer =
    writer ||
    (can(user, "essay:reviewen") &&
      essay.status === "review" &&
      organisationAttended(user.organisationId, essay.bijeenkomstId));
  return {
    readDraft: reviewer,
    edit: writer,
    comment: reviewer,
    publish: can(user, "essay:publiceren"),
  };
}

// ---------------------------------------------------------------------------------------------
// Creating: one essay per theme meeting, the moment it is marked held.

export function ensureEssayForMeeting(tx: DbOrTx, bijeenkomstId: number): void {
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
    .values({ bijeenkomstId: meeting.id, themaId: meeting.themaId, slug, title })
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

/** Published essays, newest first, for the public list and the feed. */
export function listPublishedEssays(filter: { themaId?: number } = {}, limit = 100) {
  const rows = essaysQuery()
    .where(
      and(
        eq(essays.status, "gepubliceerd"),
        filter.themaId ? eq(essays.themaId, filter.themaId) : undefined,
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
  return { ...row, authors: authorsOf([row.id]).get(row.id) ?? [] };
}

export function essayForMeeting(bijeenkomstId: number) {
  return (
    getDb()
      .select({ id: essays.id, slug: essays.slug, status: essays.status })
      .from(essays)
      .where(eq(essays.bijeenkomstId, bijeenkomstId))
      .get() ?? null
  );
}

/**
 * Where a meeting's page links for its essay: the draft for those who may read it, the published
 * text for everyone else once there is one; null when there is nothing to show this person.
 */
export function meetingEssayLink(
  user: Pick<SessionUser, "role" | "organisationId">,
  bijeenkomstId: number,
): string | null {
  const essay = essayForMeeting(bijeenkomstId);
  if (!essay) return null;
  const rights = essayRights(user, { status: essay.status, bijeenkomstId });
  if (rights.readDraft) return `/essays/${essay.slug}/schrijven`;
  return essay.status === "gepubliceerd" ? `/essays/${essay.slug}` : null;
}

/** Essays still to write or in review, for the staff dashboard. */
export function essaysInProgress() {
  return essaysQuery()
    .where(inArray(essays.status, ["concept", "review"]))
    .orderBy(asc(bijeenkomsten.startsAt))
    .limit(20)
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
    .limit(500)
    .all();
  const doc = rows.some((r) => r.anchor) ? currentDoc(essayId) : null;
  const result = rows.map(({ anchor, ...r }) => ({
    ...r,
    // The passage as it reads now; null when it was deleted since.
    passage: anchor && doc ? resolveAnchor(doc, anchor as Anchor) : null,
    anchored: !!anchor,
  }));
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
    tx.delete(essayAuteurs).where(eq(essayAuteurs.essayId, essayId)).run();
    if (input.authorIds.length)
      tx.insert(essayAuteurs)
        .values(input.authorIds.map((userId) => ({ essayId, userId })))
        .run();
  });
  return "saved";
}

function setStatus(essayId: number, from: EssayStatus[], to: EssayStatus): boolean {
  return (
    getDb()
      .update(essays)
      .set({ status: to, updatedAt: new Date() })
      .where(and(eq(essays.id, essayId), inArray(essays.status, from)))
      .run().changes === 1
  );
}

/** The authors ask for review: reviewers may now read the draft and comment. */
export function requestReview(essayId: number): boolean {
  return setStatus(essayId, ["concept"], "review");
}

/** Back to writing (after review, or to revise before re-publishing). */
export function backToConcept(essayId: number): boolean {
  return setStatus(essayId, ["review"], "concept");
}

/**
 * Publishes the draft as it is now: a named version is saved, and its text becomes what readers
 * see. A published essay can be revised and published again; readers never see a draft.
 */
export function publishEssay(
  essay: Pick<Essay, "id" | "title" | "summary">,
  userId: number,
  label: string,
): boolean {
  const name = essayDocumentName(essay.id);
  const summary = getCollabEngine().registry.saveVersion(name, label, userId);
  const version = getVersion(name, summary.id);
  if (!version) return false;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, version.state);
  const rendered = renderFragment(doc.getXmlFragment(FRAGMENT));
  doc.destroy();
  if (!rendered.text.trim()) return false;
  const now = new Date();
  getDb()
    .update(essays)
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
  getDb()
    .update(essays)
    .set({ firstPublishedAt: now })
    .where(and(eq(essays.id, essay.id), isNull(essays.firstPublishedAt)))
    .run();
  return true;
}

/** A review comment; with a passage, anchored to where that passage stands in the draft now. */
export function addEssayComment(
  essayId: number,
  userId: number,
  input: CommentInput,
): "added" | "passage-not-found" {
  let anchor: Anchor | null = null;
  if (input.passage) {
    const doc = currentDoc(essayId);
    anchor = anchorPassage(doc, input.passage);
    doc.destroy();
    if (!anchor) return "passage-not-found";
  }
  getDb()
    .insert(essayOpmerkingen)
    .values({ essayId, userId, body: input.body, quote: input.passage, anchor })
    .run();
  return "added";
}

export function resolveEssayComment(essayId: number, commentId: number, userId: number): boolean {
  return (
    getDb()
      .update(essayOpmerkingen)
      .set({ resolvedAt: new Date(), resolvedById: userId })
      .where(
        and(
          eq(essayOpmerkingen.id, commentId),
          eq(essayOpmerkingen.essayId, essayId),
          isNull(essayOpmerkingen.resolvedAt),
        ),
      )
      .run().changes === 1
  );
}

export function getEssayById(essayId: number) {
  return getDb().select().from(essays).where(eq(essays.id, essayId)).get() ?? null;
}
