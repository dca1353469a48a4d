import { eq } from "drizzle-orm";
import { beforeAll, afterAll, describe, expect, it } from "vitest";
import { getDb } from "#db/client.ts";
import { essaySubscribers } from "#db/schema.ts";
import { resetFollowThrottle } from "#app/volgen/volgen.server.tsx";
import { Client, startTestApp } from "#tests/setup/http.ts";
import { TestMailbox } from "#tests/setup/smtp.ts";

// Outside subscribers to new essays: the form on /essays mails a confirmation link (double
// opt-in), the link confirms only with a POST, and the form answers the same for every address.

const mailbox = new TestMailbox();
beforeAll(() => mailbox.start());
afterAll(() => mailbox.stop());
// The mailbox has its port only once started: read it when the app starts, after it.
const app = startTestApp({
  mail: {
    get smtpUrl() {
      return mailbox.url;
    },
    retryBaseMs: 50,
  },
});

const subscriber = (email: string) =>
  getDb().select().from(essaySubscribers).where(eq(essaySubscribers.email, email)).get();

const follow = (client: Client, email: string) =>
  client.post("/essays?index", { intent: "volgen", email });

function linkIn(text: string): string {
  const match = /https?:\/\/[^\s]+\/essays\/volgen\/([a-z0-9]+)/.exec(text);
  if (!match) throw new Error(`No confirmation link in: ${text}`);
  return `/essays/volgen/${match[1]}`;
}

describe("following new essays by e-mail", () => {
  it("says on the page what the address is used for", async () => {
    const html = await (await new Client(app).get("/essays")).text();
    expect(html).toContain("Volg nieuwe essays per e-mail");
    expect(html).toContain("We gebruiken je adres alleen hiervoor");
  });

  it("mails a confirmation link, and only confirming with the button subscribes", async () => {
    resetFollowThrottle();
    const client = new Client(app);
    const email = `lezer-${Date.now()}@example.nl`;
    const response = await follow(client, `  ${email.toUpperCase()} `);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Bijna klaar");
    expect(subscriber(email)).toMatchObject({ email, confirmedAt: null });

    const [mail] = await mailbox.waitFor(() => mailbox.to(email).length === 1 && mailbox.to(email));
    expect(mail!.subject).toBe("Bevestig dat je nieuwe essays van Leerkring wilt volgen");
    const link = linkIn(mail!.text ?? "");
    // The token itself is not stored, only its hash.
    expect(subscriber(email)!.confirmTokenHash).not.toContain(link.split("/").at(-1));

    // Opening the link (as a mail scanner would) asks, and changes nothing.
    const page = await client.get(link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Ja, stuur me nieuwe essays");
    expect(subscriber(email)!.confirmedAt).toBeNull();

    const confirmed = await client.post(link, {});
    expect(await confirmed.text()).toContain("Bevestigd.");
    expect(subscriber(email)!.confirmedAt).toBeInstanceOf(Date);

    // The link is used up.
    expect(await (await client.get(link)).text()).toContain("werkt niet (meer)");
    expect(await (await client.get("/essays/volgen/onzin")).text()).toContain("werkt niet (meer)");
  });

  it("answers the same for an address that follows already, and mails it nothing", async () => {
    resetFollowThrottle();
    const email = `al-volger-${Date.now()}@example.nl`;
    getDb()
      .insert(essaySubscribers)
      .values({ email, confirmTokenHash: "x", confirmedAt: new Date("2025-01-01T10:00:00Z") })
      .run();
    const fresh = `nieuw-${Date.now()}@example.nl`;
    const known = await follow(new Client(app), email);
    const unknown = await follow(new Client(app), fresh);
    expect(known.status).toBe(unknown.status);
    const body = (html: string) => html.replace(/nonce="[^"]*"/g, "");
    expect(body(await known.text())).toBe(body(await unknown.text()));
    await mailbox.waitFor(() => mailbox.to(fresh).length === 1);
    expect(mailbox.to(email)).toEqual([]);
    expect(subscriber(email)!.confirmTokenHash).toBe("x");
  });

  it("refuses an invalid address where it is entered", async () => {
    resetFollowThrottle();
    const response = await follow(new Client(app), "geen-adres");
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("e-mailadres");
  });

  it("throttles sign-ups from one client address", async () => {
    resetFollowThrottle();
    const client = new Client(app);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      statuses.push((await follow(client, `veel-${i}-${Date.now()}@example.nl`)).status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});
