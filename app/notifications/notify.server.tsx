import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "#db/client.ts";
import {
  doneOnce,
  notificationPreferences,
  notifications,
  type DeliveryMode,
  type MailAttachment,
  type NotificationCategory,
} from "#db/schema.ts";
import { absoluteUrl } from "#shared/config.server.ts";
import { emitAfterCommit } from "#shared/events.server.ts";
import { translator, type MessageKey } from "#shared/i18n/index.ts";
import type { Locale } from "#shared/i18n/locales.ts";
import { queueMails, type OutgoingMail } from "#app/mail/outbox.server.ts";
import { unsubscribeHeaders, unsubscribeUrl } from "#app/mail/signed-links.server.ts";
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

/** Gives news to the recipients (each once); returns how many got it. */
export function notify(tx: DbOrTx, recipients: readonly Recipient[], news: News): number {
  if (news.once) {
    const fresh = tx.insert(doneOnce).values({ key: news.once }).onConflictDoNothing().run();
    if (fresh.changes === 0) return 0;
  }
  const unique = [...new Map(recipients.map((r) => [r.id, r])).values()];
  if (!unique.length) return 0;
  const modes = deliveryModes(
    tx,
    unique.map((r) => r.id),
    news.category,
  );
  const rendered = new Map<Locale, RenderedNews>();
  const rows: (typeof notifications.$inferInsert)[] = [];
  const mails: OutgoingMail[] = [];
  for (const recipient of unique) {
    const mode = modes.get(recipient.id) ?? "direct";
    rows.push({
      userId: recipient.id,
      category: news.category,
      kind: news.kind,
      params: news.params,
      link: news.link,
      digest: mode === "dagelijks" || mode === "wekelijks" ? mode : null,
    });
    if (mode === "direct") mails.push(newsMail(recipient, news, rendered));
  }
  // Many rows per statement: news for a whole circle stays a short transaction.
  for (let i = 0; i < rows.length; i += 200) {
    tx.insert(notifications)
      .values(rows.slice(i, i + 200))
      .run();
  }
  queueMails(tx, mails);
  emitAfterCommit(
    "notifications:changed",
    unique.map((r) => r.id),
  );
  return unique.length;
}

/** Stands in for a recipient's own unsubscribe link while a mail is rendered once per language. */
const UNSUBSCRIBE_PLACEHOLDER = "https://afmelden.invalid/leerkring-afmeldlink";

type RenderedNews = { subject: string; html: string; text: string };

/**
 * The mail of a piece of news in one language. It is the same for every recipient but for the
 * unsubscribe link, so it is rendered once per language and the link put in per person: rendering
 * (above all the plain text) is what would make news for many people slow.
 */
function renderNews(locale: Locale, news: News): RenderedNews {
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
          <MailLink href={UNSUBSCRIBE_PLACEHOLDER}>{t("mail.afmeldenCategorie")}</MailLink>
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

function newsMail(
  recipient: Recipient,
  news: News,
  rendered: Map<Locale, RenderedNews>,
): OutgoingMail {
  let mail = rendered.get(recipient.locale);
  if (!mail) {
    mail = renderNews(recipient.locale, news);
    rendered.set(recipient.locale, mail);
  }
  const target = { kind: "person", userId: recipient.id, category: news.category } as const;
  const own = unsubscribeUrl(target);
  return {
    to: { address: recipient.email, name: recipient.name, userId: recipient.id },
    category: news.category,
    subject: mail.subject,
    html: mail.html.replaceAll(UNSUBSCRIBE_PLACEHOLDER, own),
    text: mail.text.replaceAll(UNSUBSCRIBE_PLACEHOLDER, own),
    headers: unsubscribeHeaders(target),
    attachments: news.attachments?.(recipient) ?? [],
  };
}
