import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { planOnMeeting } from "#app/leervragen/leervragen.server.ts";
import { readUnsubscribeToken } from "#app/mail/signed-links.server.ts";
import { getDb } from "#db/client.ts";
import { essayAuteurs, essays, essaySubscribers, mailOutbox } from "#db/schema.ts";
import { essayDocumentName } from "#shared/collab/protocol.ts";
import { FRAGMENT } from "#shared/editor/extensions.ts";
import {
  createBijeenkomst,
  createLeervraag,
  createOrganisation,
  createThema,
  createUser,
} from "#tests/factories.ts";
import { eventually, openEditor } from "#tests/setup/collab.ts";
import { signedIn, startTestApp } from "#tests/setup/http.ts";
import { TestMailbox } from "#tests/setup/smtp.ts";

// The triggers end to end: the change made through the app, its mail sent by the app's worker to
// a real SMTP server on loopback and read back as it arrived.

const mailbox = new TestMailbox();
beforeAll(() => mailbox.start());
afterAll(() => mailbox.stop());
const app = startTestApp({
  mail: {
    // Read when the app starts, after the mailbox above has its port.
    get smtpUrl() {
      return mailbox.url;
    },
    retryBaseMs: 50,
  },
});

describe("essay publication", () => {
  it("mails every reader and each confirmed outside subscriber, with their own unsubscribe link", async () => {
    const thema = createThema();
    const meeting = createBijeenkomst({
      kind: "thema",
      themaId: thema.id,
      startsAt: new Date(Date.now() - 7_200_000),
    });
    const leader = await signedIn(app, { role: "projectleider" });
    await leader.client.post(`/bijeenkomsten/${meeting.id}`, { intent: "gehouden" });
    const essay = getDb().select().from(essays).where(eq(essays.bijeenkomstId, meeting.id)).get()!;
    const staff = await signedIn(app, { role: "medewerker" });
    getDb().insert(essayAuteurs).values({ essayId: essay.id, userId: staff.user.id }).run();
    const editor = await openEditor(app, staff.client.cookieHeader, essayDocumentName(essay.id));
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText("Vertrouwen groeit in de wijk.")]);
    editor.doc.getXmlFragment(FRAGMENT).insert(0, [paragraph]);
    await eventually(() => editor.provider.pendingCount === 0);
    editor.close();
    const path = `/essays/${essay.slug}/schrijven`;
    await staff.client.post(path, {
      intent: "gegevens",
      title: "Vertrouwen in de wijk",
      summary: "Wat we leerden.",
      themaId: "",
      authorIds: String(staff.user.id),
    });
    expect((await staff.client.post(path, { intent: "review-aanvragen" })).status).toBe(200);

    const reader = await createUser({ email: `lezer-${essay.id}@example.nl` });
    const inactive = await createUser({ active: false, email: `weg-${essay.id}@example.nl` });
    const subscriber = getDb()
      .insert(essaySubscribers)
      .values({
        email: `abonnee-${essay.id}@example.nl`,
        confirmTokenHash: `hash-${essay.id}`,
        confirmedAt: new Date(),
      })
      .returning()
      .get();
    const unconfirmed = `onbevestigd-${essay.id}@example.nl`;
    getDb()
      .insert(essaySubscribers)
      .values({ email: unconfirmed, confirmTokenHash: `hash2-${essay.id}` })
      .run();
    mailbox.received.length = 0;

    expect((await staff.client.post(path, { intent: "publiceren" })).status).toBe(200);
    const [toReader, toSubscriber] = await mailbox.waitFor(
      () =>
        mailbox.to(reader.email).length > 0 &&
        mailbox.to(subscriber.email).length > 0 && [
          mailbox.to(reader.email)[0]!,
          mailbox.to(subscriber.email)[0]!,
        ],
    );
    expect(toReader.subject).toBe("Nieuw essay: Vertrouwen in de wijk");
    expect(toReader.text).toContain("Wat we leerden.");
    expect(toSubscriber.subject).toBe("Nieuw essay: Vertrouwen in de wijk");
    expect(toSubscriber.text).toContain(`/essays/${essay.slug}`);
    expect(toSubscriber.text).not.toContain("/schrijven");
    const link = /<http:\/\/[^/]+\/afmelden\/([^>]+)>/.exec(
      toSubscriber.headerLines.find((h) => h.key === "list-unsubscribe")!.line,
    );
    expect(readUnsubscribeToken(link![1]!)).toEqual({
      kind: "subscriber",
      subscriberId: subscriber.id,
    });
    // The reader's mail shares its body with every Dutch reader: their own link is put into
    // it, and into the header mail programs offer, when it is sent.
    const readerLink = /<(http:\/\/[^/]+\/afmelden\/([^>]+))>/.exec(
      toReader.headerLines.find((h) => h.key === "list-unsubscribe")!.line,
    );
    expect(readUnsubscribeToken(readerLink![2]!)).toEqual({
      kind: "person",
      userId: reader.id,
      category: "essays",
    });
    expect(toReader.text).toContain(readerLink![1]);
    expect(toReader.html).toContain(`href="${readerLink![1]}"`);
    expect(toReader.headerLines.find((h) => h.key === "list-unsubscribe-post")?.line).toBe(
      "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
    );
    expect(mailbox.to(staff.user.email)).toEqual([]);
    expect(mailbox.to(inactive.email)).toEqual([]);
    expect(mailbox.to(unconfirmed)).toEqual([]);

    // Publishing a revision again is no news.
    await staff.client.post(path, { intent: "terug-naar-concept" });
    await staff.client.post(path, { intent: "review-aanvragen" });
    // Nothing is queued for it, so nothing more can arrive.
    const queued = () => getDb().select().from(mailOutbox).all().length;
    const before = queued();
    expect((await staff.client.post(path, { intent: "publiceren" })).status).toBe(200);
    expect(queued()).toBe(before);
  });
});

describe("user input in a mail's headers", () => {
  it("arrives as one line: a title and a name with line breaks add no header and no recipient", async () => {
    const gemeente = createOrganisation({ circle: 1 });
    const member = await createUser({ organisationId: gemeente.id, email: "lid@example.nl" });
    const leader = await createUser({
      role: "projectleider",
      name: "Pim\r\nBcc: stiekem@example.nl",
    });
    const q = createLeervraag({
      organisationId: gemeente.id,
      title: "Eerste regel\r\nBcc: stiekem@example.nl\r\n\r\nTweede",
    });
    const meeting = createBijeenkomst();
    mailbox.received.length = 0;
    expect(planOnMeeting(q.id, meeting.id, leader)).toBe("planned");
    const [mail] = await mailbox.waitFor(
      () => mailbox.to(member.email).length > 0 && mailbox.to(member.email),
    );
    expect(mail!.subject).toBe(
      "Leervraag op de agenda: Eerste regel Bcc: stiekem@example.nl Tweede",
    );
    expect(mail!.headers.has("bcc")).toBe(false);
    expect(mail!.envelopeTo).toEqual([member.email]);
    expect(mailbox.to("stiekem@example.nl")).toEqual([]);
  });
});
