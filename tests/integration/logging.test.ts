import { describe, expect, it, vi } from "vitest";
import { createInvitation, createPasswordReset } from "#app/auth/account-tokens.server.ts";
import { createOrganisation, createUser, TEST_PASSWORD } from "#tests/factories.ts";
import { Client, startTestApp } from "#tests/setup/http.ts";
import { captureLog } from "#tests/setup/log.ts";

// What the server writes to its log for each request, read from the real logger's output.

const log = captureLog();
const app = startTestApp({ logger: log.logger });

/**
 * The request line of the response with this request id. It is written when the response has
 * gone out, which the client may notice first: waited for.
 */
function requestLine(id: string | null) {
  return vi.waitFor(() => {
    const line = log.entries().find((entry) => entry.reqId === id && "responseTime" in entry);
    if (!line) throw new Error(`no request line for ${id}`);
    return line as typeof line & {
      req: { method: string; url: string };
      res: { statusCode: number };
    };
  });
}

describe("request lines", () => {
  it("has one line per request with its id, method, path, status and duration", async () => {
    const response = await new Client(app).get("/inloggen?terug=%2Fagenda");
    const id = response.headers.get("X-Request-Id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const line = await requestLine(id);
    expect(line).toMatchObject({
      level: 30,
      msg: "GET /inloggen?terug=%2Fagenda 200",
      req: { method: "GET", url: "/inloggen?terug=%2Fagenda" },
      res: { statusCode: 200 },
    });
    expect(line.responseTime).toEqual(expect.any(Number));
    expect(log.entries().filter((entry) => entry.reqId === id)).toHaveLength(1);
  });

  it("reuses a sane incoming X-Request-Id and echoes it; replaces any other", async () => {
    const client = new Client(app);
    const given = await client.get("/inloggen", { headers: { "X-Request-Id": "proxy-42.a_b" } });
    expect(given.headers.get("X-Request-Id")).toBe("proxy-42.a_b");
    expect((await requestLine("proxy-42.a_b")).res.statusCode).toBe(200);

    for (const forged of ["x".repeat(65), "twee woorden", '{"level":60}']) {
      const response = await client.get("/inloggen", { headers: { "X-Request-Id": forged } });
      const id = response.headers.get("X-Request-Id");
      expect(id).not.toBe(forged);
      expect((await requestLine(id)).req.url).toBe("/inloggen");
    }
  });

  it("logs a refused request too", async () => {
    const response = await new Client(app).post("/gemeenten", {});
    expect(response.status).toBe(405);
    expect((await requestLine(response.headers.get("X-Request-Id"))).res.statusCode).toBe(405);
  });
});

describe("what is never written", () => {
  it("leaves out a password in a form, the session cookie and authorization", async () => {
    const user = await createUser();
    const client = new Client(app);
    const login = await client.login(user.email, TEST_PASSWORD);
    const setCookie = login.headers.getSetCookie().join("; ");
    const session = [...client.cookies.values()];
    expect(session.length).toBeGreaterThan(0);
    const page = await client.get("/account", { headers: { Authorization: "Bearer geheim-123" } });
    expect(page.status).toBe(200);

    const line = await requestLine(page.headers.get("X-Request-Id"));
    expect(line.req).toMatchObject({
      headers: { cookie: "[redacted]", authorization: "[redacted]" },
    });
    expect(setCookie).not.toBe("");
    expect((await requestLine(login.headers.get("X-Request-Id"))).res).toMatchObject({
      headers: { "set-cookie": "[redacted]" },
    });
    const written = log.text();
    expect(written).not.toContain(TEST_PASSWORD);
    for (const value of session) expect(written).not.toContain(value);
    expect(written).not.toContain("geheim-123");
  });

  it("writes the path of an invitation or reset link without its token", async () => {
    const admin = await createUser({ role: "beheerder" });
    const { token: invitation } = createInvitation({
      email: "uitgenodigd@test.leerkring.nl",
      role: "deelnemer",
      organisationId: createOrganisation().id,
      createdById: admin.id,
      locale: "nl",
      inviterName: admin.name,
    });
    const { token: reset } = createPasswordReset(await createUser());
    const client = new Client(app);
    const invited = await client.get(`/uitnodiging/${invitation}`);
    expect(invited.status).toBe(200);
    const resetPage = await client.get(`/wachtwoord-herstellen/${reset}`);
    expect(resetPage.status).toBe(200);
    const data = await client.get(`/uitnodiging/${invitation}.data`);
    expect(await requestLine(invited.headers.get("X-Request-Id"))).toMatchObject({
      msg: "GET /uitnodiging/[token] 200",
      req: { url: "/uitnodiging/[token]" },
    });
    expect((await requestLine(resetPage.headers.get("X-Request-Id"))).req.url).toBe(
      "/wachtwoord-herstellen/[token]",
    );
    expect((await requestLine(data.headers.get("X-Request-Id"))).req.url).toBe(
      "/uitnodiging/[token].data",
    );
    const written = log.text();
    expect(written).not.toContain(invitation);
    expect(written).not.toContain(reset);
  });
});
