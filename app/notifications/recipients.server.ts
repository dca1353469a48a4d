import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import type { Actor } from "#app/auth/rules/actor.ts";
import type { DbOrTx } from "#db/client.ts";
import { organisations, users } from "#db/schema.ts";
import type { Recipient } from "./notify.server.tsx";

// The people a feature may give news to: active accounts, with what the permission rules ask
// (role, organisation, circle) and what notify() needs (address, name, language). The feature
// filters them with its rules; this module never decides who may read what.

export type Person = Recipient & Actor & { organisationName: string };

/** Active accounts matching `where` (on users), by name. */
export function activePeople(tx: DbOrTx, where?: SQL): Person[] {
  return tx
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      locale: users.locale,
      role: users.role,
      organisationId: users.organisationId,
      organisationKind: organisations.kind,
      organisationCircle: organisations.circle,
      organisationName: organisations.name,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(users.active, true), where))
    .orderBy(asc(users.name), asc(users.id))
    .all();
}

/** Active accounts among these ids. */
export function activePeopleByIds(tx: DbOrTx, ids: readonly number[]): Person[] {
  return ids.length ? activePeople(tx, inArray(users.id, [...new Set(ids)])) : [];
}

/** Everyone but the person who made the change: nobody hears of their own change. */
export function exceptActor<P extends { id: number }>(people: readonly P[], actorId: number): P[] {
  return people.filter((p) => p.id !== actorId);
}
