import { can } from "#app/auth/permissions.ts";
import type { WijkmetingStatus } from "#db/schema.ts";
import type { Actor } from "./actor.ts";

// The social-quality monitor: who may see and change which assessment (wijkmeting). The role
// rules are in the permission table; these add what depends on the person's organisation and the
// assessment: only a municipality's own members fill in its assessments, and another municipality
// sees one only when it is submitted and shared with their learning circle.

type MonitorActor = Pick<
  Actor,
  "role" | "organisationId" | "organisationKind" | "organisationCircle"
>;

export type WijkmetingResource = {
  organisationId: number;
  status: WijkmetingStatus;
  sharedWithCircle: boolean;
  /** The learning circle of the assessed municipality. */
  circle: number | null;
};

/** Project leaders, staff and the beheerder; and the members of municipalities, not of partners. */
export function canUseMonitor(actor: MonitorActor | null): boolean {
  if (!actor || !can(actor, "monitor:bekijken")) return false;
  return can(actor, "wijkmeting:alle-bekijken") || actor.organisationKind === "gemeente";
}

/** Members of a municipality start and fill in that municipality's assessments. */
export function canCreateWijkmeting(actor: MonitorActor | null): boolean {
  return !!actor && can(actor, "wijkmeting:invullen") && actor.organisationKind === "gemeente";
}

export function canReadWijkmeting(actor: MonitorActor | null, meting: WijkmetingResource): boolean {
  if (!actor || !canUseMonitor(actor)) return false;
  if (can(actor, "wijkmeting:alle-bekijken")) return true;
  if (meting.organisationId === actor.organisationId) return true;
  // What the circle sees is what counts in its median (countsInCircleMedian): submitted and shared.
  return (
    meting.status === "ingediend" &&
    meting.sharedWithCircle &&
    meting.circle !== null &&
    meting.circle === actor.organisationCircle
  );
}

/** Sharing, linking a learning question, reopening, deleting a concept: the own municipality. */
export function canEditWijkmeting(actor: MonitorActor | null, meting: WijkmetingResource): boolean {
  return !!actor && canCreateWijkmeting(actor) && meting.organisationId === actor.organisationId;
}

/** Scores, policy factors and governance style change only while the assessment is a concept. */
export function canScoreWijkmeting(
  actor: MonitorActor | null,
  meting: WijkmetingResource,
): boolean {
  return canEditWijkmeting(actor, meting) && meting.status === "concept";
}
