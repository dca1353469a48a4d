import { describe, expect, it } from "vitest";
import { Client, startTestApp } from "#tests/setup/http.ts";

// Loaders see data requests as they were sent (future.v8_passThroughRequests): `.data` and React
// Router's own search parameters must not end up in the way back after login.

const app = startTestApp();

describe("a client-side navigation without a session", () => {
  it("is sent to the login page with the page's own address to come back to", async () => {
    const response = await new Client(app).get(
      "/leervragen.data?status=ingediend&_routes=root,routes%2Fleervragen",
    );
    const body = `${response.headers.get("x-remix-redirect") ?? ""} ${await response.text()}`;
    const target = /\/inloggen\?redirectTo=([^"&\s]+)/.exec(body)?.[1];
    expect(decodeURIComponent(target ?? "")).toBe("/leervragen?status=ingediend");
  });
});
