import { eq } from "drizzle-orm";
import { mailContent } from "#app/mail/outbox.server.ts";
import { describe, expect, it } from "vitest";
import { readUnsubscribeToken, unsubscribeUrl } from "#app/mail/signed-links.server.ts";
import { notify, type News, type Recipient } from "#app/notifications/notify.server.tsx";
import { getDb } from "#db/client.ts";
import {
  mailOutbox,
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
