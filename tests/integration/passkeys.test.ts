import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { passkeyStepOptions } from "#app/auth/login.server.ts";
import { registrationOptions, relyingParty } from "#app/auth/passkeys.server.ts";
import { resetLoginThrottle } from "#app/auth/throttle.server.ts";
import { getDb } from "#db/client.ts";
import { auditLog, passkeys } from "#db/schema.ts";
import { createUser, TEST_PASSWORD } from "#tests/factories.ts";
import { Client, startTestApp } from "#tests/setup/http.ts";
import { SoftAuthenticator } from "#tests/setup/webauthn.ts";

// Passkeys over HTTP against the real app, with a software authenticator (tests/setup/webauthn.ts)
// that makes real WebAuthn answers. The options (and so the stored challenges) are made in-process,
// as the page's fetcher would get them; the answers go through the actions a browser posts to.

const app = startTestApp({ mfaRequiredRoles: ["projectleider"] });
beforeEach(() => resetLoginThrottle());

const SESSION = "leerkring_session";
const CHALLENGE_COOKIE = "leerkring_tweestaps";

async function signedInPerson() {
  const user = await createUser();
  const client = new Client(app);
  await client.login(user.email, TEST_PASSWORD);
  return { user, client, authenticator: new SoftAuthenticator(relyingParty()) };
}

const register = (client: Client, answer: unknown, naam = "Laptop") =>
  client.post("/account/tweestaps", {
    intent: "passkey-registreren",
    naam,
    antwoord: typeof answer === "string" ? answer : JSON.stringify(answer),
  });

const passkeysOf = (userId: number) =>
  getDb().select().from(passkeys).where(eq(passkeys.userId, userId)).all();

describe("registering a passkey", () => {
  it("stores a passkey for a right answer, and lists it", async () => {
    const { user, client, authenticator } = await signedInPerson();
    const options = await registrationOptions(user);
    expect(options.rp.id).toBe(new URL(relyingParty().origin).hostname);
    const response = await register(client, authenticator.register(options.challenge));
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("De passkey is toegevoegd.");
    // The first second factor comes with recovery codes, shown once.
    expect([...html.matchAll(/<code>[a-z2-7]{5}-[a-z2-7]{5}<\/code>/g)]).toHaveLength(10);
    expect(passkeysOf(user.id)).toHaveLength(1);
    expect(await (await client.get("/account/tweestaps")).text()).toContain("Laptop");
    const audit = getDb()
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, "passkey.toegevoegd"), eq(auditLog.subjectId, String(user.id))),
      )
      .all();
    expect(audit).toHaveLength(1);
  });

  it("refuses a replayed, unknown or missing challenge", async () => {
    const { user, client, authenticator } = await signedInPerson();
    const options = await registrationOptions(user);
    const answer = authenticator.register(options.challenge);
    expect((await register(client, answer)).status).toBe(200);
    // The same answer again: its challenge was used up.
    const replay = await register(client, answer);
    expect(replay.status).toBe(400);
    expect(await replay.text()).toContain("Deze aanvraag is verlopen of al gebruikt.");
    // A challenge the server never made.
    const made = await register(client, new SoftAuthenticator(relyingParty()).register("bWFkZXVw"));
    expect(made.status).toBe(400);
    // Another person's challenge does not count for this one.
    const other = await createUser();
    const theirs = await registrationOptions(other);
    const stolen = await register(
      client,
      new SoftAuthenticator(relyingParty()).register(theirs.challenge),
    );
    expect(stolen.status).toBe(400);
    expect(passkeysOf(user.id)).toHaveLength(1);
  });

  it("refuses an answer made for another origin or RP ID", async () => {
    const { user, client, authenticator } = await signedInPerson();
    const first = await registrationOptions(user);
    const phished = await register(
      client,
      authenticator.register(first.challenge, { origin: "https://leerkring.example.evil" }),
    );
    expect(phished.status).toBe(400);
    expect(await phished.text()).toContain("Deze passkey kon niet worden gecontroleerd.");
    const second = await registrationOptions(user);
    const otherRp = await register(
      client,
      authenticator.register(second.challenge, { rpId: "example.evil" }),
    );
    expect(otherRp.status).toBe(400);
    expect(passkeysOf(user.id)).toHaveLength(0);
  });

  it("answers malformed JSON and missing fields with a Dutch 400", async () => {
    const { user, client } = await signedInPerson();
    for (const antwoord of ["{niet-json", "[]", '{"id":"x"}', "null", ""]) {
      const response = await register(client, antwoord);
      expect(response.status).toBe(400);
      expect(await response.text()).toContain(
        "Het antwoord van de passkey kon niet worden gelezen.",
      );
    }
    const nameless = await client.post("/account/tweestaps", { intent: "passkey-registreren" });
    expect(nameless.status).toBe(400);
    expect(passkeysOf(user.id)).toHaveLength(0);
  });

  it("removes a passkey only after the confirmation step", async () => {
    const { user, client, authenticator } = await signedInPerson();
    const options = await registrationOptions(user);
    await register(client, authenticator.register(options.challenge), "Sleutel");
    const id = passkeysOf(user.id)[0]!.id;
    const asked = await client.post("/account/tweestaps", { intent: "passkey-verwijderen", id });
    expect(await asked.text()).toContain("Ja, verwijder passkey Sleutel");
    expect(passkeysOf(user.id)).toHaveLength(1);
    const done = await client.post("/account/tweestaps", {
      intent: "passkey-verwijderen",
      id,
      bevestigd: "ja",
    });
    expect(await done.text()).toContain("De passkey is verwijderd.");
    expect(passkeysOf(user.id)).toHaveLength(0);
    const gone = await client.post("/account/tweestaps", { intent: "passkey-verwijderen", id });
    expect(gone.status).toBe(404);
  });
});

describe("the second step with a passkey", () => {
  async function personWithPasskey() {
    const person = await signedInPerson();
    const options = await registrationOptions(person.user);
    await register(person.client, person.authenticator.register(options.challenge));
    return person;
  }

  async function passwordStep(email: string) {
    const client = new Client(app);
    const response = await client.post("/inloggen", { email, password: TEST_PASSWORD });
    expect(response.headers.get("Location")).toBe("/inloggen/code");
    const token = client.cookies.get(CHALLENGE_COOKIE)!;
    return { client, token };
  }

  const answer = (client: Client, antwoord: unknown) =>
    client.post("/inloggen/code", {
      intent: "passkey",
      antwoord: typeof antwoord === "string" ? antwoord : JSON.stringify(antwoord),
    });

  it("a passkey alone makes the password step ask for the second step, and signs in", async () => {
    const { user, authenticator } = await personWithPasskey();
    const { client, token } = await passwordStep(user.email);
    expect(await (await client.get("/inloggen/code")).text()).not.toContain("duurde te lang");
    const options = (await passkeyStepOptions(token))!;
    expect(options.allowCredentials?.map((c) => c.id)).toEqual([passkeysOf(user.id)[0]!.id]);
    const response = await answer(client, authenticator.authenticate(options.challenge));
    expect(response.status).toBe(302);
    expect(client.cookies.has(SESSION)).toBe(true);
    expect(passkeysOf(user.id)[0]!.lastUsedAt).not.toBeNull();
    const entry = getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "inloggen.gelukt"), eq(auditLog.subjectId, String(user.id))))
      .all()
      .at(-1)!;
    expect(entry.detail).toEqual({ tweedeStap: "passkey" });
  });

  it("refuses a replayed answer, a wrong origin and another step's challenge, and audits them", async () => {
    const { user, authenticator } = await personWithPasskey();
    const first = await passwordStep(user.email);
    const options = (await passkeyStepOptions(first.token))!;
    const right = authenticator.authenticate(options.challenge);

    // Another login's browser cannot use this step's challenge.
    const second = await passwordStep(user.email);
    const crossed = await answer(second.client, right);
    expect(crossed.status).toBe(401);
    expect(await crossed.text()).toContain("Deze passkey kon niet worden gecontroleerd.");

    const phished = (await passkeyStepOptions(first.token))!;
    const wrongOrigin = await answer(
      first.client,
      authenticator.authenticate(phished.challenge, { origin: "http://evil.example" }),
    );
    expect(wrongOrigin.status).toBe(401);
    expect(first.client.cookies.has(SESSION)).toBe(false);

    const fresh = (await passkeyStepOptions(first.token))!;
    const ok = authenticator.authenticate(fresh.challenge);
    expect((await answer(first.client, ok)).status).toBe(302);
    // Replayed on the second browser's pending step: the challenge is gone.
    expect((await answer(second.client, ok)).status).toBe(401);
    expect(second.client.cookies.has(SESSION)).toBe(false);

    const failures = getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "inloggen.mislukt"), eq(auditLog.subjectId, String(user.id))))
      .all()
      .filter((e) => e.detail?.["reden"] === "passkey");
    expect(failures).toHaveLength(3);
  });

  it("answers malformed JSON with a Dutch 400, and no step at all with a 401", async () => {
    const { user } = await personWithPasskey();
    const { client } = await passwordStep(user.email);
    for (const antwoord of ["{", '{"id":1}', "[1,2]"]) {
      const response = await answer(client, antwoord);
      expect(response.status).toBe(400);
      expect(await response.text()).toContain(
        "Het antwoord van de passkey kon niet worden gelezen.",
      );
    }
    const stranger = new Client(app);
    const options = await stranger.post("/inloggen/code", { intent: "passkey-opties" });
    expect(options.status).toBe(401);
    expect(await options.text()).toContain("duurde te lang");
  });

  it("is throttled like the code", async () => {
    const { user, authenticator } = await personWithPasskey();
    const { client, token } = await passwordStep(user.email);
    let status = 0;
    for (let i = 0; i < 12 && status !== 429; i++) {
      const options = (await passkeyStepOptions(token))!;
      const response = await answer(
        client,
        authenticator.authenticate(options.challenge, { origin: "http://evil.example" }),
      );
      status = response.status;
    }
    expect(status).toBe(429);
  });
});
