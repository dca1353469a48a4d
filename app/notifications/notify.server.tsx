import { and, eq, inArray } from "drizzle-orm";
import { preparedStatement, type DbOrTx } from "#db/client.ts";
import {
  doneOnce,
  newsFanOut,
  notificationPreferences,
  type QueuedRecipient,
  type DeliveryMode,
  type MailAttachment,
  type NotificationCategory,
} from "#db/schema.ts";
import { absoluteUrl } from "#shared/config.server.ts";
import { emitAfterCommit } from "#shared/events.server.ts";
import { translator, type MessageKey } from "#shared/i18n/index.ts";
import type { Locale } from "#shared/i18n/locales.ts";
import { UNSUBSCRIBE_LINK, queueSharedMails } from "#app/mail/outbox.server.ts";
import { unsubscribeUrl } from "#app/mail/signed-links.server.ts";
import { MailLayout, MailLink, MailText, renderMail } from "#app/mail/template.tsx";

// Every piece of news goes through notify(): a notification for each recipient at /meldingen and,
// as each has chosen for the category, a mail now, a line in their digest, or nothing more. The
// caller decides who may hear of it — with the permission rules, on data it has loaded — and calls
// this inside the transaction of the change, so news and change are saved together.

/** A kind of news: a catalogue key base with a `.titel` and a `.tekst` beneath it. */
export type NotificationKind = {
  [K in MessageKey]: K extends `${infer Base}.titel`
    ? `${Base}.tekst` extends MessageKey
      ? Base extends `${string}.melding.${string}`
        ? Base
        : never
      : never
    : never;
}[MessageKey];

export type Recipient = { id: number; email: string; name: string; locale: Locale };

export type News = {
  category: NotificationCategory;
  kind: NotificationKind;
  /** Values the texts interpolate; plain text (React and the mail renderer escape it). */
  params: Record<string, string | number>;
  /** A path inside Leerkring. */
  link: string;
  /** Sent with the direct mail only (a digest has none): e.g. an iTIP invitation. */
  attachments?: (recipient: Recipient) => MailAttachment[];
  /** Set: this news is given once only, also if asked again (reminders, mentions). */
  once?: string;
};

/** How each recipient gets a category: their choice, `direct` when they made none. */
export function deliveryModes(
  tx: DbOrTx,
  userIds: number[],
  category: NotificationCategory,
): Map<number, DeliveryMode> {
  const modes = new Map<number, DeliveryMode>(userIds.map((id) => [id, "direct"]));
  if (!userIds.length) return modes;
  const rows = tx
    .select({ userId: notificationPreferences.userId, delivery: notificationPreferences.delivery })
    .from(notificationPreferences)
    .where(
      and(
        inArray(notificationPreferences.userId, userIds),
        eq(notificationPreferences.category, category),
      ),
    )
    .all();
  for (const row of rows) modes.set(row.userId, row.delivery);
  return modes;
}

type NotificationRow = {
  userId: number;
  category: NotificationCategory;
  kind: string;
  params: string;
  link: string;
  digest: "dagelijks" | "wekelijks" | null;
};

/**
 * The INSERT of a notification, in SQL on the connection itself: news may go to 2,000 people, and
 * drizzle's mapping of each row cost more than SQLite's writing it (bench:mail).
 */
const notificationInsert = () =>
  preparedStatement("notifications:insert", (db) =>
    db.$client.prepare<NotificationRow>(
      `INSERT INTO notifications (user_id, category, kind, params, link, digest)
       VALUES (@userId, @category, @kind, @params, @link, @digest)`,
    ),
  );

/**
 * How many recipients the change's own transaction gives news to. Beyond this the rest is stored
 * as one row and given in transactions of this size right after (fan-out.server.ts): news for
 * 2,000 people would otherwise hold the one process, and every co-editor's keystrokes, for tens of
 * milliseconds (bench:mail).
 */
export const INLINE_RECIPIENTS = 200;

/** What is stored of news: all but the attachments, which are made per recipient. */
export type StoredNews = Pick<News, "category" | "kind" | "params" | "link">;

/**
 * Gives news to the recipients (each once); returns how many get it. The first
 * INLINE_RECIPIENTS have it when the transaction commits, the others moments later, from a row
 * written in the same transaction, so nothing is lost if the process stops in between.
 */
export function notify(tx: DbOrTx, recipients: readonly Recipient[], news: News): number {
  if (news.once) {
    const fresh = tx.insert(doneOnce).values({ key: news.once }).onConflictDoNothing().run();
    if (fresh.changes === 0) return 0;
  }
  const unique = [...new Map(recipients.map((r) => [r.id, r])).values()];
  if (!unique.length) return 0;
  const stored: StoredNews = {
    category: news.category,
    kind: news.kind,
    params: news.params,
    link: news.link,
  };
  const queued = unique.map((r): QueuedRecipient => ({
    id: r.id,
    email: r.email,
    name: r.name,
    locale: r.locale,
    attachments: news.attachments?.(r) ?? [],
  }));
  deliverNews(tx, queued.slice(0, INLINE_RECIPIENTS), stored);
  if (queued.length > INLINE_RECIPIENTS) {
    tx.insert(newsFanOut)
      .values({ ...stored, recipients: queued, delivered: INLINE_RECIPIENTS })
      .run();
    emitAfterCommit("news:queued");
  }
  return unique.length;
}

/** A notification for each of these people and, as each has chosen, a mail now or in a digest. */
export function deliverNews(
  tx: DbOrTx,
  people: readonly QueuedRecipient[],
  news: StoredNews,
): void {
  if (!people.length) return;
  const modes = deliveryModes(
    tx,
    people.map((r) => r.id),
    news.category,
  );
  const params = JSON.stringify(news.params);
  const mailsByLocale = new Map<Locale, QueuedRecipient[]>();
  const insert = notificationInsert();
  for (const recipient of people) {
    const mode = modes.get(recipient.id) ?? "direct";
    insert.run({
      userId: recipient.id,
      category: news.category,
      kind: news.kind,
      params,
      link: news.link,
      digest: mode === "dagelijks" || mode === "wekelijks" ? mode : null,
    });
    if (mode === "direct") {
      const same = mailsByLocale.get(recipient.locale) ?? [];
      same.push(recipient);
      mailsByLocale.set(recipient.locale, same);
    }
  }
  // One body per language, stored once; each person's row holds their own unsubscribe link.
  for (const [locale, same] of mailsByLocale) {
    const mail = renderNews(locale, news);
    queueSharedMails(
      tx,
      { html: mail.html, text: mail.text },
      same.map((recipient) => {
        const target = { kind: "person", userId: recipient.id, category: news.category } as const;
        return {
          to: { address: recipient.email, name: recipient.name, userId: recipient.id },
          category: news.category,
          subject: mail.subject,
          unsubscribeUrl: unsubscribeUrl(target),
          attachments: recipient.attachments,
        };
      }),
    );
  }
  emitAfterCommit(
    "notifications:changed",
    people.map((r) => r.id),
  );
}

type RenderedNews = { subject: string; html: string; text: string };

/**
 * The mail of a piece of news in one language. It is the same for every recipient but for the
 * unsubscribe link, so it is rendered and stored once per language, with UNSUBSCRIBE_LINK where each
 * person's own link goes when it is sent.
 */
function renderNews(locale: Locale, news: StoredNews): RenderedNews {
  const t = translator(locale);
  const title = t(`${news.kind}.titel` as MessageKey, news.params);
  const text = t(`${news.kind}.tekst` as MessageKey, news.params);
  const { html, text: plain } = renderMail(
    <MailLayout
      locale={locale}
      heading={title}
      preview={text}
      action={{
        href: absoluteUrl(news.link),
        label: t("mail.bekijkInLeerkring", { titel: title }),
      }}
      footer={
        <>
          {t("mail.waaromDirect", { categorie: t(`meldingen.categorie.${news.category}`) })}{" "}
          <MailLink href={UNSUBSCRIBE_LINK}>{t("mail.afmeldenCategorie")}</MailLink>
          {" · "}
          <MailLink href={absoluteUrl("/account#meldingen")}>{t("mail.keuzesAanpassen")}</MailLink>
        </>
      }
    >
      {text.split("\n\n").map((paragraph, i) => (
        <MailText key={i}>{paragraph}</MailText>
      ))}
    </MailLayout>,
  );
  return { subject: title, html, text: plain };
}
