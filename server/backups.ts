import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import Database from "better-sqlite3";
import type { Logger } from "pino";
import { migrationState } from "#db/migration-state.ts";

// Backups of the SQLite database and their restore (README, "Backups and recovery").
//
// A backup is made with SQLite's online backup API (better-sqlite3's .backup()), never by copying
// the file: a live WAL database is the main file plus its -wal, and a copy of the two taken while
// the app writes need not be one consistent state. The copy is gzipped and written under a
// temporary name, then renamed: a file named leerkring-YYYYMMDD-HHmmss.db.gz (UTC) is complete.
//
// A restore goes into a stopped instance only, and only after the backup passed
// PRAGMA integrity_check and carries no migration this version does not know.

/** A refusal or failure, worded for the person at the terminal. */
export class BackupError extends Error {}

const BACKUP_NAME = /^leerkring-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})\.db\.gz$/;

/** YYYYMMDD-HHmmss in UTC. */
function stamp(date: Date): string {
  const iso = date.toISOString();
  return `${iso.slice(0, 10).replaceAll("-", "")}-${iso.slice(11, 19).replaceAll(":", "")}`;
}

export function backupName(takenAt: Date): string {
  return `leerkring-${stamp(takenAt)}.db.gz`;
}

export type BackupFile = { name: string; file: string; takenAt: Date };

/** The backups in `dir`, newest first (other files are left alone). */
export function listBackups(dir: string): BackupFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .flatMap((name) => {
      const m = BACKUP_NAME.exec(name);
      if (!m) return [];
      const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
      const takenAt = new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!));
      return [{ name, file: path.join(dir, name), takenAt }];
    })
    .sort((a, b) => b.name.localeCompare(a.name));
}

/** Removes all but the newest `keep` backups; returns the removed files. */
export function pruneBackups(dir: string, keep: number): string[] {
  const old = listBackups(dir).slice(keep);
  for (const backup of old) {
    fs.rmSync(backup.file, { force: true });
    fs.rmSync(manifestOf(backup.file), { force: true });
  }
  return old.map((b) => b.file);
}

function fsyncFile(file: string) {
  const fd = fs.openSync(file, "r");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

// Attachments (app/bijlagen/) are files under UPLOAD_DIR named by their SHA-256, never changed
// once written. A backup copies the files its database refers to into BACKUP_DIR/bijlagen/ (one
// copy per content, shared by all backups: a hard link where the disk allows, else a copy) and
// lists them in leerkring-….bijlagen.txt beside the .db.gz; pruning removes files no kept backup
// lists. A restore puts the listed files back into UPLOAD_DIR.

/** The folder in BACKUP_DIR that holds the attachment files of all backups. */
export const BACKUP_FILES_DIR = "bijlagen";

/** The list of attachment files that belongs to a backup. */
export function manifestOf(backupFile: string): string {
  return backupFile.replace(/\.db\.gz$/, ".bijlagen.txt");
}

function shardPath(dir: string, sha256: string): string {
  return path.join(dir, sha256.slice(0, 2), sha256);
}

/** The files a (backed-up) database refers to; none for a database before attachments. */
function referencedFiles(database: string): string[] {
  const db = new Database(database, { readonly: true, fileMustExist: true });
  try {
    const table = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'bestanden'")
      .get();
    if (!table) return [];
    return (
      db.prepare("SELECT sha256 FROM bestanden ORDER BY sha256").all() as { sha256: string }[]
    )
      .map((r) => r.sha256)
      .filter((sha) => /^[0-9a-f]{64}$/.test(sha));
  } finally {
    db.close();
  }
}

/** Links (or copies) the files into the backup's store; returns the ones missing at the source. */
function copyFiles(shas: string[], uploadDir: string, store: string): string[] {
  const missing: string[] = [];
  for (const sha of shas) {
    const target = shardPath(store, sha);
    if (fs.existsSync(target)) continue;
    const source = shardPath(uploadDir, sha);
    if (!fs.existsSync(source)) {
      missing.push(sha);
      continue;
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const temporary = `${target}.tmp`;
    try {
      fs.linkSync(source, temporary);
    } catch {
      fs.copyFileSync(source, temporary);
    }
    fs.renameSync(temporary, target);
  }
  return missing;
}

/** Removes files of the store that no backup's list names any more. */
function pruneFiles(dir: string): void {
  const store = path.join(dir, BACKUP_FILES_DIR);
  if (!fs.existsSync(store)) return;
  const kept = new Set<string>();
  for (const backup of listBackups(dir)) {
    const manifest = manifestOf(backup.file);
    if (!fs.existsSync(manifest)) continue;
    for (const line of fs.readFileSync(manifest, "utf8").split("\n")) if (line) kept.add(line);
  }
  for (const shard of fs.readdirSync(store)) {
    const shardDir = path.join(store, shard);
    for (const name of fs.readdirSync(shardDir)) {
      if (!kept.has(name)) fs.rmSync(path.join(shardDir, name), { force: true });
    }
  }
}

/** Every page in one step: see makeBackup. */
export const ALL_PAGES = 0x7fffffff;

export async function makeBackup(options: {
  /** A connection to the database to back up. */
  source: Database.Database;
  dir: string;
  now?: Date;
  /** After the backup, all but this many newest are removed. */
  keep?: number;
  /**
   * Pages copied per step. From another process (npm run backup) every page in one step
   * (ALL_PAGES): one read transaction, so the app's writes cannot make SQLite start over, and in
   * WAL mode they are not held up by it. Inside the app, steps are fine: writes through the same
   * connection are carried into the copy by SQLite, and the event loop keeps serving between them.
   */
  pagesPerStep?: number;
  /** Where the attachments are (UPLOAD_DIR); left out: the backup holds the database only. */
  uploadDir?: string;
}): Promise<{ file: string; bytes: number; removed: string[]; files: number; missing: string[] }> {
  const { source, dir } = options;
  fs.mkdirSync(dir, { recursive: true });
  const name = backupName(options.now ?? new Date());
  const final = path.join(dir, name);
  const raw = path.join(dir, `.${name}.db.tmp`);
  const packed = path.join(dir, `.${name}.tmp`);
  let shas: string[] = [];
  let missing: string[] = [];
  try {
    fs.rmSync(raw, { force: true });
    const pages = options.pagesPerStep ?? ALL_PAGES;
    await source.backup(raw, { progress: () => pages });
    if (options.uploadDir) {
      // The files this copy of the database refers to, before the copy is named complete.
      shas = referencedFiles(raw);
      missing = copyFiles(shas, options.uploadDir, path.join(dir, BACKUP_FILES_DIR));
      const manifest = manifestOf(final);
      fs.writeFileSync(`${manifest}.tmp`, shas.map((sha) => `${sha}\n`).join(""));
      fsyncFile(`${manifest}.tmp`);
      fs.renameSync(`${manifest}.tmp`, manifest);
    }
    await pipeline(
      fs.createReadStream(raw),
      zlib.createGzip({ level: 6 }),
      fs.createWriteStream(packed),
    );
    fsyncFile(packed);
    fs.renameSync(packed, final);
    fsyncFile(dir);
  } finally {
    fs.rmSync(raw, { force: true });
    fs.rmSync(packed, { force: true });
  }
  const removed = options.keep ? pruneBackups(dir, options.keep) : [];
  if (options.uploadDir) pruneFiles(dir);
  return { file: final, bytes: fs.statSync(final).size, removed, files: shas.length, missing };
}

export type BackupTimer = {
  /** Stops checking and waits for a backup under way. */
  stop(): Promise<void>;
};

/**
 * The app's own backups: whenever the newest backup in `dir` is `everyHours` old (or there is
 * none), a new one. The backups themselves are the bookkeeping, so a restart makes no extra one
 * and one that fell due while the app was down is made at start. Not a ScheduledJob: those are
 * synchronous transactions at fixed local times, and a backup is asynchronous work.
 */
export function startBackupTimer(options: {
  source: () => Database.Database;
  dir: string;
  everyHours: number;
  keep: number;
  logger: Logger;
  uploadDir?: string;
}): BackupTimer {
  if (options.everyHours <= 0) return { stop: async () => {} };
  const periodMs = options.everyHours * 3_600_000;
  let running: Promise<void> | null = null;
  const check = () => {
    if (running) return;
    const newest = listBackups(options.dir)[0];
    if (newest && Date.now() - newest.takenAt.getTime() < periodMs) return;
    const started = Date.now();
    running = makeBackup({
      source: options.source(),
      dir: options.dir,
      keep: options.keep,
      pagesPerStep: 1000,
      ...(options.uploadDir ? { uploadDir: options.uploadDir } : {}),
    })
      .then(({ file, bytes, removed, files, missing }) => {
        options.logger.info(
          { file, bytes, removed: removed.length, files, ms: Date.now() - started },
          "backup made",
        );
        // Removed between the copy of the database and of the files: rare, and said.
        if (missing.length) options.logger.warn({ missing }, "backup: attachment files missing");
      })
      .catch((error: unknown) => options.logger.error({ err: error }, "backup failed"))
      .finally(() => (running = null));
  };
  check();
  const interval = setInterval(check, Math.min(periodMs, 10 * 60_000));
  interval.unref();
  return {
    async stop() {
      clearInterval(interval);
      await running;
    },
  };
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? "";
  return code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED");
}

/**
 * Refuses when a process has the database open. In WAL mode every open connection holds a shared
 * lock on the file, so leaving WAL mode (journal_mode = DELETE) only succeeds for the only
 * connection; it also folds the -wal into the main file, so the one file set aside is complete.
 * A database too damaged to open is not in use by a working app: true then, so that it can be
 * replaced (that may be why someone restores).
 */
function ensureNotInUse(target: string): { damaged: boolean } {
  if (!fs.existsSync(target)) return { damaged: false };
  let db: Database.Database | undefined;
  try {
    db = new Database(target, { fileMustExist: true, timeout: 0 });
    const mode = db.pragma("journal_mode = DELETE", { simple: true });
    if (mode !== "delete") throw Object.assign(new Error(String(mode)), { code: "SQLITE_BUSY" });
    return { damaged: false };
  } catch (error) {
    if (isBusy(error)) {
      throw new BackupError(
        `De database ${target} is in gebruik: Leerkring draait nog. Stop Leerkring eerst en start het herstel dan opnieuw.`,
      );
    }
    return { damaged: true };
  } finally {
    db?.close();
  }
}

/** Checks a decompressed backup; leaves it as one file (DELETE journal mode). */
function checkRestorable(file: string, source: string): { older: boolean } {
  let db: Database.Database | undefined;
  try {
    let problems: string[];
    try {
      db = new Database(file, { fileMustExist: true });
      problems = (db.pragma("integrity_check") as { integrity_check: string }[]).map(
        (row) => row.integrity_check,
      );
    } catch (error) {
      throw new BackupError(
        `${source} is geen Leerkring-back-up: het bestand is geen SQLite-database of is beschadigd (${(error as Error).message}).`,
      );
    }
    if (problems.length !== 1 || problems[0] !== "ok") {
      throw new BackupError(
        `De back-up ${source} is beschadigd; PRAGMA integrity_check meldt: ${problems.slice(0, 5).join("; ")}`,
      );
    }
    const state = migrationState(db);
    if (!state.hasTable) {
      throw new BackupError(
        `${source} is geen Leerkring-back-up: de database heeft geen tabel met migraties.`,
      );
    }
    if (state.unknown > 0) {
      throw new BackupError(
        `De back-up ${source} komt van een nieuwere versie van Leerkring (${state.unknown} migratie(s) die deze versie niet kent). Werk Leerkring eerst bij en herstel dan.`,
      );
    }
    db.pragma("journal_mode = DELETE");
    return { older: state.applied < state.expected };
  } finally {
    db?.close();
  }
}

/**
 * Puts the attachment files of a backup back into UPLOAD_DIR (those already there are the same
 * bytes: their name is their hash). Refuses when one the database refers to is not in the store.
 */
function restoreFiles(backupFile: string, database: string, uploadDir: string): void {
  const shas = referencedFiles(database);
  if (shas.length === 0) return;
  const store = path.join(path.dirname(backupFile), BACKUP_FILES_DIR);
  const missing = shas.filter(
    (sha) => !fs.existsSync(shardPath(uploadDir, sha)) && !fs.existsSync(shardPath(store, sha)),
  );
  if (missing.length) {
    throw new BackupError(
      `Bij de back-up ${backupFile} ontbreken ${missing.length} bijlage(n) in ${store} (bijvoorbeeld ${missing[0]}). Haal die map mee terug en herstel dan.`,
    );
  }
  for (const sha of shas) {
    const target = shardPath(uploadDir, sha);
    if (fs.existsSync(target)) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(shardPath(store, sha), `${target}.tmp`);
    fs.renameSync(`${target}.tmp`, target);
  }
}

export type RestoreResult = {
  /** Where the database that was replaced now is (null: there was none). */
  setAside: string | null;
  /** The backup is from an older version: the app applies the missing migrations at start. */
  older: boolean;
  /** The database replaced could not be opened. */
  replacedDamaged: boolean;
};

/** Puts the backup `file` in place of `target`, which no running app may have open. */
export async function restoreBackup(options: {
  file: string;
  target: string;
  now?: Date;
  /** Where the attachment files go back to (UPLOAD_DIR). */
  uploadDir?: string;
}): Promise<RestoreResult> {
  const { file, target } = options;
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    throw new BackupError(`Het bestand ${file} bestaat niet.`);
  }
  ensureNotInUse(target);
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const temporary = `${target}.herstel.tmp`;
  try {
    fs.rmSync(temporary, { force: true });
    try {
      await pipeline(
        fs.createReadStream(file),
        zlib.createGunzip(),
        fs.createWriteStream(temporary),
      );
    } catch (error) {
      throw new BackupError(
        `${file} is geen volledige Leerkring-back-up: het is geen gzip-bestand of het is afgebroken of beschadigd (${(error as Error).message}).`,
      );
    }
    const { older } = checkRestorable(temporary, file);
    fsyncFile(temporary);
    if (options.uploadDir) restoreFiles(file, temporary, options.uploadDir);
    // Again, just before the swap: the app may have been started in the meantime.
    const { damaged } = ensureNotInUse(target);
    let setAside: string | null = null;
    const aside = `${target}.voor-herstel-${stamp(options.now ?? new Date())}`;
    // With the database go a -wal and -shm that may be left (a crash): a stale WAL must never
    // meet the restored file.
    for (const suffix of ["", "-wal", "-shm"]) {
      if (!fs.existsSync(target + suffix)) continue;
      fs.renameSync(target + suffix, aside + suffix);
      if (suffix === "") setAside = aside;
    }
    fs.renameSync(temporary, target);
    fsyncFile(path.dirname(path.resolve(target)));
    return { setAside, older, replacedDamaged: damaged };
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}
