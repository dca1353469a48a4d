// npm run test:durability [-- --runs 20] [--json]
// Kills the real server with SIGKILL at random moments of editing, restarts it, and checks that
// every acknowledged update survived and that the editors converge afterwards.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { durabilityRuns } from "./scenario.ts";

const args = process.argv.slice(2);
const runsIndex = args.indexOf("--runs");
const runs = runsIndex >= 0 ? Number(args[runsIndex + 1]) : 20;
const asJson = args.includes("--json");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "leerkring-durability-"));
try {
  const results = await durabilityRuns({
    database: path.join(dir, "durability.db"),
    runs,
    onRun: (r) => {
      if (asJson) return;
      console.info(
        `run ${String(r.run).padStart(2)}: kill -9 after ${String(r.killedAfterMs).padStart(4)} ms, ` +
          `${String(r.acknowledged).padStart(4)} acknowledged of ${String(r.typed).padStart(4)} typed, ` +
          `${r.missing} missing, ${r.converged ? "converged" : "NOT CONVERGED"}`,
      );
    },
  });
  const missing = results.reduce((n, r) => n + r.missing, 0);
  const acknowledged = results.reduce((n, r) => n + r.acknowledged, 0);
  const failed = results.filter((r) => r.missing > 0 || !r.converged).length;
  if (asJson) {
    console.info(JSON.stringify({ runs, acknowledged, missing, failed, results }));
  } else {
    console.info(
      `\n${runs} kills, ${acknowledged} acknowledged updates, ${missing} missing after restart.`,
    );
    console.info(`${runs - failed} passed, ${failed} failed`);
  }
  process.exitCode = failed === 0 ? 0 : 1;
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
