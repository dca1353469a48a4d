import nodemailer, { type Transporter } from "nodemailer";
import type { Logger } from "pino";
import type { mailOutbox } from "#db/schema.ts";
import { processEvents } from "#shared/events.server.ts";
import {
  dueMails,
  mailContent,
  nextAttemptAt,
  recordMailResults,
  type MailResult,
} from "./outbox.server.ts";

// The worker sends what the outbox holds: in order, a few at a time over pooled connections. A
// temporary failure (a 4xx answer, a refused or broken connection) is tried again later, waiting
// twice as long each time; a permanent one (5xx) is recorded, and when it was the address that was
// refused, that address gets no more mail. The results of a batch are written together, in one
// transaction after the whole batch has been tried (one fsync per batch, not per mail: decision
// 013). A mail keeps its Message-ID, so if the process stops between the server's "250 OK" and
// that transaction (now a window of up to a batch of mails, not one), the mails sent again are the
// same messages, which receiving servers and mail programs recognise as one.

export type MailWorkerOptions = {
  /** smtp:// or smtps://; without it mails are kept in the database, marked "bewaard". */
  smtpUrl: string | undefined;
  from: string;
  logger: Logger;
  /** The first wait after a temporary failure; it doubles up to maxRetryMs. */
  retryBaseMs?: number;
  maxRetryMs?: number;
  /** After this long a mail that still fails is given up ("mislukt"). */
  giveUpAfterMs?: number;
  /** The longest the worker waits before it looks again without being told. */
  pollMs?: number;
  /** A batch under way this long means the worker is stuck (alive() turns false). */
  stuckAfterMs?: number;
};

export type MailWorker = {
  /** Looks at the outbox now (also done when a mail is queued). */
  wake(): void;
  /** Finishes the batch under way, then stops. */
  stop(): Promise<void>;
  /**
   * Not stopped, and either its next look is planned or the batch under way started less than
   * `stuckAfterMs` ago (for /readyz).
   */
  alive(now?: number): boolean;
};

type Row = typeof mailOutbox.$inferSelect;

const BATCH = 50;

/** A few connections kept open and reused: one per mail would cost a TLS handshake each. */
function pooled(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  url.searchParams.set("pool", "true");
  url.searchParams.set("maxConnections", "4");
  return url.toString();
}

export function startMailWorker(options: MailWorkerOptions): MailWorker {
  const retryBaseMs = options.retryBaseMs ?? 30_000;
  const maxRetryMs = options.maxRetryMs ?? 5 * 60_000;
  const giveUpAfterMs = options.giveUpAfterMs ?? 3 * 24 * 3_600_000;
  const pollMs = options.pollMs ?? 60_000;
  const stuckAfterMs = options.stuckAfterMs ?? 10 * 60_000;
  const transport: Transporter | null = options.smtpUrl
    ? nodemailer.createTransport(pooled(options.smtpUrl))
    : null;

  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  let batchSince = 0;

  /** Tries one mail and says what became of it; recordMailResults writes it down. */
  async function send(mail: Row, results: MailResult[]): Promise<void> {
    if (!transport) {
      results.push({ id: mail.id, values: { status: "bewaard" } });
      return;
    }
    const calendar = mail.attachments.find((a) => a.contentType.startsWith("text/calendar"));
    const { html, text, headers } = mailContent(mail);
    try {
      await transport.sendMail({
        from: options.from,
        to: { name: mail.toName, address: mail.toAddress },
        subject: mail.subject,
        html,
        text,
        messageId: mail.messageId,
        date: mail.createdAt,
        headers: { "Auto-Submitted": "auto-generated", ...headers },
        // An invitation for calendar programs goes as the alternative they read (iTIP, RFC 6047).
        ...(calendar
          ? {
              icalEvent: {
                method: /method=([A-Z]+)/i.exec(calendar.contentType)?.[1] ?? "PUBLISH",
                filename: calendar.filename,
                content: calendar.content,
              },
            }
          : {}),
        attachments: mail.attachments
          .filter((a) => a !== calendar)
          .map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
      });
      results.push({
        id: mail.id,
        values: {
          status: "verzonden",
          sentAt: new Date(),
          attempts: mail.attempts + 1,
          lastError: null,
        },
      });
    } catch (error) {
      results.push(
        failed(mail, error as { message?: string; responseCode?: number; command?: string }),
      );
    }
  }

  function failed(
    mail: Row,
    error: { message?: string; responseCode?: number; command?: string },
  ): MailResult {
    const attempts = mail.attempts + 1;
    const message = (error.message ?? String(error)).slice(0, 500);
    if (typeof error.responseCode === "number" && error.responseCode >= 500) {
      options.logger.warn({ mailId: mail.id, code: error.responseCode }, "mail refused for good");
      return {
        id: mail.id,
        values: { status: "mislukt", attempts, lastError: message },
        // Refused at RCPT TO: the address itself is wrong or gone.
        suppress:
          error.command === "RCPT TO" ? { address: mail.toAddress, reason: message } : undefined,
      };
    }
    if (Date.now() - mail.createdAt.getTime() > giveUpAfterMs) {
      options.logger.warn({ mailId: mail.id }, "mail given up after its retry period");
      return { id: mail.id, values: { status: "mislukt", attempts, lastError: message } };
    }
    const wait = Math.min(maxRetryMs, retryBaseMs * 2 ** (attempts - 1));
    options.logger.info({ mailId: mail.id, attempts, waitMs: wait }, "mail will be tried again");
    return {
      id: mail.id,
      values: { attempts, lastError: message, nextAttemptAt: new Date(Date.now() + wait) },
    };
  }

  async function work(): Promise<void> {
    do {
      again = false;
      const batch = dueMails(new Date(), BATCH);
      // In the order the answers came, as when each was written on its own.
      const results: MailResult[] = [];
      await Promise.all(batch.map((mail) => send(mail, results)));
      recordMailResults(results);
      if (batch.length === BATCH) again = true;
    } while (again && !stopped);
  }

  function plan() {
    clearTimeout(timer);
    if (stopped) return;
    const next = nextAttemptAt();
    const wait = next ? Math.max(0, Math.min(pollMs, next.getTime() - Date.now())) : pollMs;
    timer = setTimeout(wake, wait);
    timer.unref();
  }

  function wake() {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    batchSince = Date.now();
    running = work()
      .catch((error: unknown) => options.logger.error({ err: error }, "mail worker failed"))
      .finally(() => {
        running = null;
        plan();
      });
  }

  processEvents.on("mail:queued", wake);
  wake();

  return {
    wake,
    alive(now = Date.now()) {
      if (stopped) return false;
      if (running) return now - batchSince < stuckAfterMs;
      return timer !== undefined;
    },
    async stop() {
      stopped = true;
      processEvents.off("mail:queued", wake);
      clearTimeout(timer);
      await running;
      transport?.close();
    },
  };
}
