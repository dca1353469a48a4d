import { can } from "#app/auth/permissions.ts";
import type { Actor } from "./actor.ts";

// Casework (aan de slag): an engagement in a municipality. Members of the municipality edit its
// entries, staff and others edit the casework they take part in, project leaders coordinate all
// of it.

export type TrajectResource = {
  organisationId: number;
  /** The people who take part in it. */
  memberIds: readonly number[];
};

/** The organisations that work locally beside a municipality and may ask for casework. */
export const localPartnerKinds = ["welzijnsinstelling", "burgerinitiatief"] as const;

export function isLocalPartner(actor: Pick<Actor, "organisationKind"> | null): boolean {
  return !!actor && (localPartnerKinds as readonly string[]).includes(actor.organisationKind);
}

/**
 * Project leaders and staff start casework for any municipality; a member of a municipality for
 * their own; a member of a local partner (welzijnsinstelling, burgerinitiatief) for any
 * municipality, as a request of their own organisation.
 */
export function canCreateTraject(
  actor: Pick<Actor, "role" | "organisationId" | "organisationKind"> | null,
  traject: Pick<TrajectResource, "organisationId"> & { aanvragerId?: number | null },
): boolean {
  if (!actor || !can(actor, "traject:aanmaken")) return false;
  if (can(actor, "traject:gemeente-kiezen")) return true;
  if (isLocalPartner(actor)) return traject.aanvragerId === actor.organisationId;
  return actor.organisationKind === "gemeente" && traject.organisationId === actor.organisationId;
}

export function canEditTraject(
  actor: Pick<Actor, "id" | "role" | "organisationId"> | null,
  traject: TrajectResource,
): boolean {
  if (!actor) return false;
  if (actor.role === "projectleider") return true;
  if (actor.role === "deelnemer" && actor.organisationId === traject.organisationId) return true;
  return (
    (actor.role === "medewerker" || actor.role === "deelnemer") &&
    traject.memberIds.includes(actor.id)
  );
}

/** Whoever may edit casework may move it to another municipality only when a project leader. */
export function canMoveTraject(
  actor: Pick<Actor, "id" | "role" | "organisationId"> | null,
  traject: TrajectResource,
): boolean {
  return canEditTraject(actor, traject) && can(actor, "traject:verplaatsen");
}
