import crypto from "node:crypto";
import { and, asc, count, desc, eq, inArray, lte } from "drizzle-orm";
import { getDb, type DbOrTx } from "#db/client.ts";
import {
  mailOutbox,
  mailSuppressions,
  type MailAttachment,
  type MailStatus,
  type NotificationCategory,
} from "#db/schema.ts";
import { config } from "#shared/config.server.ts";
import { emitAfterCommit } from "#shared/events.server.ts";

// The outbox: every mail is a row, written in the transaction of the change that causes it, so a
// change is never saved without its mail or the other way round. The worker sends it afterwards.

export type OutgoingMail = {
  to: { address: string; name?: string | undefined; userId?: number | null | undefined };
  /** The category a person can turn off; null for mails about the account itself. */
  category: NotificationCategory | null;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
  attachments?: MailAttachment[];
};

/** A header value on one line: a line break in a subject or a name would start a new header. */
export function oneLine(value: string): string {
  return value.replace(/[\p{Cc}\u2028\u2029]+/gu, " ").trim();
}

function newMessageId(): string {
  return `<${crypto.randomUUID()}@${new URL(config().publicUrl).hostname}>`;
}

/** Queues a mail; returns its outbox id. Call it inside the transaction of the change. */
export function queueMail(tx: DbOrTx, mail: OutgoingMail): number {
  const address = mail.to.address.toLowerCase();
  const suppressed = tx
    .select({ address: mailSuppressions.address })
    .from(mailSuppressions)
    .where(eq(mailSuppressions.address, address))
    .get();
  const row = tx
    .insert(mailOutbox)
    .values({
      messageId: newMessageId(),
      toAddress: address,
      toName: oneLine(mail.to.name ?? ""),
      userId: mail.to.userId ?? null,
      category: mail.category,
      subject: oneLine(mail.subject),
      html: mail.html,
      text: mail.text,
      headers: mail.headers ?? {},
      attachments: mail.attachments ?? [],
      status: suppressed ? "onderdrukt" : "wachtend",
      nextAttemptAt: new Date(),
    })
    .returning({ id: mailOutbox.id })
    .get();
  emitAfterCommit("mail:queued");
  return row.id;
}

/** Mails whose turn has come, oldest first. */
export function dueMails(now: Date, limit: number) {
  return getDb()
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.status, "wachtend"), lte(mailOutbox.nextAttemptAt, now)))
    .orderBy(asc(mailOutbox.nextAttemptAt), asc(mailOutbox.id))
    .limit(limit)
    .all();
}

export function nextAttemptAt(): Date | null {
  return (
    getDb()
      .select({ at: mailOutbox.nextAttemptAt })
      .from(mailOutbox)
      .where(eq(mailOutbox.status, "wachtend"))
      .orderBy(asc(mailOutbox.nextAttemptAt))
      .limit(1)
      .get()?.at ?? null
  );
}

export function markMail(
  id: number,
  values: Partial<
    Pick<
      typeof mailOutbox.$inferInsert,
      "status" | "attempts" | "nextAttemptAt" | "lastError" | "sentAt"
    >
  >,
): void {
  getDb().update(mailOutbox).set(values).where(eq(mailOutbox.id, id)).run();
}

/** Stops all mail to an address that bounced for good; its waiting mails are not sent either. */
export function suppressAddress(address: string, reason: string): void {
  getDb().transaction((tx) => {
    tx.insert(mailSuppressions)
      .values({ address: address.toLowerCase(), reason: oneLine(reason).slice(0, 500) })
      .onConflictDoNothing()
      .run();
    tx.update(mailOutbox)
      .set({ status: "onderdrukt" })
      .where(
        and(eq(mailOutbox.toAddress, address.toLowerCase()), eq(mailOutbox.status, "wachtend")),
      )
      .run();
  });
}

export function liftSuppression(address: string): void {
  getDb().delete(mailSuppressions).where(eq(mailSuppressions.address, address.toLowerCase())).run();
}

export function listSuppressions() {
  return getDb().select().from(mailSuppressions).orderBy(desc(mailSuppressions.createdAt)).all();
}

export const OUTBOX_PAGE_SIZE = 25;

/** The outbox for the beheerder, newest first, optionally of some statuses. */
export function listOutbox(options: { page?: number; statuses?: MailStatus[] } = {}) {
  const page = Math.max(1, options.page ?? 1);
  const where = options.statuses?.length ? inArray(mailOutbox.status, options.statuses) : undefined;
  const [total] = getDb().select({ n: count() }).from(mailOutbox).where(where).all();
  const mails = getDb()
    .select({
      id: mailOutbox.id,
      toAddress: mailOutbox.toAddress,
      toName: mailOutbox.toName,
      subject: mailOutbox.subject,
      category: mailOutbox.category,
      status: mailOutbox.status,
      attempts: mailOutbox.attempts,
      lastError: mailOutbox.lastError,
      createdAt: mailOutbox.createdAt,
      sentAt: mailOutbox.sentAt,
    })
    .from(mailOutbox)
    .where(where)
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(OUTBOX_PAGE_SIZE)
    .offset((page - 1) * OUTBOX_PAGE_SIZE)
    .all();
  return { mails, page, pages: Math.max(1, Math.ceil(total!.n / OUTBOX_PAGE_SIZE)) };
}

export function getOutboxMail(id: number) {
  return getDb().select().from(mailOutbox).where(eq(mailOutbox.id, id)).get() ?? null;
}
