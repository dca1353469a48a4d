import { can } from "#app/auth/permissions.ts";
import type { EssayStatus } from "#db/schema.ts";
import type { Actor } from "./actor.ts";

// Theme essays. Everyone reads what is published (the snapshot on the public page); the draft —
// the co-edited document — is for staff and project leaders, and, while it is in review, for the
// people of the municipalities that came to the meeting.

type EssayActor = Pick<Actor, "role" | "organisationId">;

export type EssayResource = {
  status: EssayStatus;
  /** The organisations of whom someone said they would come to the essay's meeting. */
  attendingOrganisationIds: readonly number[];
};

/** The draft, its page and its live document: writers always, reviewers while it is in review. */
export function canReadEssayDraft(actor: EssayActor | null, essay: EssayResource): boolean {
  if (!actor) return false;
  if (can(actor, "essay:schrijven")) return true;
  return (
    can(actor, "essay:reviewen") &&
    essay.status === "review" &&
    essay.attendingOrganisationIds.includes(actor.organisationId)
  );
}

/** Writing the draft and its details, in every status: the writers (essay:schrijven). */
export function canEditEssay(actor: EssayActor | null): boolean {
  return can(actor, "essay:schrijven");
}

/** Whoever reads the draft comments on it. */
export function canCommentEssay(actor: EssayActor | null, essay: EssayResource): boolean {
  return canReadEssayDraft(actor, essay);
}

export function canPublishEssay(actor: EssayActor | null): boolean {
  return can(actor, "essay:publiceren");
}
