import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { resetLoginThrottle } from "#app/auth/throttle.server.ts";
import { getDb } from "#db/client.ts";
import { accountTokens, mailOutbox, users } from "#db/schema.ts";
import { createOrganisation, createUser, TEST_PASSWORD } from "#tests/factories.ts";
import { Client, startTestApp } from "#tests/setup/http.ts";
import { captureLog } from "#tests/setup/log.ts";

const log = captureLog();
const app = startTestApp({ logger: log.logger });
beforeEach(() => resetLoginThrottle());

async function loggedIn(role: "beheerder" | "projectleider" | "medewerker" | "deelnemer") {
  const user = await createUser({ role });
  const client = new Client(app);
  await client.login(user.email, TEST_PASSWORD);
  return { user, client };
}

function linkIn(html: string, path: string): string {
  const match = html.match(new RegExp(`https?://[^<"\\s]+${path}/([a-z2-7]+)`));
  if (!match) throw new Error(`no ${path} link in page`);
  return new URL(match[0]).pathname;
}

describe("invitations", () => {
  it("lets a beheerder invite someone, who then sets a password and is logged in", async () => {
    const { client } = await loggedIn("beheerder");
    const gemeente = createOrganisation({ name: "Gemeente Uitnodigdam" });
    const created = await client.post("/beheer/uitnodigingen", {
      intent: "uitnodigen",
      email: "Nieuwe.Collega@Uitnodigdam.nl",
      organisationId: String(gemeente.id),
      role: "deelnemer",
    });
    expect(created.status).toBe(200);
    const html = await created.text();
    expect(html).toContain("De uitnodiging is gemaakt.");
    const path = linkIn(html, "/uitnodiging");

    const invitee = new Client(app);
    const form = await invitee.get(path);
    expect(form.status).toBe(200);
    const formHtml = await form.text();
    expect(formHtml).toContain("nieuwe.collega@uitnodigdam.nl");
    expect(formHtml).toContain("Gemeente Uitnodigdam");

    const weak = await invitee.post(path, { name: "", password: "welkom01", repeatPassword: "x" });
    expect(weak.status).toBe(400);
    const weakHtml = await weak.text();
    expect(weakHtml).toContain("Vul dit veld in.");
    expect(weakHtml).toContain("veelgebruikte wachtwoorden");
    // The invitee's own name, address and organisation are what an attacker tries first.
    for (const own of ["nieuwe.collega@uitnodigdam.nl", "Nieuwe Collega", "gemeenteuitnodigdam"]) {
      const personal = await invitee.post(path, {
        name: "Nieuwe Collega",
        password: own,
        repeatPassword: own,
      });
      expect(personal.status, own).toBe(400);
      expect(await personal.text()).toContain("je naam, je e-mailadres");
    }

    const accepted = await invitee.post(path, {
      name: "Nieuwe Collega",
      password: "een lange zin als wachtwoord",
      repeatPassword: "een lange zin als wachtwoord",
    });
    expect(accepted.status).toBe(302);
    expect(await (await invitee.get("/")).text()).toContain("Welkom, Nieuwe Collega");
    const account = getDb()
      .select()
      .from(users)
      .where(eq(users.email, "nieuwe.collega@uitnodigdam.nl"))
      .get();
    expect(account).toMatchObject({ role: "deelnemer", organisationId: gemeente.id });

    // Single use: the same link no longer works.
    const again = await new Client(app).get(path);
    expect(again.status).toBe(410);
    expect(await again.text()).toContain("niet (meer) geldig");
  });

  it("shows the expired invitation as invalid", async () => {
    const { client } = await loggedIn("beheerder");
    const created = await client.post("/beheer/uitnodigingen", {
      intent: "uitnodigen",
      email: "laat@test.leerkring.nl",
      organisationId: String(createOrganisation({ kind: "werkplaats" }).id),
      role: "medewerker",
    });
    const path = linkIn(await created.text(), "/uitnodiging");
    getDb()
      .update(accountTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(accountTokens.email, "laat@test.leerkring.nl"))
      .run();
    expect((await new Client(app).get(path)).status).toBe(410);
    const post = await new Client(app).post(path, {
      name: "Laat",
      password: "een lange zin als wachtwoord",
      repeatPassword: "een lange zin als wachtwoord",
    });
    expect(post.status).toBe(410);
  });

  it("lets a project leader invite, but not a beheerder", async () => {
    const { client } = await loggedIn("projectleider");
    const organisationId = String(createOrganisation().id);
    const refused = await client.post("/beheer/uitnodigingen", {
      intent: "uitnodigen",
      email: "baas@test.leerkring.nl",
      organisationId,
      role: "beheerder",
      bevestigBeheerder: "ja",
    });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("Deze rol mag je niet toekennen.");
    const ok = await client.post("/beheer/uitnodigingen", {
      intent: "uitnodigen",
      email: "collega@test.leerkring.nl",
      organisationId,
      role: "deelnemer",
    });
    expect(ok.status).toBe(200);
  });

  it("refuses to invite an address that already has an account", async () => {
    const { client } = await loggedIn("beheerder");
    const existing = await createUser();
    const response = await client.post("/beheer/uitnodigingen", {
      intent: "uitnodigen",
      email: existing.email,
      organisationId: String(existing.organisationId),
      role: "deelnemer",
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Er is al een actief account met dit e-mailadres.");
  });

  it("validates every field and keeps what was typed", async () => {
    const { client } = await loggedIn("beheerder");
    const response = await client.post("/beheer/uitnodigingen", {
      intent: "uitnodigen",
      email: "geen-adres",
      organisationId: "999999",
      role: "koning",
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("Vul een geldig e-mailadres in");
    expect(html).toContain("Kies een organisatie.");
    expect(html).toContain("Kies een rol.");
    expect(html).toContain('value="geen-adres"');
  });

  it("lists roles from least to most powerful and fits them to the organisation", async () => {
    const { client } = await loggedIn("beheerder");
    const form = await (await client.get("/beheer/uitnodigingen")).text();
    const order = ["Deelnemer", "Medewerker (Movisie of Werkplaats)", "Projectleider", "Beheerder"];
    const positions = order.map((label) => form.indexOf(`>${label}</option>`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    const gemeente = String(createOrganisation().id);
    const programma = String(createOrganisation({ kind: "programma", name: "Programma X" }).id);
    const atMunicipality = await client.post("/beheer/uitnodigingen", {
      intent: "uitnodigen",
      email: "baas@gemeente.nl",
      organisationId: gemeente,
      role: "beheerder",
      bevestigBeheerder: "ja",
    });
    expect(atMunicipality.status).toBe(400);
    expect(await atMunicipality.text()).toContain("Deze rol past niet bij deze organisatie.");
    const staffAtMunicipality = await client.post("/beheer/uitnodigingen", {
      intent: "uitnodigen",
      email: "staf@gemeente.nl",
      organisationId: gemeente,
      role: "medewerker",
    });
    expect(staffAtMunicipality.status).toBe(400);

    const unconfirmed = await client.post("/beheer/uitnodigingen", {
      intent: "uitnodigen",
      email: "baas@programma.nl",
      organisationId: programma,
      role: "beheerder",
    });
    expect(unconfirmed.status).toBe(400);
    expect(await unconfirmed.text()).toContain("Vink aan dat deze persoon beheerder mag worden");
    const confirmed = await client.post("/beheer/uitnodigingen", {
      intent: "uitnodigen",
      email: "baas@programma.nl",
      organisationId: programma,
      role: "beheerder",
      bevestigBeheerder: "ja",
    });
    expect(confirmed.status).toBe(200);
    expect(
      getDb()
        .select()
        .from(accountTokens)
        .where(eq(accountTokens.email, "baas@programma.nl"))
        .get(),
    ).toBeDefined();
  });

  it("says what to do when no organisation was chosen", async () => {
    const { client } = await loggedIn("beheerder");
    const response = await client.post("/beheer/uitnodigingen", {
      intent: "uitnodigen",
      email: "iemand@test.leerkring.nl",
      organisationId: "",
      role: "deelnemer",
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("Kies een organisatie.");
    expect(html).not.toContain("Deze waarde klopt niet");
  });

  it("revokes an open invitation so its link stops working", async () => {
    const { client } = await loggedIn("beheerder");
    const created = await client.post("/beheer/uitnodigingen", {
      intent: "uitnodigen",
      email: "ingetrokken@test.leerkring.nl",
      organisationId: String(createOrganisation().id),
      role: "deelnemer",
    });
    const path = linkIn(await created.text(), "/uitnodiging");
    const row = getDb()
      .select()
      .from(accountTokens)
      .where(eq(accountTokens.email, "ingetrokken@test.leerkring.nl"))
      .get()!;
    const revoked = await client.post("/beheer/uitnodigingen", { intent: "intrekken", id: row.id });
    expect(revoked.status).toBe(200);
    expect((await new Client(app).get(path)).status).toBe(410);
  });

  it("replaces an open invitation when the same address is invited again", async () => {
    const { client } = await loggedIn("beheerder");
    const organisationId = String(createOrganisation().id);
    const invite = async () =>
      linkIn(
        await (
          await client.post("/beheer/uitnodigingen", {
            intent: "uitnodigen",
            email: "twee-keer@test.leerkring.nl",
            organisationId,
            role: "deelnemer",
          })
        ).text(),
        "/uitnodiging",
      );
    const first = await invite();
    const second = await invite();
    expect((await new Client(app).get(first)).status).toBe(410);
    const old = await new Client(app).post(first, {
      name: "Oud",
      password: "een lange zin als wachtwoord",
      repeatPassword: "een lange zin als wachtwoord",
    });
    expect(old.status).toBe(410);
    expect((await new Client(app).get(second)).status).toBe(200);
  });

  it("does not let a project leader revoke someone else's invitation", async () => {
    const admin = await loggedIn("beheerder");
    await admin.client.post("/beheer/uitnodigingen", {
      intent: "uitnodigen",
      email: "van-beheer@test.leerkring.nl",
      organisationId: String(createOrganisation().id),
      role: "deelnemer",
    });
    const row = getDb()
      .select()
      .from(accountTokens)
      .where(eq(accountTokens.email, "van-beheer@test.leerkring.nl"))
      .get()!;
    const leader = await loggedIn("projectleider");
    const response = await leader.client.post("/beheer/uitnodigingen", {
      intent: "intrekken",
      id: row.id,
    });
    expect(response.status).toBe(404);
  });
});

describe("without SMTP (the demo)", () => {
  it("keeps the mail for /beheer/e-mail and shows its link to a beheerder only, labelled", async () => {
    const admin = await loggedIn("beheerder");
    const created = await admin.client.post("/beheer/uitnodigingen", {
      intent: "uitnodigen",
      email: "demo-uitnodiging@test.leerkring.nl",
      organisationId: String(createOrganisation().id),
      role: "deelnemer",
    });
    const html = await created.text();
    expect(html).toContain("Er is geen SMTP ingesteld, dus de e-mail is niet verzonden");
    expect(html).toContain("Niet verzonden: geen SMTP ingesteld.");
    expect(html).toContain("Alleen beheerders zien deze link hier.");
    const path = linkIn(html, "/uitnodiging");

    const outbox = await (await admin.client.get("/beheer/e-mail")).text();
    expect(outbox).toContain("Niet verzonden: geen SMTP ingesteld.");
    expect(outbox).toContain("demo-uitnodiging@test.leerkring.nl");
    const mail = getDb()
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, "demo-uitnodiging@test.leerkring.nl"))
      .get()!;
    expect(mail.text).toContain(path);
    const read = await (await admin.client.get(`/beheer/e-mail?bericht=${mail.id}`)).text();
    expect(read).toContain(path);

    // A project leader is told the mail is kept, but does not see the link.
    const leader = await loggedIn("projectleider");
    const theirs = await leader.client.post("/beheer/uitnodigingen", {
      intent: "uitnodigen",
      email: "demo-leider@test.leerkring.nl",
      organisationId: String(createOrganisation().id),
      role: "deelnemer",
    });
    const leaderHtml = await theirs.text();
    expect(leaderHtml).toContain("Er is geen SMTP ingesteld");
    expect(leaderHtml).not.toMatch(/\/uitnodiging\/[a-z2-7]{10,}/);
  });

  it("shows an empty outbox filter and the empty suppression list", async () => {
    const admin = await loggedIn("beheerder");
    const page = await (await admin.client.get("/beheer/e-mail?status=mislukt")).text();
    expect(page).toContain("Er zijn geen berichten met deze status.");
    expect(page).toContain("Er zijn geen geweigerde adressen.");
  });
});

describe("password reset", () => {
  it("resets a password by a single-use link and ends all sessions", async () => {
    const user = await createUser();
    const session = new Client(app);
    await session.login(user.email, TEST_PASSWORD);
    const admin = await loggedIn("beheerder");
    const created = await admin.client.post("/beheer/accounts", {
      intent: "herstellink",
      userId: String(user.id),
    });
    expect(created.status).toBe(200);
    const path = linkIn(await created.text(), "/wachtwoord-herstellen");

    const person = new Client(app);
    expect((await person.get(path)).status).toBe(200);
    const mismatch = await person.post(path, {
      password: "nieuw en sterk genoeg",
      repeatPassword: "anders",
    });
    expect(await mismatch.text()).toContain("De twee wachtwoorden zijn niet gelijk.");
    const done = await person.post(path, {
      password: "nieuw en sterk genoeg",
      repeatPassword: "nieuw en sterk genoeg",
    });
    expect(done.headers.get("Location")).toBe("/inloggen?hersteld=1");
    expect((await session.get("/account")).status).toBe(302);
    await new Client(app).login(user.email, "nieuw en sterk genoeg");
    expect((await new Client(app).get(path)).status).toBe(410);
  });

  it("answers the forgotten-password form the same whether or not the address exists", async () => {
    const user = await createUser();
    const known = await new Client(app).post("/wachtwoord-vergeten", { email: user.email });
    const unknown = await new Client(app).post("/wachtwoord-vergeten", {
      email: "onbekend@test.leerkring.nl",
    });
    expect(known.status).toBe(200);
    expect(unknown.status).toBe(200);
    const strip = (html: string) =>
      html.replace(/nonce="[^"]+"/g, "").replace(/"[^"]*@test\.leerkring\.nl"/g, "");
    expect(strip(await known.text())).toBe(strip(await unknown.text()));
    const tokens = getDb()
      .select()
      .from(accountTokens)
      .where(eq(accountTokens.email, user.email))
      .all();
    expect(tokens).toHaveLength(1);
    expect(tokens[0]!.purpose).toBe("wachtwoordherstel");
  });

  async function resetLink(admin: Client, userId: number) {
    const created = await admin.post("/beheer/accounts", {
      intent: "herstellink",
      userId: String(userId),
    });
    return linkIn(await created.text(), "/wachtwoord-herstellen");
  }
  const setPassword = (path: string, password: string) =>
    new Client(app).post(path, { password, repeatPassword: password });

  it("keeps only the newest reset link valid, and ends it once one is used", async () => {
    const user = await createUser();
    const admin = await loggedIn("beheerder");
    const links = [
      await resetLink(admin.client, user.id),
      await resetLink(admin.client, user.id),
      await resetLink(admin.client, user.id),
    ];
    expect((await new Client(app).get(links[0]!)).status).toBe(410);
    expect((await new Client(app).get(links[1]!)).status).toBe(410);
    const used = await setPassword(links[2]!, "nieuw en sterk genoeg");
    expect(used.headers.get("Location")).toBe("/inloggen?hersteld=1");
    // The oldest link can no longer set the password after another was used.
    const replay = await setPassword(links[0]!, "een ander sterk wachtwoord hier");
    expect(replay.status).toBe(410);
    await new Client(app).login(user.email, "nieuw en sterk genoeg");
  });

  it("ends every open reset link of a person when a link is used", async () => {
    const user = await createUser();
    const admin = await loggedIn("beheerder");
    const older = await resetLink(admin.client, user.id);
    // A second link made outside the admin page (the forgotten-password form logs it).
    await new Client(app).post("/wachtwoord-vergeten", { email: user.email });
    const logged = String(log.entries().findLast((e) => e.msg === "wachtwoordherstel")?.link);
    const newer = linkIn(logged, "/wachtwoord-herstellen");
    expect((await setPassword(newer, "nieuw en sterk genoeg")).status).toBe(302);
    expect((await new Client(app).get(older)).status).toBe(410);
    expect(
      getDb()
        .select()
        .from(accountTokens)
        .where(eq(accountTokens.userId, user.id))
        .all()
        .every((t) => t.usedAt || t.revokedAt),
    ).toBe(true);
  });

  it("ends an open reset link when the person changes the password", async () => {
    const user = await createUser();
    const admin = await loggedIn("beheerder");
    const link = await resetLink(admin.client, user.id);
    const person = new Client(app);
    await person.login(user.email, TEST_PASSWORD);
    const changed = await person.post("/account", {
      intent: "wachtwoord",
      currentPassword: TEST_PASSWORD,
      password: "nieuw wachtwoord voor mij",
      repeatPassword: "nieuw wachtwoord voor mij",
    });
    expect(changed.status).toBe(200);
    expect((await new Client(app).get(link)).status).toBe(410);
    expect((await setPassword(link, "een ander sterk wachtwoord hier")).status).toBe(410);
  });

  it("ends an open reset link when the account is deactivated", async () => {
    const user = await createUser();
    const admin = await loggedIn("beheerder");
    const link = await resetLink(admin.client, user.id);
    await admin.client.post("/beheer/accounts", {
      intent: "deactiveren",
      userId: String(user.id),
      bevestigd: "ja",
    });
    await admin.client.post("/beheer/accounts", { intent: "activeren", userId: String(user.id) });
    expect((await new Client(app).get(link)).status).toBe(410);
  });

  it("refuses a weak new password beside the field, with advice in Dutch", async () => {
    const user = await createUser({
      name: "Sanne Jansen",
      email: "sanne.jansen@test.leerkring.nl",
    });
    const admin = await loggedIn("beheerder");
    const link = await resetLink(admin.client, user.id);
    for (const [password, advice] of [
      ["aaaaaaaa", "Herhaalde tekens"],
      ["        ", "Herhaalde tekens"],
      ["leerkring", "je naam, je e-mailadres"],
      ["sanne.jansen@test.leerkring.nl", "je naam, je e-mailadres"],
    ] as const) {
      const response = await setPassword(link, password);
      expect(response.status, password).toBe(400);
      const html = await response.text();
      expect(html).toContain(advice);
      expect(html).toContain("zin van vier of meer woorden");
    }
    expect((await setPassword(link, "paarse olifant fietst snel")).status).toBe(302);
  });
});
