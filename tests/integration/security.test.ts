import { beforeEach, describe, expect, it } from "vitest";
import { resetLoginThrottle } from "#app/auth/throttle.server.ts";
import { createUser, TEST_PASSWORD } from "#tests/factories.ts";
import { Client, startTestApp } from "#tests/setup/http.ts";

const app = startTestApp();
beforeEach(() => resetLoginThrottle());

describe("CSRF protection", () => {
  it("refuses a state change from another site with 403", async () => {
    const user = await createUser();
    const client = new Client(app);
    await client.login(user.email, TEST_PASSWORD);
    const response = await client.post(
      "/uitloggen",
      {},
      { headers: { Origin: "https://evil.example" } },
    );
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("Verzoek geweigerd");
    expect((await client.get("/account")).status).toBe(200);
  });

  it("refuses a state change without Origin or Sec-Fetch-Site", async () => {
    const user = await createUser();
    const response = await fetch(`${app.url}/inloggen`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email: user.email, password: TEST_PASSWORD }),
      redirect: "manual",
    });
    expect(response.status).toBe(403);
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it("accepts a same-origin request identified by Sec-Fetch-Site", async () => {
    const user = await createUser();
    const response = await fetch(`${app.url}/inloggen`, {
      method: "POST",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        "Sec-Fetch-Site": "same-origin",
      },
      body: new URLSearchParams({ email: user.email, password: TEST_PASSWORD }),
      redirect: "manual",
    });
    expect(response.status).toBe(302);
  });

  it("refuses a cross-site request even when Sec-Fetch-Site claims otherwise", async () => {
    const response = await fetch(`${app.url}/inloggen`, {
      method: "POST",
      headers: { Origin: "http://127.0.0.1:1", "Sec-Fetch-Site": "same-origin" },
      redirect: "manual",
    });
    expect(response.status).toBe(403);
  });
});

describe("security headers and static files", () => {
  it("sends a nonce-based Content-Security-Policy that matches the page's scripts", async () => {
    const response = await fetch(`${app.url}/inloggen`);
    const csp = response.headers.get("Content-Security-Policy")!;
    const nonce = csp.match(/'nonce-([^']+)'/)![1];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-eval");
    const html = await response.text();
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(response.headers.get("Referrer-Policy")).toBe("same-origin");
    expect(response.headers.get("X-Powered-By")).toBeNull();
  });

  it("uses a fresh nonce for every response", async () => {
    const a = (await fetch(`${app.url}/`)).headers.get("Content-Security-Policy");
    const b = (await fetch(`${app.url}/`)).headers.get("Content-Security-Policy");
    expect(a).not.toBe(b);
  });

  it("serves hashed assets with a long, immutable cache and compressed", async () => {
    const html = await (await fetch(`${app.url}/`)).text();
    const asset = html.match(/\/assets\/[^"]+\.js/)![0];
    const response = await fetch(`${app.url}${asset}`, { headers: { "Accept-Encoding": "gzip" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("Content-Encoding")).toBe("gzip");
  });

  it("answers an unknown page with a Dutch 404 page", async () => {
    const response = await fetch(`${app.url}/bestaat-niet`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("Pagina niet gevonden");
  });
});
