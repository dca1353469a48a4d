// The process entry: configuration, database, listening and shutdown. The application itself is
// built by createAppServer, which the tests use without any of this.
import fs from "node:fs";
import { deleteExpiredSessions } from "#app/auth/session.server.ts";
import { digestJobs } from "#app/notifications/digest.server.tsx";
import { closeDb, databasePath, getDb, migrateDatabase } from "#db/client.ts";
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  ensureFirstAdmin,
  seedDemo,
  seedFramework,
} from "#db/seed/demo.ts";
import { auditRetentionJob } from "#app/audit/retention.server.ts";
import { inactiveAccountsJob } from "#app/gegevens/inactive.server.ts";
import { meetingRemindersJob } from "#app/bijeenkomsten/meeting-news.server.ts";
import { besluitRemindersJob } from "#app/besluiten/besluiten.server.ts";
import { prikkerRemindersJob } from "#app/datumprikker/datumprikker.server.ts";
import { followUpRemindersJob } from "#app/opvolging/opvolging.server.ts";
import { createAppServer } from "./app.ts";
import { config } from "#shared/config.server.ts";
import { logger } from "./logger.ts";
import { startScheduler, type ScheduledJob } from "./scheduler.ts";
import { startBackupTimer } from "./backups.ts";
import { enableProfile, profile } from "./collab/profile.ts";
import { removeTemporaryFiles, sweepUnreferencedFiles } from "#app/bijlagen/storage.server.ts";

const cfg = config();

// Under test (Playwright's webServer), every process warning is written down, so that a leak
// warning such as MaxListenersExceededWarning fails the run (tests/e2e/global-teardown.ts).
const warningsFile = process.env.LEERKRING_WARNINGS_FILE;
if (warningsFile) {
  process.on("warning", (warning) => {
    fs.appendFileSync(warningsFile, `${warning.name}: ${warning.message}\n`);
  });
}
const mode = cfg.NODE_ENV === "development" ? "development" : "production";

const db = getDb();
migrateDatabase(db);
seedFramework(db); // reference data (the social-quality framework), whatever SEED says
const seed = cfg.SEED ?? "demo";
const seeded = seed === "demo" ? await seedDemo(db) : false;
if (seed === "none") await ensureFirstAdmin(db, cfg);
// Attachments (app/bijlagen/): uploads cut off by a stop, and files nothing refers to any more.
removeTemporaryFiles();
sweepUnreferencedFiles(db);

const app = await createAppServer({
  mode,
  collab: {
    ...(cfg.COLLAB_COMPACT_EVERY ? { compactEvery: cfg.COLLAB_COMPACT_EVERY } : {}),
    ...(cfg.COLLAB_COMMIT_WINDOW_MS !== undefined
      ? { commitWindowMs: cfg.COLLAB_COMMIT_WINDOW_MS }
      : {}),
    ...(cfg.COLLAB_JOINS_PER_MINUTE
      ? { limits: { joinsPerMinute: cfg.COLLAB_JOINS_PER_MINUTE } }
      : {}),
  },
});
if (cfg.COLLAB_PROFILE === "1") {
  // Timing of each step of a co-editing update, the group commit's counts (bench:collab) and
  // how many documents are loaded (bench:capacity).
  enableProfile();
  profile.counters = () => ({
    ...app.collab.registry.writer.stats,
    loadedDocuments: app.collab.registry.documents.size,
  });
}
const sweep = setInterval(() => deleteExpiredSessions(), 3_600_000);
sweep.unref();
// Work at fixed times (server/scheduler.ts): each feature's jobs are listed here.
const jobs: ScheduledJob[] = [
  meetingRemindersJob,
  ...digestJobs,
  auditRetentionJob,
  inactiveAccountsJob,
  besluitRemindersJob,
  prikkerRemindersJob,
  followUpRemindersJob,
];
const scheduler = startScheduler(jobs, logger.child({ component: "scheduler" }));
// A backup whenever the newest in BACKUP_DIR is BACKUP_EVERY_HOURS old (server/backups.ts).
const backups = startBackupTimer({
  source: () => getDb().$client,
  dir: cfg.BACKUP_DIR,
  everyHours: cfg.BACKUP_EVERY_HOURS,
  keep: cfg.BACKUP_KEEP,
  logger: logger.child({ component: "backup" }),
  uploadDir: cfg.uploadDir,
});

app.httpServer.listen(cfg.PORT, cfg.HOST, () => {
  const address = app.httpServer.address();
  const port = typeof address === "object" && address ? address.port : cfg.PORT;
  const url = cfg.PUBLIC_URL ?? `http://localhost:${port}`;
  const lines = ["", `Leerkring draait op ${url}  (${mode}, database ${databasePath()})`];
  if (seed === "demo") {
    lines.push(
      seeded ? "Demogegevens geladen in de nieuwe database." : "Bestaande database gebruikt.",
      `Demo-accounts (wachtwoord: ${DEMO_PASSWORD}):`,
      ...DEMO_ACCOUNTS.map((a) => `  ${a.email.padEnd(32)} ${a.role} (${a.description})`),
    );
  }
  // For the person who started it, not a log line: plain text, whatever LOG_LEVEL says.
  process.stdout.write(lines.join("\n") + "\n\n");
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "Leerkring stopt");
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  clearInterval(sweep);
  scheduler.stop();
  await app.close();
  await backups.stop(); // a backup under way finishes before the database is closed
  closeDb();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
