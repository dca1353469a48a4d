import { and, asc, eq, isNull, or, sql, type AnyColumn } from "drizzle-orm";
import { recordAudit } from "#app/audit/audit.server.ts";
import { can } from "#app/auth/permissions.ts";
import { notify } from "#app/notifications/notify.server.tsx";
import { activePeople } from "#app/notifications/recipients.server.ts";
import { forgetEssayAuthor } from "#app/essays/essays.server.ts";
import { anonymiseMentions } from "#shared/editor/extensions.ts";
import type { CollabEngine } from "#server/collab/index.ts";
import { documentsThatMayMention } from "#server/collab/persistence.ts";
import { getDb, type DbOrTx } from "#db/client.ts";
import {
  accountTokens,
  erasureRequests,
  essaySubscribers,
  mailBodies,
  mailOutbox,
  newsFanOut,
  mailSuppressions,
  notifications,
  organisations,
  partnerContacten,
  users,
} from "#db/schema.ts";
import { translator } from "#shared/i18n/index.ts";
import type { Locale } from "#shared/i18n/locales.ts";

// Erasure (AVG article 17): a person asks at /account/mijn-gegevens, a beheerder carries it out
// at /beheer/verwijderverzoeken after a confirmation step. The account and the personal data go:
// the users row, and with it (foreign keys, ON DELETE CASCADE) sessions, known devices, recovery
// codes, login challenges, notification settings and notifications, RSVPs, casework memberships,
// essay authorships, the calendar feed and the request itself. What the person wrote in shared
// records (comments, learning questions, casework logs, co-edited documents) stays, its author
// set to null (ON DELETE SET NULL), which every page shows as "voormalig deelnemer"; the updates
// of co-edited documents lose their author the same way, and an essay counts the person as a
// former author. A mention of the person in a co-edited document (its text, its saved versions,
// a published essay) keeps its place but shows "voormalig deelnemer" and no longer points at
// the account. What holds the address or the name
// as text, with no key to the account, is removed or rewritten here: mail to them in the outbox,
// tokens and suppressions by address, a subscription to essays, and the name in other people's
// notifications and mail. The audit trail holds ids only (docs/security.md), so it keeps its
// entries; the erasure is logged by the account's number, nothing more. Contacts they entered in
// the partners' register without consent were theirs alone (docs/partners.md) and go with them.

/** The person asks for erasure; the beheerders hear of it (without the name: see above). */
export function requestErasure(userId: number): "requested" | "already" {
  return getDb().transaction((tx) => {
    const inserted = tx
      .insert(erasureRequests)
      .values({ userId })
      .onConflictDoNothing()
      .returning({ id: erasureRequests.id })
      .get();
    if (!inserted) return "already";
    recordAudit(tx, {
      action: "wissen.gevraagd",
      actor: userId,
      subject: { type: "gebruiker", id: userId },
    });
    const beheerders = activePeople(tx).filter((p) => can(p, "gebruiker:beheren"));
    notify(tx, beheerders, {
      category: "beheer",
      kind: "gegevens.melding.verwijderverzoek",
      params: { nummer: inserted.id },
      link: "/beheer/verwijderverzoeken",
    });
    return "requested";
  });
}

/** Open requests, oldest first, with who asked (a beheerder sees them before erasing). */
export function listErasureRequests() {
  return getDb()
    .select({
      id: erasureRequests.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      organisationName: organisations.name,
      createdAt: erasureRequests.createdAt,
    })
    .from(erasureRequests)
    .innerJoin(users, eq(users.id, erasureRequests.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .orderBy(asc(erasureRequests.createdAt))
    .all();
}

export function findErasureRequest(id: number) {
  return listErasureRequests().find((r) => r.id === id) ?? null;
}

/** The text that stands where the name stood. */
export function formerParticipant(locale: Locale): string {
  return translator(locale)("persoon.voormalig");
}

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;");
}

/** Every spelling of the name in a mail or notification: as is and as HTML escapes it. */
function replaceAll(text: string, name: string, by: string): string {
  let out = text.split(name).join(by);
  const escaped = escapeHtml(name);
  if (escaped !== name) out = out.split(escaped).join(escapeHtml(by));
  const alt = name.replace(/'/g, "&#39;");
  if (alt !== name) out = out.split(alt).join(by);
  return out;
}

/** The name out of other people's notifications and mail, in the one transaction. */
function scrubName(tx: DbOrTx, name: string): void {
  const pattern = `%${name.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const contains = (column: AnyColumn) => sql`${column} LIKE ${pattern} ESCAPE '\\'`;
  for (const row of tx
    .select({ id: notifications.id, params: notifications.params, locale: users.locale })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(contains(notifications.params))
    .all()) {
    const params = Object.fromEntries(
      Object.entries(row.params).map(([k, v]) => [
        k,
        typeof v === "string" ? replaceAll(v, name, formerParticipant(row.locale)) : v,
      ]),
    );
    tx.update(notifications).set({ params }).where(eq(notifications.id, row.id)).run();
  }
  for (const row of tx
    .select({
      id: mailOutbox.id,
      subject: mailOutbox.subject,
      html: mailOutbox.html,
      text: mailOutbox.text,
      locale: users.locale,
    })
    .from(mailOutbox)
    .leftJoin(users, eq(users.id, mailOutbox.userId))
    .where(or(contains(mailOutbox.subject), contains(mailOutbox.html), contains(mailOutbox.text)))
    .all()) {
    const by = formerParticipant(row.locale ?? "nl");
    tx.update(mailOutbox)
      .set({
        subject: replaceAll(row.subject, name, by),
        html: replaceAll(row.html, name, by),
        text: replaceAll(row.text, name, by),
      })
      .where(eq(mailOutbox.id, row.id))
      .run();
  }
  // A shared body has no one language of its own: it is written in Dutch unless all its
  // recipients read English, which the body does not record; Dutch is the interface's own.
  for (const row of tx
    .select()
    .from(mailBodies)
    .where(or(contains(mailBodies.html), contains(mailBodies.text)))
    .all()) {
    const by = formerParticipant("nl");
    tx.update(mailBodies)
      .set({ html: replaceAll(row.html, name, by), text: replaceAll(row.text, name, by) })
      .where(eq(mailBodies.id, row.id))
      .run();
  }
}

/** News still being given out (news_fan_out): without them as a recipient, and without their name. */
function scrubWaitingNews(tx: DbOrTx, userId: number, name: string): void {
  for (const row of tx.select().from(newsFanOut).all()) {
    const at = row.recipients.findIndex((r) => r.id === userId);
    const recipients = at < 0 ? row.recipients : row.recipients.filter((r) => r.id !== userId);
    const params = Object.fromEntries(
      Object.entries(row.params).map(([k, v]) => [
        k,
        typeof v === "string" && name.trim().length >= 2
          ? replaceAll(v, name, formerParticipant("nl"))
          : v,
      ]),
    );
    tx.update(newsFanOut)
      .set({
        recipients,
        params,
        delivered: at >= 0 && at < row.delivered ? row.delivered - 1 : row.delivered,
      })
      .where(eq(newsFanOut.id, row.id))
      .run();
  }
}

/**
 * Erases a person's account and personal data (see the top of this module). The beheerder signed
 * in on the request is recorded as who did it; the entry names the account by number only.
 */
export function eraseAccount(engine: CollabEngine, userId: number): boolean {
  const exists = getDb().select({ id: users.id }).from(users).where(eq(users.id, userId)).get();
  if (!exists) return false;
  // Shared documents' text first: through the engine, so that who has one open sees it too.
  const anonymise = <T extends Parameters<typeof anonymiseMentions>[0]>(json: T) =>
    anonymiseMentions(json, userId, formerParticipant("nl"));
  for (const name of documentsThatMayMention(userId)) engine.registry.rewriteText(name, anonymise);
  return getDb().transaction((tx) => {
    const person = tx
      .select({ name: users.name, email: users.email })
      .from(users)
      .where(eq(users.id, userId))
      .get();
    if (!person) return false;
    const { name, email } = person;
    // Mail to them goes, sent or not; mail to others keeps its news without the name.
    tx.delete(mailOutbox)
      .where(or(eq(mailOutbox.userId, userId), eq(mailOutbox.toAddress, email)))
      .run();
    if (name.trim().length >= 2) scrubName(tx, name);
    scrubWaitingNews(tx, userId, name);
    forgetEssayAuthor(tx, userId, anonymise);
    tx.delete(accountTokens)
      .where(or(eq(accountTokens.userId, userId), eq(accountTokens.email, email)))
      .run();
    tx.delete(mailSuppressions).where(eq(mailSuppressions.address, email)).run();
    tx.delete(essaySubscribers).where(eq(essaySubscribers.email, email)).run();
    tx.delete(partnerContacten)
      .where(and(eq(partnerContacten.createdById, userId), isNull(partnerContacten.consentOn)))
      .run();
    tx.delete(users).where(eq(users.id, userId)).run();
    recordAudit(tx, { action: "account.gewist", subject: { type: "gebruiker", id: userId } });
    return true;
  });
}

/** Whether this person has asked (shown on their page). */
export function hasRequestedErasure(userId: number): boolean {
  return !!getDb()
    .select({ id: erasureRequests.id })
    .from(erasureRequests)
    .where(and(eq(erasureRequests.userId, userId)))
    .get();
}
