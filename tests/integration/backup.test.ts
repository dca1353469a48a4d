import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { databasePath, getDb, openDatabase } from "#db/client.ts";
import { trajecten } from "#db/schema.ts";
import { docFromStored, loadStoredDocument } from "#server/collab/persistence.ts";
import { listBackups, makeBackup, startBackupTimer, backupName } from "#server/backups.ts";
import { logger } from "#server/logger.ts";
import { notitiesDocumentName } from "#shared/collab/protocol.ts";
import { createBijeenkomst, createOrganisation } from "#tests/factories.ts";
import { eventually, openEditor, type Editor } from "#tests/setup/collab.ts";
import { signedIn, startTestApp } from "#tests/setup/http.ts";

// npm run backup while the real app takes writes over HTTP and co-editing over socket.io; the
// backup restored (npm run restore) into a fresh database file holds everything that was
// acknowledged before the backup began.
const app = startTestApp({ collab: { limits: { joinsPerMinute: 10_000 } } });
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "leerkring-backup-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(script: "backup" | "restore", args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", `server/${script}.ts`, ...args], {
      env: { ...process.env, ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

type Typist = Editor & { typed: number; acknowledged: number };

async function typist(cookie: string, name: string): Promise<Typist> {
  const editor = await openEditor(app, cookie, name);
  const t: Typist = Object.assign(editor, { typed: 0, acknowledged: 0 });
  // One item per update, so "acknowledged up to clock c" means items 0..c-1 are stored.
  editor.provider.on("acknowledged", (updates) => {
    for (const update of updates) {
      const clock = Y.parseUpdateMeta(update).to.get(editor.doc.clientID);
      if (clock !== undefined) t.acknowledged = Math.max(t.acknowledged, clock);
    }
  });
  return t;
}

const restored = path.join(dir, "restored", "leerkring.db");
let backupFile = "";

describe("a backup made while the app serves", () => {
  it("holds every record and document update acknowledged before it began", async () => {
    const gemeente = createOrganisation();
    const writers = await Promise.all(
      [0, 1].map(() => signedIn(app, { role: "deelnemer", organisationId: gemeente.id })),
    );
    const meeting = createBijeenkomst({ kind: "thema" });
    const document = notitiesDocumentName(meeting.id);
    const editors = await Promise.all(
      [0, 1].map(async () => {
        const { client } = await signedIn(app, { role: "projectleider" });
        return typist(client.cookieHeader, document);
      }),
    );

    let going = true;
    const records: { id: number; title: string }[] = [];
    const burst = [
      ...writers.map(async ({ client }, w) => {
        for (let n = 0; going; n++) {
          const title = `Burst ${w}-${n}`;
          const response = await client.post("/aan-de-slag/nieuw", {
            organisationId: String(gemeente.id),
            title,
            description: "",
            themaId: "",
            status: "verkenning",
            doelgroepen: "bewoners",
          });
          expect(response.status).toBe(302);
          const id = Number(/\d+/.exec(response.headers.get("Location")!)![0]);
          records.push({ id, title });
        }
      }),
      ...editors.map(async (editor) => {
        const items = editor.doc.getArray<string>("items");
        while (going) {
          items.push([`${editor.doc.clientID}:${editor.typed++}`]);
          await new Promise((r) => setTimeout(r, 2));
        }
      }),
    ];

    await eventually(() => records.length >= 10 && editors.every((e) => e.acknowledged >= 20));
    // What was acknowledged before the backup began.
    const recordsBefore = [...records];
    const acknowledgedBefore = editors.map((e) => e.acknowledged);
    const backup = await run("backup", [], { BACKUP_DIR: path.join(dir, "backups") });
    const recordsDuring = records.length - recordsBefore.length;
    going = false;
    await Promise.all(burst);
    expect(backup.stderr).toBe("");
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/^Back-up gemaakt: .*leerkring-\d{8}-\d{6}\.db\.gz/);
    // The app went on taking writes while the backup was made.
    expect(recordsDuring).toBeGreaterThan(0);
    backupFile = listBackups(path.join(dir, "backups"))[0]!.file;

    const restore = await run("restore", [backupFile], { DATABASE_URL: restored });
    expect(restore.stderr).toBe("");
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain(`Hersteld: ${backupFile} staat nu op ${restored}`);

    const db = openDatabase(restored);
    try {
      const stored = new Map(
        db
          .select({ id: trajecten.id, title: trajecten.title })
          .from(trajecten)
          .all()
          .map((r) => [r.id, r.title]),
      );
      const missingRecords = recordsBefore.filter((r) => stored.get(r.id) !== r.title);
      expect([recordsBefore.length > 0, missingRecords]).toEqual([true, []]);

      const doc = docFromStored(loadStoredDocument(document, db));
      const present = new Set(doc.getArray<string>("items").toArray());
      const missingItems = editors
        .flatMap((editor, i) =>
          Array.from({ length: acknowledgedBefore[i]! }, (_, n) => `${editor.doc.clientID}:${n}`),
        )
        .filter((item) => !present.has(item));
      expect(missingItems).toEqual([]);
      expect(present.size).toBeGreaterThanOrEqual(acknowledgedBefore[0]! + acknowledgedBefore[1]!);
    } finally {
      db.$client.close();
      for (const editor of editors) {
        editor.close();
        editor.doc.destroy();
      }
    }
  }, 60_000);
});

describe("a restore", () => {
  const target = () => ({ DATABASE_URL: restored });
  // What the database holds (its bytes may change: the check folds a WAL into the file).
  const contents = () => {
    const sqlite = new Database(restored, { readonly: true, fileMustExist: true });
    try {
      return JSON.stringify([
        sqlite.prepare("SELECT id, title FROM trajecten ORDER BY id").all(),
        sqlite.prepare("SELECT count(*) AS n FROM document_updates").get(),
      ]);
    } finally {
      sqlite.close();
    }
  };
  const gz = (name: string, data: Buffer) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, zlib.gzipSync(data));
    return file;
  };

  it("refuses a corrupt backup and leaves the database as it was", async () => {
    const before = contents();
    const whole = fs.readFileSync(backupFile);
    const truncated = path.join(dir, "afgebroken.db.gz");
    fs.writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
    const cut = await run("restore", [truncated], target());
    expect(cut.code).toBe(1);
    expect(cut.stderr).toContain("Herstel mislukt:");
    expect(cut.stderr).toContain("geen volledige Leerkring-back-up");

    // Whole as gzip, but pages of the database inside overwritten.
    const raw = zlib.gunzipSync(whole);
    const pageSize = raw.readUInt16BE(16);
    raw.fill(0xa5, pageSize * 2, pageSize * 6);
    const damaged = await run("restore", [gz("beschadigd.db.gz", raw)], target());
    expect(damaged.code).toBe(1);
    expect(damaged.stderr).toMatch(/Herstel mislukt: .*beschadigd/);
    expect(contents()).toBe(before);
  }, 30_000);

  it("refuses a file that is no Leerkring backup, with a clear message", async () => {
    const before = contents();
    const plain = path.join(dir, "notities.txt");
    fs.writeFileSync(plain, "geen back-up");
    const text = await run("restore", [plain], target());
    expect([text.code, text.stderr]).toEqual([1, expect.stringContaining("geen gzip-bestand")]);

    const gzText = await run("restore", [gz("tekst.db.gz", Buffer.from("geen back-up"))], target());
    expect([gzText.code, gzText.stderr]).toEqual([
      1,
      expect.stringContaining("geen SQLite-database"),
    ]);

    const other = path.join(dir, "other.db");
    const sqlite = new Database(other);
    sqlite.exec("CREATE TABLE t (a); INSERT INTO t VALUES (1)");
    sqlite.close();
    const foreign = await run("restore", [gz("ander.db.gz", fs.readFileSync(other))], target());
    expect([foreign.code, foreign.stderr]).toEqual([
      1,
      expect.stringContaining("geen tabel met migraties"),
    ]);

    // From a newer version: a migration this one does not know.
    const newer = path.join(dir, "newer.db");
    fs.writeFileSync(newer, zlib.gunzipSync(fs.readFileSync(backupFile)));
    const n = new Database(newer);
    n.prepare("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('x', ?)").run(
      Date.UTC(2999, 0, 1),
    );
    n.close();
    const fromNewer = await run("restore", [gz("nieuwer.db.gz", fs.readFileSync(newer))], target());
    expect([fromNewer.code, fromNewer.stderr]).toEqual([
      1,
      expect.stringContaining("nieuwere versie van Leerkring"),
    ]);
    const missing = await run("restore", [path.join(dir, "bestaat-niet.db.gz")], target());
    expect([missing.code, missing.stderr]).toEqual([1, expect.stringContaining("bestaat niet")]);
    expect(contents()).toBe(before);
  }, 30_000);

  it("refuses while the app has the database open", async () => {
    const inUse = await run("restore", [backupFile], { DATABASE_URL: databasePath() });
    expect(inUse.code).toBe(1);
    expect(inUse.stderr).toContain("is in gebruik: Leerkring draait nog");
    expect(fs.readdirSync(path.dirname(databasePath())).some((f) => f.includes("herstel"))).toBe(
      false,
    );
  }, 30_000);
});

describe("retention", () => {
  it("keeps the newest BACKUP_KEEP backups and leaves other files alone", async () => {
    const backups = path.join(dir, "retention");
    fs.mkdirSync(backups);
    fs.writeFileSync(path.join(backups, "notitie.txt"), "blijft");
    const start = Date.now() - 10 * 86_400_000;
    for (let day = 0; day < 5; day++) {
      await makeBackup({
        source: getDb().$client,
        dir: backups,
        keep: 3,
        now: new Date(start + day * 86_400_000),
      });
    }
    expect(listBackups(backups).map((b) => b.name)).toEqual(
      [4, 3, 2].map((day) => backupName(new Date(start + day * 86_400_000))),
    );
    expect(fs.readdirSync(backups).sort()).toEqual(
      [...listBackups(backups).map((b) => b.name), "notitie.txt"].sort(),
    );
  });

  it("the app makes one when the newest is BACKUP_EVERY_HOURS old, and none when it is not", async () => {
    const backups = path.join(dir, "timer");
    fs.mkdirSync(backups);
    const options = { source: () => getDb().$client, dir: backups, keep: 3, logger };
    await makeBackup({
      source: getDb().$client,
      dir: backups,
      now: new Date(Date.now() - 25 * 3_600_000),
    });
    await startBackupTimer({ ...options, everyHours: 24 }).stop();
    expect(listBackups(backups)).toHaveLength(2);
    // The new one is recent: a restart makes none.
    await startBackupTimer({ ...options, everyHours: 24 }).stop();
    expect(listBackups(backups)).toHaveLength(2);
    await startBackupTimer({ ...options, everyHours: 0 }).stop();
    expect(listBackups(backups)).toHaveLength(2);
  });
});
