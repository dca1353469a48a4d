import type { Actor } from "./actor.ts";

// Contact details of people (e-mail address) are for those who work with them, not for every
// account (DESIGN.md, "Who sees what"). The caller loads the casework memberships of both sides.

export type ContactgegevensActor = Pick<Actor, "id" | "role" | "organisationId"> & {
  /** The casework (aan de slag) the actor takes part in. */
  trajectIds: readonly number[];
};

export type ContactPerson = {
  id: number;
  organisationId: number;
  trajectIds: readonly number[];
};

/**
 * Project leaders, staff (Movisie, Werkplaatsen) and the beheerder work with everyone; others see
 * the contact details of their own organisation's people and of those they share casework with.
 */
export function canReadContactgegevens(
  actor: ContactgegevensActor | null,
  person: ContactPerson,
): boolean {
  if (!actor) return false;
  if (actor.role === "projectleider" || actor.role === "medewerker") return true;
  if (actor.role === "beheerder") return true;
  if (actor.id === person.id || actor.organisationId === person.organisationId) return true;
  return person.trajectIds.some((id) => actor.trajectIds.includes(id));
}
