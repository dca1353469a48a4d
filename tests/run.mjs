// `npm test`: every check, from a fresh clone. Installs what is missing (dependencies, Debian's
// Chromium), then lint, types, build, unit + integration (Vitest), end-to-end (Playwright).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureDependencies, run } from "../server/prepare.mjs";

const CHROMIUM = "/usr/bin/chromium";

function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`Chromium ontbreekt: installeer het met 'sudo apt-get install chromium'.`);
  }
  run("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium");
}

ensureDependencies();
ensureChromium();
run("npm run lint");
run("npm run typecheck");
run("npm run build");

const reports = fs.mkdtempSync(path.join(os.tmpdir(), "leerkring-reports-"));
const vitestReport = path.join(reports, "vitest.json");
const playwrightReport = path.join(reports, "playwright.json");

const vitest = spawnSync(
  "npx",
  ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestReport}`],
  { stdio: "inherit" },
);
const playwright = spawnSync("npx", ["playwright", "test", "--reporter=list,json"], {
  stdio: "inherit",
  env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport },
});

function counts() {
  let passed = 0;
  let failed = 0;
  if (fs.existsSync(vitestReport)) {
    const v = JSON.parse(fs.readFileSync(vitestReport, "utf8"));
    passed += v.numPassedTests;
    failed += v.numFailedTests;
  }
  if (fs.existsSync(playwrightReport)) {
    const p = JSON.parse(fs.readFileSync(playwrightReport, "utf8"));
    passed += p.stats.expected;
    failed += p.stats.unexpected + p.stats.flaky;
  }
  return { passed, failed };
}

const { passed, failed } = counts();
fs.rmSync(reports, { recursive: true, force: true });
const ok = vitest.status === 0 && playwright.status === 0 && failed === 0 && passed > 0;
console.info(`\n${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
