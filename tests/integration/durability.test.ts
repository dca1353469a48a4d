import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";

// The short form of `npm run test:durability`, run as the script itself: kill -9s of the real
// server mid-edit, and then the script must end by itself (nothing left holding its event loop).

function runScript(args: string[], timeoutMs: number) {
  return new Promise<{ code: number | null; stdout: string; timedOut: boolean }>((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "tests/durability/run.ts", ...args], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    let timedOut = false;
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      timedOut = signal === "SIGKILL";
      resolve({ code, stdout, timedOut });
    });
  });
}

describe("a server killed while people type", () => {
  it("keeps every acknowledged update, the editors converge, and the script ends", async () => {
    const { code, stdout, timedOut } = await runScript(["--runs", "3", "--json"], 150_000);
    expect(timedOut).toBe(false);
    expect(code).toBe(0);
    const report = JSON.parse(stdout.trim().split("\n").at(-1)!) as {
      results: { missing: number; converged: boolean; acknowledged: number }[];
    };
    expect(report.results.map((r) => r.missing)).toEqual([0, 0, 0]);
    expect(report.results.map((r) => r.converged)).toEqual([true, true, true]);
    expect(report.results.every((r) => r.acknowledged > 0)).toBe(true);
  }, 180_000);
});
