// npm run bench:capacity [-- --json] [--seconds 8] [--max 12]
// How much one machine carries: K meetings at once, each with 20 editors on its notes (4 of them
// typing 5 characters a second), plus 5 people per meeting loading pages (dashboard, agenda, a
// meeting, search, monitor; each waits half a second between pages). K rises step by step until
// the keystroke-to-peer p95 passes 100 ms or a page's p95 passes 200 ms. Printed: every step's
// figures, the largest K that held, the server's CPU and memory per open document, and its
// memory per idle loaded document (one quiet editor each). Memory is the server's heap after a
// full collection. Every editor is a real client in this process (socket.io, its own Y.Doc), so
// the load generator shares the machine with the server: the figures are a floor for a machine
// of its own.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import * as Y from "yjs";
import { notitiesDocumentName } from "#shared/collab/protocol.ts";
import { FRAGMENT } from "#shared/editor/extensions.ts";
import { loginCookie, startServer } from "#tests/setup/server-process.ts";
import {
  connectEditor,
  cpuTicks,
  percentile,
  round,
  rssMb,
  TICKS_PER_SECOND,
  until,
  type Replica,
} from "./measure.ts";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const asJson = args.includes("--json");
const seconds = option("--seconds", 8);
const maxMeetings = option("--max", 12);
const log = (...parts: unknown[]) => (asJson ? undefined : console.info(...parts));

const EDITORS = 20;
const TYPISTS = 4;
const KEYSTROKE_MS = 200;
const PEOPLE_PER_MEETING = 5;
const THINK_MS = 500;
const KEY_P95_LIMIT = 100;
const PAGE_P95_LIMIT = 200;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "leerkring-bench-capacity-"));
const database = path.join(dir, "capacity.db");
const server = await startServer({
  database,
  // The profile line reports the heap after a full collection: what idle documents hold.
  env: { COLLAB_JOINS_PER_MINUTE: "1000000", COLLAB_PROFILE: "1" },
  nodeArgs: ["--expose-gc"],
});
/** The server's heap in use after a full collection, in MB. */
const heapMb = async () => Number((await server.profile()).heapUsedBytes) / 2 ** 20;
const pid = server.child.pid!;
const cookie = await loginCookie(server.url, "projectleider@leerkring.test");
const IDLE_DOCUMENTS = 40;
/** Enough meetings for every step and the idle documents: the demo's, and copies of its first. */
const meetingIds = (() => {
  const db = new Database(database);
  try {
    const columns = (db.prepare("PRAGMA table_info(bijeenkomsten)").all() as { name: string }[])
      .map((c) => c.name)
      .filter((c) => c !== "id")
      .join(", ");
    const copy = db.prepare(
      `INSERT INTO bijeenkomsten (${columns}) SELECT ${columns} FROM bijeenkomsten ORDER BY id LIMIT 1`,
    );
    const count = () =>
      (db.prepare("SELECT count(*) AS n FROM bijeenkomsten").get() as { n: number }).n;
    while (count() < maxMeetings + IDLE_DOCUMENTS) copy.run();
    return (db.prepare("SELECT id FROM bijeenkomsten ORDER BY id").all() as { id: number }[]).map(
      (r) => r.id,
    );
  } finally {
    db.close();
  }
})();

/** One meeting's editors; the typists write in paragraphs of their own, every editor listens. */
async function openMeeting(meetingId: number) {
  const name = notitiesDocumentName(meetingId);
  const replicas: Replica[] = [];
  for (let i = 0; i < EDITORS; i++) replicas.push(await connectEditor(server.url, cookie, name));
  const first = replicas[0]!.doc.getXmlFragment(FRAGMENT);
  const base = first.length;
  first.doc!.transact(() => {
    for (let k = 0; k < TYPISTS; k++) {
      const paragraph = new Y.XmlElement("paragraph");
      paragraph.insert(0, [new Y.XmlText("")]);
      first.push([paragraph]);
    }
  });
  await until(() => replicas.every((r) => r.doc.getXmlFragment(FRAGMENT).length >= base + TYPISTS));
  const textOf = (r: Replica, k: number) =>
    (r.doc.getXmlFragment(FRAGMENT).get(base + k) as Y.XmlElement).get(0) as Y.XmlText;
  return { replicas, textOf };
}

type Meeting = Awaited<ReturnType<typeof openMeeting>>;

async function step(meetings: Meeting[]) {
  const latencies: number[] = [];
  const sent = meetings.map(() => Array.from({ length: TYPISTS }, () => [] as number[]));
  const observers: (() => void)[] = [];
  meetings.forEach((m, mi) =>
    m.replicas.forEach((replica, editor) => {
      for (let k = 0; k < TYPISTS; k++) {
        if (k === editor) continue;
        const text = m.textOf(replica, k);
        let seen = text.length;
        const observe = () => {
          const now = performance.now();
          for (; seen < text.length; seen++) {
            const at = sent[mi]![k]![seen];
            if (at !== undefined) latencies.push(now - at);
          }
        };
        text.observe(observe);
        observers.push(() => text.unobserve(observe));
      }
    }),
  );
  // Typists continue where the text is: the index of a keystroke is its position.
  meetings.forEach((m, mi) =>
    sent[mi]!.forEach((s, k) => (s.length = m.textOf(m.replicas[k]!, k).length)),
  );

  const pages = ["/", "/agenda", `/bijeenkomsten/${meetingIds[0]}`, "/zoeken?q=wijk", "/monitor"];
  const pageTimes: Record<string, number[]> = Object.fromEntries(pages.map((p) => [p, []]));
  let running = true;
  const people = Array.from({ length: meetings.length * PEOPLE_PER_MEETING }, async (_, i) => {
    for (let n = i; running; n++) {
      const page = pages[n % pages.length]!;
      const start = performance.now();
      const response = await fetch(server.url + page, { headers: { Cookie: cookie } });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${page} answered ${response.status}`);
      pageTimes[page]!.push(performance.now() - start);
      await new Promise((r) => setTimeout(r, THINK_MS));
    }
  });

  const ticks0 = cpuTicks(pid);
  let peakRss = rssMb(pid);
  const memory = setInterval(() => (peakRss = Math.max(peakRss, rssMb(pid))), 250);
  const start = performance.now();
  const timers: NodeJS.Timeout[] = [];
  meetings.forEach((m, mi) => {
    for (let k = 0; k < TYPISTS; k++) {
      const text = m.textOf(m.replicas[k]!, k);
      const type = () => {
        sent[mi]![k]!.push(performance.now());
        text.insert(text.length, String.fromCharCode(97 + (text.length % 26)));
      };
      timers.push(
        setTimeout(
          () => timers.push(setInterval(type, KEYSTROKE_MS)),
          Math.random() * KEYSTROKE_MS,
        ),
      );
    }
  });
  await new Promise((r) => setTimeout(r, seconds * 1000));
  for (const timer of timers) clearInterval(timer);
  const wall = (performance.now() - start) / 1000;
  const cpuSeconds = (cpuTicks(pid) - ticks0) / TICKS_PER_SECOND;
  running = false;
  await Promise.all(people);
  // The last keystrokes arrive; nothing may be lost.
  const arrived = () =>
    meetings.every((m, mi) =>
      m.replicas.every((r) => sent[mi]!.every((s, k) => m.textOf(r, k).length >= s.length)),
    );
  await until(arrived, 30_000).catch(() => undefined);
  clearInterval(memory);
  for (const stop of observers) stop();

  const sorted = Float64Array.from(latencies).sort();
  const pageP95 = Object.fromEntries(
    pages.map((p) => [p, round(percentile(Float64Array.from(pageTimes[p]!).sort(), 95))]),
  );
  return {
    meetings: meetings.length,
    editors: meetings.length * EDITORS,
    keystrokes: sent.flat().reduce((n, s) => n + s.length, 0),
    keyP50: round(percentile(sorted, 50)),
    keyP95: round(percentile(sorted, 95)),
    complete: arrived(),
    pageRequests: Object.values(pageTimes).reduce((n, t) => n + t.length, 0),
    pageP95,
    worstPageP95: Math.max(...Object.values(pageP95)),
    cpuPercent: round((cpuSeconds / wall) * 100),
    rssMb: round(peakRss),
    // What the open documents hold, without garbage or the young generation's size.
    heapMb: round(await heapMb()),
  };
}

const baselineHeap = await heapMb();
const open: Meeting[] = [];
const steps = [];
let held = 0;
try {
  const sizes = [1, 2, 3, 4, 6, 8, 10, 12, 16, 20, 24].filter((k) => k <= maxMeetings);
  for (const k of sizes) {
    while (open.length < k) open.push(await openMeeting(meetingIds[open.length]!));
    log(`${k} meeting(s) at once, ${k * EDITORS} editors, ${seconds} s…`);
    const figures = await step(open);
    steps.push(figures);
    log(
      `  keystroke p50 ${figures.keyP50} ms, p95 ${figures.keyP95} ms; worst page p95 ` +
        `${figures.worstPageP95} ms (${figures.pageRequests} pages: ` +
        `${Object.entries(figures.pageP95)
          .map(([p, ms]) => `${p} ${ms}`)
          .join(", ")}); server CPU ` +
        `${figures.cpuPercent} %, RSS ${figures.rssMb} MB${figures.complete ? "" : "; NOT all arrived"}`,
    );
    if (
      figures.keyP95 > KEY_P95_LIMIT ||
      figures.worstPageP95 > PAGE_P95_LIMIT ||
      !figures.complete
    )
      break;
    held = k;
  }
} finally {
  for (const m of open) for (const r of m.replicas) r.destroy();
}

// Memory per idle loaded document: one quiet editor on each of the meetings' notes.
// The steps' documents unload 10 s after their last editor left: measured from after that.
const waitedFrom = Date.now();
while (Number((await server.profile()).loadedDocuments) > 0) {
  if (Date.now() - waitedFrom > 60_000) throw new Error("the steps' documents did not unload");
  await new Promise((r) => setTimeout(r, 500));
}
const quietBefore = await heapMb();
const idle: Replica[] = [];
const idleIds = meetingIds.slice(-IDLE_DOCUMENTS);
for (const id of idleIds)
  idle.push(await connectEditor(server.url, cookie, notitiesDocumentName(id)));
const quietAfter = await heapMb();
for (const r of idle) r.destroy();
await server.stop();
fs.rmSync(dir, { recursive: true, force: true });

// Per document: from the largest step that held (or the first step, when none did).
const basis = steps.find((s) => s.meetings === held) ?? steps[0]!;
const summary = {
  machine: `${os.cpus().length} cores, ${round(os.totalmem() / 2 ** 30)} GiB`,
  limits: { keyP95Ms: KEY_P95_LIMIT, pageP95Ms: PAGE_P95_LIMIT },
  steps,
  largestHeld: held,
  cpuPercentPerOpenDocument: round(basis.cpuPercent / basis.meetings),
  mbPerOpenDocument: round((basis.heapMb - baselineHeap) / basis.meetings),
  mbPerIdleDocument: round((quietAfter - quietBefore) / idleIds.length, 3),
};
if (asJson) console.info(JSON.stringify(summary));
else {
  console.info(
    `\nLargest number of meetings at once that held: ${held} (${held * EDITORS} editors, ` +
      `${held * TYPISTS} typing, ${held * PEOPLE_PER_MEETING} people loading pages).`,
  );
  console.info(
    `Per open document (${EDITORS} editors, ${TYPISTS} typing; at ${basis.meetings} at once): server CPU ` +
      `${summary.cpuPercentPerOpenDocument} % of one core, memory ${summary.mbPerOpenDocument} MB (heap after a full collection).`,
  );
  console.info(
    `Per idle loaded document (one quiet editor, ${idleIds.length} documents; heap after a full ` +
      `collection): ` +
      `${summary.mbPerIdleDocument} MB.`,
  );
}
process.exit(0);
