import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/client.ts";
import { mailOutbox } from "#db/schema.ts";
import { createLeervraag, createOrganisation, createUser } from "#tests/factories.ts";
import { signedIn, startTestApp } from "#tests/setup/http.ts";
import { TestMailbox } from "#tests/setup/smtp.ts";

// The mail server goes away while people work: ten changes made through the app are saved with
// their mails, and when the server is back each mail arrives, exactly once.

const mailbox = new TestMailbox();
beforeAll(() => mailbox.start());
afterAll(() => mailbox.stop());
const app = startTestApp({
  mail: {
    get smtpUrl() {
      return mailbox.url;
    },
    retryBaseMs: 50,
    maxRetryMs: 200,
  },
});

async function until(check: () => boolean, what: string, timeoutMs = 30_000) {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe("with the SMTP server down", () => {
  it("keeps every change's mail and delivers each once when the server is back", async () => {
    const gemeente = createOrganisation();
    const member = await createUser({ organisationId: gemeente.id, email: "lid@down.example.nl" });
    const question = createLeervraag({ organisationId: gemeente.id });
    const { client } = await signedIn(app, { role: "medewerker" });
    const mailsToMember = () =>
      getDb().select().from(mailOutbox).where(eq(mailOutbox.userId, member.id)).all();

    await mailbox.stop();
    for (let i = 1; i <= 10; i++) {
      const response = await client.post(`/leervragen/${question.id}`, {
        intent: "reactie",
        body: `Reactie ${i} terwijl de mailserver weg is`,
      });
      expect(response.status, `comment ${i}`).toBe(200);
    }
    // Each change was saved with its mail, and each mail has been tried and has failed.
    await until(
      () => mailsToMember().length === 10 && mailsToMember().every((m) => m.attempts >= 1),
      "ten failed attempts",
    );
    expect(mailsToMember().map((m) => m.status)).toEqual(Array(10).fill("wachtend"));

    await mailbox.start();
    await until(() => mailsToMember().every((m) => m.status === "verzonden"), "all ten delivered");
    // Nothing is left to send, so nothing more can arrive for the member: each arrived once.
    const arrived = mailbox.to(member.email);
    expect(arrived).toHaveLength(10);
    expect(new Set(arrived.map((m) => m.messageId)).size).toBe(10);
    expect(new Set(arrived.map((m) => m.messageId))).toEqual(
      new Set(mailsToMember().map((m) => m.messageId)),
    );
  });
});
