// npm run backup: a consistent copy of the running (or stopped) app's database, gzipped, into
// BACKUP_DIR, keeping the newest BACKUP_KEEP. See server/backups.ts and the README.
import fs from "node:fs";
import Database from "better-sqlite3";
import { databasePath } from "#db/client.ts";
import { config } from "#shared/config.server.ts";
import { ALL_PAGES, BackupError, makeBackup } from "./backups.ts";

try {
  const { BACKUP_DIR, BACKUP_KEEP } = config();
  const database = databasePath();
  if (!fs.existsSync(database)) {
    throw new BackupError(`Er is geen database op ${database} (DATABASE_URL).`);
  }
  const source = new Database(database, { fileMustExist: true, timeout: 5000 });
  try {
    const started = Date.now();
    const { file, bytes, removed, files, missing } = await makeBackup({
      source,
      dir: BACKUP_DIR,
      keep: BACKUP_KEEP,
      pagesPerStep: ALL_PAGES,
      uploadDir: config().uploadDir,
    });
    console.info(
      `Back-up gemaakt: ${file} (${(bytes / 1024).toFixed(0)} kB, ${Date.now() - started} ms).`,
    );
    console.info(`Bijlagen in de back-up: ${files}.`);
    if (missing.length) {
      console.warn(`Niet gevonden (intussen verwijderd?): ${missing.length} bijlage(n).`);
    }
    if (removed.length) console.info(`Oudere back-ups verwijderd: ${removed.length}.`);
  } finally {
    source.close();
  }
} catch (error) {
  const message = error instanceof BackupError ? error.message : String(error);
  console.error(`Back-up mislukt: ${message}`);
  process.exitCode = 1;
}
