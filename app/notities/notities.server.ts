import { eq, inArray, sql } from "drizzle-orm";
import type { IntervisieActor } from "#app/auth/rules/bijeenkomst.ts";
import { canEditNotities, canReadNotities } from "#app/auth/rules/notities.ts";
import { meetingCriticalFriendIds } from "#app/bijeenkomsten/bijeenkomsten.server.ts";
import { notitiesDocumentName } from "#shared/collab/protocol.ts";
import { getDb, preparedStatement } from "#db/client.ts";
import { bijeenkomsten, users } from "#db/schema.ts";
import type { CollabEngine } from "#server/collab/index.ts";
import { getVersion, listVersions, readRenderedDocument } from "#server/collab/persistence.ts";

// Data of the notes page: the meeting, the current text (rendered on the server, so the page
// shows it before any JavaScript runs) and the versions.

/** The meeting of the notes, with what the access rules (app/auth/rules/notities.ts) need. */
export function getMeetingForNotes(bijeenkomstId: number) {
  // Asked on every co-editing message (rights are current, decision 010): prepared once.
  const meeting = preparedStatement("notities.meeting", (db) =>
    db
      .select({
        id: bijeenkomsten.id,
        title: bijeenkomsten.title,
        kind: bijeenkomsten.kind,
        startsAt: bijeenkomsten.startsAt,
      })
      .from(bijeenkomsten)
      .where(eq(bijeenkomsten.id, sql.placeholder("id")))
      .prepare(),
  ).get({ id: bijeenkomstId });
  if (!meeting) return null;
  const criticalFriendIds =
    meeting.kind === "intervisie" ? meetingCriticalFriendIds(bijeenkomstId) : [];
  return { ...meeting, criticalFriendIds };
}

export type NotitiesDocumentAccess = "edit" | "view" | "not-found" | "forbidden";

/**
 * What this person may do with the notes of a meeting: loads the meeting and asks the rules. The
 * page, its downloads and the co-editing socket all answer from this.
 */
export function notitiesDocumentAccess(
  user: IntervisieActor,
  bijeenkomstId: number,
): NotitiesDocumentAccess {
  const meeting = getMeetingForNotes(bijeenkomstId);
  if (!meeting) return "not-found";
  if (canEditNotities(user, meeting)) return "edit";
  return canReadNotities(user, meeting) ? "view" : "forbidden";
}

export function getNotesPage(bijeenkomstId: number, versionId: number | null) {
  const name = notitiesDocumentName(bijeenkomstId);
  const current = readRenderedDocument(name);
  const versions = listVersions(name);
  const authorIds = [...new Set(versions.map((v) => v.createdById).filter((id) => id !== null))];
  const authors = new Map(
    authorIds.length
      ? getDb()
          .select({ id: users.id, name: users.name })
          .from(users)
          .where(inArray(users.id, authorIds))
          .all()
          .map((u) => [u.id, u.name])
      : [],
  );
  const version = versionId === null ? null : getVersion(name, versionId);
  return {
    documentName: name,
    html: current?.html ?? "",
    versions: versions.map((v) => ({
      id: v.id,
      kind: v.kind,
      label: v.label,
      createdAt: v.createdAt,
      author: v.createdById === null ? null : (authors.get(v.createdById) ?? null),
    })),
    version: version ? { id: version.id, createdAt: version.createdAt, html: version.html } : null,
    versionMissing: versionId !== null && !version,
  };
}

/** The current text of the notes, for downloads; null when nobody has written any yet. */
export function readNotes(bijeenkomstId: number) {
  return readRenderedDocument(notitiesDocumentName(bijeenkomstId));
}

/** Saves the current notes as a named version (the caller checked edit access). */
export function saveNotesVersion(
  engine: CollabEngine,
  bijeenkomstId: number,
  label: string | null,
  userId: number,
) {
  return engine.registry.saveVersion(notitiesDocumentName(bijeenkomstId), label, userId);
}

/** Restores a version of the notes as a new change on top; false if there is no such version. */
export function restoreNotesVersion(
  engine: CollabEngine,
  bijeenkomstId: number,
  versionId: number,
  userId: number,
) {
  return engine.registry.restoreVersion(notitiesDocumentName(bijeenkomstId), versionId, userId);
}
