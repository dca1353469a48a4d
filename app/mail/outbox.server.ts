import crypto from "node:crypto";
import { and, asc, count, desc, eq, inArray, lte } from "drizzle-orm";
import { getDb, preparedStatement, type DbOrTx } from "#db/client.ts";
import {
  mailBodies,
  mailOutbox,
  mailSuppressions,
  type MailAttachment,
  type MailStatus,
  type NotificationCategory,
} from "#db/schema.ts";
import { config } from "#shared/config.server.ts";
import { emitAfterCommit } from "#shared/events.server.ts";
import { unsubscribeHeaders } from "./signed-links.server.ts";

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

/** Where a shared body (queueSharedMails) has each recipient's own unsubscribe link. */
export const UNSUBSCRIBE_LINK = "https://afmelden.invalid/leerkring-afmeldlink";

/** A mail many people get alike: one body, and per recipient their own unsubscribe link. */
export type SharedMail = { html: string; text: string };
export type SharedMailRecipient = Omit<OutgoingMail, "html" | "text" | "headers"> & {
  unsubscribeUrl: string;
};

/** Queues a mail; returns its outbox id. Call it inside the transaction of the change. */
export function queueMail(tx: DbOrTx, mail: OutgoingMail): number {
  return queueMails(tx, [mail])[0]!;
}

/**
 * The outbox's INSERT, in SQL on the connection itself: for news to 2,000 people drizzle's
 * mapping of each row cost more than SQLite's writing it (bench:mail). Values as stored: JSON
 * text, UTC milliseconds.
 */
const outboxInsert = () =>
  preparedStatement("mail_outbox:insert", (db) =>
    db.$client.prepare<OutboxRow>(
      `INSERT INTO mail_outbox (message_id, to_address, to_name, user_id, category, subject, html,
         text, body_id, unsubscribe_url, headers, attachments, status, next_attempt_at)
       VALUES (@messageId, @toAddress, @toName, @userId, @category, @subject, @html, @text,
         @bodyId, @unsubscribeUrl, @headers, @attachments, @status, @nextAttemptAt)`,
    ),
  );

type OutboxRow = {
  messageId: string;
  toAddress: string;
  toName: string;
  userId: number | null;
  category: NotificationCategory | null;
  subject: string;
  html: string;
  text: string;
  bodyId: number | null;
  unsubscribeUrl: string | null;
  headers: string;
  attachments: string;
  status: MailStatus;
  nextAttemptAt: number;
};

/**
 * Queues many mails at once (news for a whole circle): one look-up of suppressed addresses and one
 * prepared insert, so that a change for 2,000 people stays a short transaction.
 */
export function queueMails(
  tx: DbOrTx,
  mails: readonly (OutgoingMail | (SharedMailRecipient & { bodyId: number }))[],
): number[] {
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
  const host = new URL(config().publicUrl).hostname;
  const insert = outboxInsert();
  const ids = mails.map((mail) => {
    const address = mail.to.address.toLowerCase();
    const shared = "bodyId" in mail;
    const result = insert.run({
      // Time first: ids in the order they are made keep the unique index's inserts at its end.
      messageId: `<${now.getTime().toString(36)}.${crypto.randomUUID()}@${host}>`,
      toAddress: address,
      toName: oneLine(mail.to.name ?? ""),
      userId: mail.to.userId ?? null,
      category: mail.category,
      subject: oneLine(mail.subject),
      html: shared ? "" : mail.html,
      text: shared ? "" : mail.text,
      bodyId: shared ? mail.bodyId : null,
      unsubscribeUrl: shared ? mail.unsubscribeUrl : null,
      headers: JSON.stringify(("headers" in mail && mail.headers) || {}),
      attachments: JSON.stringify(mail.attachments ?? []),
      status: suppressed.has(address) ? "onderdrukt" : "wachtend",
      nextAttemptAt: now.getTime(),
    });
    return Number(result.lastInsertRowid);
  });
  emitAfterCommit("mail:queued");
  return ids;
}

/**
 * Queues one body for many recipients: the body is stored once, each recipient's row holds only
 * their own link. News for 2,000 people then writes kilobytes, not megabytes.
 */
export function queueSharedMails(
  tx: DbOrTx,
  body: SharedMail,
  recipients: readonly SharedMailRecipient[],
): number[] {
  if (!recipients.length) return [];
  const { id } = tx.insert(mailBodies).values(body).returning({ id: mailBodies.id }).get();
  return queueMails(
    tx,
    recipients.map((r) => ({ ...r, bodyId: id })),
  );
}

type StoredMail = Pick<
  typeof mailOutbox.$inferSelect,
  "html" | "text" | "headers" | "bodyId" | "unsubscribeUrl"
>;

/**
 * What a recipient gets: the mail's own HTML, text and headers, or the shared body with their
 * unsubscribe link put in, and that link in the headers mail programs offer (RFC 8058).
 */
export function mailContent(
  mail: StoredMail,
  db: DbOrTx = getDb(),
): { html: string; text: string; headers: Record<string, string> } {
  if (mail.bodyId === null) return { html: mail.html, text: mail.text, headers: mail.headers };
  const body = db.select().from(mailBodies).where(eq(mailBodies.id, mail.bodyId)).get();
  const link = mail.unsubscribeUrl ?? "";
  return {
    html: (body?.html ?? "").replaceAll(UNSUBSCRIBE_LINK, link),
    text: (body?.text ?? "").replaceAll(UNSUBSCRIBE_LINK, link),
    headers: { ...mail.headers, ...(link ? unsubscribeHeaders(link) : {}) },
  };
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

export type MailMarkValues = Partial<
  Pick<
    typeof mailOutbox.$inferInsert,
    "status" | "attempts" | "nextAttemptAt" | "lastError" | "sentAt"
  >
>;

export function markMail(id: number, values: MailMarkValues, db: DbOrTx = getDb()): void {
  db.update(mailOutbox).set(values).where(eq(mailOutbox.id, id)).run();
}

/** What the worker learnt about one mail: its new state, and perhaps an address to stop. */
export type MailResult = {
  id: number;
  values: MailMarkValues;
  /** Refused for good at RCPT TO: this address gets no more mail. */
  suppress?: { address: string; reason: string } | undefined;
};

/**
 * The results of a batch in one transaction, in the order they came in: with `synchronous = FULL`
 * (docs/decisions/013-fsync-before-acknowledgement.md) each transaction costs an fsync, and one per
 * mail halved the delivery rate. The order is kept so that a suppression and a later result for the
 * same address end as they would have one by one.
 */
export function recordMailResults(results: readonly MailResult[]): void {
  if (results.length === 0) return;
  getDb().transaction((tx) => {
    for (const result of results) {
      markMail(result.id, result.values, tx);
      if (result.suppress) suppressAddressIn(tx, result.suppress.address, result.suppress.reason);
    }
  });
}

/** Stops all mail to an address that bounced for good; its waiting mails are not sent either. */
export function suppressAddress(address: string, reason: string): void {
  getDb().transaction((tx) => suppressAddressIn(tx, address, reason));
}

function suppressAddressIn(tx: DbOrTx, address: string, reason: string): void {
  tx.insert(mailSuppressions)
    .values({ address: address.toLowerCase(), reason: oneLine(reason).slice(0, 500) })
    .onConflictDoNothing()
    .run();
  tx.update(mailOutbox)
    .set({ status: "onderdrukt" })
    .where(and(eq(mailOutbox.toAddress, address.toLowerCase()), eq(mailOutbox.status, "wachtend")))
    .run();
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
  const mail = getDb().select().from(mailOutbox).where(eq(mailOutbox.id, id)).get();
  return mail ? { ...mail, ...mailContent(mail) } : null;
}
