import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { durabilityRuns } from "#tests/durability/scenario.ts";

// The short form of `npm run test:durability`: three kill -9s of the real server mid-edit.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "leerkring-durability-test-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("a server killed while people type", () => {
  it("keeps every acknowledged update, and the editors converge after the restart", async () => {
    const results = await durabilityRuns({ database: path.join(dir, "kill.db"), runs: 3 });
    expect(results.map((r) => r.missing)).toEqual([0, 0, 0]);
    expect(results.map((r) => r.converged)).toEqual([true, true, true]);
    expect(results.every((r) => r.acknowledged > 0)).toBe(true);
  }, 180_000);
});
