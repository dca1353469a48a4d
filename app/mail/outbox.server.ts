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
  return queueMails(tx, [mail])[0]!;
}

/** Rows per INSERT: well under SQLite's limit on bound values, and few statements for many mails. */
const CHUNK = 100;

/**
 * Queues many mails at once (news for a whole circle): one look-up of suppressed addresses and a
 * few multi-row inserts, so that a change for 2,000 people stays a short transaction.
 */
export function queueMails(tx: DbOrTx, mails: readonly OutgoingMail[]): number[] {
  if (!mails.length) return [];
  const addresses = [...new Set(mails.map((m) => m.to.address.toLowerCase()))];
  const suppressed = new Set<string>();
  for (let i = 0; i < addresses.length; i += 500) {
    for (const row of tx
      .select({ address: mailSuppressions.address })
      .from(mailSuppressions)
      .where(inArray(mailSuppressions.address, addresses.slice(i, i + 500)))
      .all()) {
      suppressed.add(row.address);
    }
  }
  const now = new Date();
  const ids: number[] = [];
  for (let i = 0; i < mails.length; i += CHUNK) {
    const rows = mails.slice(i, i + CHUNK).map((mail) => {
      const address = mail.to.address.toLowerCase();
      return {
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
        status: suppressed.has(address) ? ("onderdrukt" as const) : ("wachtend" as const),
        nextAttemptAt: now,
      };
    });
    const inserted = tx.insert(mailOutbox).values(rows).returning({ id: mailOutbox.id }).all();
    ids.push(...inserted.map((r) => r.id));
  }
  emitAfterCommit("mail:queued");
  return ids;
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
