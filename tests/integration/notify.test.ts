import { eq } from "drizzle-orm";
import { mailContent } from "#app/mail/outbox.server.ts";
import { describe, expect, it, vi } from "vitest";
import { deliverNextBatch, startNewsFanOut } from "#app/notifications/fan-out.server.ts";
import { logger } from "#server/logger.ts";
import { readUnsubscribeToken, unsubscribeUrl } from "#app/mail/signed-links.server.ts";
import {
  INLINE_RECIPIENTS,
  notify,
  type News,
  type Recipient,
} from "#app/notifications/notify.server.tsx";
import { getDb } from "#db/client.ts";
import {
  mailOutbox,
  newsFanOut,
  notificationPreferences,
  notifications,
  type DeliveryMode,
} from "#db/schema.ts";
import { createUser } from "#tests/factories.ts";

// notify(): one notification per recipient, and a mail as each has chosen for the category.

const news: News = {
  category: "bijeenkomsten",
  kind: "bijeenkomst.melding.gepland",
  params: { titel: "Intervisie Zwolle", wanneer: "12 januari 14:00", waar: "Stadhuis" },
  link: "/bijeenkomsten/1",
};

async function person(delivery?: DeliveryMode, locale: "nl" | "en" = "nl"): Promise<Recipient> {
  const user = await createUser({ locale });
  if (delivery) {
    getDb()
      .insert(notificationPreferences)
      .values({ userId: user.id, category: "bijeenkomsten", delivery })
      .run();
  }
  return user;
}

const mailsTo = (userId: number) =>
  getDb()
    .select()
    .from(mailOutbox)
    .where(eq(mailOutbox.userId, userId))
    .all()
    .map((row) => ({ ...row, ...mailContent(row) }));
const notificationsOf = (userId: number) =>
  getDb().select().from(notifications).where(eq(notifications.userId, userId)).all();

describe("notify", () => {
  it("mails at once in the person's language, with a link from PUBLIC_URL and a one-click unsubscribe", async () => {
    const nl = await person();
    const en = await person(undefined, "en");
    getDb().transaction((tx) => notify(tx, [nl, en, nl], news));

    const [dutch] = mailsTo(nl.id);
    expect(mailsTo(nl.id)).toHaveLength(1);
    expect(dutch!.subject).toBe("Nieuwe bijeenkomst: Intervisie Zwolle");
    expect(dutch!.text).toContain("Intervisie Zwolle is gepland op 12 januari 14:00, Stadhuis.");
    expect(dutch!.html).toContain('lang="nl"');
    expect(dutch!.html).toContain('href="http://localhost:3000/bijeenkomsten/1"');
    expect(dutch!.category).toBe("bijeenkomsten");
    const unsubscribe = /^<http:\/\/localhost:3000\/afmelden\/([^>]+)>$/.exec(
      dutch!.headers["List-Unsubscribe"]!,
    );
    expect(readUnsubscribeToken(unsubscribe![1]!)).toEqual({
      kind: "person",
      userId: nl.id,
      category: "bijeenkomsten",
    });
    expect(dutch!.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    // The body is stored once per language; each person's copy carries their own link.
    expect(dutch!.bodyId).not.toBeNull();
    expect(dutch!.html).toContain(`/afmelden/${unsubscribe![1]}`);
    expect(dutch!.text).toContain(`/afmelden/${unsubscribe![1]}`);
    expect(dutch!.html).not.toContain("afmelden.invalid");
    expect(mailsTo(en.id)[0]!.subject).toBe("New meeting: Intervisie Zwolle");
    expect(notificationsOf(nl.id)).toMatchObject([
      { kind: "bijeenkomst.melding.gepland", link: "/bijeenkomsten/1", readAt: null, digest: null },
    ]);
  });

  it("keeps news for a digest, or only in Leerkring, as chosen", async () => {
    const daily = await person("dagelijks");
    const weekly = await person("wekelijks");
    const inApp = await person("alleen-in-app");
    getDb().transaction((tx) => notify(tx, [daily, weekly, inApp], news));
    for (const p of [daily, weekly, inApp]) expect(mailsTo(p.id)).toEqual([]);
    expect(notificationsOf(daily.id)[0]!.digest).toBe("dagelijks");
    expect(notificationsOf(weekly.id)[0]!.digest).toBe("wekelijks");
    expect(notificationsOf(inApp.id)[0]!.digest).toBeNull();
  });

  it("gives news with a once-key only the first time", async () => {
    const p = await person();
    const once = { ...news, once: `test:${p.id}` };
    expect(getDb().transaction((tx) => notify(tx, [p], once))).toBe(1);
    expect(getDb().transaction((tx) => notify(tx, [p], once))).toBe(0);
    expect(notificationsOf(p.id)).toHaveLength(1);
  });

  it("saves nothing when the change it belongs to is rolled back", async () => {
    const p = await person();
    expect(() =>
      getDb().transaction((tx) => {
        notify(tx, [p], news);
        throw new Error("the change failed");
      }),
    ).toThrow("the change failed");
    expect(notificationsOf(p.id)).toEqual([]);
    expect(mailsTo(p.id)).toEqual([]);
  });
});

describe("news for more people than one transaction gives it to", () => {
  async function crowd(size: number): Promise<Recipient[]> {
    const people: Recipient[] = [];
    for (let i = 0; i < size; i++) people.push(await person());
    return people;
  }
  const haveIt = (people: Recipient[]) =>
    people.filter((p) => notificationsOf(p.id).length === 1 && mailsTo(p.id).length === 1).length;

  it("gives the first batch in the change's transaction and the rest from one stored row, each person once", async () => {
    const people = await crowd(INLINE_RECIPIENTS * 2 + 10);
    const waiting = await person("dagelijks");
    const everyone = [
      ...people.slice(0, INLINE_RECIPIENTS + 5),
      waiting,
      ...people.slice(INLINE_RECIPIENTS + 5),
    ];
    const invitation = (r: Recipient) => [
      {
        filename: "uitnodiging.ics",
        contentType: "text/calendar; method=REQUEST",
        content: `ATTENDEE:${r.email}`,
      },
    ];
    expect(
      getDb().transaction((tx) => notify(tx, everyone, { ...news, attachments: invitation })),
    ).toBe(everyone.length);
    expect(haveIt(people)).toBe(INLINE_RECIPIENTS);
    expect(getDb().select().from(newsFanOut).all()).toMatchObject([
      { delivered: INLINE_RECIPIENTS },
    ]);

    expect(deliverNextBatch()).toBe(true);
    expect(haveIt(people)).toBe(INLINE_RECIPIENTS * 2 - 1);
    expect(getDb().select().from(newsFanOut).all()).toMatchObject([
      { delivered: INLINE_RECIPIENTS * 2 },
    ]);
    expect(deliverNextBatch()).toBe(true);
    expect(deliverNextBatch()).toBe(false);

    expect(haveIt(people)).toBe(people.length);
    expect(getDb().select().from(newsFanOut).all()).toEqual([]);
    expect(notificationsOf(waiting.id)).toMatchObject([{ digest: "dagelijks" }]);
    expect(mailsTo(waiting.id)).toEqual([]);
    const last = people.at(-1)!;
    expect(mailsTo(last.id)[0]!.attachments).toEqual([
      {
        filename: "uitnodiging.ics",
        contentType: "text/calendar; method=REQUEST",
        content: `ATTENDEE:${last.email}`,
      },
    ]);
  });

  it("stores nothing of it when the change is rolled back", async () => {
    const people = await crowd(INLINE_RECIPIENTS + 1);
    expect(() =>
      getDb().transaction((tx) => {
        notify(tx, people, news);
        throw new Error("the change failed");
      }),
    ).toThrow("the change failed");
    expect(getDb().select().from(newsFanOut).all()).toEqual([]);
    expect(haveIt(people)).toBe(0);
  });

  it("is given by the server's fan-out on its own, and what a stopped process left when it starts", async () => {
    const people = await crowd(INLINE_RECIPIENTS + 20);
    const fanOut = startNewsFanOut(logger.child({}));
    try {
      getDb().transaction((tx) => notify(tx, people, news));
      await vi.waitFor(() => expect(haveIt(people)).toBe(people.length));
    } finally {
      await fanOut.stop();
    }
    // Left half-way by a process that stopped: the next one goes on from where it was.
    const more = await crowd(INLINE_RECIPIENTS + 20);
    getDb().transaction((tx) => notify(tx, more, news));
    expect(haveIt(more)).toBe(INLINE_RECIPIENTS);
    const next = startNewsFanOut(logger.child({}));
    try {
      await vi.waitFor(() => expect(haveIt(more)).toBe(more.length));
    } finally {
      await next.stop();
    }
  });
});

describe("unsubscribe tokens", () => {
  it("refuse anything altered or made up", () => {
    expect(readUnsubscribeToken("u-1-essays.abc")).toBeNull();
    expect(readUnsubscribeToken("")).toBeNull();
    expect(readUnsubscribeToken("nonsense")).toBeNull();
    const real = unsubscribeUrl({ kind: "person", userId: 7, category: "essays" })
      .split("/")
      .pop()!;
    expect(readUnsubscribeToken(real)).toEqual({ kind: "person", userId: 7, category: "essays" });
    expect(readUnsubscribeToken(real.replace("u-7-", "u-8-"))).toBeNull();
    expect(readUnsubscribeToken(real.replace("essays", "leervragen"))).toBeNull();
  });
});
