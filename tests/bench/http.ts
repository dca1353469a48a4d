// npm run bench:http [-- --json] [--duration 5]
// Load on the production build over loopback: the logged-in dashboard and the public landing page
// at 1, 10 and 50 connections. The server runs in its own process, as in production.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";

const args = process.argv.slice(2);
const asJson = args.includes("--json");
const durationIndex = args.indexOf("--duration");
const duration = durationIndex >= 0 ? Number(args[durationIndex + 1]) : 5;
const log = (...parts: unknown[]) => (asJson ? undefined : console.info(...parts));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, timeoutMs = 60_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not answer at ${url}`);
}

if (!fs.existsSync("build/server/index.js")) {
  console.error("Geen build gevonden: draai eerst `npm run build`.");
  process.exit(1);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "leerkring-bench-"));
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
  env: {
    ...process.env,
    NODE_ENV: "production",
    HOST: "127.0.0.1",
    PORT: String(port),
    DATABASE_URL: path.join(dir, "bench.db"),
    SEED: "demo",
  },
  stdio: "ignore",
});

try {
  await waitFor(`${base}/`);
  const login = await fetch(`${base}/inloggen`, {
    method: "POST",
    headers: { Origin: base, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      email: "projectleider@leerkring.test",
      password: "demo-leerkring",
    }),
    redirect: "manual",
  });
  const cookie = login.headers.getSetCookie()[0]?.split(";")[0];
  if (!cookie) throw new Error(`login failed: ${login.status}`);

  const scenarios = [
    { name: "dashboard (ingelogd)", headers: { Cookie: cookie } },
    { name: "landingspagina", headers: {} },
  ];
  const results = [];
  for (const scenario of scenarios) {
    for (const connections of [1, 10, 50]) {
      // autocannon reports p97.5, not p95: keep every response time and take percentiles here.
      const times: number[] = [];
      const r = await new Promise<autocannon.Result>((resolve, reject) => {
        const instance = autocannon(
          {
            url: `${base}/`,
            connections,
            duration,
            headers: { ...scenario.headers, "Accept-Encoding": "gzip" },
          },
          (error, result) => (error ? reject(error) : resolve(result)),
        );
        instance.on("response", (_client, _status, _bytes, responseTime) =>
          times.push(responseTime),
        );
      });
      times.sort((a, b) => a - b);
      const at = (q: number) =>
        Number(times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1));
      const row = {
        scenario: scenario.name,
        connections,
        requestsPerSecond: Math.round(r.requests.average),
        p50ms: at(0.5),
        p95ms: at(0.95),
        p99ms: at(0.99),
        errors: r.errors + r.non2xx,
      };
      results.push(row);
      log(
        `${row.scenario.padEnd(22)} ${String(connections).padStart(3)} verbindingen: ` +
          `${String(row.requestsPerSecond).padStart(6)} req/s  p50 ${row.p50ms} ms  ` +
          `p95 ${row.p95ms} ms  p99 ${row.p99ms} ms  fouten ${row.errors}`,
      );
    }
  }
  const target = results.find((r) => r.scenario.startsWith("dashboard") && r.connections === 10)!;
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
  server.kill("SIGTERM");
  fs.rmSync(dir, { recursive: true, force: true });
}
