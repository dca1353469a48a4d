import type Database from "better-sqlite3";
import express from "express";
import type { Logger } from "pino";
import { migrationState } from "#db/migration-state.ts";

// For a load balancer or container platform: /healthz says the process is up, /readyz that it can
// do its work (the database takes writes, every migration of this version is applied, the mail
// worker is alive). The public gets "ok" or "niet gereed" and nothing more; what failed goes to
// the log. Mounted before the request logger: a probe every few seconds is no request worth a line.

export type ReadinessChecks = {
  /** The app's database connection. */
  database: () => Database.Database;
  /** The mail worker's loop is running. */
  mailAlive: () => boolean;
};

/** What is wrong, or an empty list. */
export function readinessProblems(checks: ReadinessChecks): string[] {
  const problems: string[] = [];
  try {
    const sqlite = checks.database();
    // A real write, rolled back: a read-only file or disk, a closed connection or a lock held
    // too long all fail here, as the app's own writes would.
    sqlite.exec("BEGIN IMMEDIATE");
    try {
      sqlite.prepare("INSERT INTO done_once (key) VALUES ('readyz') ON CONFLICT DO NOTHING").run();
    } finally {
      sqlite.exec("ROLLBACK");
    }
    const state = migrationState(sqlite);
    if (state.applied !== state.expected || state.unknown > 0) {
      problems.push(
        `migrations: ${state.applied} of ${state.expected} applied, ${state.unknown} unknown`,
      );
    }
  } catch (error) {
    problems.push(`database: ${(error as Error).message}`);
  }
  if (!checks.mailAlive()) problems.push("mail worker: not running");
  return problems;
}

export function healthRoutes(checks: ReadinessChecks, log: Logger): express.Router {
  const router = express.Router();
  router.get("/healthz", (_req, res) => {
    res.set("Cache-Control", "no-store").type("text/plain").send("ok");
  });
  router.get("/readyz", (_req, res) => {
    const problems = readinessProblems(checks);
    res.set("Cache-Control", "no-store").type("text/plain");
    if (problems.length === 0) {
      res.send("ok");
      return;
    }
    log.warn({ problems }, "not ready");
    res.status(503).send("niet gereed");
  });
  return router;
}
