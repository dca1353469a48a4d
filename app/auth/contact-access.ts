import type { Role } from "#db/schema.ts";

// Contact details of people (e-mail address) are for those who work with them, not for every
// account (DESIGN.md, "Who sees what"). The caller loads the casework memberships of both sides.

export type ContactViewer = {
  id: number;
  role: Role;
  organisationId: number;
  /** The casework (aan de slag) the viewer takes part in. */
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
export function canViewContactDetails(
  viewer: ContactViewer | null,
  person: ContactPerson,
): boolean {
  if (!viewer) return false;
  if (viewer.role === "projectleider" || viewer.role === "medewerker") return true;
  if (viewer.role === "beheerder") return true;
  if (viewer.id === person.id || viewer.organisationId === person.organisationId) return true;
  return person.trajectIds.some((id) => viewer.trajectIds.includes(id));
}
