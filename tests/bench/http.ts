// npm run bench:http [-- --json] [--duration 5]
// Load on the production build over loopback, page by page, at 1, 10 and 50 connections: the
// public landing page and, logged in as the demo project leader, the dashboard, the monitor, a
// meeting and a search. The floor is the lightest page through the same stack (the accessibility
// statement, logged in: session, menu, React rendering, no data of its own); each page is also
// printed as a ratio to it, so what a page's own work costs stands apart from the framework's.
// The server runs in its own process, as in production.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { loginCookie, startServer } from "#tests/setup/server-process.ts";

const args = process.argv.slice(2);
const asJson = args.includes("--json");
const durationIndex = args.indexOf("--duration");
const duration = durationIndex >= 0 ? Number(args[durationIndex + 1]) : 5;
const log = (...parts: unknown[]) => (asJson ? undefined : console.info(...parts));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "leerkring-bench-"));
const server = await startServer({ database: path.join(dir, "bench.db") });
const base = server.url;

type Row = {
  page: string;
  connections: number;
  requestsPerSecond: number;
  p50ms: number;
  p95ms: number;
  p99ms: number;
  errors: number;
};

async function measure(pathname: string, headers: Record<string, string>, connections: number) {
  // autocannon reports p97.5, not p95: keep every response time and take percentiles here.
  const times: number[] = [];
  const r = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base + pathname,
        connections,
        duration,
        headers: { ...headers, "Accept-Encoding": "gzip" },
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  const at = (q: number) =>
    Number((times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN).toFixed(1));
  return {
    requestsPerSecond: Math.round(r.requests.average),
    p50ms: at(0.5),
    p95ms: at(0.95),
    p99ms: at(0.99),
    errors: r.errors + r.non2xx,
  };
}

try {
  const cookie = await loginCookie(base, "projectleider@leerkring.test");
  const signedIn = { Cookie: cookie };
  const pages = [
    { name: "vloer (toegankelijkheid)", path: "/toegankelijkheid", headers: signedIn },
    { name: "landingspagina", path: "/", headers: {} },
    { name: "dashboard", path: "/", headers: signedIn },
    { name: "monitor", path: "/monitor", headers: signedIn },
    { name: "bijeenkomst", path: "/bijeenkomsten/1", headers: signedIn },
    { name: "zoeken", path: "/zoeken?q=wijk", headers: signedIn },
  ];
  const results: (Row & { ratioP50: number; ratioThroughput: number })[] = [];
  for (const connections of [1, 10, 50]) {
    let floor: Awaited<ReturnType<typeof measure>> | undefined;
    for (const page of pages) {
      const m = await measure(page.path, page.headers, connections);
      floor ??= m;
      const row = {
        page: page.name,
        connections,
        ...m,
        ratioP50: Number((m.p50ms / floor.p50ms).toFixed(2)),
        ratioThroughput: Number((floor.requestsPerSecond / m.requestsPerSecond).toFixed(2)),
      };
      results.push(row);
      log(
        `${row.page.padEnd(26)} ${String(connections).padStart(3)} verbindingen: ` +
          `${String(row.requestsPerSecond).padStart(6)} req/s  p50 ${row.p50ms} ms  ` +
          `p95 ${row.p95ms} ms  p99 ${row.p99ms} ms  fouten ${row.errors}  ` +
          `× vloer: p50 ${row.ratioP50}, tijd per verzoek ${row.ratioThroughput}`,
      );
    }
  }
  const target = results.find((r) => r.page === "dashboard" && r.connections === 10)!;
  const summary = {
    machine: { cpus: os.cpus().length, node: process.version },
    durationSeconds: duration,
    results,
    target: {
      requirement: "dashboard, 10 connections: >= 200 req/s and p95 <= 50 ms",
      met: target.requestsPerSecond >= 200 && target.p95ms <= 50,
    },
  };
  if (asJson) console.info(JSON.stringify(summary));
  else
    log(
      `\nDoel (${summary.target.requirement}): ${summary.target.met ? "gehaald" : "NIET gehaald"}`,
    );
} finally {
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
