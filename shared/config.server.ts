import { z } from "zod";

// Every setting the process reads from its environment, parsed once, with defaults that work on a
// developer's machine. The README lists them.
const hours = z.coerce.number().positive();
/** The roles of db/schema.ts (shared/ does not import the database layer). */
const mfaRoles = ["beheerder", "projectleider", "medewerker", "deelnemer"] as const;
const DEFAULT_MFA_REQUIRED_ROLES: (typeof mfaRoles)[number][] = ["beheerder", "projectleider"];

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  /** Origin people use to reach the app, e.g. https://leerkring.example.nl. Links and cookies follow it. */
  PUBLIC_URL: z.url().optional(),
  /** Number of reverse proxies in front of the app (for the client IP used in login throttling). */
  TRUST_PROXY: z.coerce.number().int().min(0).default(0),
  SESSION_IDLE_HOURS: hours.default(24 * 7),
  SESSION_ABSOLUTE_HOURS: hours.default(24 * 30),
  /** `demo` seeds the demo trajectory into an empty database; `none` seeds nothing. */
  SEED: z.enum(["demo", "none"]).optional(),
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_NAME: z.string().min(1).optional(),
  ADMIN_PASSWORD: z.string().optional(),
  /** Co-editing: documents one client address may open per minute (the benchmark raises it). */
  COLLAB_JOINS_PER_MINUTE: z.coerce.number().int().positive().optional(),
  /** Co-editing: compact a document after this many updates (the durability test lowers it). */
  COLLAB_COMPACT_EVERY: z.coerce.number().int().positive().optional(),
  /**
   * Co-editing group commit: 0 (the default) commits the updates of one event-loop turn in one
   * transaction; a number of milliseconds waits that long to gather more into one fsync.
   */
  COLLAB_COMMIT_WINDOW_MS: z.coerce.number().int().min(0).max(50).optional(),
  /** Co-editing: "1" times each step of an update; SIGUSR2 prints the sums (bench:collab). */
  COLLAB_PROFILE: z.enum(["0", "1"]).optional(),
  /**
   * Where mail goes: smtp://user:pass@host:587 (STARTTLS) or smtps://user:pass@host:465. Unset:
   * mail is kept in the database and shown at /beheer/e-mail, not sent (the demo).
   */
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: "een smtp://- of smtps://-adres" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** The sender of every mail, e.g. "Leerkring <leerkring@example.nl>". */
  MAIL_FROM: z.string().min(3).default("Leerkring <leerkring@localhost>"),
  /** Where backups go (`npm run backup` and the app's own, server/backup.ts). */
  BACKUP_DIR: z.string().min(1).default("data/backups"),
  /** The app makes a backup when the newest is this many hours old; 0: the app makes none. */
  BACKUP_EVERY_HOURS: z.coerce.number().min(0).default(24),
  /** The newest this many backups are kept; older ones are removed after each backup. */
  BACKUP_KEEP: z.coerce.number().int().positive().default(14),
  /** How long audit-trail entries are kept (app/audit/retention.server.ts); at least one month. */
  AUDIT_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
  /** An account without a login for this many months is flagged inactive (app/gegevens/inactive.server.ts). */
  INACTIVE_AFTER_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
  /**
   * Roles that must use two-factor login (comma-separated; empty: nobody must). Unset: beheerder
   * and projectleider, except with the demo seed (SEED unset or demo), where it is empty.
   */
  MFA_REQUIRED_ROLES: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined) return undefined;
      const list = value
        .split(",")
        .map((r) => r.trim())
        .filter(Boolean);
      const parsed = z.array(z.enum(mfaRoles)).safeParse(list);
      if (!parsed.success) {
        ctx.addIssue({ code: "custom", message: `rollen uit: ${mfaRoles.join(", ")}` });
        return z.NEVER;
      }
      return parsed.data;
    }),
  /** Attachments: the largest file accepted, in MB (app/bijlagen/; refused while it streams in). */
  UPLOAD_MAX_MB: z.coerce.number().int().min(1).max(1000).default(25),
  /** Where attachments are stored (content-addressed); unset: `bijlagen/` beside the database. */
  UPLOAD_DIR: z.string().min(1).optional(),
  /** The database file (db/client.ts reads it too); here only to place UPLOAD_DIR beside it. */
  DATABASE_URL: z.string().optional(),
  /** Least severe log level written (`silent`: none); server/logger.ts. */
  LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info"),
});

export type Config = Omit<z.infer<typeof schema>, "MFA_REQUIRED_ROLES"> & {
  /** MFA_REQUIRED_ROLES as it applies (app/auth/mfa-policy.server.ts). */
  mfaRequiredRoles: readonly (typeof mfaRoles)[number][];
  /**
   * The origin every link Leerkring builds starts with (PUBLIC_URL, else http://localhost:PORT),
   * without a trailing slash. Never the request's Host header: anyone can send another one.
   */
  publicUrl: string;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  /** UPLOAD_MAX_MB in bytes. */
  uploadMaxBytes: number;
  /** UPLOAD_DIR, or `bijlagen/` in the database's folder. */
  uploadDir: string;
  secureCookies: boolean;
};

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Ongeldige configuratie:\n  ${problems.join("\n  ")}`);
  }
  const c = parsed.data;
  // Without PUBLIC_URL links would point at localhost: only acceptable on a developer's machine
  // or a demo (SEED unset means demo, see server/main.ts).
  if (c.NODE_ENV === "production" && c.SEED === "none" && !c.PUBLIC_URL) {
    throw new Error(
      "Ongeldige configuratie:\n  PUBLIC_URL: verplicht in productie zonder demogegevens " +
        "(bijvoorbeeld PUBLIC_URL=https://leerkring.example.nl); links in e-mails en agenda's komen hiervandaan.",
    );
  }
  const { MFA_REQUIRED_ROLES, ...rest } = c;
  return {
    ...rest,
    // A demo (SEED unset or demo) lets a newcomer walk in without an authenticator app.
    mfaRequiredRoles:
      MFA_REQUIRED_ROLES ?? ((c.SEED ?? "demo") === "demo" ? [] : DEFAULT_MFA_REQUIRED_ROLES),
    publicUrl: c.PUBLIC_URL ? new URL(c.PUBLIC_URL).origin : `http://localhost:${c.PORT}`,
    sessionIdleMs: c.SESSION_IDLE_HOURS * 3_600_000,
    sessionAbsoluteMs: c.SESSION_ABSOLUTE_HOURS * 3_600_000,
    uploadMaxBytes: c.UPLOAD_MAX_MB * 1_000_000,
    uploadDir: defaultUploadDir(c.UPLOAD_DIR, c.DATABASE_URL),
    secureCookies: c.PUBLIC_URL?.startsWith("https://") ?? false,
  };
}

/** Attachments live beside the database unless UPLOAD_DIR says otherwise (backups copy both). */
function defaultUploadDir(uploadDir: string | undefined, databaseUrl: string | undefined): string {
  if (uploadDir) return uploadDir;
  const database = databaseUrl?.replace(/^file:/, "") || "data/leerkring.db";
  const folder = database === ":memory:" ? "data" : database.replace(/[\\/][^\\/]*$/, "");
  return `${folder === database ? "." : folder}/bijlagen`;
}

let current: Config | undefined;

/** The configuration of this process (read on first use). */
export function config(): Config {
  current ??= readConfig();
  return current;
}

/** An absolute link into Leerkring, e.g. absoluteUrl("/uitnodiging/abc"), from the configured origin. */
export function absoluteUrl(path: string): string {
  return config().publicUrl + path;
}
