import { can } from "#app/auth/permissions.ts";
import type { Werkvorm } from "#db/schema.ts";
import { leervraagTransitions, type LeervraagStatus } from "#app/leervragen/status.ts";
import type { Actor } from "./actor.ts";
import {
  canReadIntervisie,
  type BijeenkomstResource,
  type IntervisieActor,
} from "./bijeenkomst.ts";

// Learning questions of a municipality: its members submit and change them; their intervision
// casus is confidential; the lifecycle says who moves them on.

export type LeervraagResource = {
  organisationId: number;
  status: LeervraagStatus;
  werkvormen: readonly Werkvorm[];
  /** The session it is planned on, when that is an intervision session. */
  intervisie: BijeenkomstResource | null;
};

/** Only members of a municipality (not of a local partner) submit learning questions. */
export function canCreateLeervraag(
  actor: Pick<Actor, "role" | "organisationKind"> | null,
): boolean {
  return !!actor && can(actor, "leervraag:indienen") && actor.organisationKind === "gemeente";
}

/** Members change only their own municipality's questions, and only before they are discussed. */
export function canEditLeervraag(
  actor: Pick<Actor, "role" | "organisationId"> | null,
  leervraag: Pick<LeervraagResource, "organisationId" | "status">,
): boolean {
  return (
    !!actor &&
    actor.role === "deelnemer" &&
    actor.organisationId === leervraag.organisationId &&
    (leervraag.status === "ingediend" || leervraag.status === "ingepland")
  );
}

/**
 * The casus of a learning question for intervision, and what came out of it, are part of that
 * confidential session (canReadIntervisie): the submitting municipality always reads its own;
 * once planned, that session's readers do; before that (no critical friends yet) the first
 * circle and the project leaders. Questions for theme meetings or local support are open to all.
 */
export function canReadLeervraagCasus(
  actor: IntervisieActor | null,
  leervraag: Pick<LeervraagResource, "organisationId" | "werkvormen" | "intervisie">,
): boolean {
  if (!actor) return false;
  if (actor.organisationId === leervraag.organisationId) return true;
  if (leervraag.intervisie) return canReadIntervisie(actor, leervraag.intervisie);
  if (!leervraag.werkvormen.includes("intervisie")) return true;
  return canReadIntervisie(actor, { kind: "intervisie", criticalFriendIds: [] });
}

/**
 * Intervision is for the first learning circle (seed 000): the second circle's scope is the theme
 * meetings, so its municipalities do not ask for intervision.
 */
export function canRequestIntervisie(
  actor: Pick<Actor, "organisationKind" | "organisationCircle"> | null,
): boolean {
  return !!actor && actor.organisationKind === "gemeente" && actor.organisationCircle === 1;
}

/**
 * Moving a question on in its lifecycle: each transition names who makes it, the project leader
 * or the municipality that asked ("eigen", one of its members).
 */
export function canChangeLeervraagStatus(
  actor: Pick<Actor, "role" | "organisationId"> | null,
  leervraag: Pick<LeervraagResource, "organisationId" | "status">,
  to: LeervraagStatus,
): boolean {
  const parties = leervraagTransitions[leervraag.status][to];
  if (!actor || !parties) return false;
  if (parties.includes("projectleider") && actor.role === "projectleider") return true;
  return (
    parties.includes("eigen") &&
    actor.role === "deelnemer" &&
    actor.organisationId === leervraag.organisationId
  );
}
