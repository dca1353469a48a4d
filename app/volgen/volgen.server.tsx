import { and, eq, isNull } from "drizzle-orm";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { getDb } from "#db/client.ts";
import { essaySubscribers } from "#db/schema.ts";
import { generateToken, hashToken } from "#app/auth/tokens.server.ts";
import { queueMail } from "#app/mail/outbox.server.ts";
import { MailLayout, MailText, renderMail } from "#app/mail/template.tsx";
import { absoluteUrl } from "#shared/config.server.ts";
import { translator } from "#shared/i18n/index.ts";
import type { Locale } from "#shared/i18n/locales.ts";
import { forgetProcessWide, processWide } from "#shared/process-wide.ts";

// People without an account who follow new essays, with double opt-in: the form stores the
// address unconfirmed and mails a link; only opening that link and confirming makes them a
// subscriber. The address is used for this and nothing else. The answer to the form is the same
// for every address, so it tells nobody who follows already.

export const FOLLOW_LIMITS = {
  /** Sign-ups from one client address per hour. */
  perIpPerHour: 10,
  /** Confirmation mails to one address per hour (more are quietly not sent). */
  perAddressPerHour: 3,
} as const;

function limiters() {
  return processWide("follow-throttle", createLimiters);
}

function createLimiters() {
  return {
    ip: new RateLimiterMemory({
      keyPrefix: "volgen-ip",
      points: FOLLOW_LIMITS.perIpPerHour,
      duration: 3600,
    }),
    address: new RateLimiterMemory({
      keyPrefix: "volgen-adres",
      points: FOLLOW_LIMITS.perAddressPerHour,
      duration: 3600,
    }),
  };
}

/**
 * Asks to follow new essays: "refused" when this client asked too often; otherwise "sent", also
 * when nothing was sent (the address follows already, or got enough mails this hour).
 */
export async function requestFollow(
  email: string,
  locale: Locale,
  ip: string,
): Promise<"sent" | "refused"> {
  const l = limiters();
  const byIp = await l.ip.penalty(ip, 1);
  if (byIp.consumedPoints > FOLLOW_LIMITS.perIpPerHour) return "refused";
  const address = email.trim().toLowerCase();
  const byAddress = await l.address.penalty(address, 1);
  if (byAddress.consumedPoints > FOLLOW_LIMITS.perAddressPerHour) return "sent";
  const token = generateToken();
  getDb().transaction((tx) => {
    const existing = tx
      .select()
      .from(essaySubscribers)
      .where(eq(essaySubscribers.email, address))
      .get();
    if (existing?.confirmedAt) return; // follows already: nothing to confirm
    if (existing) {
      tx.update(essaySubscribers)
        .set({ confirmTokenHash: hashToken(token), locale })
        .where(eq(essaySubscribers.id, existing.id))
        .run();
    } else {
      tx.insert(essaySubscribers)
        .values({ email: address, locale, confirmTokenHash: hashToken(token) })
        .run();
    }
    const t = translator(locale);
    const { html, text } = renderMail(
      <MailLayout
        locale={locale}
        heading={t("volgen.mail.onderwerp")}
        preview={t("volgen.mail.tekst")}
        action={{ href: absoluteUrl(`/essays/volgen/${token}`), label: t("volgen.mail.knop") }}
        footer={t("volgen.mail.waarom")}
      >
        <MailText>{t("volgen.mail.tekst")}</MailText>
      </MailLayout>,
    );
    queueMail(tx, {
      to: { address },
      category: null,
      subject: t("volgen.mail.onderwerp"),
      html,
      text,
    });
  });
  return "sent";
}

/** The unconfirmed sign-up a confirmation link belongs to, or null. */
export function pendingFollow(token: string) {
  if (!/^[A-Za-z0-9_-]{16,128}$/.test(token)) return null;
  return (
    getDb()
      .select({ id: essaySubscribers.id, email: essaySubscribers.email })
      .from(essaySubscribers)
      .where(
        and(
          eq(essaySubscribers.confirmTokenHash, hashToken(token)),
          isNull(essaySubscribers.confirmedAt),
        ),
      )
      .get() ?? null
  );
}

/** Confirms the sign-up of this link; false when the link is unknown or already used. */
export function confirmFollow(token: string, now = new Date()): boolean {
  const pending = pendingFollow(token);
  if (!pending) return false;
  return (
    getDb()
      .update(essaySubscribers)
      .set({ confirmedAt: now })
      .where(and(eq(essaySubscribers.id, pending.id), isNull(essaySubscribers.confirmedAt)))
      .run().changes === 1
  );
}

export function resetFollowThrottle(): void {
  forgetProcessWide("follow-throttle");
}
