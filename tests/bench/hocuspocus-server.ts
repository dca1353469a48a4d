// The benchmark's peers: Hocuspocus 3 with its default settings, in its own process.
//   hocuspocus-server.ts <port>                 — in memory only (nothing stored)
//   hocuspocus-server.ts <port> --sqlite <file> — persisted to SQLite the way
//     @hocuspocus/extension-sqlite does (which is not installed here): the onStoreDocument hook
//     writes the whole document state (Y.encodeStateAsUpdate) into one row per document, after
//     Hocuspocus's default debounce (2 s, at most 10 s), and onLoadDocument reads it back. It
//     uses better-sqlite3 with SQLite's defaults, as the extension's sqlite3 does (rollback
//     journal, synchronous = FULL): each store is one fsync'd transaction.
// On SIGUSR2 it prints `collab-profile {"commits":…,"appended":…}` (stores, documents stored).
import Database from "better-sqlite3";
import { Server } from "@hocuspocus/server";
import * as Y from "yjs";

const port = Number(process.argv[2]);
const sqliteIndex = process.argv.indexOf("--sqlite");
const file = sqliteIndex >= 0 ? process.argv[sqliteIndex + 1] : undefined;
const stats = { commits: 0, appended: 0 };

let hooks = {};
if (file) {
  const db = new Database(file);
  db.exec(
    `CREATE TABLE IF NOT EXISTS "documents" ("name" varchar(255) NOT NULL, "data" blob NOT NULL, UNIQUE(name))`,
  );
  const select = db.prepare(`SELECT data FROM "documents" WHERE name = ? ORDER BY rowid DESC`);
  const upsert = db.prepare(
    `INSERT INTO "documents" ("name", "data") VALUES (@name, @data)
     ON CONFLICT(name) DO UPDATE SET data = @data`,
  );
  hooks = {
    async onLoadDocument({ documentName, document }: { documentName: string; document: Y.Doc }) {
      const row = select.get(documentName) as { data: Buffer } | undefined;
      if (row) Y.applyUpdate(document, row.data);
      return document;
    },
    async onStoreDocument({ documentName, document }: { documentName: string; document: Y.Doc }) {
      upsert.run({ name: documentName, data: Buffer.from(Y.encodeStateAsUpdate(document)) });
      stats.commits++;
      stats.appended++;
    },
  };
}

process.on("SIGUSR2", () => {
  process.stdout.write(`collab-profile ${JSON.stringify(stats)}\n`);
});

const server = new Server({ port, address: "127.0.0.1", quiet: true, ...hooks });
await server.listen();
console.info("ready");
