import { can } from "#app/auth/permissions.ts";
import type { BesluitKiezers, BesluitUitslag } from "#db/schema.ts";
import type { Actor } from "./actor.ts";

// Decisions of the trajectory (/besluiten). Who may vote depends on the proposal's electorate:
// the first-circle municipalities (one vote per municipality), the municipalities of both
// circles (one each), or the project leaders (one each). The caller passes `now`, so the rules
// stay pure and a test sets the time.

type BesluitActor = Pick<
  Actor,
  "id" | "role" | "organisationId" | "organisationKind" | "organisationCircle"
>;

export type BesluitResource = {
  kiezers: BesluitKiezers;
  uitslag: BesluitUitslag;
  deadline: Date;
  decidedAt: Date | null;
  now: Date;
};

/**
 * Whose vote this person casts: "gemeente:<id>" for a member of a municipality that may vote (its
 * one vote, whoever of its members casts it), "persoon:<id>" for a project leader; null when the
 * person may not vote on this proposal.
 */
export function besluitVoter(
  actor: BesluitActor | null,
  besluit: Pick<BesluitResource, "kiezers">,
): string | null {
  if (!actor || !can(actor, "besluit:bekijken")) return null;
  if (besluit.kiezers === "projectleiders") {
    return actor.role === "projectleider" ? `persoon:${actor.id}` : null;
  }
  if (actor.role !== "deelnemer" || actor.organisationKind !== "gemeente") return null;
  const circles = besluit.kiezers === "eerste-kring" ? [1] : [1, 2];
  return circles.includes(actor.organisationCircle ?? 0)
    ? `gemeente:${actor.organisationId}`
    : null;
}

/** Voting is open until the deadline, and closes when the decision is recorded. */
export function isBesluitOpen(besluit: Pick<BesluitResource, "deadline" | "decidedAt" | "now">) {
  return !besluit.decidedAt && besluit.now < besluit.deadline;
}

/** May vote now: one of the electorate, while voting is open (a second vote is refused apart). */
export function canVoteBesluit(actor: BesluitActor | null, besluit: BesluitResource): boolean {
  return besluitVoter(actor, besluit) !== null && isBesluitOpen(besluit);
}

/**
 * Who sees the tally: everyone once the deadline has passed or the decision is recorded; before,
 * with "na-stemmen" whoever's vote is in (`hasVoted`), with "na-deadline" nobody. Project leaders
 * always see it: they record the decision.
 */
export function canSeeBesluitUitslag(
  actor: BesluitActor | null,
  besluit: BesluitResource & { hasVoted: boolean },
): boolean {
  if (!actor || !can(actor, "besluit:bekijken")) return false;
  if (can(actor, "besluit:vastleggen")) return true;
  if (!isBesluitOpen(besluit)) return true;
  return besluit.uitslag === "na-stemmen" && besluit.hasVoted;
}

/** A project leader records the decision, once. */
export function canDecideBesluit(
  actor: BesluitActor | null,
  besluit: Pick<BesluitResource, "decidedAt">,
): boolean {
  return !!actor && can(actor, "besluit:vastleggen") && !besluit.decidedAt;
}
