import { and, desc, eq, inArray, or, type SQL } from "drizzle-orm";
import { canManageBijlagen, canReadBijlagen, type BijlageOwner } from "#app/auth/rules/bijlage.ts";
import type { BijeenkomstResource } from "#app/auth/rules/bijeenkomst.ts";
import { config } from "#shared/config.server.ts";
import { attachmentAnchor, attachmentMarker, uploadPath } from "#shared/bijlagen.ts";
import { recordAudit } from "#app/audit/audit.server.ts";
import type { SessionUser } from "#app/auth/session.server.ts";
import { getTraject } from "#app/aan-de-slag/trajecten.server.ts";
import { getEssayById } from "#app/essays/essays.server.ts";
import { getLeervraag } from "#app/leervragen/leervragen.server.ts";
import { getMeetingForNotes } from "#app/notities/notities.server.ts";
import { getDb } from "#db/client.ts";
import {
  agendapunten,
  bijeenkomsten as bijeenkomstenTable,
  bijlagen,
  essays,
  leervragen,
  logboek,
  organisations,
  themas,
  trajecten,
  users,
  type BijlageOwnerKind,
} from "#db/schema.ts";
import { storeFile, sweepUnreferencedFiles, type ReceivedFile } from "./storage.server.ts";

// Attachments and the records they belong to. Who may see or change them is asked of
// app/auth/rules/bijlage.ts with the record this module loads (ownerOf): the same rule for the
// record's page, a download, the library and search.

export type LoadedOwner = {
  kind: BijlageOwnerKind;
  id: number;
  /** What the rule is asked about. */
  resource: BijlageOwner;
  /** The page of the record, where its attachments are listed. */
  href: string;
  /** The record's title, for the library. */
  title: string;
};

const ownerColumn = {
  leervraag: bijlagen.leervraagId,
  bijeenkomst: bijlagen.bijeenkomstId,
  agendapunt: bijlagen.agendapuntId,
  logboek: bijlagen.logboekId,
  essay: bijlagen.essayId,
} as const;

const ownerField = {
  leervraag: "leervraagId",
  bijeenkomst: "bijeenkomstId",
  agendapunt: "agendapuntId",
  logboek: "logboekId",
  essay: "essayId",
} as const;

/** The record an attachment belongs to, loaded for its rule; null when it does not exist. */
export function ownerOf(kind: BijlageOwnerKind, id: number): LoadedOwner | null {
  const db = getDb();
  switch (kind) {
    case "leervraag": {
      const leervraag = getLeervraag(id);
      return leervraag
        ? {
            kind,
            id,
            resource: { kind, leervraag },
            href: `/leervragen/${id}`,
            title: leervraag.title,
          }
        : null;
    }
    case "bijeenkomst": {
      const meeting = getMeetingForNotes(id);
      return meeting
        ? {
            kind,
            id,
            resource: { kind, meeting },
            href: `/bijeenkomsten/${id}`,
            title: meeting.title,
          }
        : null;
    }
    case "agendapunt": {
      const item = db
        .select({ bijeenkomstId: agendapunten.bijeenkomstId, title: agendapunten.title })
        .from(agendapunten)
        .where(eq(agendapunten.id, id))
        .get();
      const meeting = item ? getMeetingForNotes(item.bijeenkomstId) : null;
      return meeting
        ? {
            kind,
            id,
            resource: { kind, meeting },
            href: `/bijeenkomsten/${meeting.id}`,
            title: `${meeting.title}: ${item!.title}`,
          }
        : null;
    }
    case "logboek": {
      const entry = db
        .select({ trajectId: logboek.trajectId })
        .from(logboek)
        .where(eq(logboek.id, id))
        .get();
      const traject = entry ? getTraject(entry.trajectId) : null;
      if (!traject) return null;
      const memberIds = traject.members.map((m) => m.id);
      return {
        kind,
        id,
        resource: { kind, traject: { organisationId: traject.organisationId, memberIds } },
        href: `/aan-de-slag/${traject.id}`,
        title: traject.title,
      };
    }
    case "essay": {
      const essay = getEssayById(id);
      return essay
        ? { kind, id, resource: { kind, essay }, href: `/essays/${essay.slug}`, title: essay.title }
        : null;
    }
  }
}

const listColumns = {
  id: bijlagen.id,
  ownerKind: bijlagen.ownerKind,
  leervraagId: bijlagen.leervraagId,
  bijeenkomstId: bijlagen.bijeenkomstId,
  agendapuntId: bijlagen.agendapuntId,
  logboekId: bijlagen.logboekId,
  essayId: bijlagen.essayId,
  sha256: bijlagen.sha256,
  filename: bijlagen.filename,
  title: bijlagen.title,
  mediaType: bijlagen.mediaType,
  size: bijlagen.size,
  uploadedByName: users.name,
  createdAt: bijlagen.createdAt,
};

export type BijlageRow = {
  id: number;
  ownerKind: BijlageOwnerKind;
  ownerId: number;
  sha256: string;
  filename: string;
  title: string;
  mediaType: string;
  size: number;
  uploadedByName: string | null;
  createdAt: Date;
};

function rows(where: SQL | undefined): BijlageRow[] {
  return getDb()
    .select(listColumns)
    .from(bijlagen)
    .leftJoin(users, eq(users.id, bijlagen.uploadedById))
    .where(where)
    .orderBy(desc(bijlagen.createdAt), desc(bijlagen.id))
    .all()
    .map(({ leervraagId, bijeenkomstId, agendapuntId, logboekId, essayId, ...row }) => ({
      ...row,
      ownerId: (leervraagId ?? bijeenkomstId ?? agendapuntId ?? logboekId ?? essayId)!,
    }));
}

/** The attachments of one record, newest first. */
export function listBijlagen(kind: BijlageOwnerKind, ids: number | number[]): BijlageRow[] {
  const list = Array.isArray(ids) ? ids : [ids];
  if (list.length === 0) return [];
  return rows(and(eq(bijlagen.ownerKind, kind), inArray(ownerColumn[kind], list)));
}

export function getBijlage(id: number): (BijlageRow & { owner: LoadedOwner | null }) | null {
  const [row] = rows(eq(bijlagen.id, id));
  return row ? { ...row, owner: ownerOf(row.ownerKind, row.ownerId) } : null;
}

/** Stores a received file and attaches it to the record, in one transaction with its entry. */
export function addBijlage(
  owner: Pick<LoadedOwner, "kind" | "id">,
  received: ReceivedFile,
  names: { filename: string; title: string },
  user: Pick<SessionUser, "id">,
): number {
  return getDb().transaction((tx) => {
    storeFile(tx, received);
    const row = tx
      .insert(bijlagen)
      .values({
        sha256: received.sha256,
        ownerKind: owner.kind,
        [ownerField[owner.kind]]: owner.id,
        filename: names.filename,
        title: names.title,
        mediaType: received.mediaType,
        size: received.size,
        text: received.text,
        uploadedById: user.id,
      })
      .returning({ id: bijlagen.id })
      .get();
    recordAudit(tx, {
      action: "bijlage.toegevoegd",
      subject: { type: "bijlage", id: row.id },
      detail: {
        bij: `${owner.kind}:${owner.id}`,
        bestandsnaam: names.filename,
        soort: received.mediaType,
        grootte: received.size,
      },
    });
    return row.id;
  });
}

/** Removes an attachment; its file goes when no other attachment holds the same content. */
export function deleteBijlage(
  bijlage: Pick<BijlageRow, "id" | "ownerKind" | "ownerId" | "filename">,
) {
  getDb().transaction((tx) => {
    tx.delete(bijlagen).where(eq(bijlagen.id, bijlage.id)).run();
    recordAudit(tx, {
      action: "bijlage.verwijderd",
      subject: { type: "bijlage", id: bijlage.id },
      detail: { bij: `${bijlage.ownerKind}:${bijlage.ownerId}`, bestandsnaam: bijlage.filename },
    });
  });
  sweepUnreferencedFiles();
}

// ── The document library: what was attached to a meeting, a municipality or a theme, and to
// the records beneath it. Every row is checked against its record's rule by the caller
// (visibleRows), as search does.

type Scope = { bijeenkomstId: number } | { organisationId: number } | { themaId: number };

export function libraryRows(scope: Scope): BijlageRow[] {
  const db = getDb();
  const ids = (q: { id: number }[]) => q.map((r) => r.id);
  let questionIds: number[];
  let meetingIds: number[];
  let trajectIds: number[];
  let essayIds: number[];
  if ("bijeenkomstId" in scope) {
    meetingIds = [scope.bijeenkomstId];
    questionIds = ids(
      db
        .select({ id: leervragen.id })
        .from(leervragen)
        .where(eq(leervragen.bijeenkomstId, scope.bijeenkomstId))
        .all(),
    );
    trajectIds = [];
    essayIds = ids(
      db
        .select({ id: essays.id })
        .from(essays)
        .where(eq(essays.bijeenkomstId, scope.bijeenkomstId))
        .all(),
    );
  } else if ("organisationId" in scope) {
    questionIds = ids(
      db
        .select({ id: leervragen.id })
        .from(leervragen)
        .where(eq(leervragen.organisationId, scope.organisationId))
        .all(),
    );
    meetingIds = ids(
      db
        .select({ id: bijeenkomstenTable.id })
        .from(bijeenkomstenTable)
        .where(eq(bijeenkomstenTable.hostOrganisationId, scope.organisationId))
        .all(),
    );
    trajectIds = ids(
      db
        .select({ id: trajecten.id })
        .from(trajecten)
        .where(eq(trajecten.organisationId, scope.organisationId))
        .all(),
    );
    essayIds = [];
  } else {
    questionIds = ids(
      db
        .select({ id: leervragen.id })
        .from(leervragen)
        .where(eq(leervragen.themaId, scope.themaId))
        .all(),
    );
    meetingIds = ids(
      db
        .select({ id: bijeenkomstenTable.id })
        .from(bijeenkomstenTable)
        .where(eq(bijeenkomstenTable.themaId, scope.themaId))
        .all(),
    );
    trajectIds = ids(
      db
        .select({ id: trajecten.id })
        .from(trajecten)
        .where(eq(trajecten.themaId, scope.themaId))
        .all(),
    );
    essayIds = ids(
      db.select({ id: essays.id }).from(essays).where(eq(essays.themaId, scope.themaId)).all(),
    );
  }
  const itemIds = meetingIds.length
    ? ids(
        db
          .select({ id: agendapunten.id })
          .from(agendapunten)
          .where(inArray(agendapunten.bijeenkomstId, meetingIds))
          .all(),
      )
    : [];
  const logIds = trajectIds.length
    ? ids(
        db
          .select({ id: logboek.id })
          .from(logboek)
          .where(inArray(logboek.trajectId, trajectIds))
          .all(),
      )
    : [];
  const conditions = [
    questionIds.length ? inArray(bijlagen.leervraagId, questionIds) : undefined,
    meetingIds.length ? inArray(bijlagen.bijeenkomstId, meetingIds) : undefined,
    itemIds.length ? inArray(bijlagen.agendapuntId, itemIds) : undefined,
    logIds.length ? inArray(bijlagen.logboekId, logIds) : undefined,
    essayIds.length ? inArray(bijlagen.essayId, essayIds) : undefined,
  ].filter((c): c is SQL => c !== undefined);
  return conditions.length ? rows(or(...conditions)) : [];
}

/** The rows this person may see (their record's rule), each with its record. */
export function visibleBijlagen(
  user: SessionUser | null,
  list: BijlageRow[],
): (BijlageRow & { owner: LoadedOwner })[] {
  const owners = new Map<string, LoadedOwner | null>();
  return list.flatMap((row) => {
    const key = `${row.ownerKind}:${row.ownerId}`;
    if (!owners.has(key)) owners.set(key, ownerOf(row.ownerKind, row.ownerId));
    const owner = owners.get(key);
    return owner && canReadBijlagen(user, owner.resource) ? [{ ...row, owner }] : [];
  });
}

/** Whether this person may open this attachment (search asks it per hit). */
export function mayOpenBijlage(user: SessionUser | null, id: number): LoadedOwner | null {
  const row = getBijlage(id);
  return row?.owner && canReadBijlagen(user, row.owner.resource) ? row.owner : null;
}

/** An attachment with its stored file's hash, when this person may open it; else null. */
export function readableBijlage(
  user: SessionUser | null,
  id: number,
): (BijlageRow & { owner: LoadedOwner }) | null {
  if (!Number.isSafeInteger(id) || id < 1) return null;
  const row = getBijlage(id);
  return row?.owner && canReadBijlagen(user, row.owner.resource)
    ? { ...row, owner: row.owner }
    : null;
}

/** The record's attachments section on its page, with a message (`query`) for it. */
export function backToOwner(owner: Pick<LoadedOwner, "kind" | "id" | "href">, query = ""): string {
  const marker = attachmentMarker(owner.kind, owner.id);
  const search = [query, marker ? `bij=${marker}` : ""].filter(Boolean).join("&");
  return `${owner.href}${search ? `?${search}` : ""}#${attachmentAnchor(marker)}`;
}

/**
 * What a record's page shows of its attachments (the Attachments component's props): the list
 * when this person may read them, the upload address when they may attach.
 */
export function attachmentsOf(
  user: SessionUser | null,
  owner: Pick<LoadedOwner, "kind" | "id" | "resource">,
) {
  return attachmentsOfEach(user, owner.kind, [owner.id], owner.resource)[owner.id]!;
}

/**
 * The same for records listed beneath one page (a meeting's programme items, a casework's log
 * entries), which share the rule's record (`resource`): one query and one check for all of them.
 */
export function attachmentsOfEach(
  user: SessionUser | null,
  kind: BijlageOwnerKind,
  ids: number[],
  resource: BijlageOwner,
) {
  const readable = canReadBijlagen(user, resource);
  const manage = canManageBijlagen(user, resource);
  const listed = readable ? listBijlagen(kind, ids) : [];
  return Object.fromEntries(
    ids.map((id) => [
      id,
      {
        items: listed
          .filter((row) => row.ownerId === id)
          .map(({ sha256: _sha, ownerKind: _kind, ownerId: _id, ...row }) => row),
        uploadUrl: manage ? uploadPath(kind, id) : null,
        maxMb: config().UPLOAD_MAX_MB,
        marker: attachmentMarker(kind, id),
      },
    ]),
  ) as Record<number, AttachmentsProps>;
}

/** A meeting's page: its own files and each programme item's, which follow the meeting's rule. */
export function meetingAttachments(
  user: SessionUser | null,
  meeting: { id: number; kind: BijeenkomstResource["kind"] },
  criticalFriendIds: number[],
  agendapuntIds: number[],
) {
  const resource = { meeting: { kind: meeting.kind, criticalFriendIds } };
  return {
    bijlagen: attachmentsOf(user, {
      kind: "bijeenkomst",
      id: meeting.id,
      resource: { kind: "bijeenkomst", ...resource },
    }),
    programmaBijlagen: attachmentsOfEach(user, "agendapunt", agendapuntIds, {
      kind: "agendapunt",
      ...resource,
    }),
  };
}

/**
 * What the editor's image form offers for a record: its image attachments (as image sources)
 * and its upload address, for who may attach there; null for anyone else.
 */
export function imageChoices(
  user: SessionUser,
  owner: Pick<LoadedOwner, "kind" | "id" | "resource">,
): { items: { src: string; name: string }[]; uploadUrl: string; maxMb: number } | null {
  if (!canManageBijlagen(user, owner.resource)) return null;
  const items = listBijlagen(owner.kind, owner.id)
    .filter((row) => row.mediaType.startsWith("image/"))
    .map((row) => ({ src: `/bijlagen/${row.id}`, name: row.title || row.filename }));
  return { items, uploadUrl: uploadPath(owner.kind, owner.id), maxMb: config().UPLOAD_MAX_MB };
}

export type AttachmentsProps = {
  items: Omit<BijlageRow, "sha256" | "ownerKind" | "ownerId">[];
  uploadUrl: string | null;
  maxMb: number;
  marker: string | null;
};

/** The meeting, municipality or theme a library page is about; null when it does not exist. */
export function libraryScope(
  kind: "bijeenkomst" | "gemeente" | "thema",
  param: string,
): { name: string; href: string; scope: Scope } | null {
  const db = getDb();
  if (kind === "bijeenkomst") {
    const id = /^\d{1,12}$/.test(param) ? Number(param) : null;
    const meeting =
      id === null
        ? undefined
        : db
            .select({ id: bijeenkomstenTable.id, title: bijeenkomstenTable.title })
            .from(bijeenkomstenTable)
            .where(eq(bijeenkomstenTable.id, id))
            .get();
    return meeting
      ? {
          name: meeting.title,
          href: `/bijeenkomsten/${meeting.id}`,
          scope: { bijeenkomstId: meeting.id },
        }
      : null;
  }
  if (kind === "gemeente") {
    const org = db
      .select({ id: organisations.id, name: organisations.name, slug: organisations.slug })
      .from(organisations)
      .where(and(eq(organisations.slug, param), eq(organisations.kind, "gemeente")))
      .get();
    return org
      ? { name: org.name, href: `/gemeenten/${org.slug}`, scope: { organisationId: org.id } }
      : null;
  }
  const thema = db
    .select({ id: themas.id, name: themas.name, slug: themas.slug })
    .from(themas)
    .where(eq(themas.slug, param))
    .get();
  return thema
    ? { name: thema.name, href: `/themas/${thema.slug}`, scope: { themaId: thema.id } }
    : null;
}
