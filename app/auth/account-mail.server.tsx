import type { DbOrTx } from "#db/client.ts";
import { absoluteUrl } from "#shared/config.server.ts";
import { translator } from "#shared/i18n/index.ts";
import type { Locale } from "#shared/i18n/locales.ts";
import { queueMail } from "#app/mail/outbox.server.ts";
import { MailLayout, MailText, renderMail } from "#app/mail/template.tsx";

// The mails about an account itself: an invitation and a password-reset link. They have no
// category (a person cannot turn them off) and are queued in the transaction that creates the
// token, so a link exists exactly when its mail does. Links come from PUBLIC_URL, never the Host.

export function invitationLink(token: string): string {
  return absoluteUrl(`/uitnodiging/${token}`);
}

export function passwordResetLink(token: string): string {
  return absoluteUrl(`/wachtwoord-herstellen/${token}`);
}

export function queueInvitationMail(
  tx: DbOrTx,
  input: {
    token: string;
    email: string;
    locale: Locale;
    inviterName: string;
    organisationName: string;
  },
): number {
  const t = translator(input.locale);
  const vars = { naam: input.inviterName, organisatie: input.organisationName };
  const subject = t("uitnodigingsmail.onderwerp", vars);
  const { html, text } = renderMail(
    <MailLayout
      locale={input.locale}
      heading={subject}
      preview={t("uitnodigingsmail.tekst", vars)}
      action={{ href: invitationLink(input.token), label: t("uitnodigingsmail.knop") }}
      footer={t("uitnodigingsmail.voet", { email: input.email })}
    >
      <MailText>{t("uitnodigingsmail.tekst", vars)}</MailText>
      <MailText>{t("uitnodigingsmail.geldig")}</MailText>
    </MailLayout>,
  );
  return queueMail(tx, { to: { address: input.email }, category: null, subject, html, text });
}

export function queuePasswordResetMail(
  tx: DbOrTx,
  input: { token: string; user: { id: number; email: string; name: string; locale: Locale } },
): number {
  const t = translator(input.user.locale);
  const subject = t("herstelmail.onderwerp");
  const { html, text } = renderMail(
    <MailLayout
      locale={input.user.locale}
      heading={subject}
      preview={t("herstelmail.tekst")}
      action={{ href: passwordResetLink(input.token), label: t("herstelmail.knop") }}
      footer={t("herstelmail.voet", { email: input.user.email })}
    >
      <MailText>{t("herstelmail.aanhef", { naam: input.user.name })}</MailText>
      <MailText>{t("herstelmail.tekst")}</MailText>
      <MailText>{t("herstelmail.nietGevraagd")}</MailText>
    </MailLayout>,
  );
  return queueMail(tx, {
    to: { address: input.user.email, name: input.user.name, userId: input.user.id },
    category: null,
    subject,
    html,
    text,
  });
}
