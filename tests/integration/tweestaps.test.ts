import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateHOTP } from "@oslojs/otp";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { resetLoginThrottle } from "#app/auth/throttle.server.ts";
import { confirmTotpSetUp, pendingTotpSecret } from "#app/auth/totp.server.ts";
import { getDb } from "#db/client.ts";
import { auditLog, loginChallenges, users, type Role } from "#db/schema.ts";
import { createUser, TEST_PASSWORD } from "#tests/factories.ts";
import { Client, startTestApp } from "#tests/setup/http.ts";
import { captureLog } from "#tests/setup/log.ts";
import { TestMailbox } from "#tests/setup/smtp.ts";

// Two-factor login over HTTP against the real app. Codes are made here with @oslojs/otp from the
// secret in the database: the real algorithm, as an authenticator app computes it. In this file
// the app requires two-factor login for project leaders (MFA_REQUIRED_ROLES, passed as an option).

const mailbox = new TestMailbox();
const log = captureLog();
await mailbox.start();
afterAll(() => mailbox.stop());
const app = startTestApp({
  logger: log.logger,
  mail: { smtpUrl: mailbox.url, retryBaseMs: 50 },
  mfaRequiredRoles: ["projectleider"],
});
beforeEach(() => resetLoginThrottle());

const SESSION = "leerkring_session";
const step = (offset = 0) => Math.floor(Date.now() / 30_000) + offset;

function secretOf(userId: number, column: "totpSecret" | "totpPendingSecret" = "totpSecret") {
  const row = getDb().select().from(users).where(eq(users.id, userId)).get()!;
  return row[column]!;
}

/** The code an authenticator app with this secret shows at `offset` steps from now. */
const codeFor = (secret: string, offset = 0) =>
  generateHOTP(decodeBase32IgnorePadding(secret), BigInt(step(offset)), 6);

/** A person with two-factor login on (set up one step ago, so now and next step are still free). */
async function personWithTotp(role: Role = "deelnemer") {
  const user = await createUser({ role });
  const pending = pendingTotpSecret(user.id);
  const recovery = confirmTotpSetUp(user.id, codeFor(pending, -1))!;
  return { user, secret: pending, recovery };
}

async function passwordStep(client: Client, email: string) {
  const response = await client.post("/inloggen", { email, password: TEST_PASSWORD });
  expect(response.status).toBe(302);
  return response.headers.get("Location");
}

describe("setting up two-factor login", () => {
  it("shows a QR code and key, and switches on only after a right code", async () => {
    const user = await createUser();
    const client = new Client(app);
    await client.login(user.email, TEST_PASSWORD);
    const page = await (await client.get("/account/tweestaps")).text();
    expect(page).toContain('src="data:image/svg+xml;base64,');
    expect(page).toMatch(/<img[^>]+alt="QR-code om Leerkring/);
    const secret = secretOf(user.id, "totpPendingSecret");
    // The key for manual entry, in groups of four.
    expect(page).toContain(secret.match(/.{1,4}/g)!.join(" "));

    const wrong = await client.post("/account/tweestaps", {
      intent: "aanzetten",
      code: codeFor(secret, -3),
    });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain("Deze code klopt niet");
    expect(getDb().select().from(users).where(eq(users.id, user.id)).get()!.totpSecret).toBeNull();

    const right = await client.post("/account/tweestaps", {
      intent: "aanzetten",
      code: codeFor(secret),
    });
    expect(right.status).toBe(200);
    const html = await right.text();
    expect(html).toContain("Tweestapsverificatie staat nu aan.");
    const codes = [...html.matchAll(/<code>([a-z2-7]{5}-[a-z2-7]{5})<\/code>/g)].map((m) => m[1]);
    expect(codes).toHaveLength(10);
    expect(secretOf(user.id)).toBe(secret);
    // Shown once: the page afterwards has no codes.
    expect(await (await client.get("/account/tweestaps")).text()).not.toContain(codes[0]);
  });

  it("switches off with the current password, not with a wrong one", async () => {
    const { user } = await personWithTotp();
    const client = new Client(app);
    await passwordStep(client, user.email);
    await client.post("/inloggen/code", { code: codeFor(secretOf(user.id)) });
    const wrong = await client.post("/account/tweestaps", { intent: "uitzetten", bewijs: "fout" });
    expect(wrong.status).toBe(400);
    expect(secretOf(user.id)).not.toBeNull();
    const right = await client.post("/account/tweestaps", {
      intent: "uitzetten",
      bewijs: TEST_PASSWORD,
    });
    expect(right.status).toBe(200);
    expect(getDb().select().from(users).where(eq(users.id, user.id)).get()!.totpSecret).toBeNull();
  });
});

describe("logging in with two-factor login", () => {
  it("creates the session only after the second step, bound to that browser", async () => {
    const { user, secret } = await personWithTotp();
    const client = new Client(app);
    expect(await passwordStep(client, user.email)).toBe("/inloggen/code");
    expect(client.cookies.has(SESSION)).toBe(false);
    expect((await client.get("/meldingen")).status).toBe(302); // not logged in yet

    // Another browser with the same code gets nowhere: no challenge cookie, no login.
    const stranger = new Client(app);
    expect(await (await stranger.get("/inloggen/code")).text()).toContain("duurde te lang");
    const refused = await stranger.post("/inloggen/code", { code: codeFor(secret) });
    expect(refused.status).toBe(401);
    expect(stranger.cookies.has(SESSION)).toBe(false);

    const done = await client.post("/inloggen/code", { code: codeFor(secret) });
    expect(done.status).toBe(302);
    expect(done.headers.get("Location")).toBe("/");
    expect(client.cookies.has(SESSION)).toBe(true);
    expect((await client.get("/meldingen")).status).toBe(200);
  });

  it("lets a pending second step live at most 5 minutes", async () => {
    const { user, secret } = await personWithTotp();
    const client = new Client(app);
    await passwordStep(client, user.email);
    getDb()
      .update(loginChallenges)
      .set({ expiresAt: new Date(Date.now() - 1) })
      .where(eq(loginChallenges.userId, user.id))
      .run();
    const late = await client.post("/inloggen/code", { code: codeFor(secret) });
    expect(late.status).toBe(401);
    expect(await late.text()).toContain("Het inloggen duurde te lang");
    expect(client.cookies.has(SESSION)).toBe(false);
  });

  it("throttles wrong codes like wrong passwords", async () => {
    const { user, secret } = await personWithTotp();
    const client = new Client(app);
    await passwordStep(client, user.email);
    for (let i = 0; i < 5; i++) {
      const wrong = await client.post("/inloggen/code", { code: codeFor(secret, -5) });
      expect(wrong.status).toBe(401);
    }
    // Now even the right code waits.
    const paused = await client.post("/inloggen/code", { code: codeFor(secret) });
    expect(paused.status).toBe(429);
    expect(Number(paused.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(client.cookies.has(SESSION)).toBe(false);
  });

  it("accepts a recovery code once", async () => {
    const { user, recovery } = await personWithTotp();
    const first = new Client(app);
    await passwordStep(first, user.email);
    expect((await first.post("/inloggen/code", { code: recovery[0]! })).status).toBe(302);
    expect(first.cookies.has(SESSION)).toBe(true);

    const second = new Client(app);
    await passwordStep(second, user.email);
    expect((await second.post("/inloggen/code", { code: recovery[0]! })).status).toBe(401);
    expect(second.cookies.has(SESSION)).toBe(false);
  });

  it("skips the step on a remembered device only when the person asked for it", async () => {
    const { user, secret } = await personWithTotp();
    const client = new Client(app);
    await passwordStep(client, user.email);
    await client.post("/inloggen/code", { code: codeFor(secret) });
    client.cookies.delete(SESSION);
    // Not ticked: the next login from this browser asks again.
    expect(await passwordStep(client, user.email)).toBe("/inloggen/code");
    await client.post("/inloggen/code", { code: codeFor(secret, 1), onthouden: "ja" });
    expect(client.cookies.has(SESSION)).toBe(true);
    client.cookies.delete(SESSION);
    // Ticked: this browser goes straight in; another browser still gets the step.
    expect(await passwordStep(client, user.email)).toBe("/");
    expect(client.cookies.has(SESSION)).toBe(true);
    expect(await passwordStep(new Client(app), user.email)).toBe("/inloggen/code");
  });
});

describe("MFA_REQUIRED_ROLES", () => {
  it("sends a project leader without two-factor login to the set-up page until it is on", async () => {
    const user = await createUser({ role: "projectleider" });
    const client = new Client(app);
    await client.login(user.email, TEST_PASSWORD);
    for (const path of ["/agenda", "/meldingen", "/leervragen"]) {
      const response = await client.get(path);
      expect(response.status, path).toBe(302);
      expect(response.headers.get("Location")).toBe("/account/tweestaps");
    }
    const page = await (await client.get("/account/tweestaps")).text();
    expect(page).toContain("Voor jouw rol is tweestapsverificatie verplicht");
    const secret = secretOf(user.id, "totpPendingSecret");
    await client.post("/account/tweestaps", { intent: "aanzetten", code: codeFor(secret) });
    expect((await client.get("/agenda")).status).toBe(200);
    // And it cannot be switched off again by the person.
    const off = await client.post("/account/tweestaps", {
      intent: "uitzetten",
      bewijs: TEST_PASSWORD,
    });
    expect(off.status).toBe(403);
    expect(secretOf(user.id)).toBe(secret);
  });

  it("leaves other roles free", async () => {
    const user = await createUser({ role: "medewerker" });
    const client = new Client(app);
    await client.login(user.email, TEST_PASSWORD);
    expect((await client.get("/agenda")).status).toBe(200);
  });
});

describe("a beheerder's reset", () => {
  it("asks for confirmation, removes the second factor, logs it and mails the person", async () => {
    const { user: person } = await personWithTotp("medewerker");
    getDb().update(users).set({ locale: "en" }).where(eq(users.id, person.id)).run();
    const beheerder = await createUser({ role: "beheerder" });
    const client = new Client(app);
    await client.login(beheerder.email, TEST_PASSWORD);
    expect(await (await client.get("/beheer/accounts")).text()).toContain("Tweestaps resetten");

    const asked = await client.post("/beheer/accounts", {
      intent: "tweestaps-resetten",
      userId: String(person.id),
    });
    expect(asked.status).toBe(200);
    expect(await asked.text()).toContain(`Ja, reset de tweestapsverificatie van ${person.name}`);
    expect(secretOf(person.id)).not.toBeNull();

    const before = log.entries().length;
    const done = await client.post("/beheer/accounts", {
      intent: "tweestaps-resetten",
      userId: String(person.id),
      bevestigd: "ja",
    });
    expect(done.status).toBe(200);
    expect(
      getDb().select().from(users).where(eq(users.id, person.id)).get()!.totpSecret,
    ).toBeNull();
    const entry = log.entries(before).find((e) => e.msg === "tweestaps gereset");
    expect(entry).toMatchObject({ email: person.email, by: beheerder.email });
    // In the audit trail too, with who did it.
    const audited = getDb()
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, "tweestaps.gereset"), eq(auditLog.subjectId, String(person.id))),
      )
      .all();
    expect(audited).toMatchObject([{ actorId: beheerder.id, subjectType: "gebruiker" }]);

    const mail = await mailbox.waitFor(() => mailbox.to(person.email)[0]);
    expect(mail.subject).toBe("Your two-factor authentication was reset");
    expect(mail.text).toContain(beheerder.name);
    // The person now logs in with the password alone.
    expect(await passwordStep(new Client(app), person.email)).toBe("/");
  });
});
