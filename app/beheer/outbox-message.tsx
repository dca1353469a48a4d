import { Heading3, Paragraph } from "@utrecht/component-library-react";
import { formatDateTime, useLocale, useT } from "#shared/i18n/index.ts";
import type { MailStatus } from "#db/schema.ts";

export type OutboxMessage = {
  id: number;
  subject: string;
  toAddress: string;
  toName: string;
  status: MailStatus;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
  text: string;
  html: string;
};

/**
 * One mail of the outbox as its recipient gets it. The HTML is never put into this page: it is
 * shown in a sandboxed frame (no scripts, no forms, an origin of its own), the text as text.
 */
export function OutboxMessageView({ mail }: { mail: OutboxMessage }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="bericht" className="leerkring-card leerkring-stack">
      <Heading3 id="bericht">{mail.subject}</Heading3>
      <dl className="leerkring-details">
        <dt>{t("email.aan")}</dt>
        <dd>{mail.toName ? `${mail.toName} <${mail.toAddress}>` : mail.toAddress}</dd>
        <dt>{t("email.status")}</dt>
        <dd>{t(`email.status.${mail.status}`)}</dd>
        <dt>{t("email.pogingen")}</dt>
        <dd>{mail.attempts}</dd>
        <dt>{t("email.aangemaakt")}</dt>
        <dd>{formatDateTime(locale, mail.createdAt)}</dd>
        {mail.sentAt && (
          <>
            <dt>{t("email.verzondenOp")}</dt>
            <dd>{formatDateTime(locale, mail.sentAt)}</dd>
          </>
        )}
        {mail.lastError && (
          <>
            <dt>{t("email.laatsteFout")}</dt>
            <dd>{mail.lastError}</dd>
          </>
        )}
      </dl>
      <Paragraph>
        <strong>{t("email.tekst")}</strong>
      </Paragraph>
      <pre className="leerkring-code" data-testid="mail-tekst">
        {mail.text}
      </pre>
      <iframe
        title={t("email.htmlTitel", { onderwerp: mail.subject })}
        sandbox=""
        srcDoc={mail.html}
        className="leerkring-mail-frame"
      />
    </section>
  );
}
