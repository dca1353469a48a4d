import { sql } from "drizzle-orm";
import {
  type AnySQLiteColumn,
  blob,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { locales } from "../shared/i18n/locales.ts";
import { provincieSlugs } from "./provincies.ts";
import { actorSlugs } from "./sociale-basis-actoren.ts";
import { bestuursstijlSlugs, voorwaardeSlugs, type VoorwaardeSlug } from "./sociale-kwaliteit.ts";
import {
  instrumentReikwijdtes,
  instrumentRichtingen,
  instrumentWerkingen,
  type ActorRollen,
  type InstrumentAard,
  type InteractieFactorSlug,
} from "./beleidsinterventies.ts";
import { tagFamilies } from "./tags.ts";

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
  // Knowledge partners of the alliance (seed 000, "Krachten bundelen"): /partners.
  "planbureau",
  "lectoraat",
  "kennisnetwerk",
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const organisations = sqliteTable("organisations", {
  id: integer().primaryKey({ autoIncrement: true }),
  slug: text().notNull().unique(),
  name: text().notNull(),
  kind: text({ enum: organisationKinds }).notNull(),
  /** Learning circle of a municipality: 1 (all tracks) or 2 (theme meetings only). */
  circle: integer(),
  region: text(),
  /**
   * For a municipality: its school-holiday region (Rijksoverheid's "regioindeling"), which the
   * rotation planner keeps its sessions out of (app/seizoen/schoolvakanties.ts).
   */
  schoolRegion: text({ enum: ["noord", "midden", "zuid"] }),
  /** For a municipality: the regional Werkplaats Sociaal Domein that works with it. */
  werkplaatsId: integer().references((): AnySQLiteColumn => organisations.id, {
    onDelete: "set null",
  }),
  /** A municipality's view of the social basis (source document 003): narrow or broad. */
  socialeBasisOpvatting: text({ enum: ["smal", "breed"] }),
  /** Which of the four approaches it takes, as a JSON array of socialeBasisBenaderingen. */
  socialeBasisBenaderingen: text({ mode: "json" }).$type<SocialeBasisBenadering[]>(),
  createdAt: createdAt(),
});

/**
 * The history of a municipality's view of the social basis: one row each time it was saved
 * changed, so its page shows how the view moved during the trajectory (seed 003).
 */
export const visieWijzigingen = sqliteTable(
  "visie_wijzigingen",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    opvatting: text({ enum: ["smal", "breed"] }),
    benaderingen: text({ mode: "json" }).$type<SocialeBasisBenadering[]>().notNull(),
    changedById: integer().references((): AnySQLiteColumn => users.id, { onDelete: "set null" }),
    changedAt: createdAt(),
  },
  (t) => [index("visie_wijzigingen_organisation_idx").on(t.organisationId, t.changedAt)],
);

export const socialeBasisBenaderingen = [
  "non-institutioneel",
  "halfdelijn",
  "basisfunctioneel",
  "infrastructureel",
] as const;
export type SocialeBasisBenadering = (typeof socialeBasisBenaderingen)[number];

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
    /** When the person last looked at their dashboard: what is new is what came after. */
    dashboardSeenAt: integer({ mode: "timestamp_ms" }),
    /** The TOTP secret (base32) once two-factor login is switched on (app/auth/totp.server.ts). */
    totpSecret: text(),
    /** A secret being set up, until the person confirms it with a code; then it moves to totpSecret. */
    totpPendingSecret: text(),
    /** The last time step whose code was accepted: a code is never accepted twice. */
    totpLastStep: integer(),
    /** The last login: an account without one for INACTIVE_AFTER_MONTHS is flagged inactive. */
    lastLoginAt: integer({ mode: "timestamp_ms" }),
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

/**
 * Devices a person logged in from before (OWASP's "device cookie"): a stranger's failed logins
 * never lock out a known device that brings the right password. Only the token's SHA-256 is kept.
 */
export const knownDevices = sqliteTable(
  "known_devices",
  {
    id: text().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    lastUsedAt: integer({ mode: "timestamp_ms" }).notNull(),
    expiresAt: integer({ mode: "timestamp_ms" }).notNull(),
    /** Until when this device skips the second login step: only when the person asked for it. */
    mfaRememberedUntil: integer({ mode: "timestamp_ms" }),
  },
  (t) => [index("known_devices_user_idx").on(t.userId)],
);

/** Single-use recovery codes for two-factor login: only their SHA-256 is kept. */
export const recoveryCodes = sqliteTable(
  "recovery_codes",
  {
    id: text().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [index("recovery_codes_user_idx").on(t.userId)],
);

/**
 * A login waiting for its second step: the password was right, the code not yet given. The
 * browser holds the token in a short-lived cookie; only its SHA-256 is kept here.
 */
export const loginChallenges = sqliteTable(
  "login_challenges",
  {
    id: text().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    redirectTo: text().notNull(),
    expiresAt: integer({ mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("login_challenges_user_idx").on(t.userId)],
);

/**
 * A passkey (WebAuthn credential) of a person: a second factor beside or instead of the TOTP app
 * (app/auth/passkeys.server.ts). The id is the credential id (base64url) the authenticator chose;
 * only the public key is kept, and the signature counter it last reported.
 */
export const passkeys = sqliteTable(
  "passkeys",
  {
    id: text().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The name the person gave it ("Laptop", "Telefoon"). */
    name: text().notNull(),
    publicKey: blob({ mode: "buffer" }).notNull(),
    counter: integer().notNull().default(0),
    /** The transports the authenticator reported (JSON list), a hint for the browser. */
    transports: text({ mode: "json" }).$type<string[]>(),
    createdAt: createdAt(),
    lastUsedAt: integer({ mode: "timestamp_ms" }),
  },
  (t) => [index("passkeys_user_idx").on(t.userId)],
);

export const passkeyChallengePurposes = ["registratie", "inloggen"] as const;
export type PasskeyChallengePurpose = (typeof passkeyChallengePurposes)[number];

/**
 * A WebAuthn challenge handed to a browser: single use (deleted when an answer comes back, right
 * or wrong) and short-lived. A login challenge is bound to the pending second step it was made for.
 */
export const passkeyChallenges = sqliteTable(
  "passkey_challenges",
  {
    /** The challenge itself (base64url), as it comes back in the client data. */
    id: text().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text({ enum: passkeyChallengePurposes }).notNull(),
    loginChallengeId: text().references(() => loginChallenges.id, { onDelete: "cascade" }),
    expiresAt: integer({ mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("passkey_challenges_user_idx").on(t.userId)],
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

/** A proposed theme becomes "gekozen" (adopted) or "afgewezen" when its decision is recorded. */
export const themaStatuses = ["gekozen", "voorgesteld", "afgewezen"] as const;
export type ThemaStatus = (typeof themaStatuses)[number];

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
    /** Places available; null means no limit. Beyond it, a "ja" goes on the waiting list. */
    capacity: integer(),
    cancellationReason: text(),
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
    /** The neighbourhood of the municipality the question is about (optional). */
    wijkId: integer().references((): AnySQLiteColumn => wijken.id),
    /** How the municipality would like to work on it: a JSON array of werkvormen. */
    werkvormen: text({ mode: "json" })
      .$type<Werkvorm[]>()
      .notNull()
      .default(sql`'[]'`),
    status: text({ enum: leervraagStatuses }).notNull().default("ingediend"),
    bijeenkomstId: integer().references(() => bijeenkomsten.id, { onDelete: "set null" }),
    /** What came out of the session, recorded by the project leader afterwards. */
    outcome: text().notNull().default(""),
    followUp: text().notNull().default(""),
    submittedById: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: createdAt(),
  },
  (t) => [
    index("leervragen_organisation_idx").on(t.organisationId),
    index("leervragen_bijeenkomst_idx").on(t.bijeenkomstId),
  ],
);

export const werkvormen = ["intervisie", "themabijeenkomst", "lokale-ondersteuning"] as const;
export type Werkvorm = (typeof werkvormen)[number];

/** Every status change of a learning question: who, when, from what to what. */
export const leervraagStatuswijzigingen = sqliteTable(
  "leervraag_statuswijzigingen",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    leervraagId: integer()
      .notNull()
      .references(() => leervragen.id, { onDelete: "cascade" }),
    fromStatus: text({ enum: leervraagStatuses }),
    toStatus: text({ enum: leervraagStatuses }).notNull(),
    userId: integer().references(() => users.id, { onDelete: "set null" }),
    note: text().notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [index("leervraag_statuswijzigingen_leervraag_idx").on(t.leervraagId)],
);

export const leervraagReacties = sqliteTable(
  "leervraag_reacties",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    leervraagId: integer()
      .notNull()
      .references(() => leervragen.id, { onDelete: "cascade" }),
    userId: integer().references(() => users.id, { onDelete: "set null" }),
    body: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("leervraag_reacties_leervraag_idx").on(t.leervraagId)],
);

/** Movisie and the host region's Werkplaats attend an intervision session as critical friend. */
export const criticalFriends = sqliteTable(
  "critical_friends",
  {
    bijeenkomstId: integer()
      .notNull()
      .references(() => bijeenkomsten.id, { onDelete: "cascade" }),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.bijeenkomstId, t.organisationId] })],
);

export const agendapunten = sqliteTable(
  "agendapunten",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    bijeenkomstId: integer()
      .notNull()
      .references(() => bijeenkomsten.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    /** Wall-clock time in Amsterdam, "HH:MM", or empty. */
    time: text().notNull().default(""),
    title: text().notNull(),
    description: text().notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [index("agendapunten_bijeenkomst_idx").on(t.bijeenkomstId)],
);

export const rsvpResponses = ["ja", "nee", "misschien"] as const;
export type RsvpResponse = (typeof rsvpResponses)[number];

export const deelnames = sqliteTable(
  "deelnames",
  {
    bijeenkomstId: integer()
      .notNull()
      .references(() => bijeenkomsten.id, { onDelete: "cascade" }),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    response: text({ enum: rsvpResponses }).notNull(),
    /** A "ja" beyond the capacity waits here, in order of respondedAt. */
    waitlisted: integer({ mode: "boolean" }).notNull().default(false),
    respondedAt: integer({ mode: "timestamp_ms" }).notNull(),
    /** Recorded by the leader after the meeting; null until then. */
    attended: integer({ mode: "boolean" }),
  },
  (t) => [
    primaryKey({ columns: [t.bijeenkomstId, t.userId] }),
    index("deelnames_user_idx").on(t.userId),
  ],
);

/** What changed in a meeting, so participants see it (and calendars get a new SEQUENCE). */
export const bijeenkomstWijzigingen = sqliteTable(
  "bijeenkomst_wijzigingen",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    bijeenkomstId: integer()
      .notNull()
      .references(() => bijeenkomsten.id, { onDelete: "cascade" }),
    userId: integer().references(() => users.id, { onDelete: "set null" }),
    changes: text({ mode: "json" }).$type<MeetingChange[]>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("bijeenkomst_wijzigingen_bijeenkomst_idx").on(t.bijeenkomstId)],
);

export type MeetingChange = {
  field:
    | "title"
    | "startsAt"
    | "endsAt"
    | "location"
    | "status"
    | "capacity"
    | "hostOrganisationId"
    | "leaderId"
    | "themaId"
    | "description";
  from: string | number | null;
  to: string | number | null;
};

/** A personal, revocable calendar feed: only the SHA-256 of its secret is stored. */
export const calendarFeeds = sqliteTable("calendar_feeds", {
  userId: integer()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  tokenHash: text().notNull().unique(),
  createdAt: createdAt(),
  lastUsedAt: integer({ mode: "timestamp_ms" }),
});

// "Aan de slag": local casework in a municipality with partner organisations.
export const trajectStatuses = ["verkenning", "lopend", "gepauzeerd", "afgerond"] as const;
export const partnerRollen = ["inhoudelijk-adviseur", "procesbegeleider", "onderzoeker"] as const;
export const doelgroepen = ["bewoners", "professionals", "beleidsmakers"] as const;
export const logboekSoorten = ["activiteit", "contact", "afspraak"] as const;

export const trajecten = sqliteTable(
  "trajecten",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    title: text().notNull(),
    description: text().notNull().default(""),
    themaId: integer().references(() => themas.id),
    status: text({ enum: trajectStatuses }).notNull().default("verkenning"),
    /** The neighbourhood of the municipality the casework is in (optional). */
    wijkId: integer().references((): AnySQLiteColumn => wijken.id),
    /**
     * The local partner (welzijnsinstelling, burgerinitiatief) that asked for it (seed 000: a
     * request need not come from the municipality); null: the municipality asked itself.
     */
    aanvragerId: integer().references((): AnySQLiteColumn => organisations.id),
    /** Who takes part: a JSON array of doelgroepen. */
    doelgroepen: text({ mode: "json" })
      .$type<(typeof doelgroepen)[number][]>()
      .notNull()
      .default(sql`'[]'`),
    createdById: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: createdAt(),
  },
  (t) => [index("trajecten_organisation_idx").on(t.organisationId)],
);

export const trajectPartners = sqliteTable(
  "traject_partners",
  {
    trajectId: integer()
      .notNull()
      .references(() => trajecten.id, { onDelete: "cascade" }),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    role: text({ enum: partnerRollen }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.trajectId, t.organisationId] })],
);

/** The people who take part in a traject: they may edit it and write in its log. */
export const trajectLeden = sqliteTable(
  "traject_leden",
  {
    trajectId: integer()
      .notNull()
      .references(() => trajecten.id, { onDelete: "cascade" }),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.trajectId, t.userId] }),
    index("traject_leden_user_idx").on(t.userId),
  ],
);

export const logboek = sqliteTable(
  "logboek",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    trajectId: integer()
      .notNull()
      .references(() => trajecten.id, { onDelete: "cascade" }),
    userId: integer().references(() => users.id, { onDelete: "set null" }),
    kind: text({ enum: logboekSoorten }).notNull(),
    /** The day it happened (UTC midnight of the Amsterdam date). */
    happenedOn: integer({ mode: "timestamp_ms" }).notNull(),
    body: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("logboek_traject_idx").on(t.trajectId)],
);

// ── Social-quality monitor (issue 6) ─────────────────────────────────────────────────────────
// The framework (voorwaarden, indicatoren, beleidsfactoren, meetsuggesties) is reference data from
// "Sterke beleidsinterventies, sterke sociale basis" (db/sociale-kwaliteit.ts), seeded into every
// database. A wijkmeting is one municipality's assessment of one neighbourhood for one period.

/** The four conditions of social quality, each with the value it stands for. */
export const voorwaarden = sqliteTable("voorwaarden", {
  id: integer().primaryKey({ autoIncrement: true }),
  slug: text({ enum: voorwaardeSlugs }).notNull().unique(),
  name: text().notNull(),
  waarde: text().notNull(),
  /** The condition's domains as Schema A lists them, one per line. */
  domeinen: text().notNull().default(""),
  description: text().notNull().default(""),
  position: integer().notNull().default(0),
});

export const indicatorOrigins = ["schema-a", "beheerder"] as const;

/**
 * Observable indicators per condition (Schema A), editable by a beheerder. A row keeps its id and
 * code through rewording, so periods stay comparable; a score keeps the wording it was given
 * against (wijkmetingScores.indicatorText). Retiring sets retiredAt: the row stays for the
 * assessments that scored it.
 */
export const indicatoren = sqliteTable(
  "indicatoren",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    voorwaardeId: integer()
      .notNull()
      .references(() => voorwaarden.id),
    /** Stable short code, e.g. Z01: the letter of the condition and a number. */
    code: text().notNull().unique(),
    text: text().notNull(),
    origin: text({ enum: indicatorOrigins }).notNull().default("beheerder"),
    position: integer().notNull().default(0),
    retiredAt: integer({ mode: "timestamp_ms" }),
    createdAt: createdAt(),
    updatedAt: createdAt(),
  },
  (t) => [index("indicatoren_voorwaarde_idx").on(t.voorwaardeId)],
);

/**
 * Schema B: how local policy contributes. voorwaardeId null = the general factors that hold for
 * every condition; otherwise the factors listed under one condition.
 */
export const beleidsfactoren = sqliteTable("beleidsfactoren", {
  id: integer().primaryKey({ autoIncrement: true }),
  code: text().notNull().unique(),
  voorwaardeId: integer().references(() => voorwaarden.id),
  text: text().notNull(),
  position: integer().notNull().default(0),
});

/** Schema B's suggested ways to measure the state of a condition ("bijvoorbeeld: …"). */
export const meetsuggesties = sqliteTable("meetsuggesties", {
  id: integer().primaryKey({ autoIncrement: true }),
  voorwaardeId: integer()
    .notNull()
    .references(() => voorwaarden.id),
  text: text().notNull(),
  position: integer().notNull().default(0),
});

export const wijkmetingStatuses = ["concept", "ingediend"] as const;
export type WijkmetingStatus = (typeof wijkmetingStatuses)[number];

export const wijkmetingen = sqliteTable(
  "wijkmetingen",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    wijkId: integer()
      .notNull()
      .references((): AnySQLiteColumn => wijken.id),
    /** "2025" (a whole year) or "2025-H1" / "2025-H2" (a half year): sorts chronologically. */
    periode: text().notNull(),
    status: text({ enum: wijkmetingStatuses }).notNull().default("concept"),
    bestuursstijl: text({ enum: bestuursstijlSlugs }),
    /** Consent: other municipalities of the circle may see it, and it counts in the circle median. */
    sharedWithCircle: integer({ mode: "boolean" }).notNull().default(false),
    leervraagId: integer().references(() => leervragen.id, { onDelete: "set null" }),
    createdById: integer().references(() => users.id, { onDelete: "set null" }),
    submittedById: integer().references(() => users.id, { onDelete: "set null" }),
    submittedAt: integer({ mode: "timestamp_ms" }),
    createdAt: createdAt(),
    updatedAt: createdAt(),
  },
  (t) => [
    uniqueIndex("wijkmetingen_wijk_periode_idx").on(t.wijkId, t.periode),
    index("wijkmetingen_leervraag_idx").on(t.leervraagId),
  ],
);

/** One answer per indicator: a score 1–5, or null for "weet niet / niet van toepassing". */
export const wijkmetingScores = sqliteTable(
  "wijkmeting_scores",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    wijkmetingId: integer()
      .notNull()
      .references(() => wijkmetingen.id, { onDelete: "cascade" }),
    indicatorId: integer()
      .notNull()
      .references(() => indicatoren.id),
    score: integer(),
    /** The indicator's wording when this score was given. */
    indicatorText: text().notNull(),
    note: text().notNull().default(""),
    source: text().notNull().default(""),
    updatedById: integer().references(() => users.id, { onDelete: "set null" }),
    updatedAt: createdAt(),
  },
  (t) => [uniqueIndex("wijkmeting_scores_indicator_idx").on(t.wijkmetingId, t.indicatorId)],
);

export const beleidsfactorOordelen = ["aanwezig", "deels", "afwezig"] as const;
export type BeleidsfactorOordeel = (typeof beleidsfactorOordelen)[number];

/** Whether a Schema B factor is present in the municipality's policy for this assessment. */
export const wijkmetingBeleidsfactoren = sqliteTable(
  "wijkmeting_beleidsfactoren",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    wijkmetingId: integer()
      .notNull()
      .references(() => wijkmetingen.id, { onDelete: "cascade" }),
    beleidsfactorId: integer()
      .notNull()
      .references(() => beleidsfactoren.id),
    oordeel: text({ enum: beleidsfactorOordelen }).notNull(),
    updatedById: integer().references(() => users.id, { onDelete: "set null" }),
    updatedAt: createdAt(),
  },
  (t) => [
    uniqueIndex("wijkmeting_beleidsfactoren_factor_idx").on(t.wijkmetingId, t.beleidsfactorId),
  ],
);

// ── Neighbourhoods (issue 16) ────────────────────────────────────────────────────────────────
// A municipality's wijken, and optionally buurten beneath them, as records it maintains; the
// monitor, casework and learning questions refer to them, so a typo never makes a new one.

export const wijken = sqliteTable(
  "wijken",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    /** The wijk a buurt lies in; null for a wijk. */
    parentId: integer().references((): AnySQLiteColumn => wijken.id),
    name: text().notNull(),
    createdAt: createdAt(),
    updatedAt: createdAt(),
  },
  (t) => [
    uniqueIndex("wijken_naam_idx").on(t.organisationId, t.name),
    index("wijken_parent_idx").on(t.parentId),
  ],
);

/** Every rename of a neighbourhood: the record keeps its id, this keeps its former names. */
export const wijkNaamwijzigingen = sqliteTable(
  "wijk_naamwijzigingen",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    wijkId: integer()
      .notNull()
      .references(() => wijken.id, { onDelete: "cascade" }),
    oldName: text().notNull(),
    newName: text().notNull(),
    changedById: integer().references(() => users.id, { onDelete: "set null" }),
    changedAt: createdAt(),
  },
  (t) => [index("wijk_naamwijzigingen_wijk_idx").on(t.wijkId)],
);

// ── Schema C (issue 16): actors in the social basis, their tasks and challenges ──────────────
// Reference data from db/sociale-basis-actoren.ts, loaded into every database.

export const actoren = sqliteTable("actoren", {
  id: integer().primaryKey({ autoIncrement: true }),
  slug: text({ enum: actorSlugs }).notNull().unique(),
  name: text().notNull(),
  /** The actor's roles and tasks as Schema C lists them, one per line. */
  taken: text().notNull().default(""),
  position: integer().notNull().default(0),
});

export const uitdagingen = sqliteTable(
  "uitdagingen",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    actorId: integer()
      .notNull()
      .references(() => actoren.id),
    /** Stable short code, e.g. UB01. */
    code: text().notNull().unique(),
    text: text().notNull(),
    position: integer().notNull().default(0),
  },
  (t) => [index("uitdagingen_actor_idx").on(t.actorId)],
);

/**
 * A municipality recognises a challenge of Schema C in one of its neighbourhoods, for an actor
 * (by default the actor the document names it for), with a note; it may become a learning question.
 */
export const uitdagingHerkenningen = sqliteTable(
  "uitdaging_herkenningen",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    wijkId: integer()
      .notNull()
      .references(() => wijken.id),
    uitdagingId: integer()
      .notNull()
      .references(() => uitdagingen.id),
    actor: text({ enum: actorSlugs }).notNull(),
    note: text().notNull().default(""),
    leervraagId: integer().references(() => leervragen.id, { onDelete: "set null" }),
    createdById: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: createdAt(),
  },
  (t) => [
    uniqueIndex("uitdaging_herkenningen_idx").on(t.wijkId, t.uitdagingId, t.actor),
    index("uitdaging_herkenningen_leervraag_idx").on(t.leervraagId),
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

// Theme essays: after each theme meeting, staff co-write one essay (the co-edited document
// `essay:<id>`), have it reviewed and publish it. Readers always see the published snapshot.

export const essayStatuses = ["concept", "review", "gepubliceerd"] as const;
export type EssayStatus = (typeof essayStatuses)[number];

export const essays = sqliteTable("essays", {
  id: integer().primaryKey({ autoIncrement: true }),
  bijeenkomstId: integer()
    .notNull()
    .unique()
    .references(() => bijeenkomsten.id),
  themaId: integer().references(() => themas.id),
  slug: text().notNull().unique(),
  title: text().notNull(),
  summary: text().notNull().default(""),
  status: text({ enum: essayStatuses }).notNull().default("concept"),
  /** The named version that was last published, and what readers see of it. */
  publishedVersionId: integer().references(() => documentVersions.id, { onDelete: "set null" }),
  publishedTitle: text(),
  publishedSummary: text(),
  publishedJson: text(),
  publishedHtml: text(),
  publishedText: text(),
  firstPublishedAt: integer({ mode: "timestamp_ms" }),
  publishedAt: integer({ mode: "timestamp_ms" }),
  /** Authors whose accounts were erased: shown as "voormalig deelnemer" (app/gegevens/). */
  formerAuthors: integer().notNull().default(0),
  /** When it should be published, a day (YYYY-MM-DD, Dutch date); set when the meeting is held. */
  dueDate: text(),
  createdAt: createdAt(),
  updatedAt: createdAt(),
});

export const essayAuteurs = sqliteTable(
  "essay_auteurs",
  {
    essayId: integer()
      .notNull()
      .references(() => essays.id, { onDelete: "cascade" }),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.essayId, t.userId] })],
);

/**
 * Review comments. A comment on a passage stores the passage as Yjs relative positions, so it
 * keeps pointing at the same words while the essay is being edited.
 */
export const essayOpmerkingen = sqliteTable(
  "essay_opmerkingen",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    essayId: integer()
      .notNull()
      .references(() => essays.id, { onDelete: "cascade" }),
    userId: integer().references(() => users.id, { onDelete: "set null" }),
    body: text().notNull(),
    /** The passage as it was when the comment was made. */
    quote: text().notNull().default(""),
    anchor: text({ mode: "json" }).$type<{ start: unknown; end: unknown }>(),
    resolvedAt: integer({ mode: "timestamp_ms" }),
    resolvedById: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("essay_opmerkingen_essay_idx").on(t.essayId)],
);

export type User = typeof users.$inferSelect;
export type Organisation = typeof organisations.$inferSelect;
export type Session = typeof sessions.$inferSelect;

// ---------------------------------------------------------------------------------------------
// Reaching people: notifications, the mail outbox, digests and subscriptions (docs/mail.md).

/** What a person chooses about, per kind of news; mails of account matters have no category. */
export const notificationCategories = [
  "bijeenkomsten",
  "leervragen",
  "essays",
  "aan-de-slag",
  "vermeldingen",
  /** For beheerders: requests for erasure, accounts that became inactive. */
  "beheer",
  "besluiten",
  /** Follow-up after a theme meeting: the harvest form, action items, the essay's due date. */
  "opvolging",
] as const;
export type NotificationCategory = (typeof notificationCategories)[number];

/** How a person gets a category's news: a mail at once, in a digest, or only in Leerkring. */
export const deliveryModes = ["direct", "dagelijks", "wekelijks", "alleen-in-app"] as const;
export type DeliveryMode = (typeof deliveryModes)[number];

/** One piece of news for one person, shown at /meldingen; its text comes from the catalogue. */
export const notifications = sqliteTable(
  "notifications",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    category: text({ enum: notificationCategories }).notNull(),
    /** The catalogue key of its text, under `meldingen:soort.<kind>`. */
    kind: text().notNull(),
    /** The values its text interpolates (titles, names, old and new times). */
    params: text({ mode: "json" }).$type<Record<string, string | number>>().notNull(),
    /** Where it leads, a path inside Leerkring. */
    link: text().notNull(),
    createdAt: createdAt(),
    readAt: integer({ mode: "timestamp_ms" }),
    /** Waiting for the person's digest of this kind; null once mailed (or never meant for one). */
    digest: text({ enum: ["dagelijks", "wekelijks"] }),
  },
  (t) => [
    index("notifications_user_idx").on(t.userId, t.createdAt),
    // Most news is not waiting for a digest: only the rows that are need the index.
    index("notifications_digest_idx")
      .on(t.digest, t.userId)
      .where(sql`${t.digest} IS NOT NULL`),
  ],
);

/** A person's choice per category; a category without a row is delivered `direct`. */
export const notificationPreferences = sqliteTable(
  "notification_preferences",
  {
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    category: text({ enum: notificationCategories }).notNull(),
    delivery: text({ enum: deliveryModes }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.category] })],
);

/** One recipient of news still to be given, as the change's transaction decided it. */
export type QueuedRecipient = {
  id: number;
  email: string;
  name: string;
  locale: (typeof locales)[number];
  /** Sent with this person's direct mail (an iTIP invitation), made when the news was made. */
  attachments: MailAttachment[];
};

/**
 * News for more people than one short transaction should write for: the change's transaction
 * stores it here, and app/notifications/fan-out.server.ts gives it to the rest in small
 * transactions after the change, deleting the row when all have it.
 */
export const newsFanOut = sqliteTable("news_fan_out", {
  id: integer().primaryKey({ autoIncrement: true }),
  category: text({ enum: notificationCategories }).notNull(),
  kind: text().notNull(),
  params: text({ mode: "json" }).$type<Record<string, string | number>>().notNull(),
  link: text().notNull(),
  recipients: text({ mode: "json" }).$type<QueuedRecipient[]>().notNull(),
  /** How many of the recipients, in order, have it already. */
  delivered: integer().notNull().default(0),
  createdAt: createdAt(),
});

export const mailStatuses = [
  /** Waiting to be sent (again, after a temporary failure, at nextAttemptAt). */
  "wachtend",
  "verzonden",
  /** Kept in the database only: no SMTP server is configured (the demo). */
  "bewaard",
  /** Refused for good by the SMTP server (5xx), or still failing after the retry period. */
  "mislukt",
  /** Not sent: the address bounced permanently before. */
  "onderdrukt",
] as const;
export type MailStatus = (typeof mailStatuses)[number];

export type MailAttachment = { filename: string; contentType: string; content: string };

/**
 * The text of a mail that many people get alike (news for a whole circle): stored once, and put
 * together with each recipient's own unsubscribe link (`unsubscribeUrl`) when the worker sends it.
 */
export const mailBodies = sqliteTable("mail_bodies", {
  id: integer().primaryKey({ autoIncrement: true }),
  html: text().notNull(),
  text: text().notNull(),
  createdAt: createdAt(),
});

/**
 * Every mail Leerkring sends, written in the same transaction as the change that causes it and
 * sent afterwards by the worker (app/mail/worker.server.ts). The Message-ID is fixed here, so a
 * message sent again after a crash is recognisably the same one.
 */
export const mailOutbox = sqliteTable(
  "mail_outbox",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    messageId: text().notNull().unique(),
    toAddress: text().notNull(),
    toName: text().notNull().default(""),
    userId: integer().references(() => users.id, { onDelete: "set null" }),
    /** Null for mails about the account itself (invitation, password reset): always sent. */
    category: text({ enum: notificationCategories }),
    subject: text().notNull(),
    /** The mail's own HTML and text; empty when it shares a body (bodyId). */
    html: text().notNull(),
    text: text().notNull(),
    bodyId: integer().references(() => mailBodies.id),
    /**
     * With a shared body: this recipient's unsubscribe link, put where the body has
     * UNSUBSCRIBE_LINK and in the List-Unsubscribe headers when it is sent.
     */
    unsubscribeUrl: text(),
    headers: text({ mode: "json" }).$type<Record<string, string>>().notNull(),
    attachments: text({ mode: "json" }).$type<MailAttachment[]>().notNull(),
    status: text({ enum: mailStatuses }).notNull().default("wachtend"),
    attempts: integer().notNull().default(0),
    nextAttemptAt: integer({ mode: "timestamp_ms" }).notNull(),
    lastError: text(),
    createdAt: createdAt(),
    sentAt: integer({ mode: "timestamp_ms" }),
  },
  (t) => [index("mail_outbox_due_idx").on(t.status, t.nextAttemptAt)],
);

/** Addresses that bounced permanently: nothing more is sent to them until a beheerder lifts it. */
export const mailSuppressions = sqliteTable("mail_suppressions", {
  address: text().primaryKey(),
  reason: text().notNull(),
  createdAt: createdAt(),
});

/**
 * Things done once only, by a key that names them ("herinnering:7d:bijeenkomst:12",
 * "digest:dagelijks:2026-12-02"): a reminder, a digest run or a mention is never repeated, also
 * not after a restart.
 */
export const doneOnce = sqliteTable("done_once", {
  key: text().primaryKey(),
  createdAt: createdAt(),
});

/** People without an account who follow new essays (double opt-in; the address is for nothing else). */
export const essaySubscribers = sqliteTable("essay_subscribers", {
  id: integer().primaryKey({ autoIncrement: true }),
  /** Always stored lower-cased. */
  email: text().notNull().unique(),
  locale: text({ enum: locales }).notNull().default("nl"),
  /** SHA-256 of the confirmation link's token. */
  confirmTokenHash: text().notNull(),
  confirmedAt: integer({ mode: "timestamp_ms" }),
  createdAt: createdAt(),
});

/** Secrets the application makes for itself on first use (the key that signs unsubscribe links). */
export const appSecrets = sqliteTable("app_secrets", {
  name: text().primaryKey(),
  value: text().notNull(),
  createdAt: createdAt(),
});

/** The public statements (/privacy, /toegankelijkheid) a beheerder can reword. */
export const statementKinds = ["privacy", "toegankelijkheid"] as const;
export type StatementKind = (typeof statementKinds)[number];

/**
 * A beheerder's own text of a statement in one language; without a row the shipped text
 * (shared/i18n/<locale>/verklaringen.ts) is shown.
 */
export const statements = sqliteTable(
  "statements",
  {
    kind: text({ enum: statementKinds }).notNull(),
    locale: text({ enum: locales }).notNull(),
    text: text().notNull(),
    updatedAt: integer({ mode: "timestamp_ms" }).notNull(),
    updatedBy: integer().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [primaryKey({ columns: [t.kind, t.locale] })],
);
/**
 * What the audit trail records: a closed list, so a filter and a catalogue text exist for each
 * (`audit.actie.<key>` in shared/i18n/{nl,en}/audit.ts).
 */
export const auditActions = [
  "inloggen.gelukt",
  "inloggen.mislukt",
  "inloggen.geblokkeerd",
  "uitloggen",
  "sessie.beeindigd",
  "sessies.beeindigd",
  "account.rol",
  "account.gedeactiveerd",
  "account.geactiveerd",
  "wachtwoord.gewijzigd",
  "wachtwoord.herstellink",
  "wachtwoord.hersteld",
  "uitnodiging.gemaakt",
  "uitnodiging.ingetrokken",
  "uitnodiging.geaccepteerd",
  "essay.gepubliceerd",
  "bijeenkomst.geannuleerd",
  "bijeenkomst.heractiveerd",
  "rotatie.gepland",
  "gegevens.geexporteerd",
  "account.gewist",
  "tweestaps.gereset",
  "passkey.toegevoegd",
  "passkey.verwijderd",
  "toegang.geweigerd",
  "bijlage.toegevoegd",
  "bijlage.verwijderd",
  "wissen.gevraagd",
  "verklaring.gewijzigd",
  "besluit.voorgesteld",
  "besluit.vastgelegd",
  "api-sleutel.gemaakt",
  "api-sleutel.ingetrokken",
  "wijk.aangemaakt",
  "wijk.hernoemd",
  "wijk.verwijderd",
  "organisatie.aangemaakt",
  "organisatie.gewijzigd",
  "toetreding.gevraagd",
  "toetreding.beoordeeld",
  "interventie.vastgelegd",
  "interventie.gewijzigd",
  "contact.toegevoegd",
  "contact.gewijzigd",
  "contact.verwijderd",
  "vervolgactie.toegevoegd",
  "vervolgactie.afgerond",
  "essay.deadline-gewijzigd",
  "praktijkvoorbeeld.gepubliceerd",
  "datumprikker.geopend",
  "datumprikker.datumGekozen",
  "tag.toegevoegd",
  "tag.ingetrokken",
  "tag.teruggezet",
] as const;
export type AuditAction = (typeof auditActions)[number];

/**
 * The audit trail (app/audit/audit.server.ts): append-only. Triggers in the migration refuse every
 * UPDATE, and every DELETE of a row newer than `audit_retention.cutoff`, which only the retention
 * job moves (forward only). No foreign keys: an entry keeps the id and name of that moment, and
 * no change elsewhere may cascade into it. An entry holds ids, never a name or an address
 * of a person (docs/security.md, "Erasure and the audit trail").
 */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    at: createdAt(),
    /**
     * Who did it; null for someone not signed in (a failed login). Only the id: the name is read
     * from `users` when the log is shown, so an erased person's entries name nobody.
     */
    actorId: integer(),
    action: text({ enum: auditActions }).notNull(),
    /** Which record: its kind ("gebruiker", "essay", "bijeenkomst", a path for a refusal) and id. */
    subjectType: text(),
    subjectId: text(),
    /** The client's address as the app determines it (TRUST_PROXY), or null. */
    ip: text(),
    /** A few facts (a new role, a reason); never a password, token or link. */
    detail: text({ mode: "json" }).$type<Record<string, string | number | boolean | null>>(),
  },
  (t) => [
    index("audit_log_at_idx").on(t.at),
    index("audit_log_action_idx").on(t.action, t.at),
    index("audit_log_actor_idx").on(t.actorId, t.at),
    index("audit_log_subject_idx").on(t.subjectType, t.subjectId),
  ],
);

/** One row: entries older than `cutoff` may be deleted (by the retention job alone). */
export const auditRetention = sqliteTable("audit_retention", {
  id: integer().primaryKey(),
  cutoff: integer({ mode: "timestamp_ms" }).notNull(),
});

// ── Attachments (issue 15, app/bijlagen/) ────────────────────────────────────────────────────
// A file is stored once, named by the SHA-256 of its bytes (`bestanden`, the file under
// UPLOAD_DIR); an attachment (`bijlagen`) is that file attached to one record under a name. A
// record's attachments go with it (ON DELETE CASCADE); a file no attachment refers to any more is
// removed by sweepUnreferencedFiles (app/bijlagen/storage.server.ts).

export const bijlageOwnerKinds = [
  "leervraag",
  "bijeenkomst",
  "agendapunt",
  "logboek",
  "essay",
] as const;
export type BijlageOwnerKind = (typeof bijlageOwnerKinds)[number];

export const bestanden = sqliteTable("bestanden", {
  sha256: text().primaryKey(),
  size: integer().notNull(),
  mediaType: text().notNull(),
  createdAt: createdAt(),
});

export const bijlagen = sqliteTable(
  "bijlagen",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    sha256: text()
      .notNull()
      .references(() => bestanden.sha256),
    ownerKind: text({ enum: bijlageOwnerKinds }).notNull(),
    /** Exactly one of these, the one ownerKind names. */
    leervraagId: integer().references(() => leervragen.id, { onDelete: "cascade" }),
    bijeenkomstId: integer().references(() => bijeenkomsten.id, { onDelete: "cascade" }),
    agendapuntId: integer().references(() => agendapunten.id, { onDelete: "cascade" }),
    logboekId: integer().references(() => logboek.id, { onDelete: "cascade" }),
    essayId: integer().references(() => essays.id, { onDelete: "cascade" }),
    /** The file's name as uploaded, neutralised (no path separators or control characters). */
    filename: text().notNull(),
    /** What people see and search; the file name without its extension unless given. */
    title: text().notNull(),
    mediaType: text().notNull(),
    size: integer().notNull(),
    /** Text of a PDF, Word, CSV or text file, for search (at most 200,000 characters). */
    text: text().notNull().default(""),
    uploadedById: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("bijlagen_sha_idx").on(t.sha256),
    index("bijlagen_leervraag_idx").on(t.leervraagId),
    index("bijlagen_bijeenkomst_idx").on(t.bijeenkomstId),
    index("bijlagen_agendapunt_idx").on(t.agendapuntId),
    index("bijlagen_logboek_idx").on(t.logboekId),
    index("bijlagen_essay_idx").on(t.essayId),
  ],
);

/**
 * A person's request to have their account and personal data erased (AVG article 17), until a
 * beheerder carries it out (app/gegevens/erasure.server.ts); erasing the account removes the request.
 */
export const erasureRequests = sqliteTable("erasure_requests", {
  id: integer().primaryKey({ autoIncrement: true }),
  userId: integer()
    .notNull()
    .unique()
    .references(() => users.id, { onDelete: "cascade" }),
  createdAt: createdAt(),
});

// Decisions of the trajectory (/besluiten): a proposal with options, voted on by those the
// electorate names, decided by a project leader with reasons. The rules: app/auth/rules/besluit.ts.

/** Who may vote: one vote per first-circle municipality, per municipality of both circles, or per project leader. */
export const besluitKiezers = ["eerste-kring", "beide-kringen", "projectleiders"] as const;
export type BesluitKiezers = (typeof besluitKiezers)[number];
/** When the tally is shown: to a voter once their vote is in, or to everyone after the deadline. */
export const besluitUitslagen = ["na-stemmen", "na-deadline"] as const;
export type BesluitUitslag = (typeof besluitUitslagen)[number];

export const besluiten = sqliteTable("besluiten", {
  id: integer().primaryKey({ autoIncrement: true }),
  title: text().notNull(),
  description: text().notNull().default(""),
  /** A decision about a proposed theme: recording it sets the theme's status. */
  themaId: integer().references(() => themas.id, { onDelete: "set null" }),
  kiezers: text({ enum: besluitKiezers }).notNull(),
  uitslag: text({ enum: besluitUitslagen }).notNull(),
  deadline: integer({ mode: "timestamp_ms" }).notNull(),
  createdById: integer().references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
  /** The recorded decision: the option chosen and why, by a project leader. */
  decidedAt: integer({ mode: "timestamp_ms" }),
  decidedById: integer().references(() => users.id, { onDelete: "set null" }),
  decidedOptionId: integer(),
  reasons: text(),
});

export const besluitOpties = sqliteTable(
  "besluit_opties",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    besluitId: integer()
      .notNull()
      .references(() => besluiten.id, { onDelete: "cascade" }),
    label: text().notNull(),
    position: integer().notNull(),
    /** For a theme decision: the theme's status when this option is decided. */
    themaStatus: text({ enum: ["gekozen", "afgewezen"] }),
  },
  (t) => [index("besluit_opties_besluit_idx").on(t.besluitId)],
);

export const besluitStemmen = sqliteTable(
  "besluit_stemmen",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    besluitId: integer()
      .notNull()
      .references(() => besluiten.id, { onDelete: "cascade" }),
    optionId: integer()
      .notNull()
      .references(() => besluitOpties.id, { onDelete: "cascade" }),
    /** Whose vote it is: "gemeente:<id>" (one per municipality) or "persoon:<id>". */
    voter: text().notNull(),
    organisationId: integer().references(() => organisations.id, { onDelete: "cascade" }),
    castById: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("besluit_stemmen_voter_idx").on(t.besluitId, t.voter)],
);

// The read-only JSON API (/api/v1, docs/api.md): bearer tokens a beheerder issues.
export const apiScopes = ["bijeenkomsten", "themas", "essays", "monitor"] as const;
export type ApiScope = (typeof apiScopes)[number];

/**
 * Only the SHA-256 of a token is kept; it is shown once when made. A token acts as a person of
 * `role` at `organisationId` (the page rules decide what it sees), limited to its scopes.
 */
export const apiTokens = sqliteTable("api_tokens", {
  id: integer().primaryKey({ autoIncrement: true }),
  name: text().notNull(),
  role: text({ enum: roles }).notNull(),
  organisationId: integer()
    .notNull()
    .references(() => organisations.id, { onDelete: "cascade" }),
  tokenHash: text().notNull().unique(),
  scopes: text({ mode: "json" }).$type<ApiScope[]>().notNull(),
  createdById: integer().references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
  lastUsedAt: integer({ mode: "timestamp_ms" }),
  revokedAt: integer({ mode: "timestamp_ms" }),
});

// ---------------------------------------------------------------------------------------------
// Joining the first circle: a second-circle municipality asks, a project leader decides (app/kring/).

export const toetredingStatuses = ["open", "aanvaard", "afgewezen"] as const;
export type ToetredingStatus = (typeof toetredingStatuses)[number];

export const toetredingen = sqliteTable(
  "toetredingen",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    requestedById: integer().references(() => users.id, { onDelete: "set null" }),
    motivation: text().notNull(),
    status: text({ enum: toetredingStatuses }).notNull().default("open"),
    decidedById: integer().references(() => users.id, { onDelete: "set null" }),
    reasons: text().notNull().default(""),
    createdAt: createdAt(),
    decidedAt: integer({ mode: "timestamp_ms" }),
  },
  // One open request per municipality at a time.
  (t) => [
    uniqueIndex("toetredingen_open_idx")
      .on(t.organisationId)
      .where(sql`status = 'open'`),
  ],
);

// ── Policy interventions (issue 16): beleidsinterventies in a municipality's neighbourhoods ───
// What a municipality does in one or more of its wijken, aimed at conditions and indicators of
// Schema A, with its instruments, governance style and the six factors of interactive policy
// (db/beleidsinterventies.ts), a research design from the catalogue staff keep, and a baseline
// and follow-up in the periods of the monitor (wijkmetingen.periode).

/** The research designs staff offer; a retired one stays for the interventions that chose it. */
export const onderzoeksdesigns = sqliteTable("onderzoeksdesigns", {
  id: integer().primaryKey({ autoIncrement: true }),
  name: text().notNull().unique(),
  description: text().notNull().default(""),
  retiredAt: integer({ mode: "timestamp_ms" }),
  createdAt: createdAt(),
});

export const interventies = sqliteTable(
  "interventies",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    title: text().notNull(),
    description: text().notNull().default(""),
    voorwaarden: text({ mode: "json" }).$type<VoorwaardeSlug[]>().notNull(),
    instrumentAarden: text({ mode: "json" }).$type<InstrumentAard[]>().notNull(),
    instrumentWerking: text({ enum: instrumentWerkingen }),
    instrumentReikwijdte: text({ enum: instrumentReikwijdtes }),
    instrumentRichting: text({ enum: instrumentRichtingen }),
    /** Aimed at the interaction and cooperation between the parties (hoofdstuk 6). */
    horizontaal: integer({ mode: "boolean" }).notNull().default(false),
    bestuursstijl: text({ enum: bestuursstijlSlugs }).notNull(),
    /** The role each actor group of Schema C plays, in the municipality's words. */
    rollen: text({ mode: "json" }).$type<ActorRollen>().notNull(),
    /** Which of the six factors of interactive policy are present. */
    factoren: text({ mode: "json" }).$type<InteractieFactorSlug[]>().notNull(),
    onderzoeksdesignId: integer().references(() => onderzoeksdesigns.id),
    /** Monitor periods ("2025", "2025-H1"): the measurement before and the one after. */
    nulmetingPeriode: text().notNull(),
    vervolgPeriode: text(),
    resultaat: text().notNull().default(""),
    /** Consent, as for an assessment: the other municipalities of the circle may see it. */
    sharedWithCircle: integer({ mode: "boolean" }).notNull().default(false),
    createdById: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: createdAt(),
  },
  (t) => [index("interventies_organisation_idx").on(t.organisationId)],
);

export const interventieWijken = sqliteTable(
  "interventie_wijken",
  {
    interventieId: integer()
      .notNull()
      .references(() => interventies.id, { onDelete: "cascade" }),
    wijkId: integer()
      .notNull()
      .references(() => wijken.id),
  },
  (t) => [
    primaryKey({ columns: [t.interventieId, t.wijkId] }),
    index("interventie_wijken_wijk_idx").on(t.wijkId),
  ],
);

export const interventieIndicatoren = sqliteTable(
  "interventie_indicatoren",
  {
    interventieId: integer()
      .notNull()
      .references(() => interventies.id, { onDelete: "cascade" }),
    indicatorId: integer()
      .notNull()
      .references(() => indicatoren.id),
  },
  (t) => [primaryKey({ columns: [t.interventieId, t.indicatorId] })],
);

// ── The partners' network (/partners, seed 000 "Krachten bundelen" and its footnote 3) ───────────
// Werkplaatsen and knowledge partners are organisations; which municipalities a Werkplaats works
// with is `organisations.werkplaatsId`, the provinces it covers are these rows.

export const partnerProvincies = sqliteTable(
  "partner_provincies",
  {
    organisationId: integer()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    provincie: text({ enum: provincieSlugs }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.provincie] })],
);

/**
 * The contact register of staff and project leaders. A contact without recorded consent is seen
 * only by the person who entered it (app/auth/rules/partner-contact.ts, docs/partners.md).
 */
export const partnerContacten = sqliteTable(
  "partner_contacten",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    name: text().notNull(),
    /** The organisation the person works for, as written (often not one of ours). */
    organisation: text().notNull(),
    function: text().notNull().default(""),
    gemeenteId: integer().references(() => organisations.id, { onDelete: "set null" }),
    /** Who in the alliance knows them: Movisie, a Werkplaats or a knowledge partner. */
    knownById: integer()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    /** The day the person agreed to be in the register ("YYYY-MM-DD"); null: no consent. */
    consentOn: text(),
    createdById: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: createdAt(),
  },
  (t) => [index("partner_contacten_creator_idx").on(t.createdById)],
);

/** Work of a partner outside formal casework, which feeds "who is active where". */
export const partnerActiviteiten = sqliteTable(
  "partner_activiteiten",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    partnerId: integer()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    gemeenteId: integer()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    /** The day it happened, "YYYY-MM-DD" (an Amsterdam date). */
    day: text().notNull(),
    body: text().notNull(),
    createdById: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("partner_activiteiten_day_idx").on(t.day)],
);

// Follow-up after a theme meeting (docs/opvolging.md): what each attendee harvested, and the
// action items agreed on. The essay's due date is `essays.dueDate`.

/** One attendee's harvest of a held theme meeting; editable by them until the essay is published. */
export const oogstAntwoorden = sqliteTable(
  "oogst_antwoorden",
  {
    bijeenkomstId: integer()
      .notNull()
      .references(() => bijeenkomsten.id, { onDelete: "cascade" }),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    geleerd: text().notNull().default(""),
    proberen: text().notNull().default(""),
    vraag: text().notNull().default(""),
    createdAt: createdAt(),
    updatedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.bijeenkomstId, t.userId] })],
);

/** An action item ("vervolgactie") of a held theme meeting: who does what, by when. */
export const vervolgacties = sqliteTable(
  "vervolgacties",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    bijeenkomstId: integer()
      .notNull()
      .references(() => bijeenkomsten.id, { onDelete: "cascade" }),
    text: text().notNull(),
    ownerId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** A day, YYYY-MM-DD (Dutch date); the owner is reminded on its morning. */
    dueDate: text().notNull(),
    doneAt: integer({ mode: "timestamp_ms" }),
    createdById: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("vervolgacties_bijeenkomst_idx").on(t.bijeenkomstId),
    index("vervolgacties_owner_idx").on(t.ownerId),
  ],
);

// Practice examples (docs/praktijkvoorbeelden.md): a success of a municipality in a theme, written
// down so others can learn from it. Published like essays: readers see the published snapshot,
// also while a revision is back in concept.

export const praktijkvoorbeeldStatuses = ["concept", "gepubliceerd"] as const;
export type PraktijkvoorbeeldStatus = (typeof praktijkvoorbeeldStatuses)[number];

export const praktijkvoorbeelden = sqliteTable(
  "praktijkvoorbeelden",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    slug: text().notNull().unique(),
    title: text().notNull(),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    themaId: integer()
      .notNull()
      .references(() => themas.id),
    /** The theme meeting it came from. */
    bijeenkomstId: integer().references(() => bijeenkomsten.id, { onDelete: "set null" }),
    /** The local casework it is about. */
    trajectId: integer().references(() => trajecten.id, { onDelete: "set null" }),
    summary: text().notNull().default(""),
    /** Plain text; paragraphs are separated by an empty line. */
    body: text().notNull().default(""),
    status: text({ enum: praktijkvoorbeeldStatuses }).notNull().default("concept"),
    publishedTitle: text(),
    publishedSummary: text(),
    publishedBody: text(),
    firstPublishedAt: integer({ mode: "timestamp_ms" }),
    publishedAt: integer({ mode: "timestamp_ms" }),
    createdById: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: createdAt(),
  },
  (t) => [
    index("praktijkvoorbeelden_thema_idx").on(t.themaId),
    index("praktijkvoorbeelden_organisation_idx").on(t.organisationId),
  ],
);

// The date poll before an intervision session's date is fixed (docs/datumprikker.md): candidate
// moments, who is asked (fixed when it opens), and each person's answer per moment.

export const datumprikkers = sqliteTable(
  "datumprikkers",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    bijeenkomstId: integer()
      .notNull()
      .references(() => bijeenkomsten.id, { onDelete: "cascade" }),
    deadline: integer({ mode: "timestamp_ms" }).notNull(),
    createdById: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    /** Set when a project leader picks the moment that becomes the session's date. */
    closedAt: integer({ mode: "timestamp_ms" }),
    chosenOptionId: integer(),
  },
  (t) => [index("datumprikkers_bijeenkomst_idx").on(t.bijeenkomstId)],
);

export const datumprikkerOpties = sqliteTable(
  "datumprikker_opties",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    prikkerId: integer()
      .notNull()
      .references(() => datumprikkers.id, { onDelete: "cascade" }),
    startsAt: integer({ mode: "timestamp_ms" }).notNull(),
    endsAt: integer({ mode: "timestamp_ms" }).notNull(),
    position: integer().notNull(),
  },
  (t) => [index("datumprikker_opties_prikker_idx").on(t.prikkerId)],
);

/** Who is asked: the host's and presenting municipalities' members, the critical friends' staff. */
export const datumprikkerGevraagden = sqliteTable(
  "datumprikker_gevraagden",
  {
    prikkerId: integer()
      .notNull()
      .references(() => datumprikkers.id, { onDelete: "cascade" }),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.prikkerId, t.userId] })],
);

export const datumprikkerAntwoordWaarden = ["ja", "alsHetMoet", "nee"] as const;
export type DatumprikkerAntwoord = (typeof datumprikkerAntwoordWaarden)[number];

export const datumprikkerAntwoorden = sqliteTable(
  "datumprikker_antwoorden",
  {
    optionId: integer()
      .notNull()
      .references(() => datumprikkerOpties.id, { onDelete: "cascade" }),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    answer: text({ enum: datumprikkerAntwoordWaarden }).notNull(),
    updatedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.optionId, t.userId] })],
);
/**
 * A tag of one family (db/tags.ts): a social problem, an adjacent policy field or a
 * municipality's context. Reference data, seeded from the source documents; staff add more and
 * retire them (a retired tag stays on the records that have it).
 */
export const tags = sqliteTable(
  "tags",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    family: text({ enum: tagFamilies }).notNull(),
    slug: text().notNull(),
    /** Dutch, as the users say it; a seeded tag has an English label in the catalogue. */
    name: text().notNull(),
    retiredAt: integer({ mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("tags_family_slug_idx").on(t.family, t.slug)],
);

export const tagOwnerKinds = ["leervraag", "interventie", "traject", "essay", "gemeente"] as const;
export type TagOwnerKind = (typeof tagOwnerKinds)[number];

/**
 * A tag on a record. One table for every kind of record, as attachments do: the owner kind and
 * one foreign key per kind, so deleting the record deletes its tags and the search triggers
 * read one table.
 */
export const tagKoppelingen = sqliteTable(
  "tag_koppelingen",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    tagId: integer()
      .notNull()
      .references(() => tags.id, { onDelete: "cascade" }),
    ownerKind: text({ enum: tagOwnerKinds }).notNull(),
    /** Exactly one of these, the one ownerKind names. */
    leervraagId: integer().references(() => leervragen.id, { onDelete: "cascade" }),
    interventieId: integer().references(() => interventies.id, { onDelete: "cascade" }),
    trajectId: integer().references(() => trajecten.id, { onDelete: "cascade" }),
    essayId: integer().references(() => essays.id, { onDelete: "cascade" }),
    /** A municipality's own context (G40, krimpregio): only tags of the family "context". */
    organisationId: integer().references(() => organisations.id, { onDelete: "cascade" }),
  },
  (t) => [
    uniqueIndex("tag_koppelingen_leervraag_idx").on(t.leervraagId, t.tagId),
    uniqueIndex("tag_koppelingen_interventie_idx").on(t.interventieId, t.tagId),
    uniqueIndex("tag_koppelingen_traject_idx").on(t.trajectId, t.tagId),
    uniqueIndex("tag_koppelingen_essay_idx").on(t.essayId, t.tagId),
    uniqueIndex("tag_koppelingen_organisation_idx").on(t.organisationId, t.tagId),
    index("tag_koppelingen_tag_idx").on(t.tagId),
  ],
);
