import { and, asc, desc, eq, like, lte, or, sql } from "drizzle-orm";
import * as Y from "yjs";
import { FRAGMENT } from "#shared/editor/extensions.ts";
import { renderFragment, type ProseMirrorJSON, type Rendered } from "#shared/editor/render.ts";
import { getDb, type Db, type DbOrTx } from "#db/client.ts";
import {
  documents,
  documentUpdates,
  documentVersions,
  type DocumentVersionKind,
} from "#db/schema.ts";
import { logger } from "../logger.ts";
import { rewriteState } from "./text.ts";

// Everything the engine writes to or reads from SQLite. Writes are synchronous (better-sqlite3)
// and the connection runs `synchronous = FULL` (db/client.ts): a transaction is fsync'd to the WAL
// by the time it returns. Updates from sockets are appended in batches (group-commit.ts).

const EMPTY_STATE = Buffer.from(Y.encodeStateAsUpdate(new Y.Doc()));

export type StoredDocument = {
  name: string;
  state: Buffer;
  updates: { id: number; update: Buffer }[];
};

/** Creates the document row if it does not exist yet (an empty document). */
export function ensureDocument(name: string, db: Db = getDb()): void {
  db.insert(documents)
    .values({ name, state: EMPTY_STATE, stateBytes: EMPTY_STATE.byteLength })
    .onConflictDoNothing()
    .run();
}

/** The compacted state and the updates appended after it, in order; null if never stored. */
export function loadStoredDocument(name: string, db: DbOrTx = getDb()): StoredDocument | null {
  const row = db
    .select({ state: documents.state })
    .from(documents)
    .where(eq(documents.name, name))
    .get();
  if (!row) return null;
  const updates = db
    .select({ id: documentUpdates.id, update: documentUpdates.update })
    .from(documentUpdates)
    .where(eq(documentUpdates.documentName, name))
    .orderBy(asc(documentUpdates.id))
    .all();
  return { name, state: row.state, updates };
}

/** Builds a Y.Doc from what is stored; an update that does not apply is skipped, never fatal. */
export function docFromStored(stored: StoredDocument | null): Y.Doc {
  const doc = new Y.Doc();
  if (!stored) return doc;
  Y.applyUpdate(doc, stored.state);
  for (const { id, update } of stored.updates) {
    try {
      Y.applyUpdate(doc, update);
    } catch (error) {
      // Updates are validated before they are stored; this only guards against a damaged row.
      logger.warn(
        { err: error, document: stored.name, updateId: id },
        "collab: skipped a stored update that does not apply",
      );
    }
  }
  return doc;
}

// The hot path (one insert per keystroke, in a batch's transaction) uses a statement prepared once
// per connection.
const appendStatements = new WeakMap<Db, ReturnType<typeof prepareAppend>>();
function prepareAppend(db: Db) {
  return db
    .insert(documentUpdates)
    .values({
      documentName: sql.placeholder("name"),
      update: sql.placeholder("update"),
      userId: sql.placeholder("userId"),
    })
    .returning({ id: documentUpdates.id })
    .prepare();
}

/** The prepared insert of one update (`{ name, update, userId }`, returning its id). */
export function appendStatement(db: Db) {
  let statement = appendStatements.get(db);
  if (!statement) appendStatements.set(db, (statement = prepareAppend(db)));
  return statement;
}

/** Appends one update on its own (tests, tools); returns its id. Committed when this returns. */
export function appendUpdate(
  name: string,
  update: Uint8Array,
  userId: number | null,
  db: Db = getDb(),
): number {
  return appendStatement(db).get({ name, update: Buffer.from(update), userId })!.id;
}

export function lastUpdateId(name: string, db: Db = getDb()): number {
  const row = db
    .select({ id: sql<number | null>`max(${documentUpdates.id})` })
    .from(documentUpdates)
    .where(eq(documentUpdates.documentName, name))
    .get();
  return row?.id ?? 0;
}

/**
 * Compaction: the merged state replaces the stored state and the updates it contains (ids up to
 * `upToId`) are deleted, in one transaction — a crash leaves either the old state with all its
 * updates or the new state, never a gap.
 */
export function storeCompacted(
  name: string,
  merged: Uint8Array,
  rendered: Rendered,
  upToId: number,
  db: DbOrTx = getDb(),
): void {
  const now = new Date();
  db.transaction((tx) => {
    tx.update(documents)
      .set({
        state: Buffer.from(merged),
        stateBytes: merged.byteLength,
        json: JSON.stringify(rendered.json),
        html: rendered.html,
        text: rendered.text,
        updatedAt: now,
        compactedAt: now,
      })
      .where(eq(documents.name, name))
      .run();
    tx.delete(documentUpdates)
      .where(and(eq(documentUpdates.documentName, name), lte(documentUpdates.id, upToId)))
      .run();
  });
}

/** Merges a document's appended updates into its stored state, from the database alone. */
export function compactStored(name: string, db: Db = getDb()): void {
  db.transaction((tx) => {
    const stored = loadStoredDocument(name, tx);
    if (!stored || stored.updates.length === 0) return;
    const doc = docFromStored(stored);
    const upToId = stored.updates.at(-1)!.id;
    storeCompacted(
      name,
      Y.encodeStateAsUpdate(doc),
      renderFragment(doc.getXmlFragment(FRAGMENT)),
      upToId,
      tx,
    );
    doc.destroy();
  });
}

/** The current text of a document for SSR and export: stored rendering, or rendered afresh. */
export function readRenderedDocument(name: string, db: Db = getDb()): Rendered | null {
  const row = db
    .select({ json: documents.json, html: documents.html, text: documents.text })
    .from(documents)
    .where(eq(documents.name, name))
    .get();
  if (!row) return null;
  const pending = db
    .select({ id: documentUpdates.id })
    .from(documentUpdates)
    .where(eq(documentUpdates.documentName, name))
    .limit(1)
    .get();
  if (!pending) return { json: JSON.parse(row.json), html: row.html, text: row.text };
  const doc = docFromStored(loadStoredDocument(name, db));
  const rendered = renderFragment(doc.getXmlFragment(FRAGMENT));
  doc.destroy();
  return rendered;
}

export type VersionSummary = {
  id: number;
  kind: DocumentVersionKind;
  label: string | null;
  createdAt: Date;
  createdById: number | null;
};

export function insertVersion(
  values: {
    name: string;
    kind: DocumentVersionKind;
    label?: string | null;
    state: Uint8Array;
    rendered: Rendered;
    userId?: number | null;
  },
  db: Db = getDb(),
): VersionSummary {
  return db
    .insert(documentVersions)
    .values({
      documentName: values.name,
      kind: values.kind,
      label: values.label ?? null,
      state: Buffer.from(values.state),
      html: values.rendered.html,
      text: values.rendered.text,
      createdById: values.userId ?? null,
    })
    .returning({
      id: documentVersions.id,
      kind: documentVersions.kind,
      label: documentVersions.label,
      createdAt: documentVersions.createdAt,
      createdById: documentVersions.createdById,
    })
    .get();
}

export function listVersions(name: string, db: Db = getDb()): VersionSummary[] {
  return db
    .select({
      id: documentVersions.id,
      kind: documentVersions.kind,
      label: documentVersions.label,
      createdAt: documentVersions.createdAt,
      createdById: documentVersions.createdById,
    })
    .from(documentVersions)
    .where(eq(documentVersions.documentName, name))
    .orderBy(desc(documentVersions.createdAt), desc(documentVersions.id))
    .all();
}

export function getVersion(name: string, id: number, db: Db = getDb()) {
  return (
    db
      .select()
      .from(documentVersions)
      .where(and(eq(documentVersions.documentName, name), eq(documentVersions.id, id)))
      .get() ?? null
  );
}

export function latestVersionAt(name: string, db: Db = getDb()): Date | null {
  const row = db
    .select({ createdAt: documentVersions.createdAt })
    .from(documentVersions)
    .where(eq(documentVersions.documentName, name))
    .orderBy(desc(documentVersions.createdAt))
    .limit(1)
    .get();
  return row?.createdAt ?? null;
}

/** Rewrites the saved versions whose text `transform` changes (state, HTML and text); how many. */
export function rewriteVersions(
  name: string,
  transform: (json: ProseMirrorJSON) => ProseMirrorJSON,
  db: Db = getDb(),
): number {
  let changed = 0;
  db.transaction((tx) => {
    for (const version of tx
      .select({ id: documentVersions.id, state: documentVersions.state })
      .from(documentVersions)
      .where(eq(documentVersions.documentName, name))
      .all()) {
      const next = rewriteState(version.state, transform);
      if (!next) continue;
      tx.update(documentVersions)
        .set({ state: Buffer.from(next.state), html: next.rendered.html, text: next.rendered.text })
        .where(eq(documentVersions.id, version.id))
        .run();
      changed++;
    }
  });
  return changed;
}

/**
 * The documents that may mention a person: a mention in the stored text or in a saved version,
 * or updates not yet compacted (whose text is not rendered yet).
 */
export function documentsThatMayMention(userId: number, db: Db = getDb()): string[] {
  const attribute = `%data-id="${userId}"%`;
  return db
    .selectDistinct({ name: documents.name })
    .from(documents)
    .where(
      or(
        like(documents.json, '%"type":"mention"%'),
        sql`exists (select 1 from ${documentUpdates} where ${documentUpdates.documentName} = ${documents.name})`,
        sql`exists (select 1 from ${documentVersions} where ${documentVersions.documentName} = ${documents.name} and ${documentVersions.html} like ${attribute})`,
      ),
    )
    .all()
    .map((row) => row.name);
}
