// npm run bench:upload [-- --json] [--runs 3] [--mb 25]
// Uploads a file just under UPLOAD_MAX_MB to a learning question of the real server (production
// build, its own process, demo data) over loopback, and one over the limit. Prints throughput
// (MB/s, from the first byte sent to the answer) and the server's resident memory: before, the
// peak during each upload (VmHWM, reset before each run where the kernel allows), after.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { loginCookie, startServer } from "#tests/setup/server-process.ts";

const args = process.argv.slice(2);
const asJson = args.includes("--json");
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const runs = arg("--runs", 3);
const limitMb = arg("--mb", 25);
const log = (...parts: unknown[]) => (asJson ? undefined : console.info(...parts));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "leerkring-bench-upload-"));
const database = path.join(dir, "bench.db");
const server = await startServer({ database, env: { UPLOAD_MAX_MB: String(limitMb) } });
const pid = server.child.pid!;

function memory(): { rssMb: number; peakMb: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssMb: kb("VmRSS") / 1024, peakMb: kb("VmHWM") / 1024 };
}

/** Resets VmHWM to the current RSS (Linux: writing 5 to clear_refs); false where not allowed. */
function resetPeak(): boolean {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, "5");
    return true;
  } catch {
    return false;
  }
}

try {
  const cookie = await loginCookie(server.url, "deelnemer@leerkring.test");
  const db = new Database(database, { readonly: true });
  const question = db
    .prepare(
      `SELECT l.id FROM leervragen l JOIN users u ON u.organisation_id = l.organisation_id
        WHERE u.email = 'deelnemer@leerkring.test' AND l.status IN ('ingediend', 'ingepland') LIMIT 1`,
    )
    .get() as { id: number } | undefined;
  db.close();
  if (!question) throw new Error("no learning question of deelnemer@ to attach to");

  // A CSV just under the limit (text: checked as UTF-8 all through), written to disk once.
  const size = limitMb * 1_000_000 - 64 * 1024;
  const file = path.join(dir, "groot.csv");
  const line = "wijk;jaar;aantal;toelichting bij de telling in de buurt\n";
  fs.writeFileSync(file, line.repeat(Math.floor(size / line.length)));
  const bytes = fs.statSync(file).size;

  function send(extra: number): Promise<{ status: number; ms: number; location: string }> {
    return new Promise((resolve, reject) => {
      const boundary = "benchgrens";
      const head = Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="bestand"; filename="groot.csv"\r\n` +
          `Content-Type: text/csv\r\n\r\n`,
      );
      const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
      const padding = Buffer.alloc(extra, 0x41);
      const started = performance.now();
      const req = http.request(`${server.url}/bijlagen/nieuw/leervraag/${question!.id}`, {
        method: "POST",
        headers: {
          Origin: server.url,
          Cookie: cookie,
          "Content-Type": `multipart/form-data; boundary=${boundary}`,
          "Transfer-Encoding": "chunked",
        },
      });
      req.on("response", (res) => {
        res.resume();
        resolve({
          status: res.statusCode!,
          ms: performance.now() - started,
          location: res.headers.location ?? "",
        });
        req.destroy();
      });
      req.on("error", () => undefined);
      req.write(head);
      const stream = fs.createReadStream(file);
      stream.pipe(req, { end: false });
      stream.on("end", () => {
        if (extra) req.write(padding);
        req.end(tail);
      });
      stream.on("error", reject);
    });
  }

  const before = memory();
  const peakResets = resetPeak();
  log(`Upload van ${(bytes / 1e6).toFixed(1)} MB (UPLOAD_MAX_MB=${limitMb}), ${runs}×:`);
  const results: { ms: number; mbPerS: number; peakMb: number }[] = [];
  for (let i = 0; i < runs; i++) {
    resetPeak();
    const r = await send(0);
    if (r.status !== 303 || r.location.includes("fout"))
      throw new Error(`upload ${r.status} ${r.location}`);
    const m = memory();
    results.push({ ms: r.ms, mbPerS: bytes / 1e6 / (r.ms / 1000), peakMb: m.peakMb });
    log(
      `  ${r.ms.toFixed(0)} ms, ${(bytes / 1e6 / (r.ms / 1000)).toFixed(1)} MB/s, piek RSS ${m.peakMb.toFixed(0)} MB`,
    );
  }
  resetPeak();
  const over = await send(10 * 1_000_000);
  const overMemory = memory();
  log(
    `Te groot (${(bytes / 1e6 + 10).toFixed(0)} MB, chunked): ${over.status} ${over.location.includes("teGroot") ? "geweigerd" : over.location} na ${over.ms.toFixed(0)} ms, piek RSS ${overMemory.peakMb.toFixed(0)} MB`,
  );
  const after = memory();
  log(
    `RSS voor ${before.rssMb.toFixed(0)} MB, na ${after.rssMb.toFixed(0)} MB${peakResets ? "" : " (piek niet terug te zetten: piek sinds start)"}`,
  );
  const sorted = [...results].sort((a, b) => a.ms - b.ms);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const summary = {
    bench: "upload",
    fileMb: Number((bytes / 1e6).toFixed(1)),
    runs,
    medianMs: Math.round(median.ms),
    medianMbPerS: Number(median.mbPerS.toFixed(1)),
    peakRssMb: Math.round(Math.max(...results.map((r) => r.peakMb))),
    rssBeforeMb: Math.round(before.rssMb),
    rssAfterMb: Math.round(after.rssMb),
    oversizeStatus: over.status,
    oversizeRefused: over.location.includes("teGroot"),
    oversizePeakRssMb: Math.round(overMemory.peakMb),
    peakResets,
  };
  console.info(JSON.stringify(summary));
} finally {
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
