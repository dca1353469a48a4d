// npm run bench:collab [-- --json] [--seconds 6] [--rounds 2] [--only 40|100]
// Keystroke-to-peer latency of co-editing, against our server and against Hocuspocus 3 (default
// settings) in the same run, each in its own process, over loopback. Every editor is a real
// client with its own Y.Doc: socket.io + our provider for Leerkring, HocuspocusProvider for
// Hocuspocus. Each typist writes in its own paragraph; every other editor records when each
// keystroke arrives. Targets (DESIGN.md): p95 ≤ 30 ms at 40 editors, ≤ 100 ms at 100, and our
// p95 / Hocuspocus p95 ≤ 1.0.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { HocuspocusProvider, type HocuspocusProviderConfiguration } from "@hocuspocus/provider";
import { io } from "socket.io-client";
import WebSocket from "ws";
import * as Y from "yjs";
import { CollabProvider } from "#app/collab/provider.ts";
import { COLLAB_NAMESPACE, notitiesDocumentName } from "#shared/collab/protocol.ts";
import { SOCKET_PARSER } from "#shared/socket-parser.ts";
import { FRAGMENT } from "#shared/editor/extensions.ts";
import { freePort, loginCookie, startServer } from "#tests/setup/server-process.ts";

const args = process.argv.slice(2);
const asJson = args.includes("--json");
const secondsIndex = args.indexOf("--seconds");
const seconds = secondsIndex >= 0 ? Number(args[secondsIndex + 1]) : 6;
const roundsIndex = args.indexOf("--rounds");
const rounds = roundsIndex >= 0 ? Number(args[roundsIndex + 1]) : 2;
const onlyIndex = args.indexOf("--only");
const only = onlyIndex >= 0 ? Number(args[onlyIndex + 1]) : null; // e.g. --only 40
const log = (...parts: unknown[]) => (asJson ? undefined : console.info(...parts));

const KEYSTROKE_MS = 200; // 5 characters per second

type Replica = { doc: Y.Doc; destroy(): void };
type Target = {
  name: "leerkring" | "hocuspocus";
  pid: number;
  connect(documentName: string): Promise<Replica>;
};

// ---- measuring the server process (Linux /proc) ----------------------------------------------

const TICKS_PER_SECOND = 100;
function cpuTicks(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return Number(fields[11]) + Number(fields[12]); // utime + stime
}
function rssMb(pid: number): number {
  const line = fs
    .readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith("VmRSS:"));
  return Number(line?.match(/\d+/)?.[0] ?? 0) / 1024;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

const round = (n: number, digits = 1) => Number(n.toFixed(digits));

// ---- one workload against one target ----------------------------------------------------------

async function runWorkload(target: Target, documentName: string, editors: number, typists: number) {
  const replicas: Replica[] = [];
  for (let i = 0; i < editors; i++) replicas.push(await target.connect(documentName));

  // One paragraph per typist (after those of earlier rounds), made by the first editor and
  // awaited everywhere.
  const first = replicas[0]!.doc.getXmlFragment(FRAGMENT);
  const base = first.length;
  first.doc!.transact(() => {
    for (let k = 0; k < typists; k++) {
      const paragraph = new Y.XmlElement("paragraph");
      paragraph.insert(0, [new Y.XmlText("")]);
      first.push([paragraph]);
    }
  });
  await until(() => replicas.every((r) => r.doc.getXmlFragment(FRAGMENT).length >= base + typists));
  const textOf = (r: Replica, k: number) =>
    (r.doc.getXmlFragment(FRAGMENT).get(base + k) as Y.XmlElement).get(0) as Y.XmlText;

  const sent: number[][] = Array.from({ length: typists }, () => []);
  const latencies: number[] = [];
  replicas.forEach((replica, editor) => {
    for (let k = 0; k < typists; k++) {
      if (k === editor) continue; // typist k is editor k; it does not measure itself
      const text = textOf(replica, k);
      let seen = 0;
      text.observe(() => {
        const now = performance.now();
        for (; seen < text.length; seen++) latencies.push(now - sent[k]![seen]!);
      });
    }
  });

  const ticks0 = cpuTicks(target.pid);
  let peakRss = rssMb(target.pid);
  const memory = setInterval(() => (peakRss = Math.max(peakRss, rssMb(target.pid))), 250);
  const start = performance.now();
  const timers: NodeJS.Timeout[] = [];
  await new Promise<void>((resolve) => {
    for (let k = 0; k < typists; k++) {
      const text = textOf(replicas[k]!, k);
      const type = () => {
        sent[k]!.push(performance.now());
        text.insert(text.length, String.fromCharCode(97 + (sent[k]!.length % 26)));
      };
      // Typists start at random moments within the first keystroke interval.
      timers.push(
        setTimeout(
          () => timers.push(setInterval(type, KEYSTROKE_MS)),
          Math.random() * KEYSTROKE_MS,
        ),
      );
    }
    setTimeout(resolve, seconds * 1000);
  });
  for (const timer of timers) clearInterval(timer);
  const wall = (performance.now() - start) / 1000;
  const cpuSeconds = (cpuTicks(target.pid) - ticks0) / TICKS_PER_SECOND;

  // Let the last keystrokes arrive, then compare every replica, and a fresh one from the server.
  const typed = sent.map((s) => s.length);
  const complete = () => replicas.every((r) => typed.every((n, k) => textOf(r, k).length >= n));
  await until(complete, 15_000).catch(() => undefined);
  clearInterval(memory);
  let lost = 0;
  for (const r of replicas) typed.forEach((n, k) => (lost += Math.max(0, n - textOf(r, k).length)));
  const contents = replicas.map((r) => r.doc.getXmlFragment(FRAGMENT).toString());
  // A fresh editor reads the server's copy (in place of one, to stay within 100 per document):
  // every replica must equal it.
  replicas[0]!.destroy();
  const fresh = await target.connect(documentName);
  const reference = fresh.doc.getXmlFragment(FRAGMENT).toString();
  const identical = contents.every((c) => c === reference);
  fresh.destroy();
  for (const r of replicas.slice(1)) r.destroy();

  return {
    latencies,
    keystrokes: typed.reduce((a, b) => a + b, 0),
    lost,
    identical,
    cpuSeconds,
    wall,
    peakRss,
  };
}

type Round = Awaited<ReturnType<typeof runWorkload>>;

function summarise(rounds: Round[]) {
  const sorted = Float64Array.from(rounds.flatMap((r) => r.latencies)).sort();
  const wall = rounds.reduce((n, r) => n + r.wall, 0);
  return {
    keystrokes: rounds.reduce((n, r) => n + r.keystrokes, 0),
    samples: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? NaN),
    lost: rounds.reduce((n, r) => n + r.lost, 0),
    identical: rounds.every((r) => r.identical),
    serverCpuPercent: round((rounds.reduce((n, r) => n + r.cpuSeconds, 0) / wall) * 100),
    serverPeakRssMb: round(Math.max(...rounds.map((r) => r.peakRss))),
  };
}

async function until(check: () => boolean, timeoutMs = 30_000) {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

// ---- the two servers --------------------------------------------------------------------------

async function leerkring(dir: string): Promise<{ target: Target; stop(): Promise<void> }> {
  const server = await startServer({
    database: path.join(dir, "bench.db"),
    env: { COLLAB_JOINS_PER_MINUTE: "100000" },
  });
  const cookie = await loginCookie(server.url, "projectleider@leerkring.test");
  return {
    target: {
      name: "leerkring",
      pid: server.child.pid!,
      async connect(documentName) {
        const socket = io(server.url + COLLAB_NAMESPACE, {
          transports: ["websocket"],
          parser: SOCKET_PARSER,
          forceNew: true,
          extraHeaders: { Cookie: cookie, Origin: server.url },
        });
        const doc = new Y.Doc();
        const provider = new CollabProvider(socket, documentName, doc);
        await new Promise<void>((resolve, reject) => {
          provider.on("synced", resolve);
          provider.on("error", (e) => reject(new Error(e.error)));
        });
        return {
          doc,
          destroy() {
            provider.destroy();
            socket.disconnect();
          },
        };
      },
    },
    stop: () => server.stop(),
  };
}

async function hocuspocus(): Promise<{ target: Target; stop(): Promise<void> }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "tests/bench/hocuspocus-server.ts", String(port)],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  await new Promise<void>((resolve) => child.stdout!.once("data", () => resolve()));
  return {
    target: {
      name: "hocuspocus",
      pid: child.pid!,
      async connect(documentName) {
        const doc = new Y.Doc();
        let provider!: HocuspocusProvider;
        await new Promise<void>((resolve) => {
          // Without a websocketProvider of its own, the provider makes one (one connection per
          // editor) from this same configuration, which is where Node's WebSocket goes in.
          provider = new HocuspocusProvider({
            url: `ws://127.0.0.1:${port}`,
            name: documentName,
            document: doc,
            WebSocketPolyfill: WebSocket,
            onSynced: () => resolve(),
          } as HocuspocusProviderConfiguration);
        });
        return {
          doc,
          destroy() {
            provider.destroy();
          },
        };
      },
    },
    async stop() {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

// ---- the run ------------------------------------------------------------------------------------

const workloads = [
  { name: "40 editors, 8 typing", editors: 40, typists: 8, meeting: 3, targetP95: 30 },
  { name: "100 editors, all typing", editors: 100, typists: 100, meeting: 4, targetP95: 100 },
];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "leerkring-bench-collab-"));
const ours = await leerkring(dir);
const theirs = await hocuspocus();
const results = [];
try {
  for (const w of workloads.filter((w) => only === null || w.editors === only)) {
    log(`\n${w.name}: ${rounds} × ${seconds} s per server…`);
    // Alternating rounds, so that load from elsewhere on the machine falls on both alike.
    const ourRounds: Round[] = [];
    const theirRounds: Round[] = [];
    for (let round = 0; round < rounds; round++) {
      const name = notitiesDocumentName(w.meeting);
      ourRounds.push(await runWorkload(ours.target, name, w.editors, w.typists));
      theirRounds.push(await runWorkload(theirs.target, name, w.editors, w.typists));
    }
    const a = summarise(ourRounds);
    const b = summarise(theirRounds);
    results.push({
      workload: w.name,
      editors: w.editors,
      typists: w.typists,
      seconds: seconds * rounds,
      targetP95: w.targetP95,
      leerkring: a,
      hocuspocus: b,
      ratioP95: round(a.p95 / b.p95, 2),
    });
  }
} finally {
  await ours.stop();
  await theirs.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}

if (asJson) {
  console.info(JSON.stringify({ machine: `${os.cpus().length} cores`, results }));
} else {
  const header = [
    "workload",
    "server",
    "p50",
    "p95",
    "p99",
    "lost",
    "identical",
    "cpu %",
    "rss MB",
  ];
  const rows = [header];
  for (const r of results) {
    for (const name of ["leerkring", "hocuspocus"] as const) {
      const m = r[name];
      rows.push([
        r.workload,
        name,
        `${m.p50} ms`,
        `${m.p95} ms`,
        `${m.p99} ms`,
        String(m.lost),
        m.identical ? "ja" : "NEE",
        String(m.serverCpuPercent),
        String(m.serverPeakRssMb),
      ]);
    }
    rows.push([
      r.workload,
      "ratio p95",
      `${r.ratioP95}`,
      `(target ≤ 1.0; ours ≤ ${r.targetP95} ms)`,
    ]);
  }
  const widths = header.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? "").length)));
  for (const row of rows) console.info(row.map((c, i) => c.padEnd(widths[i]!)).join("  "));
}
process.exit(0);
