import { eq } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { resetLoginThrottle } from "#app/auth/throttle.server.ts";
import { suppressAddress } from "#app/mail/outbox.server.ts";
import { getDb } from "#db/client.ts";
import { mailOutbox, mailSuppressions, users } from "#db/schema.ts";
import { createOrganisation, createUser, TEST_PASSWORD } from "#tests/factories.ts";
import { Client, startTestApp } from "#tests/setup/http.ts";
import { captureLog } from "#tests/setup/log.ts";
import { TestMailbox, type ReceivedMail } from "#tests/setup/smtp.ts";

// Invitations and password resets go by mail, through a real SMTP server: the link arrives, works,
// and is neither on the page nor in the log. And /beheer/e-mail, where the beheerder reads the
// outbox and lifts suppressed addresses.

const mailbox = new TestMailbox();
const log = captureLog();
// Started before the app, which is given its address.
await mailbox.start();
afterAll(() => mailbox.stop());
const app = startTestApp({
  logger: log.logger,
  mail: { smtpUrl: mailbox.url, retryBaseMs: 50 },
});
beforeEach(() => resetLoginThrottle());

async function loggedIn(role: "beheerder" | "projectleider" | "medewerker" | "deelnemer") {
  const user = await createUser({ role });
  const client = new Client(app);
  await client.login(user.email, TEST_PASSWORD);
  return { user, client };
}

/** The path of the one link to `path` in a mail, checked to be the same in HTML and text. */
function linkIn(mail: ReceivedMail, path: string): string {
  const pattern = new RegExp(`https?://[^<"\\s\\]]+${path}/([a-z2-7]+)`);
  const inText = mail.text?.match(pattern)?.[0];
  const inHtml = String(mail.html).match(pattern)?.[0];
  expect(inText, "link in the plain text").toBeDefined();
  expect(inHtml).toBe(inText);
  const url = new URL(inText!);
  // From PUBLIC_URL, not from the Host the request came in on.
  expect(url.origin).not.toBe(app.url);
  return url.pathname;
}

const arrived = (address: string, count = 1) =>
  mailbox.waitFor(() => mailbox.to(address).length >= count && mailbox.to(address)[count - 1]);

describe("an invitation by mail", () => {
  it("arrives in the chosen language with a link that creates the account", async () => {
    const { client, user } = await loggedIn("beheerder");
    const gemeente = createOrganisation({ name: "Gemeente Postdam" });
    const before = log.entries().length;
    const created = await client.post("/beheer/uitnodigingen", {
      intent: "uitnodigen",
      email: "Nieuw@Postdam.nl",
      organisationId: String(gemeente.id),
      role: "deelnemer",
      locale: "en",
    });
    expect(created.status).toBe(200);
    const html = await created.text();
    expect(html).toContain("De uitnodiging is gemaakt en per e-mail verstuurd.");
    expect(html).not.toMatch(/\/uitnodiging\/[a-z2-7]{10,}/);

    const mail = await arrived("nieuw@postdam.nl");
    expect(mail.subject).toBe(`${user.name} invites you to Leerkring`);
    expect(mail.text).toContain("Gemeente Postdam");
    expect(String(mail.html)).toContain('lang="en"');
    const path = linkIn(mail, "/uitnodiging");
    const token = path.split("/").pop()!;
    // Not on the page, not in the log: the mail is the only place the link is.
    expect(log.entries(before).some((e) => e.msg === "uitnodiging")).toBe(true);
    expect(log.text()).not.toContain(token);

    const invitee = new Client(app);
    expect((await invitee.get(path)).status).toBe(200);
    const accepted = await invitee.post(path, {
      name: "Nieuwe Postdammer",
      password: "een lange zin als wachtwoord",
      repeatPassword: "een lange zin als wachtwoord",
    });
    expect(accepted.status).toBe(302);
    expect(await (await invitee.get("/")).text()).toContain("Nieuwe Postdammer");
  });

  it("is in Dutch unless another language is chosen", async () => {
    const { client } = await loggedIn("projectleider");
    await client.post("/beheer/uitnodigingen", {
      intent: "uitnodigen",
      email: "nederlands@postdam.nl",
      organisationId: String(createOrganisation().id),
      role: "deelnemer",
    });
    const mail = await arrived("nederlands@postdam.nl");
    expect(mail.subject).toMatch(/nodigt je uit voor Leerkring$/);
    expect(String(mail.html)).toContain('lang="nl"');
  });

  it("refuses an invalid address where it is entered, and sends nothing", async () => {
    const { client } = await loggedIn("beheerder");
    const count = mailbox.received.length;
    for (const email of ["geen-adres", "a@b", "twee@@example.nl", "x@example.nl\r\nBcc: y@z.nl"]) {
      const response = await client.post("/beheer/uitnodigingen", {
        intent: "uitnodigen",
        email,
        organisationId: String(createOrganisation().id),
        role: "deelnemer",
      });
      expect(response.status, email).toBe(400);
      expect(await response.text()).toContain("Vul een geldig e-mailadres in");
    }
    const queued = getDb().select().from(mailOutbox).all();
    expect(queued.some((m) => m.toAddress.includes("geen-adres"))).toBe(false);
    expect(mailbox.received.length).toBe(count);
  });
});

describe("a password reset by mail", () => {
  it("comes when asked on 'wachtwoord vergeten', in the person's language, and works", async () => {
    const person = await createUser({ locale: "en" });
    const before = log.entries().length;
    const asked = await new Client(app).post("/wachtwoord-vergeten", { email: person.email });
    expect(asked.status).toBe(200);
    const page = await asked.text();
    const mail = await arrived(person.email);
    expect(mail.subject).toBe("A new password for Leerkring");
    const path = linkIn(mail, "/wachtwoord-herstellen");
    expect(page).not.toContain(path);
    expect(log.entries(before).some((e) => e.msg === "wachtwoordherstel")).toBe(true);
    expect(log.text()).not.toContain(path.split("/").pop()!);

    const reset = new Client(app);
    const saved = await reset.post(path, {
      password: "een nieuwe lange zin",
      repeatPassword: "een nieuwe lange zin",
    });
    expect(saved.status).toBe(302);
    expect((await new Client(app).login(person.email, "een nieuwe lange zin")).status).toBe(302);
  });

  it("answers the same for an unknown or inactive address, and mails only a real account", async () => {
    const inactive = await createUser();
    getDb().update(users).set({ active: false }).where(eq(users.id, inactive.id)).run();
    const active = await createUser();
    const answer = async (email: string) => {
      const response = await new Client(app).post("/wachtwoord-vergeten", { email });
      expect(response.status).toBe(200);
      return (await response.text()).replace(/<input[^>]*csrf[^>]*>/g, "");
    };
    const unknown = await answer("niemand@test.leerkring.nl");
    const off = await answer(inactive.email);
    const real = await answer(active.email);
    const message = "Als er een actief account bij dit adres hoort, hebben we er een herstellink";
    for (const page of [unknown, off, real]) expect(page).toContain(message);
    await arrived(active.email);
    const sentTo = getDb().select({ to: mailOutbox.toAddress }).from(mailOutbox).all();
    expect(sentTo.map((m) => m.to)).not.toContain("niemand@test.leerkring.nl");
    expect(sentTo.map((m) => m.to)).not.toContain(inactive.email);
  });

  it("is mailed when a beheerder makes a reset link, which the page then does not show", async () => {
    const person = await createUser();
    const admin = await loggedIn("beheerder");
    const created = await admin.client.post("/beheer/accounts", {
      intent: "herstellink",
      userId: String(person.id),
    });
    expect(created.status).toBe(200);
    const html = await created.text();
    expect(html).toContain("De herstellink is per e-mail verstuurd");
    const mail = await arrived(person.email);
    const path = linkIn(mail, "/wachtwoord-herstellen");
    expect(html).not.toContain(path);
    expect(log.text()).not.toContain(path.split("/").pop()!);
    expect((await new Client(app).get(path)).status).toBe(200);
  });
});

describe("/beheer/e-mail", () => {
  it("lists the outbox, filters it and shows a message safely", async () => {
    const admin = await loggedIn("beheerder");
    const person = await createUser({ name: "Lezer <script>alert(1)</script>" });
    await admin.client.post("/beheer/accounts", {
      intent: "herstellink",
      userId: String(person.id),
    });
    const resetPath = linkIn(await arrived(person.email), "/wachtwoord-herstellen");
    const page = await (await admin.client.get("/beheer/e-mail")).text();
    expect(page).toContain("Uitgaande e-mail");
    expect(page).toContain(person.email);
    // With SMTP there is no "niet verzonden" warning.
    expect(page).not.toContain("Niet verzonden: geen SMTP ingesteld.");
    const row = getDb()
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, person.email))
      .get()!;
    const sent = await (await admin.client.get("/beheer/e-mail?status=verzonden")).text();
    expect(sent).toContain(person.email);
    const waiting = await (await admin.client.get("/beheer/e-mail?status=mislukt")).text();
    expect(waiting).not.toContain(person.email);

    const shown = await (await admin.client.get(`/beheer/e-mail?bericht=${row.id}`)).text();
    expect(shown).toContain("Een nieuw wachtwoord voor Leerkring");
    expect(shown).toContain('<iframe title="');
    expect(shown).toMatch(/<iframe[^>]*sandbox=""/);
    // The mail's HTML is only inside the frame's srcdoc (escaped), never as markup of the page.
    expect(shown).not.toContain("<script>alert(1)</script>");
    expect(shown).not.toContain("<!DOCTYPE html PUBLIC");
    expect(shown).toMatch(/srcDoc="&lt;!DOCTYPE html PUBLIC/);
    expect(shown).toContain("Verzonden");
    // With SMTP the link reaches its person only: the beheerder reads the mail without the token.
    expect(shown).not.toContain(resetPath);
    expect(shown).toContain("/wachtwoord-herstellen/[verborgen]");
  });

  it("shows a bounced address on the page and the account list, and lifts it", async () => {
    const admin = await loggedIn("beheerder");
    const person = await createUser();
    suppressAddress(person.email, "550 No such user");
    const page = await (await admin.client.get("/beheer/e-mail")).text();
    expect(page).toContain(person.email);
    expect(page).toContain("550 No such user");
    const accounts = await (await admin.client.get("/beheer/accounts")).text();
    expect(accounts).toContain("E-mail komt niet aan (adres geweigerd)");

    const before = log.entries().length;
    const lifted = await admin.client.post("/beheer/e-mail", {
      intent: "opheffen",
      address: person.email,
    });
    expect(lifted.status).toBe(200);
    expect(await lifted.text()).toContain("De blokkade is opgeheven");
    const entry = log.entries(before).find((e) => e.msg === "onderdrukking opgeheven");
    expect(entry).toMatchObject({ address: person.email, by: admin.user.email });
    expect(
      getDb()
        .select()
        .from(mailSuppressions)
        .where(eq(mailSuppressions.address, person.email))
        .get(),
    ).toBeUndefined();
    const again = await admin.client.post("/beheer/e-mail", {
      intent: "opheffen",
      address: person.email,
    });
    expect(again.status).toBe(404);
    const bad = await admin.client.post("/beheer/e-mail", { intent: "opheffen", address: "x" });
    expect(bad.status).toBe(400);
  });

  it("is for the beheerder only", async () => {
    const person = await createUser();
    suppressAddress(person.email, "550 No such user");
    for (const role of ["projectleider", "medewerker", "deelnemer"] as const) {
      const { client } = await loggedIn(role);
      expect((await client.get("/beheer/e-mail")).status, role).toBe(403);
      const lift = await client.post("/beheer/e-mail", {
        intent: "opheffen",
        address: person.email,
      });
      expect(lift.status, role).toBe(403);
    }
    expect(
      getDb()
        .select()
        .from(mailSuppressions)
        .where(eq(mailSuppressions.address, person.email))
        .get(),
    ).toBeDefined();
    expect((await new Client(app).get("/beheer/e-mail")).status).toBe(302);
  });
});
