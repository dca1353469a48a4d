import { eq } from "drizzle-orm";
import { io, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unsubscribeUrl } from "#app/mail/signed-links.server.ts";
import { sendDigests, digestJobs } from "#app/notifications/digest.server.tsx";
import { notify, type News, type Recipient } from "#app/notifications/notify.server.tsx";
import { getDb } from "#db/client.ts";
import { essaySubscribers, notificationPreferences, notifications, users } from "#db/schema.ts";
import { runOnce } from "#server/scheduler.ts";
import { SOCKET_PARSER } from "#shared/socket-parser.ts";
import { NOTIFICATIONS_NAMESPACE, UNREAD_COUNT_EVENT } from "#shared/notifications/live.ts";
import { eventually } from "#tests/setup/collab.ts";
import { createUser } from "#tests/factories.ts";
import { Client, signedIn, startTestApp } from "#tests/setup/http.ts";
import { TestMailbox } from "#tests/setup/smtp.ts";

// The notification centre, the live unread count, the dashboard's "new", the choice per person,
// the digests and one-click unsubscribe — through HTTP on the real app and a real SMTP server.

const mailbox = new TestMailbox();
beforeAll(() => mailbox.start());
afterAll(() => mailbox.stop());
// A getter: the mailbox has its port only once started, before the app is.
const app = startTestApp({
  mail: {
    get smtpUrl() {
      return mailbox.url;
    },
    retryBaseMs: 50,
  },
});

const news = (titel: string, category: News["category"] = "bijeenkomsten"): News => ({
  category,
  kind: "bijeenkomst.melding.gepland",
  params: { titel, wanneer: "12 januari 14:00", waar: "Stadhuis" },
  link: "/agenda",
});
const give = (to: Recipient[], n: News) => getDb().transaction((tx) => notify(tx, to, n));
const rowsOf = (userId: number) =>
  getDb().select().from(notifications).where(eq(notifications.userId, userId)).all();
const idOf = (userId: number, titel: string) =>
  rowsOf(userId).find((r) => r.params.titel === titel)!.id;

describe("/meldingen", () => {
  it("shows an empty state, then every notification newest first with read/unread in words", async () => {
    const { user, client } = await signedIn(app);
    const empty = await (await client.get("/meldingen")).text();
    expect(empty).toContain("Je hebt nog geen meldingen.");
    give([user], news("Eerste"));
    give([user], news("Tweede"));
    const html = await (await client.get("/meldingen")).text();
    expect(html.indexOf("Nieuwe bijeenkomst: Tweede")).toBeLessThan(
      html.indexOf("Nieuwe bijeenkomst: Eerste"),
    );
    expect(html).toContain("Tweede is gepland op 12 januari 14:00, Stadhuis.");
    expect(html).toContain("2 ongelezen meldingen");
    // Unread is shown in words (not by colour alone) and said to screen readers in the title.
    expect(html).toMatch(/<span class="visually-hidden">[^<]*\(<!-- -->Ongelezen<!-- -->\)/);
    expect(html).toContain("leerkring-notification--unread");
    expect(html).toContain("Meldingen, 2 ongelezen"); // the header link's name
  });

  it("marks one read on opening and leads to its link; another's id is a 404", async () => {
    const { user, client } = await signedIn(app);
    const other = await createUser();
    give([user], news("Mijn"));
    give([other], news("Andermans"));
    const mine = idOf(user.id, "Mijn");
    const response = await client.post("/meldingen", { intent: "openen", id: String(mine) });
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/agenda");
    expect(rowsOf(user.id)[0]!.readAt).not.toBeNull();

    const theirs = idOf(other.id, "Andermans");
    const refused = await client.post("/meldingen", { intent: "openen", id: String(theirs) });
    expect(refused.status).toBe(404);
    expect(await refused.text()).toContain("Deze melding bestaat niet (meer).");
    expect(rowsOf(other.id)[0]!.readAt).toBeNull();
    const nonsense = await client.post("/meldingen", { intent: "openen", id: "abc" });
    expect(nonsense.status).toBe(400);
  });

  it("marks all read, only the person's own", async () => {
    const { user, client } = await signedIn(app);
    const other = await createUser();
    give([user, other], news("Samen"));
    give([user], news("Alleen"));
    const response = await client.post("/meldingen", { intent: "alles-gelezen" });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Alle meldingen staan op gelezen.");
    expect(rowsOf(user.id).every((r) => r.readAt !== null)).toBe(true);
    expect(rowsOf(other.id)[0]!.readAt).toBeNull();
  });

  it("pages by twenty", async () => {
    const { user, client } = await signedIn(app);
    for (let i = 1; i <= 23; i++) give([user], news(`Nummer ${i}`));
    const first = await (await client.get("/meldingen")).text();
    expect(first).toContain("Pagina 1 van 2");
    expect(first).toContain("Nummer 23");
    expect(first).not.toContain("Nummer 3<");
    const second = await (await client.get("/meldingen?pagina=2")).text();
    expect(second).toContain("Nummer 3");
    expect(second).not.toContain("Nummer 23");
    expect((await client.get("/meldingen?pagina=999")).status).toBe(200);
    expect((await client.get("/meldingen?pagina=x")).status).toBe(200);
  });
});

describe("the live unread count", () => {
  function connect(cookie: string, counts: number[] = []): Promise<Socket> {
    const socket = io(app.url + NOTIFICATIONS_NAMESPACE, {
      transports: ["websocket"],
      parser: SOCKET_PARSER,
      extraHeaders: { Cookie: cookie, Origin: app.url },
      reconnection: false,
      forceNew: true,
    });
    // Listening before connecting: the count is sent at once on connection.
    socket.on(UNREAD_COUNT_EVENT, (n: number) => counts.push(n));
    return new Promise((resolve, reject) => {
      socket.once("connect", () => resolve(socket));
      socket.once("connect_error", reject);
    });
  }

  it("arrives over socket.io after a notify and after reading, for that person only", async () => {
    const { user, client } = await signedIn(app);
    const other = await signedIn(app);
    const counts: number[] = [];
    const otherCounts: number[] = [];
    const socket = await connect(client.cookieHeader, counts);
    const otherSocket = await connect(other.client.cookieHeader, otherCounts);
    try {
      await eventually(() => counts.length > 0 && otherCounts.length > 0);
      expect(counts.at(-1)).toBe(0);
      give([user], news("Live"));
      give([user], news("Nog een"));
      await eventually(() => counts.at(-1) === 2);
      await client.post("/meldingen", { intent: "alles-gelezen" });
      await eventually(() => counts.at(-1) === 0);
      expect(otherCounts).toEqual([0]);
    } finally {
      socket.disconnect();
      otherSocket.disconnect();
    }
  });

  it("refuses a socket without a session", async () => {
    await expect(connect("")).rejects.toThrow("niet-ingelogd");
  });
});

describe("the dashboard", () => {
  it("shows what is new since the last visit, then counts the visit", async () => {
    const { user, client } = await signedIn(app);
    give([user], news("Voor het bezoek"));
    const first = await (await client.get("/")).text();
    expect(first).toContain("Nieuw sinds je vorige bezoek");
    expect(first).toContain("Nieuwe bijeenkomst: Voor het bezoek");
    expect(first).toContain('href="/meldingen"');
    const seen = getDb().select().from(users).where(eq(users.id, user.id)).get()!.dashboardSeenAt;
    expect(seen).not.toBeNull();
    const again = await (await client.get("/")).text();
    expect(again).toContain("Niets nieuws sinds je vorige bezoek.");
    // Nothing new: the mark stays, so a view with nothing new writes nothing.
    expect(
      getDb().select().from(users).where(eq(users.id, user.id)).get()!.dashboardSeenAt,
    ).toEqual(seen);
    give([user], news("Na het bezoek"));
    const later = await (await client.get("/")).text();
    expect(later).toContain("Nieuwe bijeenkomst: Na het bezoek");
    expect(later).not.toContain("Nieuwe bijeenkomst: Voor het bezoek");
  });
});

describe("choice per person at /account#meldingen", () => {
  it("stores a delivery mode per category and refuses what is not one", async () => {
    const { user, client } = await signedIn(app);
    const page = await (await client.get("/account")).text();
    expect(page).toContain('id="meldingen"');
    const form = {
      intent: "meldingen",
      bijeenkomsten: "dagelijks",
      leervragen: "wekelijks",
      essays: "alleen-in-app",
      "aan-de-slag": "direct",
      vermeldingen: "direct",
      besluiten: "wekelijks",
      opvolging: "direct",
    };
    const saved = await client.post("/account", form);
    expect(saved.status).toBe(200);
    expect(await saved.text()).toContain("Je keuzes voor meldingen zijn opgeslagen.");
    const rows = getDb()
      .select()
      .from(notificationPreferences)
      .where(eq(notificationPreferences.userId, user.id))
      .all();
    expect(Object.fromEntries(rows.map((r) => [r.category, r.delivery]))).toEqual({
      bijeenkomsten: "dagelijks",
      leervragen: "wekelijks",
      essays: "alleen-in-app",
      "aan-de-slag": "direct",
      vermeldingen: "direct",
      besluiten: "wekelijks",
      opvolging: "direct",
    });
    const bad = await client.post("/account", { ...form, essays: "elk-uur" });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("Maak een keuze");
  });
});

describe("digests", () => {
  it("mail each person once with what waited, grouped by category, in their language", async () => {
    const daily = await createUser();
    const english = await createUser({ locale: "en" });
    const weekly = await createUser();
    const db = getDb();
    for (const [u, mode] of [
      [daily, "dagelijks"],
      [english, "dagelijks"],
      [weekly, "wekelijks"],
    ] as const) {
      for (const category of ["bijeenkomsten", "leervragen"] as const) {
        db.insert(notificationPreferences).values({ userId: u.id, category, delivery: mode }).run();
      }
    }
    give([daily, english, weekly], news("Digestbijeenkomst"));
    give([daily], news("Tweede bijeenkomst"));
    give([daily, weekly], news("Leervraagnieuws", "leervragen"));

    const [dailyJob, weeklyJob] = digestJobs;
    expect(dailyJob!.pattern).toBe("0 7 * * *");
    expect(weeklyJob!.pattern).toBe("0 7 * * 1");
    const due = new Date("2031-03-04T06:00:00Z"); // 07:00 in Amsterdam
    expect(runOnce(dailyJob!, due)).toBe(true);
    expect(runOnce(dailyJob!, due)).toBe(false); // recorded: a restart does not repeat it

    const [mail] = await mailbox.waitFor(() => {
      const got = mailbox.to(daily.email);
      return got.length ? got : false;
    });
    expect(mail!.subject).toBe("Je dagelijkse overzicht uit Leerkring");
    expect(mail!.text).toContain("Er zijn 3 nieuwe meldingen voor je.");
    const html = String(mail!.html);
    expect(html).toContain('lang="nl"');
    expect(html.indexOf(">Bijeenkomsten</h2>")).toBeGreaterThan(0);
    expect(html.indexOf(">Bijeenkomsten</h2>")).toBeLessThan(html.indexOf(">Leervragen</h2>"));
    expect(html).toContain('href="http://localhost:3000/agenda"');
    expect(html).toContain("Nieuwe bijeenkomst: Tweede bijeenkomst");
    expect(html).toContain("/afmelden/");
    const [englishMail] = await mailbox.waitFor(() => {
      const got = mailbox.to(english.email);
      return got.length ? got : false;
    });
    expect(englishMail!.subject).toBe("Your daily summary from Leerkring");
    // Of one category only: its one-click unsubscribe is in the headers too.
    const listHeader = englishMail!.headerLines.find((h) => h.key === "list-unsubscribe");
    expect(listHeader?.line).toMatch(/<http:\/\/localhost:3000\/afmelden\/u-\d+-bijeenkomsten\./);
    expect(mail!.headerLines.some((h) => h.key === "list-unsubscribe")).toBe(false); // two categories
    expect(rowsOf(daily.id).every((r) => r.digest === null)).toBe(true);
    // The weekly digest waits for its own run.
    expect(rowsOf(weekly.id).every((r) => r.digest === "wekelijks")).toBe(true);
    expect(mailbox.to(weekly.email)).toEqual([]);
    expect(runOnce(weeklyJob!, new Date("2031-03-10T06:00:00Z"))).toBe(true);
    const weeklyMails = await mailbox.waitFor(() => {
      const got = mailbox.to(weekly.email);
      return got.length ? got : false;
    });
    expect(weeklyMails[0]!.subject).toBe("Je wekelijkse overzicht uit Leerkring");
    expect(rowsOf(weekly.id).every((r) => r.digest === null)).toBe(true);
    // Nothing waits any more: a next run sends nothing.
    expect(getDb().transaction((tx) => sendDigests(tx, "dagelijks"))).toBe(0);
    expect(mailbox.to(daily.email)).toHaveLength(1);
  });
});

describe("/afmelden/:token", () => {
  const tokenOf = (url: string) => url.split("/afmelden/")[1]!;

  it("shows what will be turned off, and turns it off with the button, without logging in", async () => {
    const user = await createUser();
    const token = tokenOf(unsubscribeUrl({ kind: "person", userId: user.id, category: "essays" }));
    const anonymous = new Client(app);
    const page = await anonymous.get(`/afmelden/${token}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Je krijgt dan geen e-mails meer over essays.");
    expect(html).toContain("Afmelden</button>");
    const done = await anonymous.post(`/afmelden/${token}`, {});
    expect(done.status).toBe(200);
    expect(await done.text()).toContain("Je bent afgemeld");
    const row = getDb()
      .select()
      .from(notificationPreferences)
      .where(eq(notificationPreferences.userId, user.id))
      .get();
    expect(row).toMatchObject({ category: "essays", delivery: "alleen-in-app" });
  });

  it("accepts RFC 8058's one-click POST from a mail program: no Origin, no cookie", async () => {
    const user = await createUser();
    const token = tokenOf(
      unsubscribeUrl({ kind: "person", userId: user.id, category: "bijeenkomsten" }),
    );
    const response = await fetch(`${app.url}/afmelden/${token}`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
      redirect: "manual",
    });
    expect(response.status).toBe(200);
    const row = getDb()
      .select()
      .from(notificationPreferences)
      .where(eq(notificationPreferences.userId, user.id))
      .get();
    expect(row?.delivery).toBe("alleen-in-app");
    // Other paths still refuse a POST without Origin.
    const elsewhere = await fetch(`${app.url}/meldingen`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "intent=alles-gelezen",
      redirect: "manual",
    });
    expect(elsewhere.status).toBe(403);
  });

  it("deletes an outside subscriber's address", async () => {
    const subscriber = getDb()
      .insert(essaySubscribers)
      .values({ email: `lezer-${Date.now()}@example.org`, confirmTokenHash: "x" })
      .returning()
      .get();
    const token = tokenOf(unsubscribeUrl({ kind: "subscriber", subscriberId: subscriber.id }));
    const response = await fetch(`${app.url}/afmelden/${token}`, {
      method: "POST",
      body: "List-Unsubscribe=One-Click",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(response.status).toBe(200);
    expect(
      getDb().select().from(essaySubscribers).where(eq(essaySubscribers.id, subscriber.id)).get(),
    ).toBeUndefined();
  });

  it.each(["nonsense", "u-1-essays.abc", "%E0%A4%A", "a".repeat(500)])(
    "answers an invalid token %# with a clear Dutch 404, GET and POST",
    async (token) => {
      const anonymous = new Client(app);
      const page = await anonymous.get(`/afmelden/${token}`);
      expect(page.status).toBe(404);
      expect(await page.text()).toContain("Deze afmeldlink klopt niet of werkt niet meer.");
      const post = await fetch(`${app.url}/afmelden/${token}`, {
        method: "POST",
        body: "List-Unsubscribe=One-Click",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      });
      expect(post.status).toBe(404);
    },
  );

  it("is refused for a person who no longer exists", async () => {
    const user = await createUser();
    const token = tokenOf(unsubscribeUrl({ kind: "person", userId: user.id, category: "essays" }));
    getDb().delete(users).where(eq(users.id, user.id)).run();
    expect((await new Client(app).get(`/afmelden/${token}`)).status).toBe(404);
  });
});
