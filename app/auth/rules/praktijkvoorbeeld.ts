import { can } from "#app/auth/permissions.ts";
import type { Actor } from "./actor.ts";

// Practice examples of a municipality. Writing one (new, or changing a concept): the members of
// the municipality it is about, and project leaders and staff for any municipality. Publishing:
// project leaders and staff. A published example is public; a concept is read only by those who
// may write it (the published snapshot of a revised example stays public meanwhile).

type PraktijkActor = Pick<Actor, "role" | "organisationId" | "organisationKind">;

/** The municipality an example is (or would be) about. */
export type PraktijkGemeente = { organisationId: number; organisationKind: string };

export type PraktijkResource = PraktijkGemeente & {
  /** Whether a published snapshot exists (readers see it, also while back in concept). */
  published: boolean;
};

export function canWritePraktijkvoorbeeld(
  actor: PraktijkActor | null,
  gemeente: PraktijkGemeente,
): boolean {
  if (!can(actor, "praktijkvoorbeeld:schrijven") || gemeente.organisationKind !== "gemeente") {
    return false;
  }
  if (can(actor, "praktijkvoorbeeld:alle-schrijven")) return true;
  return (
    actor!.organisationKind === "gemeente" && actor!.organisationId === gemeente.organisationId
  );
}

/** Project leaders and staff choose the municipality; a member writes about their own. */
export function canChoosePraktijkGemeente(actor: PraktijkActor | null): boolean {
  return can(actor, "praktijkvoorbeeld:alle-schrijven");
}

/** Starting a new example at all: for any municipality, or for one's own. */
export function canStartPraktijkvoorbeeld(actor: PraktijkActor | null): boolean {
  return canChoosePraktijkGemeente(actor) || (!!actor && canWritePraktijkvoorbeeld(actor, actor));
}

/** Reading the concept (the text being written), not only the published snapshot. */
export function canReadPraktijkConcept(
  actor: PraktijkActor | null,
  voorbeeld: PraktijkGemeente,
): boolean {
  return canWritePraktijkvoorbeeld(actor, voorbeeld);
}

/** Reading the example at all: its published snapshot, or its concept. */
export function canReadPraktijkvoorbeeld(
  actor: PraktijkActor | null,
  voorbeeld: PraktijkResource,
): boolean {
  return voorbeeld.published || canReadPraktijkConcept(actor, voorbeeld);
}

export function canPublishPraktijkvoorbeeld(
  actor: PraktijkActor | null,
  voorbeeld: PraktijkGemeente,
): boolean {
  return can(actor, "praktijkvoorbeeld:publiceren") && canWritePraktijkvoorbeeld(actor, voorbeeld);
}
