import { io, type Socket } from "socket.io-client";
import * as Y from "yjs";
import { CollabProvider } from "#app/collab/provider.ts";
import { COLLAB_NAMESPACE, notitiesDocumentName } from "#shared/collab/protocol.ts";
import { SOCKET_PARSER } from "#shared/socket-parser.ts";
import { loginCookie, startServer, type ServerProcess } from "#tests/setup/server-process.ts";

// The durability scenario: editors type into one document while the real server is killed with
// SIGKILL at a random moment; after a restart, every update the server had acknowledged must be
// in the document, and the editors (who kept typing while it was down) must converge.
//
// Each editor pushes numbered items to a Y.Array, one item per update, so an editor's item n has
// clock n and "acknowledged up to clock c" means items 0..c-1 must be stored.

const DOCUMENT = notitiesDocumentName(2);
const EMAILS = [
  "projectleider@leerkring.test",
  "medewerker@leerkring.test",
  "deelnemer@leerkring.test",
];

type Editor = {
  socket: Socket;
  doc: Y.Doc;
  provider: CollabProvider;
  typed: number;
  /** Highest own clock the server has acknowledged (exclusive). */
  acknowledged: number;
};

export type RunResult = {
  run: number;
  killedAfterMs: number;
  acknowledged: number;
  typed: number;
  missing: number;
  converged: boolean;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) return false;
    await sleep(20);
  }
  return true;
}

function connect(url: string, cookie: string) {
  return io(url + COLLAB_NAMESPACE, {
    transports: ["websocket"],
    parser: SOCKET_PARSER,
    forceNew: true,
    reconnection: false,
    extraHeaders: { Cookie: cookie, Origin: url },
  });
}

async function openEditor(url: string, cookie: string): Promise<Editor> {
  // No automatic reconnection: the server's copy is checked before any editor could resend (a
  // resync would also bring back acknowledged updates the server had lost, hiding the loss).
  const socket = connect(url, cookie);
  const doc = new Y.Doc();
  const provider = new CollabProvider(socket, DOCUMENT, doc);
  const editor: Editor = { socket, doc, provider, typed: 0, acknowledged: 0 };
  provider.on("acknowledged", (updates) => {
    for (const update of updates) {
      const clock = Y.parseUpdateMeta(update).to.get(doc.clientID);
      if (clock !== undefined) editor.acknowledged = Math.max(editor.acknowledged, clock);
    }
  });
  await new Promise<void>((resolve) => provider.on("synced", resolve));
  return editor;
}

/** The document as a newly connected client gets it from the server. */
async function readFromServer(url: string, cookie: string): Promise<Y.Doc> {
  const socket = connect(url, cookie);
  const doc = new Y.Doc();
  const provider = new CollabProvider(socket, DOCUMENT, doc);
  await new Promise<void>((resolve, reject) => {
    provider.on("synced", resolve);
    provider.on("error", (e) => reject(new Error(e.error)));
  });
  provider.destroy();
  socket.disconnect();
  return doc;
}

/** Items of one editor that the server's copy lacks, below `upTo`. */
function missingItems(doc: Y.Doc, editor: Editor, upTo: number): number {
  const present = new Set(doc.getArray<string>("items").toArray());
  let missing = 0;
  for (let n = 0; n < upTo; n++) if (!present.has(`${editor.doc.clientID}:${n}`)) missing++;
  return missing;
}

export async function durabilityRuns(options: {
  database: string;
  runs: number;
  onRun?: (result: RunResult) => void;
}): Promise<RunResult[]> {
  const env = { COLLAB_COMPACT_EVERY: "40", COLLAB_JOINS_PER_MINUTE: "100000" };
  let server: ServerProcess = await startServer({ database: options.database, env });
  const port = server.port;
  const cookies = await Promise.all(EMAILS.map((email) => loginCookie(server.url, email)));
  const results: RunResult[] = [];
  try {
    for (let run = 1; run <= options.runs; run++) {
      const editors = await Promise.all(cookies.map((c) => openEditor(server.url, c)));
      let typing = true;
      const typists = editors.map(async (editor) => {
        const items = editor.doc.getArray<string>("items");
        while (typing) {
          items.push([`${editor.doc.clientID}:${editor.typed++}`]);
          await sleep(3 + Math.random() * 12);
        }
      });

      // Kill the server at a random moment of the editing, and keep typing while it is down.
      const killedAfterMs = Math.round(200 + Math.random() * 1300);
      await sleep(killedAfterMs);
      await server.kill9();
      const acknowledgedAtKill = editors.map((e) => e.acknowledged);
      await sleep(100 + Math.random() * 300);
      server = await startServer({ database: options.database, port, env });

      // Every acknowledged update is there, before any editor had the chance to resend it.
      const stored = await readFromServer(server.url, cookies[0]!);
      const missing = editors.reduce(
        (n, e, i) => n + missingItems(stored, e, acknowledgedAtKill[i]!),
        0,
      );
      stored.destroy();

      typing = false;
      await Promise.all(typists);
      // The editors reconnect and resend what was not acknowledged (plus, through the sync,
      // whatever else the server lacks).
      for (const e of editors) e.socket.connect();
      const settled = await until(
        () => editors.every((e) => e.provider.synced && e.provider.pendingCount === 0),
        15_000,
      );
      const final = await readFromServer(server.url, cookies[0]!);
      const reference = JSON.stringify(final.getArray("items").toArray());
      const converged =
        settled &&
        editors.every((e) => JSON.stringify(e.doc.getArray("items").toArray()) === reference) &&
        editors.every((e) => missingItems(final, e, e.typed) === 0);
      final.destroy();
      for (const e of editors) {
        e.provider.destroy();
        e.socket.disconnect();
        // Also destroys the provider's Awareness, whose 3-second interval would otherwise keep
        // the process alive after the last run.
        e.doc.destroy();
      }

      const result: RunResult = {
        run,
        killedAfterMs,
        acknowledged: acknowledgedAtKill.reduce((a, b) => a + b, 0),
        typed: editors.reduce((n, e) => n + e.typed, 0),
        missing,
        converged,
      };
      results.push(result);
      options.onRun?.(result);
    }
  } finally {
    await server.stop();
  }
  return results;
}
