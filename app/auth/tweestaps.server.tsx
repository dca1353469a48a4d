import { recordAudit } from "#app/audit/audit.server.ts";
import { eq } from "drizzle-orm";
import { getDb } from "#db/client.ts";
import { users, type User } from "#db/schema.ts";
import { absoluteUrl } from "#shared/config.server.ts";
import { translator } from "#shared/i18n/index.ts";
import { queueMail } from "#app/mail/outbox.server.ts";
import { MailLayout, MailText, renderMail } from "#app/mail/template.tsx";
import { mfaRequiredFor } from "./mfa-policy.server.ts";
import { verifyPassword } from "./password.server.ts";
import type { RegistrationResponseJSON } from "@simplewebauthn/server";
import {
  PASSKEY_LIMIT,
  passkeyCount,
  passkeyName,
  passkeysOf,
  registerPasskey,
  removePasskey,
  type PasskeyFailure,
} from "./passkeys.server.ts";
import {
  hasTotp,
  pendingTotpSecret,
  replaceRecoveryCodes,
  recoveryCodesLeft,
  removeSecondFactor,
  totpQrDataUri,
  totpUri,
  verifySecondFactor,
} from "./totp.server.ts";

// What /account/tweestaps shows and does, and a beheerder's reset (/beheer/accounts).

/** The page's state: the TOTP app on (with the codes left) or the pending secret; the passkeys. */
export function secondFactorPage(user: { id: number; email: string; role: User["role"] }) {
  const required = mfaRequiredFor(user.role);
  const passkeys = passkeysOf(user.id);
  const common = {
    required,
    // A required role without any second factor may use this page and /account only.
    missing: !hasTotp(user.id) && passkeys.length === 0,
    passkeys,
    codesLeft: recoveryCodesLeft(user.id),
  };
  if (hasTotp(user.id)) return { ...common, enabled: true as const };
  const secret = pendingTotpSecret(user.id);
  const uri = totpUri(secret, user.email);
  return {
    ...common,
    enabled: false as const,
    // Groups of four, as apps show it; spaces are ignored when typed.
    secret: secret.match(/.{1,4}/g)!.join(" "),
    qr: totpQrDataUri(uri),
  };
}

/**
 * Adds a passkey from the browser's answer. A person whose first second factor this is gets
 * recovery codes (shown once), as with the app: a lost passkey then does not lock them out.
 */
export async function addOwnPasskey(
  userId: number,
  name: string,
  response: RegistrationResponseJSON,
): Promise<{ ok: true; codes: string[] | null } | { ok: false; reason: PasskeyFailure | "limit" }> {
  if (passkeyCount(userId) >= PASSKEY_LIMIT) return { ok: false, reason: "limit" };
  const result = await registerPasskey(userId, name, response);
  if (!result.ok) return result;
  const codes =
    !hasTotp(userId) && recoveryCodesLeft(userId) === 0 ? replaceRecoveryCodes(userId) : null;
  return { ok: true, codes };
}

/** Removes one passkey; a required role keeps at least one second factor. */
export function removeOwnPasskey(
  user: { id: number; role: User["role"] },
  id: string,
): "done" | "required" | "not-found" {
  if (mfaRequiredFor(user.role) && !hasTotp(user.id) && passkeyCount(user.id) <= 1) {
    return passkeyName(user.id, id) === null ? "not-found" : "required";
  }
  return removePasskey(user.id, id) ? "done" : "not-found";
}

/** Switching off asks the current password or a code; a required role cannot switch off. */
export async function disableOwnSecondFactor(
  user: { id: number; role: User["role"] },
  proof: string,
): Promise<"done" | "required" | "wrong-proof"> {
  if (mfaRequiredFor(user.role)) return "required";
  const row = getDb()
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, user.id))
    .get();
  const right =
    (row && (await verifyPassword(row.passwordHash, proof))) ||
    verifySecondFactor(user.id, proof) !== null;
  if (!right) return "wrong-proof";
  removeSecondFactor(user.id);
  return "done";
}

/**
 * A beheerder's reset: the second factor goes, and the person hears of it by mail in their own
 * language (no category: it cannot be turned off), in the same transaction. Returns the mail's id.
 */
export function resetSecondFactorOf(
  account: Pick<User, "id" | "email" | "name" | "locale">,
  by: { name: string },
): number {
  return getDb().transaction((tx) => {
    removeSecondFactor(account.id, tx);
    recordAudit(tx, {
      action: "tweestaps.gereset",
      subject: { type: "gebruiker", id: account.id },
    });
    const t = translator(account.locale);
    const subject = t("tweestaps.mail.onderwerp");
    const text = t("tweestaps.mail.tekst", { beheerder: by.name });
    const mail = renderMail(
      <MailLayout
        locale={account.locale}
        heading={subject}
        preview={text}
        action={{ href: absoluteUrl("/account/tweestaps"), label: t("tweestaps.mail.knop") }}
        footer={t("tweestaps.mail.voet", { email: account.email })}
      >
        <MailText>{t("tweestaps.mail.aanhef", { naam: account.name })}</MailText>
        <MailText>{text}</MailText>
        <MailText>{t("tweestaps.mail.opnieuw")}</MailText>
      </MailLayout>,
    );
    return queueMail(tx, {
      to: { address: account.email, name: account.name, userId: account.id },
      category: null,
      subject,
      html: mail.html,
      text: mail.text,
    });
  });
}
