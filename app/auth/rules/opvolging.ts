import { can } from "#app/auth/permissions.ts";
import type { bijeenkomstKinds, EssayStatus, RsvpResponse } from "#db/schema.ts";
import type { Actor } from "./actor.ts";

// Follow-up after a theme meeting: the harvest ("oogst") of its attendees, its action items and
// its essay's due date. The harvest is for the essay: it is answered by those who came, and read
// — with the names — by those who write the essay (oogst:lezen, staff and project leaders); the
// municipalities that review the draft see the essay, not the answers.

/** A response to a meeting, as it counts for who came. */
export type Deelname = { response: RsvpResponse; waitlisted: boolean; attended: boolean | null };

/** Who came: as recorded by the leader, or, before attendance is recorded, who said "ja" and had a place. */
export function isAttendee(deelname: Deelname): boolean {
  if (deelname.attended !== null) return deelname.attended;
  return deelname.response === "ja" && !deelname.waitlisted;
}

export type FollowUpResource = {
  kind: (typeof bijeenkomstKinds)[number];
  status: "gepland" | "gehouden" | "geannuleerd";
  /** The accounts that came (isAttendee). */
  attendeeIds: readonly number[];
  /** The status of the meeting's essay (null: none yet). */
  essayStatus: EssayStatus | null;
};

/** Follow-up exists for a theme meeting once it is held. */
export function hasFollowUp(meeting: Pick<FollowUpResource, "kind" | "status">): boolean {
  return meeting.kind === "thema" && meeting.status === "gehouden";
}

/** Answering (and changing) one's harvest: attendees only, until the essay is published. */
export function canAnswerOogst(
  actor: Pick<Actor, "id"> | null,
  meeting: FollowUpResource,
): boolean {
  return (
    !!actor &&
    hasFollowUp(meeting) &&
    meeting.essayStatus !== "gepubliceerd" &&
    meeting.attendeeIds.includes(actor.id)
  );
}

/** Reading everyone's harvest, with their names: who writes the essay. */
export function canReadOogst(actor: Pick<Actor, "role"> | null): boolean {
  return can(actor, "oogst:lezen");
}

/** Adding action items: project leaders, on a held theme meeting. */
export function canManageVervolgacties(
  actor: Pick<Actor, "role"> | null,
  meeting: Pick<FollowUpResource, "kind" | "status">,
): boolean {
  return hasFollowUp(meeting) && can(actor, "vervolgactie:beheren");
}

/** Marking an action item done: its owner, or a project leader. */
export function canCompleteVervolgactie(
  actor: Pick<Actor, "id" | "role"> | null,
  item: { ownerId: number; doneAt: Date | null },
): boolean {
  if (!actor || item.doneAt) return false;
  return item.ownerId === actor.id || can(actor, "vervolgactie:beheren");
}

/** Changing the essay's due date: project leaders, while the essay is not published. */
export function canSetEssayDueDate(
  actor: Pick<Actor, "role"> | null,
  meeting: FollowUpResource,
): boolean {
  return (
    hasFollowUp(meeting) &&
    meeting.essayStatus !== null &&
    meeting.essayStatus !== "gepubliceerd" &&
    can(actor, "essay:deadline-wijzigen")
  );
}
