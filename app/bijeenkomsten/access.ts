import type { OrganisationKind, Role } from "#db/schema.ts";

// Intervision is confidential (DESIGN.md, "Who sees what"): what is said there — the live notes
// and their versions, the cases presented and what came out of them — is for the people in the
// room. This is the one rule for it; the notes page, its downloads, the co-editing socket, search,
// the meeting page and learning questions all ask it, over data their caller loaded.

export type IntervisieViewer = {
  role: Role;
  organisationId: number;
  organisationKind: OrganisationKind;
  /** The learning circle of the viewer's municipality (null for other organisations). */
  organisationCircle: number | null;
};

export type IntervisieResource = {
  kind: "thema" | "intervisie";
  /** The organisations that attend this session as critical friend. */
  criticalFriendIds: readonly number[];
};

/**
 * Who may read what is said in an intervision session: project leaders (they lead it) and the
 * beheerder (who runs the platform); the members of first-circle municipalities (the circle that
 * takes part in intervision); and the people of the organisations that are critical friend at
 * *this* session. Staff of Movisie or a Werkplaats that is not critical friend there do not read
 * along: the session is confidential to who was in the room. Second-circle municipalities and
 * local partners never do. Theme meetings are not confidential.
 */
export function canReadIntervisie(
  viewer: IntervisieViewer | null,
  meeting: IntervisieResource,
): boolean {
  if (!viewer) return false;
  if (meeting.kind !== "intervisie") return true;
  if (viewer.role === "projectleider" || viewer.role === "beheerder") return true;
  if (viewer.organisationKind === "gemeente" && viewer.organisationCircle === 1) return true;
  return meeting.criticalFriendIds.includes(viewer.organisationId);
}
