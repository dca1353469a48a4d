import { describe, expect, it } from "vitest";
import { captureLog } from "#tests/setup/log.ts";
import { startTestApp } from "#tests/setup/http.ts";

// /healthz and /readyz as a load balancer sees them, against the real app.
const log = captureLog();
const app = startTestApp({ logger: log.logger });

describe("health and readiness", () => {
  it("says the process is up and ready, with nothing more than ok", async () => {
    const health = await fetch(`${app.url}/healthz`);
    expect([health.status, await health.text()]).toEqual([200, "ok"]);
    expect(health.headers.get("Cache-Control")).toBe("no-store");
    const ready = await fetch(`${app.url}/readyz`);
    expect([ready.status, await ready.text()]).toEqual([200, "ok"]);
  });

  it("is not ready once the mail worker has stopped, and tells only the log why", async () => {
    await app.app!.mail.stop();
    const from = log.entries().length;
    const ready = await fetch(`${app.url}/readyz`);
    expect([ready.status, await ready.text()]).toEqual([503, "niet gereed"]);
    expect(log.entries(from)).toContainEqual(
      expect.objectContaining({ msg: "not ready", problems: ["mail worker: not running"] }),
    );
    // The process itself is still up.
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });
});
