import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { MAX_SESSIONS_PER_USER } from "#app/auth/session.server.ts";
import { THROTTLE, resetLoginThrottle } from "#app/auth/throttle.server.ts";
import { hashToken } from "#app/auth/tokens.server.ts";
import { getDb } from "#db/client.ts";
import { knownDevices, sessions } from "#db/schema.ts";
import { createUser, TEST_PASSWORD } from "#tests/factories.ts";
import { Client, startTestApp } from "#tests/setup/http.ts";

const app = startTestApp();
// Every request comes from 127.0.0.1: start each test with a clean throttle.
beforeEach(() => resetLoginThrottle());

function sessionOf(client: Client) {
  const token = client.cookies.get("leerkring_session");
  if (!token) throw new Error("no session cookie");
  return getDb()
    .select()
    .from(sessions)
    .where(eq(sessions.id, hashToken(token)))
    .get();
}

describe("login and logout", () => {
  it("logs in with the right password, sets a safe cookie and shows the dashboard", async () => {
    const user = await createUser({ role: "projectleider", name: "Pien Planner" });
    const client = new Client(app);
    const response = await client.post("/inloggen", { email: user.email, password: TEST_PASSWORD });
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/");
    const cookie = response.headers.getSetCookie()[0]!;
    expect(cookie).toMatch(/^leerkring_session=[a-z2-7]{32};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    // Only the SHA-256 of the token is stored.
    const token = client.cookies.get("leerkring_session")!;
    expect(sessionOf(client)?.id).toBe(hashToken(token));
    expect(JSON.stringify(getDb().select().from(sessions).all())).not.toContain(token);

    const home = await client.get("/");
    expect(await home.text()).toContain("Welkom, Pien Planner");
  });

  it("accepts the e-mail address in any case and with spaces around it", async () => {
    const user = await createUser();
    const client = new Client(app);
    await client.login(`  ${user.email.toUpperCase()} `, TEST_PASSWORD);
    expect((await client.get("/account")).status).toBe(200);
  });

  it("refuses a wrong password with a Dutch message and no session", async () => {
    const user = await createUser();
    const client = new Client(app);
    const response = await client.post("/inloggen", {
      email: user.email,
      password: "fout-wachtwoord",
    });
    expect(response.status).toBe(401);
    expect(await response.text()).toContain("horen niet bij een actief account");
    expect(client.cookies.size).toBe(0);
  });

  it("answers an unknown address exactly as a wrong password", async () => {
    const client = new Client(app);
    const response = await client.post("/inloggen", {
      email: "niemand@test.leerkring.nl",
      password: "wat-dan-ook",
    });
    expect(response.status).toBe(401);
    expect(await response.text()).toContain("horen niet bij een actief account");
  });

  it("shows field errors for an empty form", async () => {
    const response = await new Client(app).post("/inloggen", { email: "", password: "" });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("Vul dit veld in.");
  });

  it("starts a new session at every login", async () => {
    const user = await createUser();
    const a = new Client(app);
    const b = new Client(app);
    await a.login(user.email, TEST_PASSWORD);
    await b.login(user.email, TEST_PASSWORD);
    expect(a.cookies.get("leerkring_session")).not.toBe(b.cookies.get("leerkring_session"));
    expect(getDb().select().from(sessions).where(eq(sessions.userId, user.id)).all()).toHaveLength(
      2,
    );
  });

  it("ends the session on the server at logout, so the old cookie is worthless", async () => {
    const user = await createUser();
    const client = new Client(app);
    await client.login(user.email, TEST_PASSWORD);
    const stolen = client.cookieHeader;
    const response = await client.post("/uitloggen", {});
    expect(response.status).toBe(302);
    expect(response.headers.getSetCookie()[0]).toMatch(/Max-Age=0/i);
    const replay = await new Client(app).get("/account", { headers: { Cookie: stolen } });
    expect(replay.status).toBe(302);
    expect(replay.headers.get("Location")).toBe("/inloggen?redirectTo=%2Faccount");
  });

  it("does not log out on GET", async () => {
    const user = await createUser();
    const client = new Client(app);
    await client.login(user.email, TEST_PASSWORD);
    await client.get("/uitloggen");
    expect((await client.get("/account")).status).toBe(200);
  });

  it("sends someone who is not logged in to the login page and back afterwards", async () => {
    const user = await createUser();
    const client = new Client(app);
    const response = await client.get("/account?tab=1");
    expect(response.headers.get("Location")).toBe("/inloggen?redirectTo=%2Faccount%3Ftab%3D1");
    const login = await client.post("/inloggen", {
      email: user.email,
      password: TEST_PASSWORD,
      redirectTo: "/account?tab=1",
    });
    expect(login.headers.get("Location")).toBe("/account?tab=1");
  });

  it("never redirects to another site after login", async () => {
    const user = await createUser();
    const response = await new Client(app).post("/inloggen", {
      email: user.email,
      password: TEST_PASSWORD,
      redirectTo: "//evil.example/steal",
    });
    expect(response.headers.get("Location")).toBe("/");
  });

  it("refuses a deactivated account", async () => {
    const user = await createUser({ active: false });
    const response = await new Client(app).post("/inloggen", {
      email: user.email,
      password: TEST_PASSWORD,
    });
    expect(response.status).toBe(401);
  });
});

describe("throttling failed logins", () => {
  const wrong = (client: Client, email: string, i: number) =>
    client.post("/inloggen", { email, password: `fout-${i}-wachtwoord` });

  it("pauses account + address after repeated failures, with a clear message, even for the right password", async () => {
    const user = await createUser();
    const client = new Client(app);
    for (let i = 0; i < THROTTLE.pairFreeFailures; i++) {
      expect((await wrong(client, user.email, i)).status).toBe(401);
    }
    const blocked = await client.post("/inloggen", { email: user.email, password: TEST_PASSWORD });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("Retry-After"))).toBe(THROTTLE.pairBaseDelaySeconds);
    expect(await blocked.text()).toMatch(/Probeer het over \d+ seconden opnieuw/);
  });

  it("does not block colleagues behind the same address (one NAT) for one account's failures", async () => {
    const [a, b] = [await createUser(), await createUser()];
    const stranger = new Client(app);
    for (let i = 0; i < 30; i++) await wrong(stranger, a.email, i);
    // Everyone here comes from 127.0.0.1, like a municipality behind one address.
    await new Client(app).login(b.email, TEST_PASSWORD);
    const colleague = new Client(app);
    for (let i = 0; i < 3; i++) expect((await wrong(colleague, b.email, i)).status).toBe(401);
    await colleague.login(b.email, TEST_PASSWORD);
  });

  it("keeps a generous limit for one address over all accounts", async () => {
    const client = new Client(app);
    for (let i = 0; i < THROTTLE.ipFailuresPerHour; i++) {
      await wrong(client, `onbekend-${i}@test.leerkring.nl`, i);
    }
    const user = await createUser();
    const blocked = await client.post("/inloggen", { email: user.email, password: TEST_PASSWORD });
    expect(blocked.status).toBe(429);
  }, 60_000);

  it("never lets a stranger lock out a person with the right password on a known device", async () => {
    const user = await createUser();
    const own = new Client(app);
    await own.login(user.email, TEST_PASSWORD);
    const deviceToken = own.cookies.get("leerkring_device")!;
    expect(deviceToken).toMatch(/^[a-z2-7]{32}$/);
    // Only the SHA-256 of the device token is stored.
    expect(
      getDb().select().from(knownDevices).where(eq(knownDevices.userId, user.id)).get()?.id,
    ).toBe(hashToken(deviceToken));
    await own.post("/uitloggen", {});

    const stranger = new Client(app);
    for (let i = 0; i < 20; i++) await wrong(stranger, user.email, i);
    expect(
      (await stranger.post("/inloggen", { email: user.email, password: TEST_PASSWORD })).status,
    ).toBe(429);
    // The person's own browser still gets in at once.
    await own.login(user.email, TEST_PASSWORD);
    expect((await own.get("/account")).status).toBe(200);
  });

  it("does not accept another person's device cookie as a known device", async () => {
    const [me, other] = [await createUser(), await createUser()];
    const client = new Client(app);
    await client.login(other.email, TEST_PASSWORD);
    await client.post("/uitloggen", {});
    for (let i = 0; i < THROTTLE.pairFreeFailures; i++) await wrong(client, me.email, i);
    expect(
      (await client.post("/inloggen", { email: me.email, password: TEST_PASSWORD })).status,
    ).toBe(429);
  });

  it("answers too many reset-link requests from one address with 429, in Dutch", async () => {
    const client = new Client(app);
    for (let i = 0; i < THROTTLE.resetRequestsPerIpPerHour; i++) {
      const r = await client.post("/wachtwoord-vergeten", { email: `x${i}@test.leerkring.nl` });
      expect(r.status).toBe(200);
    }
    const refused = await client.post("/wachtwoord-vergeten", { email: "y@test.leerkring.nl" });
    expect(refused.status).toBe(429);
    expect(await refused.text()).toContain("te veel herstellinks aangevraagd");
  });
});

describe("concurrent sessions (ASVS 7.1.2, 7.2.4)", () => {
  const sessionsOf = (userId: number) =>
    getDb().select().from(sessions).where(eq(sessions.userId, userId)).all();

  it(`keeps at most ${MAX_SESSIONS_PER_USER} sessions per person; a new one ends the oldest`, async () => {
    const user = await createUser();
    const clients: Client[] = [];
    for (let i = 0; i <= MAX_SESSIONS_PER_USER; i++) {
      const client = new Client(app);
      await client.login(user.email, TEST_PASSWORD);
      clients.push(client);
    }
    expect(sessionsOf(user.id)).toHaveLength(MAX_SESSIONS_PER_USER);
    expect((await clients[0]!.get("/account")).status).toBe(302);
    for (const client of clients.slice(1)) expect((await client.get("/account")).status).toBe(200);
  }, 60_000);

  it("ends the old session when someone logs in again while logged in", async () => {
    const [first, second] = [await createUser(), await createUser()];
    const client = new Client(app);
    await client.login(first.email, TEST_PASSWORD);
    const old = sessionOf(client)!.id;
    await client.login(first.email, TEST_PASSWORD);
    expect(sessionOf(client)!.id).not.toBe(old);
    expect(sessionsOf(first.id).map((s) => s.id)).toEqual([sessionOf(client)!.id]);
    // Also when the new login is another person's.
    await client.login(second.email, TEST_PASSWORD);
    expect(sessionsOf(first.id)).toHaveLength(0);
    expect(sessionsOf(second.id)).toHaveLength(1);
  });
});

describe("session expiry", () => {
  it("ends a session that has been idle too long", async () => {
    const user = await createUser();
    const client = new Client(app);
    await client.login(user.email, TEST_PASSWORD);
    const id = sessionOf(client)!.id;
    getDb()
      .update(sessions)
      .set({
        idleExpiresAt: new Date(Date.now() - 1000),
        lastActiveAt: new Date(Date.now() - 86_400_000),
      })
      .where(eq(sessions.id, id))
      .run();
    const response = await client.get("/account");
    expect(response.status).toBe(302);
    expect(getDb().select().from(sessions).where(eq(sessions.id, id)).get()).toBeUndefined();
  });

  it("ends a session at its absolute lifetime, however active", async () => {
    const user = await createUser();
    const client = new Client(app);
    await client.login(user.email, TEST_PASSWORD);
    const id = sessionOf(client)!.id;
    getDb()
      .update(sessions)
      .set({ absoluteExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.id, id))
      .run();
    expect((await client.get("/account")).status).toBe(302);
  });

  it("moves the idle expiry forward while the session is used", async () => {
    const user = await createUser();
    const client = new Client(app);
    await client.login(user.email, TEST_PASSWORD);
    const id = sessionOf(client)!.id;
    const soon = new Date(Date.now() + 60_000);
    getDb()
      .update(sessions)
      .set({ idleExpiresAt: soon, lastActiveAt: new Date(Date.now() - 3_600_000) })
      .where(eq(sessions.id, id))
      .run();
    expect((await client.get("/account")).status).toBe(200);
    const after = sessionOf(client)!;
    expect(after.idleExpiresAt.getTime()).toBeGreaterThan(soon.getTime());
    expect(after.idleExpiresAt.getTime()).toBeLessThanOrEqual(after.absoluteExpiresAt.getTime());
  });
});

describe("sessions on the account page", () => {
  it("lists the active sessions and ends another one", async () => {
    const user = await createUser();
    const laptop = new Client(app, { "User-Agent": "Mozilla/5.0 (Windows NT 10.0) Firefox/130.0" });
    const phone = new Client(app, { "User-Agent": "Mozilla/5.0 (iPhone) Safari/605.1" });
    await laptop.login(user.email, TEST_PASSWORD);
    await phone.login(user.email, TEST_PASSWORD);
    const page = await laptop.get("/account");
    const html = await page.text();
    expect(html).toContain("Firefox · Windows");
    expect(html).toContain("Safari · iPhone");
    const phoneSession = sessionOf(phone)!.id;
    const ended = await laptop.post("/account", {
      intent: "sessie-beeindigen",
      sessionId: phoneSession,
    });
    expect(ended.status).toBe(200);
    expect((await phone.get("/account")).status).toBe(302);
    expect((await laptop.get("/account")).status).toBe(200);
  });

  it("cannot end someone else's session", async () => {
    const [me, other] = [await createUser(), await createUser()];
    const mine = new Client(app);
    const theirs = new Client(app);
    await mine.login(me.email, TEST_PASSWORD);
    await theirs.login(other.email, TEST_PASSWORD);
    const response = await mine.post("/account", {
      intent: "sessie-beeindigen",
      sessionId: sessionOf(theirs)!.id,
    });
    expect(response.status).toBe(404);
    expect((await theirs.get("/account")).status).toBe(200);
  });

  it("ends every other session after a password change, and the new password works", async () => {
    const user = await createUser();
    const here = new Client(app);
    const elsewhere = new Client(app);
    await here.login(user.email, TEST_PASSWORD);
    await elsewhere.login(user.email, TEST_PASSWORD);
    const wrong = await here.post("/account", {
      intent: "wachtwoord",
      currentPassword: "niet-het-goede",
      password: "nieuw wachtwoord voor mij",
      repeatPassword: "nieuw wachtwoord voor mij",
    });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain("Het huidige wachtwoord klopt niet.");
    const changed = await here.post("/account", {
      intent: "wachtwoord",
      currentPassword: TEST_PASSWORD,
      password: "nieuw wachtwoord voor mij",
      repeatPassword: "nieuw wachtwoord voor mij",
    });
    expect(changed.status).toBe(200);
    expect((await here.get("/account")).status).toBe(200);
    expect((await elsewhere.get("/account")).status).toBe(302);
    await new Client(app).login(user.email, "nieuw wachtwoord voor mij");
  });

  it("refuses a weak, common or too short new password, with advice beside the field", async () => {
    const user = await createUser();
    const client = new Client(app);
    await client.login(user.email, TEST_PASSWORD);
    for (const [password, message] of [
      ["welkom01", "veelgebruikte wachtwoorden"],
      ["aaaaaaaa", "Herhaalde tekens"],
      ["leerkring", "je naam, je e-mailadres"],
      [user.email, "je naam, je e-mailadres"],
      ["kort", "minstens 8 tekens"],
      ["x".repeat(129), "hoogstens 128 tekens"],
    ] as const) {
      const response = await client.post("/account", {
        intent: "wachtwoord",
        currentPassword: TEST_PASSWORD,
        password: password,
        repeatPassword: password,
      });
      expect(response.status).toBe(400);
      expect(await response.text()).toContain(message);
    }
  });
});
