import { eq } from "drizzle-orm";
import { can } from "#app/auth/permissions.ts";
import { canReadLeervraagCasus, type LeervraagResource } from "#app/auth/rules/leervraag.ts";
import type { IntervisieActor } from "#app/auth/rules/bijeenkomst.ts";
import type { DbOrTx } from "#db/client.ts";
import { leervraagReacties, users } from "#db/schema.ts";
import {
  activePeople,
  activePeopleByIds,
  type Person,
} from "#app/notifications/recipients.server.ts";

// Who may read a learning question whole — its question and, for intervision, its confidential
// casus and outcome — decided by the rules in app/auth/rules/leervraag.ts. News of a question and
// the people one can mention under it are these readers only: a second-circle municipality does
// not hear of an intervision question whose casus it may not read.

type Readable = Pick<LeervraagResource, "organisationId" | "werkvormen" | "intervisie">;

export function mayReadLeervraag(person: IntervisieActor, leervraag: Readable): boolean {
  return can(person, "leervraag:bekijken") && canReadLeervraagCasus(person, leervraag);
}

/** Every active account that may read the question: whom a comment can mention. */
export function leervraagReaders(tx: DbOrTx, leervraag: Readable): Person[] {
  return activePeople(tx).filter((p) => mayReadLeervraag(p, leervraag));
}

/** The members of the question's municipality who may read it. */
export function leervraagMembers(tx: DbOrTx, leervraag: Readable): Person[] {
  return activePeople(tx, eq(users.organisationId, leervraag.organisationId)).filter((p) =>
    mayReadLeervraag(p, leervraag),
  );
}

/** Who commented on the question before and may still read it. */
export function earlierCommenters(tx: DbOrTx, leervraagId: number, leervraag: Readable): Person[] {
  const ids = tx
    .selectDistinct({ userId: leervraagReacties.userId })
    .from(leervraagReacties)
    .where(eq(leervraagReacties.leervraagId, leervraagId))
    .all()
    .flatMap((r) => (r.userId === null ? [] : [r.userId]));
  return activePeopleByIds(tx, ids).filter((p) => mayReadLeervraag(p, leervraag));
}
