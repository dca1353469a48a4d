import { and, eq, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import { can } from "#app/auth/permissions.ts";
import { notify } from "#app/notifications/notify.server.tsx";
import { activePeople } from "#app/notifications/recipients.server.ts";
import type { DbOrTx } from "#db/client.ts";
import { doneOnce, users } from "#db/schema.ts";
import { config } from "#shared/config.server.ts";

// Inactive accounts (AVG: data no longer needed should not be kept): an active account without a
// login for INACTIVE_AFTER_MONTHS (never logged in: since it was made) is flagged on
// /beheer/accounts, and the beheerders hear once of each account that newly became so.

/** The moment before which the last login makes an account inactive. */
export function inactiveCutoff(now: Date, months = config().INACTIVE_AFTER_MONTHS): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

/** The condition on `users`: active, and no login since the cutoff. */
export function inactiveCondition(now: Date, months?: number): SQL {
  const cutoff = inactiveCutoff(now, months);
  return and(
    eq(users.active, true),
    or(lt(users.lastLoginAt, cutoff), and(isNull(users.lastLoginAt), lt(users.createdAt, cutoff))),
  )!;
}

/** The SQL flag for a select: 1 when the account is inactive. */
export function inactiveFlag(now: Date) {
  return sql<boolean>`(${inactiveCondition(now)})`.mapWith(Boolean);
}

/**
 * Tells the beheerders of accounts that became inactive since the last run: each account once per
 * period of inactivity (a done_once key with its last login, so a login and a new silence count
 * again). Returns how many were new.
 */
export function notifyNewlyInactive(tx: DbOrTx, now: Date): number {
  const inactive = tx
    .select({ id: users.id, lastLoginAt: users.lastLoginAt, createdAt: users.createdAt })
    .from(users)
    .where(inactiveCondition(now))
    .all();
  let fresh = 0;
  for (const account of inactive) {
    const since = (account.lastLoginAt ?? account.createdAt).getTime();
    const key = `inactief:${account.id}:${since}`;
    const inserted = tx.insert(doneOnce).values({ key }).onConflictDoNothing().run().changes;
    fresh += inserted;
  }
  if (fresh > 0) {
    const beheerders = activePeople(tx).filter((p) => can(p, "gebruiker:beheren"));
    notify(tx, beheerders, {
      category: "beheer",
      kind: "gegevens.melding.inactief",
      params: { aantal: fresh, maanden: config().INACTIVE_AFTER_MONTHS },
      link: "/beheer/accounts?inactief=ja",
    });
  }
  return fresh;
}

/** Daily at 04:00 (a ScheduledJob, listed in server/main.ts). */
export const inactiveAccountsJob = {
  name: "inactieve-accounts",
  pattern: "0 4 * * *",
  run(tx: DbOrTx, due: Date): void {
    notifyNewlyInactive(tx, due);
  },
};
