import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { e2eMail } from "./tests/e2e/mail-server.ts";

// End-to-end tests drive Debian's Chromium (no browser download) against the real server,
// started here on a loopback port with a fresh demo database and stopped when the run ends.
const port = Number(process.env.E2E_PORT ?? 3197);
const baseURL = `http://127.0.0.1:${port}`;
const database = path.join(os.tmpdir(), `leerkring-e2e-${port}.db`);
// The server writes its process warnings here; a warning fails the run (global-teardown.ts).
const warnings = path.join(os.tmpdir(), `leerkring-e2e-${port}-warnings.txt`);
process.env.LEERKRING_WARNINGS_FILE = warnings;
// The mail the server sends goes to a real SMTP server that global-setup.ts starts for the run.
const mail = e2eMail(port);

// Timeouts reflect a loaded machine (2 cores shared with a build or other runs): every wait is on
// what a user sees, so a longer timeout only costs time when something is really wrong.
export default defineConfig({
  testDir: "tests/e2e",
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 2,
  forbidOnly: true,
  globalSetup: "./tests/e2e/global-setup.ts",
  globalTeardown: "./tests/e2e/global-teardown.ts",
  use: {
    baseURL,
    actionTimeout: 30_000,
    navigationTimeout: 45_000,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: `rm -f ${database} ${database}-wal ${database}-shm ${warnings} && node --import tsx server/main.ts`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 120_000,
    // Its log (warnings and errors only, see LOG_LEVEL) shows in the run's output.
    stdout: "pipe",
    env: {
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(port),
      DATABASE_URL: database,
      SEED: "demo",
      LEERKRING_WARNINGS_FILE: warnings,
      LOG_LEVEL: "warn",
      SMTP_URL: `smtp://127.0.0.1:${mail.smtpPort}`,
    },
  },
});
