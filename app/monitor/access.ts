import { can } from "#app/auth/permissions.ts";
import type { OrganisationKind, Role, WijkmetingStatus } from "#db/schema.ts";

// Who may see and change which assessment. The role rules are in the permission table
// (app/auth/permissions.ts); these add what depends on the person's organisation and the
// assessment: only a municipality's own members fill in its assessments, and another
// municipality sees one only when it is submitted and shared with their learning circle.

export type MonitorViewer = {
  id: number;
  role: Role;
  organisationId: number;
  organisationKind: OrganisationKind;
  /** The learning circle of the viewer's municipality (null for other organisations). */
  circle: number | null;
};

export type WijkmetingAccess = {
  organisationId: number;
  status: WijkmetingStatus;
  sharedWithCircle: boolean;
  /** The learning circle of the assessed municipality. */
  circle: number | null;
};

/** Project leaders, staff and the beheerder; and the members of municipalities, not of partners. */
export function mayUseMonitor(viewer: MonitorViewer | null): boolean {
  if (!viewer || !can(viewer, "monitor:bekijken")) return false;
  return can(viewer, "wijkmeting:alle-bekijken") || viewer.organisationKind === "gemeente";
}

/** Members of a municipality start and fill in that municipality's assessments. */
export function mayStartWijkmeting(viewer: MonitorViewer | null): boolean {
  return !!viewer && can(viewer, "wijkmeting:invullen") && viewer.organisationKind === "gemeente";
}

export function countsInCircleMedian(
  meting: Pick<WijkmetingAccess, "status" | "sharedWithCircle">,
) {
  return meting.status === "ingediend" && meting.sharedWithCircle;
}

export function canViewWijkmeting(viewer: MonitorViewer | null, meting: WijkmetingAccess): boolean {
  if (!viewer || !mayUseMonitor(viewer)) return false;
  if (can(viewer, "wijkmeting:alle-bekijken")) return true;
  if (meting.organisationId === viewer.organisationId) return true;
  return countsInCircleMedian(meting) && meting.circle !== null && meting.circle === viewer.circle;
}

/** Sharing, linking a learning question, reopening, deleting a concept: the own municipality. */
export function canEditWijkmeting(viewer: MonitorViewer | null, meting: WijkmetingAccess): boolean {
  return mayStartWijkmeting(viewer) && meting.organisationId === viewer!.organisationId;
}

/** Scores, policy factors and governance style change only while the assessment is a concept. */
export function canScoreWijkmeting(
  viewer: MonitorViewer | null,
  meting: WijkmetingAccess,
): boolean {
  return canEditWijkmeting(viewer, meting) && meting.status === "concept";
}
