import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { queueMail } from "#app/mail/outbox.server.ts";
import { startMailWorker, type MailWorker } from "#app/mail/worker.server.ts";
import { getDb } from "#db/client.ts";
import { mailOutbox, mailSuppressions } from "#db/schema.ts";
import { logger } from "#server/logger.ts";
import { TestMailbox } from "#tests/setup/smtp.ts";

// The outbox and its worker against a real SMTP server on loopback (tests/setup/smtp.ts).

const mailbox = new TestMailbox();
let worker: MailWorker;

function queue(to: string, subject = "Onderwerp", name = "Iemand") {
  return getDb().transaction((tx) =>
    queueMail(tx, {
      to: { address: to, name },
      category: null,
      subject,
      html: "<p>Hallo</p>",
      text: "Hallo",
    }),
  );
}

function row(id: number) {
  return getDb().select().from(mailOutbox).where(eq(mailOutbox.id, id)).get()!;
}

async function until(check: () => boolean, what: string, timeoutMs = 15_000) {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeAll(async () => {
  await mailbox.start();
  worker = startMailWorker({
    smtpUrl: mailbox.url,
    from: "Leerkring <leerkring@example.nl>",
    logger: logger.child({}),
    retryBaseMs: 50,
    maxRetryMs: 200,
  });
});
afterAll(async () => {
  await worker.stop();
  await mailbox.stop();
});
afterEach(() => {
  mailbox.received.length = 0;
});

describe("the mail worker", () => {
  it("sends a queued mail with the Message-ID the outbox gave it", async () => {
    const id = queue("anna@example.nl", "Welkom");
    const [mail] = await mailbox.waitFor((r) => r.length === 1 && r);
    expect(mail!.subject).toBe("Welkom");
    expect(mail!.text?.trim()).toBe("Hallo");
    expect(mail!.headers.get("auto-submitted")).toBe("auto-generated");
    await until(() => row(id).status === "verzonden", "status verzonden");
    expect(mail!.messageId).toBe(row(id).messageId);
  });

  it("delivers everything exactly once when the SMTP server was down for a while", async () => {
    await mailbox.stop();
    const ids = Array.from({ length: 10 }, (_, i) => queue(`down${i}@example.nl`, `Bericht ${i}`));
    // Every mail has been tried and failed at least once while the server was away.
    await until(() => ids.every((id) => row(id).attempts >= 1), "failed attempts");
    expect(ids.map((id) => row(id).status)).toEqual(ids.map(() => "wachtend"));
    expect(row(ids[0]!).lastError).toMatch(/ECONNREFUSED|connect/i);
    await mailbox.start();
    await until(() => ids.every((id) => row(id).status === "verzonden"), "all sent");
    // Nothing is left to send, so nothing more can arrive: each arrived once.
    const subjects = mailbox.received.map((m) => m.subject).sort();
    expect(subjects).toEqual(ids.map((_, i) => `Bericht ${i}`).sort());
    expect(new Set(mailbox.received.map((m) => m.messageId)).size).toBe(10);
  });

  it("records a permanent refusal, suppresses the address and sends it nothing more", async () => {
    mailbox.refused.add("weg@example.nl");
    const id = queue("weg@example.nl");
    await until(() => row(id).status === "mislukt", "status mislukt");
    expect(row(id).lastError).toMatch(/550/);
    const suppressed = getDb()
      .select()
      .from(mailSuppressions)
      .where(eq(mailSuppressions.address, "weg@example.nl"))
      .get();
    expect(suppressed?.reason).toMatch(/550/);
    expect(row(queue("WEG@example.nl")).status).toBe("onderdrukt");
    expect(mailbox.to("weg@example.nl")).toEqual([]);
  });

  it("writes a batch's results together, a refusal and its suppression among them", async () => {
    mailbox.refused.add("kwijt@example.nl");
    // Queued in one go: the worker is woken after this tick, so all four are one batch.
    const good = ["een", "twee", "drie"].map((n) => queue(`${n}@example.nl`, `Batch ${n}`));
    const refused = queue("kwijt@example.nl", "Batch kwijt");
    const ids = [...good, refused];
    // One transaction for the batch: once any of its mails is marked, all of them are.
    await until(() => ids.some((id) => row(id).status !== "wachtend"), "a result");
    expect(good.map((id) => row(id).status)).toEqual(["verzonden", "verzonden", "verzonden"]);
    expect(row(refused)).toMatchObject({ status: "mislukt", attempts: 1 });
    expect(
      getDb()
        .select()
        .from(mailSuppressions)
        .where(eq(mailSuppressions.address, "kwijt@example.nl"))
        .get()?.reason,
    ).toMatch(/550/);
    expect(row(queue("kwijt@example.nl")).status).toBe("onderdrukt");
    expect(new Set(good.map((id) => row(id).messageId)).size).toBe(3);
    expect(mailbox.to("kwijt@example.nl")).toEqual([]);
  });

  it("keeps line breaks in a subject or a name from adding headers", async () => {
    queue("header@example.nl", "Hallo\r\nBcc: slachtoffer@example.nl", "Naam\r\nX-Evil: 1");
    const [mail] = await mailbox.waitFor((r) => r.length === 1 && r);
    expect(mail!.envelopeTo).toEqual(["header@example.nl"]);
    expect(mail!.headers.has("bcc")).toBe(false);
    expect(mail!.headers.has("x-evil")).toBe(false);
    expect(mail!.subject).toBe("Hallo Bcc: slachtoffer@example.nl");
  });
});

describe("without SMTP", () => {
  it("keeps the mail in the database, marked as not sent", async () => {
    await worker.stop();
    const kept = startMailWorker({ smtpUrl: undefined, from: "x <x@example.nl>", logger });
    try {
      const id = queue("demo@example.nl");
      await until(() => row(id).status === "bewaard", "status bewaard");
      expect(row(id).sentAt).toBeNull();
    } finally {
      await kept.stop();
    }
  });
});
