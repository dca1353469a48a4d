// npm run bench:collab [-- --json] [--seconds 6] [--rounds 2] [--only 40|100]
//   [--commit-window <ms>] [--cpu-prof <dir>]
// Keystroke-to-peer latency of co-editing, against our server and against two Hocuspocus 3 peers
// (default settings) in the same run, each in its own process, over loopback: Hocuspocus in memory
// only, and Hocuspocus persisting to SQLite the way @hocuspocus/extension-sqlite does (its
// onStoreDocument hook after the default 2 s debounce; tests/bench/hocuspocus-server.ts).
// Besides latency it prints the server's CPU per keystroke, its commits (fsyncs) per second and
// the updates per commit, and for Leerkring the time of each step of an update (COLLAB_PROFILE). Every editor is a real
// client with its own Y.Doc: socket.io + our provider for Leerkring, HocuspocusProvider for
// Hocuspocus. Each typist writes in its own paragraph; every other editor records when each
// keystroke arrives. Targets (DESIGN.md): p95 ≤ 30 ms at 40 editors, ≤ 100 ms at 100, and our
// p95 / Hocuspocus p95 ≤ 1.0.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { performance } from "node:perf_hooks";
import { HocuspocusProvider, type HocuspocusProviderConfiguration } from "@hocuspocus/provider";
import WebSocket from "ws";
import * as Y from "yjs";
import { notitiesDocumentName } from "#shared/collab/protocol.ts";
import { FRAGMENT } from "#shared/editor/extensions.ts";
import { freePort, loginCookie, readProfile, startServer } from "#tests/setup/server-process.ts";
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
const asJson = args.includes("--json");
const secondsIndex = args.indexOf("--seconds");
const seconds = secondsIndex >= 0 ? Number(args[secondsIndex + 1]) : 6;
const roundsIndex = args.indexOf("--rounds");
const rounds = roundsIndex >= 0 ? Number(args[roundsIndex + 1]) : 2;
const onlyIndex = args.indexOf("--only");
const only = onlyIndex >= 0 ? Number(args[onlyIndex + 1]) : null; // e.g. --only 40
const windowIndex = args.indexOf("--commit-window");
// --commit-window <ms>: Leerkring's COLLAB_COMMIT_WINDOW_MS (default: one event-loop turn).
const commitWindow: Record<string, string> =
  windowIndex >= 0 ? { COLLAB_COMMIT_WINDOW_MS: args[windowIndex + 1]! } : {};
// --cpu-prof <dir>: a V8 CPU profile of Leerkring's server process, written there when it stops.
const profIndex = args.indexOf("--cpu-prof");
const cpuProf =
  profIndex >= 0 ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(args[profIndex + 1]!)}`] : [];
const log = (...parts: unknown[]) => (asJson ? undefined : console.info(...parts));

const KEYSTROKE_MS = 200; // 5 characters per second

const SERVERS = ["leerkring", "hocuspocus", "hocuspocus-sqlite"] as const;
type ServerName = (typeof SERVERS)[number];
type Profile = {
  commits?: number;
  appended?: number;
  steps?: Record<string, { ms: number; count: number }>;
};
type Target = {
  name: ServerName;
  pid: number;
  connect(documentName: string): Promise<Replica>;
  /** Commits and (Leerkring) step timings so far; null when the server keeps none. */
  profile(): Promise<Profile | null>;
};

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

  const profile0 = await target.profile();
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
  const profile1 = await target.profile();
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
    commits: (profile1?.commits ?? 0) - (profile0?.commits ?? 0),
    appended: (profile1?.appended ?? 0) - (profile0?.appended ?? 0),
    steps: stepDifference(profile0?.steps, profile1?.steps),
  };
}

/** Per step: total ms and count between two snapshots. */
function stepDifference(
  before: Profile["steps"] = {},
  after: Profile["steps"] = {},
): Record<string, { ms: number; count: number }> {
  const out: Record<string, { ms: number; count: number }> = {};
  for (const [step, v] of Object.entries(after)) {
    const b = before[step] ?? { ms: 0, count: 0 };
    out[step] = { ms: v.ms - b.ms, count: v.count - b.count };
  }
  return out;
}

type Round = Awaited<ReturnType<typeof runWorkload>>;
type Summary = ReturnType<typeof summarise>;

function summarise(rounds: Round[]) {
  const sorted = Float64Array.from(rounds.flatMap((r) => r.latencies)).sort();
  const wall = rounds.reduce((n, r) => n + r.wall, 0);
  const commits = rounds.reduce((n, r) => n + r.commits, 0);
  const appended = rounds.reduce((n, r) => n + r.appended, 0);
  const steps: Record<string, { ms: number; count: number }> = {};
  for (const r of rounds) {
    for (const [step, v] of Object.entries(r.steps)) {
      steps[step] ??= { ms: 0, count: 0 };
      steps[step].ms += v.ms;
      steps[step].count += v.count;
    }
  }
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
    /** Server CPU time per keystroke typed, in microseconds. */
    cpuUsPerKeystroke: round(
      (rounds.reduce((n, r) => n + r.cpuSeconds, 0) * 1e6) /
        Math.max(
          1,
          rounds.reduce((n, r) => n + r.keystrokes, 0),
        ),
      0,
    ),
    serverPeakRssMb: round(Math.max(...rounds.map((r) => r.peakRss))),
    commitsPerSecond: round(commits / wall),
    updatesPerCommit: commits ? round(appended / commits, 2) : null,
    /** Microseconds per update (per broadcast for "broadcast", per commit for "commit"). */
    stepsUs: Object.fromEntries(
      Object.entries(steps).map(([step, v]) => [
        step,
        { us: v.count ? round((v.ms * 1000) / v.count, 1) : 0, count: v.count },
      ]),
    ),
  };
}

// ---- the two servers --------------------------------------------------------------------------

async function leerkring(dir: string): Promise<{ target: Target; stop(): Promise<void> }> {
  const server = await startServer({
    database: path.join(dir, "bench.db"),
    env: { COLLAB_JOINS_PER_MINUTE: "100000", COLLAB_PROFILE: "1", ...commitWindow },
    nodeArgs: cpuProf,
  });
  const cookie = await loginCookie(server.url, "projectleider@leerkring.test");
  return {
    target: {
      name: "leerkring",
      pid: server.child.pid!,
      profile: () => server.profile() as Promise<Profile>,
      connect: (documentName) => connectEditor(server.url, cookie, documentName),
    },
    stop: () => server.stop(),
  };
}

async function hocuspocus(sqlite?: string): Promise<{ target: Target; stop(): Promise<void> }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "tests/bench/hocuspocus-server.ts",
      String(port),
      ...(sqlite ? ["--sqlite", sqlite] : []),
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const lines = readline.createInterface({ input: child.stdout! });
  await new Promise<void>((resolve) => lines.once("line", () => resolve()));
  return {
    target: {
      name: sqlite ? "hocuspocus-sqlite" : "hocuspocus",
      pid: child.pid!,
      profile: () => readProfile(child, lines) as Promise<Profile>,
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

// The databases on the machine's disk (not a tmpfs), so that an fsync costs what it costs.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "leerkring-bench-collab-"));
const targets = [
  await leerkring(dir),
  await hocuspocus(),
  await hocuspocus(path.join(dir, "hocuspocus.db")),
];
const results = [];
try {
  for (const w of workloads.filter((w) => only === null || w.editors === only)) {
    log(`\n${w.name}: ${rounds} × ${seconds} s per server…`);
    // Alternating rounds, so that load from elsewhere on the machine falls on all alike.
    const perTarget: Round[][] = targets.map(() => []);
    for (let round = 0; round < rounds; round++) {
      const name = notitiesDocumentName(w.meeting);
      for (const [i, t] of targets.entries()) {
        perTarget[i]!.push(await runWorkload(t.target, name, w.editors, w.typists));
      }
    }
    const [a, b, c] = perTarget.map(summarise) as [Summary, Summary, Summary];
    results.push({
      workload: w.name,
      editors: w.editors,
      typists: w.typists,
      seconds: seconds * rounds,
      targetP95: w.targetP95,
      leerkring: a,
      hocuspocus: b,
      "hocuspocus-sqlite": c,
      ratioP95: round(a.p95 / b.p95, 2),
      ratioP95Sqlite: round(a.p95 / c.p95, 2),
      ratioCpu: round(a.cpuUsPerKeystroke / b.cpuUsPerKeystroke, 2),
      ratioCpuSqlite: round(a.cpuUsPerKeystroke / c.cpuUsPerKeystroke, 2),
    });
  }
} finally {
  for (const t of targets) await t.stop();
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
    "cpu µs/key",
    "rss MB",
    "fsync/s",
    "upd/fsync",
  ];
  const rows = [header];
  for (const r of results) {
    for (const name of SERVERS) {
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
        String(m.cpuUsPerKeystroke),
        String(m.serverPeakRssMb),
        name === "hocuspocus" ? "-" : String(m.commitsPerSecond),
        m.updatesPerCommit === null ? "-" : String(m.updatesPerCommit),
      ]);
    }
    rows.push([
      r.workload,
      "ratio p95",
      `${r.ratioP95} / ${r.ratioP95Sqlite}`,
      `(ours / hocuspocus / hocuspocus-sqlite; target ≤ 1.0; ours ≤ ${r.targetP95} ms)`,
    ]);
    rows.push([
      r.workload,
      "ratio cpu/key",
      `${r.ratioCpu} / ${r.ratioCpuSqlite}`,
      "(ours / hocuspocus / hocuspocus-sqlite)",
    ]);
  }
  const widths = header.map((_, i) =>
    Math.max(...rows.filter((row) => row.length > 4).map((row) => (row[i] ?? "").length)),
  );
  for (const row of rows) console.info(row.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  "));
  for (const r of results) {
    const steps = Object.entries(r.leerkring.stepsUs);
    if (steps.length === 0) continue;
    console.info(
      `\n${r.workload}, Leerkring per step (µs; commit per batch, broadcast per flush):`,
    );
    for (const [step, v] of steps) {
      console.info(`  ${step.padEnd(10)} ${String(v.us).padStart(8)} µs  × ${v.count}`);
    }
  }
  console.info(
    "\nfsync/s: commits per second of typing (Leerkring: group commits, each one fsync of the WAL;\n" +
      "hocuspocus-sqlite: stores after its 2 s debounce). upd/fsync: updates (documents) per commit.",
  );
}
process.exit(0);
