import type { Actor } from "./actor.ts";

// Meetings. Intervision is confidential (DESIGN.md, "Who sees what"): what is said there — the
// live notes and their versions, the cases presented and what came out of them — is for the
// people in the room. canReadIntervisie is the one rule for it; the meeting page, the notes (and
// their downloads, search, the co-editing socket), the calendars and learning questions ask it.

export type IntervisieActor = Pick<
  Actor,
  "role" | "organisationId" | "organisationKind" | "organisationCircle"
>;

export type BijeenkomstResource = {
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
  actor: IntervisieActor | null,
  meeting: BijeenkomstResource,
): boolean {
  if (!actor) return false;
  if (meeting.kind !== "intervisie") return true;
  if (actor.role === "projectleider" || actor.role === "beheerder") return true;
  if (actor.organisationKind === "gemeente" && actor.organisationCircle === 1) return true;
  return meeting.criticalFriendIds.includes(actor.organisationId);
}

/**
 * Who is invited (RSVP, the agenda, the personal calendar): theme meetings are for both circles;
 * intervision for everyone but second-circle municipalities, whose scope is the theme meetings.
 * Local partners join intervision.
 */
export function canAttendBijeenkomst(
  actor: Pick<Actor, "role" | "organisationKind" | "organisationCircle"> | null,
  meeting: Pick<BijeenkomstResource, "kind">,
): boolean {
  if (!actor) return false;
  if (meeting.kind === "thema" || actor.role !== "deelnemer") return true;
  return !(actor.organisationKind === "gemeente" && actor.organisationCircle === 2);
}
