import { sql } from "drizzle-orm";
import {
  type AnySQLiteColumn,
  blob,
  index,
  integer,
  sqliteTable,
  text,
} from "drizzle-orm/sqlite-core";

// Timestamps are stored as UTC milliseconds; the UI shows them in Europe/Amsterdam.
const createdAt = () =>
  integer({ mode: "timestamp_ms" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

export const roles = ["beheerder", "projectleider", "medewerker", "deelnemer"] as const;
export type Role = (typeof roles)[number];

export const organisationKinds = [
  "programma",
  "gemeente",
  "movisie",
  "werkplaats",
  "welzijnsinstelling",
  "burgerinitiatief",
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const locales = ["nl", "en"] as const;
export type Locale = (typeof locales)[number];

export const organisations = sqliteTable("organisations", {
  id: integer().primaryKey({ autoIncrement: true }),
  slug: text().notNull().unique(),
  name: text().notNull(),
  kind: text({ enum: organisationKinds }).notNull(),
  /** Learning circle of a municipality: 1 (all tracks) or 2 (theme meetings only). */
  circle: integer(),
  region: text(),
  /** For a municipality: the regional Werkplaats Sociaal Domein that works with it. */
  werkplaatsId: integer().references((): AnySQLiteColumn => organisations.id, {
    onDelete: "set null",
  }),
  createdAt: createdAt(),
});

export const users = sqliteTable(
  "users",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    /** Always stored lower-cased. */
    email: text().notNull().unique(),
    name: text().notNull(),
    passwordHash: text().notNull(),
    role: text({ enum: roles }).notNull(),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    locale: text({ enum: locales }).notNull().default("nl"),
    active: integer({ mode: "boolean" }).notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [index("users_organisation_idx").on(t.organisationId)],
);

/** Lucia's design: the id is the SHA-256 of the token in the cookie; the token itself is never stored. */
export const sessions = sqliteTable(
  "sessions",
  {
    id: text().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    lastActiveAt: integer({ mode: "timestamp_ms" }).notNull(),
    /** Sliding: moves forward while the session is used. */
    idleExpiresAt: integer({ mode: "timestamp_ms" }).notNull(),
    /** Fixed at login: no session lives longer than this. */
    absoluteExpiresAt: integer({ mode: "timestamp_ms" }).notNull(),
    userAgent: text(),
    ipAddress: text(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const accountTokenPurposes = ["uitnodiging", "wachtwoordherstel"] as const;
export type AccountTokenPurpose = (typeof accountTokenPurposes)[number];

/** Single-use, expiring links: invitations and password resets. Stored as SHA-256, like sessions. */
export const accountTokens = sqliteTable(
  "account_tokens",
  {
    id: text().primaryKey(),
    purpose: text({ enum: accountTokenPurposes }).notNull(),
    email: text().notNull(),
    role: text({ enum: roles }),
    organisationId: integer().references(() => organisations.id, { onDelete: "cascade" }),
    userId: integer().references(() => users.id, { onDelete: "cascade" }),
    createdById: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    expiresAt: integer({ mode: "timestamp_ms" }).notNull(),
    usedAt: integer({ mode: "timestamp_ms" }),
    revokedAt: integer({ mode: "timestamp_ms" }),
  },
  (t) => [index("account_tokens_email_idx").on(t.email)],
);

export const themaStatuses = ["gekozen", "voorgesteld"] as const;

export const themas = sqliteTable("themas", {
  id: integer().primaryKey({ autoIncrement: true }),
  slug: text().notNull().unique(),
  name: text().notNull(),
  description: text().notNull().default(""),
  status: text({ enum: themaStatuses }).notNull(),
  position: integer().notNull().default(0),
  createdAt: createdAt(),
});

export const bijeenkomstKinds = ["thema", "intervisie"] as const;
export const bijeenkomstStatuses = ["gepland", "gehouden", "geannuleerd"] as const;

export const bijeenkomsten = sqliteTable(
  "bijeenkomsten",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    kind: text({ enum: bijeenkomstKinds }).notNull(),
    title: text().notNull(),
    description: text().notNull().default(""),
    themaId: integer().references(() => themas.id),
    /** Intervision only: the first-circle municipality that hosts it. */
    hostOrganisationId: integer().references(() => organisations.id),
    leaderId: integer().references(() => users.id, { onDelete: "set null" }),
    location: text().notNull(),
    startsAt: integer({ mode: "timestamp_ms" }).notNull(),
    endsAt: integer({ mode: "timestamp_ms" }).notNull(),
    status: text({ enum: bijeenkomstStatuses }).notNull().default("gepland"),
    /** iCalendar SEQUENCE: raised at every change a calendar should pick up. */
    sequence: integer().notNull().default(0),
    createdAt: createdAt(),
    updatedAt: createdAt(),
  },
  (t) => [index("bijeenkomsten_starts_idx").on(t.startsAt)],
);

export const leervraagStatuses = [
  "ingediend",
  "ingepland",
  "besproken",
  "opvolging",
  "afgerond",
  "ingetrokken",
] as const;

export const leervragen = sqliteTable(
  "leervragen",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    title: text().notNull(),
    question: text().notNull(),
    casus: text().notNull().default(""),
    context: text().notNull().default(""),
    themaId: integer().references(() => themas.id),
    status: text({ enum: leervraagStatuses }).notNull().default("ingediend"),
    bijeenkomstId: integer().references(() => bijeenkomsten.id, { onDelete: "set null" }),
    submittedById: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: createdAt(),
  },
  (t) => [
    index("leervragen_organisation_idx").on(t.organisationId),
    index("leervragen_bijeenkomst_idx").on(t.bijeenkomstId),
  ],
);

// Co-edited documents (server/collab/), keyed by a name such as `bijeenkomst:12:notities`.

/** The compacted state of a document and its rendering for SSR, export and search. */
export const documents = sqliteTable("documents", {
  name: text().primaryKey(),
  /** Yjs update that holds the whole document up to the last compaction. */
  state: blob({ mode: "buffer" }).notNull(),
  stateBytes: integer().notNull().default(0),
  /** ProseMirror JSON, HTML and plain text of `state`, rendered with the shared editor schema. */
  json: text().notNull().default('{"type":"doc","content":[]}'),
  html: text().notNull().default(""),
  text: text().notNull().default(""),
  createdAt: createdAt(),
  updatedAt: createdAt(),
  compactedAt: integer({ mode: "timestamp_ms" }),
});

/** Append log: every accepted update, written before it is acknowledged; merged by compaction. */
export const documentUpdates = sqliteTable(
  "document_updates",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    documentName: text()
      .notNull()
      .references(() => documents.name, { onDelete: "cascade" }),
    update: blob({ mode: "buffer" }).notNull(),
    userId: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("document_updates_document_idx").on(t.documentName, t.id)],
);

export const documentVersionKinds = ["automatisch", "benoemd", "herstel"] as const;
export type DocumentVersionKind = (typeof documentVersionKinds)[number];

/** Saved versions: the full state at that moment, so a version can be viewed and restored. */
export const documentVersions = sqliteTable(
  "document_versions",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    documentName: text()
      .notNull()
      .references(() => documents.name, { onDelete: "cascade" }),
    kind: text({ enum: documentVersionKinds }).notNull(),
    label: text(),
    state: blob({ mode: "buffer" }).notNull(),
    html: text().notNull(),
    text: text().notNull(),
    createdById: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("document_versions_document_idx").on(t.documentName, t.createdAt)],
);

export type User = typeof users.$inferSelect;
export type Organisation = typeof organisations.$inferSelect;
export type Session = typeof sessions.$inferSelect;
