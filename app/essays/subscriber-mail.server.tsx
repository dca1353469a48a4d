import { and, isNotNull } from "drizzle-orm";
import type { DbOrTx } from "#db/client.ts";
import { essaySubscribers } from "#db/schema.ts";
import { absoluteUrl } from "#shared/config.server.ts";
import { translator } from "#shared/i18n/index.ts";
import { queueMail } from "#app/mail/outbox.server.ts";
import { unsubscribeHeaders, unsubscribeUrl } from "#app/mail/signed-links.server.ts";
import { MailLayout, MailLink, MailText, renderMail } from "#app/mail/template.tsx";

// People without an account who confirmed their subscription hear of a newly published essay by
// mail (they have no notifications), each with their own unsubscribe link. Only what anyone may
// read goes in: the published title and summary, and the public page's address.

export function mailEssaySubscribers(
  tx: DbOrTx,
  essay: { slug: string; title: string; summary: string },
): number {
  const subscribers = tx
    .select({
      id: essaySubscribers.id,
      email: essaySubscribers.email,
      locale: essaySubscribers.locale,
    })
    .from(essaySubscribers)
    .where(and(isNotNull(essaySubscribers.confirmedAt)))
    .all();
  for (const subscriber of subscribers) {
    const t = translator(subscriber.locale);
    const target = { kind: "subscriber", subscriberId: subscriber.id } as const;
    const params = { titel: essay.title, samenvatting: essay.summary };
    const title = t("essay.melding.gepubliceerd.titel", params);
    const [first, ...rest] = t("essay.melding.gepubliceerd.tekst", params).split("\n\n");
    const { html, text } = renderMail(
      <MailLayout
        locale={subscriber.locale}
        heading={title}
        preview={first ?? title}
        action={{
          href: absoluteUrl(`/essays/${essay.slug}`),
          label: t("essay.abonnee.lezen", params),
        }}
        footer={
          <>
            {t("essay.abonnee.waarom")}{" "}
            <MailLink href={unsubscribeUrl(target)}>{t("essay.abonnee.afmelden")}</MailLink>
          </>
        }
      >
        {[first, ...rest]
          .filter((p): p is string => !!p?.trim())
          .map((paragraph, i) => (
            <MailText key={i}>{paragraph}</MailText>
          ))}
      </MailLayout>,
    );
    queueMail(tx, {
      to: { address: subscriber.email },
      category: "essays",
      subject: title,
      html,
      text,
      headers: unsubscribeHeaders(unsubscribeUrl(target)),
    });
  }
  return subscribers.length;
}
