import { can } from "#app/auth/permissions.ts";
import type { Actor } from "./actor.ts";

// The date poll of an intervision session (docs/datumprikker.md). A project leader opens it and
// picks the moment; who is asked answers, until the deadline. The caller passes `now`.

type PrikkerActor = Pick<Actor, "id" | "role" | "organisationId" | "organisationKind">;

export type PrikkerMeeting = {
  kind: "thema" | "intervisie";
  status: "gepland" | "gehouden" | "geannuleerd";
  hostOrganisationId: number | null;
  /** Municipalities whose learning questions are planned on the session. */
  presentingIds: readonly number[];
  criticalFriendIds: readonly number[];
};

export type DatumprikkerResource = {
  askedIds: readonly number[];
  deadline: Date;
  closedAt: Date | null;
  now: Date;
};

/**
 * Who is asked: the members of the host municipality and of the presenting municipalities, and
 * the staff of the organisations that are critical friend at the session.
 */
export function isAskedForDatumprikker(actor: PrikkerActor, meeting: PrikkerMeeting): boolean {
  if (actor.role === "deelnemer" && actor.organisationKind === "gemeente") {
    return (
      actor.organisationId === meeting.hostOrganisationId ||
      meeting.presentingIds.includes(actor.organisationId)
    );
  }
  return actor.role === "medewerker" && meeting.criticalFriendIds.includes(actor.organisationId);
}

/** A project leader opens a poll for a planned intervision session. */
export function canOpenDatumprikker(
  actor: PrikkerActor | null,
  meeting: Pick<PrikkerMeeting, "kind" | "status">,
): boolean {
  return (
    !!actor &&
    can(actor, "bijeenkomst:plannen") &&
    meeting.kind === "intervisie" &&
    meeting.status === "gepland"
  );
}

export function isDatumprikkerOpen(
  poll: Pick<DatumprikkerResource, "closedAt" | "deadline" | "now">,
) {
  return !poll.closedAt && poll.now < poll.deadline;
}

/** The grid is for who is asked and the project leaders. */
export function canSeeDatumprikker(actor: PrikkerActor | null, poll: DatumprikkerResource) {
  return !!actor && (can(actor, "bijeenkomst:plannen") || poll.askedIds.includes(actor.id));
}

/** Who is asked answers (and changes the answer) until the deadline or the date is picked. */
export function canAnswerDatumprikker(actor: PrikkerActor | null, poll: DatumprikkerResource) {
  return !!actor && poll.askedIds.includes(actor.id) && isDatumprikkerOpen(poll);
}

/** A project leader picks the moment, once, for a session still planned; also before the deadline. */
export function canCloseDatumprikker(
  actor: PrikkerActor | null,
  poll: Pick<DatumprikkerResource, "closedAt"> & { meetingStatus: PrikkerMeeting["status"] },
) {
  return (
    !!actor &&
    can(actor, "bijeenkomst:plannen") &&
    !poll.closedAt &&
    poll.meetingStatus === "gepland"
  );
}
