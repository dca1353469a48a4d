import { can } from "#app/auth/permissions.ts";
import type { Actor } from "./actor.ts";

// A municipality's neighbourhoods (wijken and buurten) and what it records about them. The role
// rules are in the permission table; these add what depends on whose neighbourhood it is.

type WijkActor = Pick<Actor, "role" | "organisationId" | "organisationKind">;

/** The municipality the list of neighbourhoods belongs to. */
export type WijkenResource = { organisationId: number; organisationKind: string };

/** Adding, renaming and deleting: the municipality's own members, and project leaders. */
export function canManageWijken(actor: WijkActor | null, gemeente: WijkenResource): boolean {
  if (!actor || !can(actor, "wijk:beheren") || gemeente.organisationKind !== "gemeente") {
    return false;
  }
  if (can(actor, "wijk:alle-beheren")) return true;
  return actor.organisationKind === "gemeente" && actor.organisationId === gemeente.organisationId;
}

/**
 * Marking which challenges of Schema C it recognises in a neighbourhood, and turning one into a
 * learning question: the municipality's own members (a learning question is theirs to submit).
 */
export function canRecogniseUitdaging(actor: WijkActor | null, gemeente: WijkenResource): boolean {
  return (
    !!actor &&
    can(actor, "uitdaging:herkennen") &&
    gemeente.organisationKind === "gemeente" &&
    actor.organisationKind === "gemeente" &&
    actor.organisationId === gemeente.organisationId
  );
}

/**
 * Seeing which challenges a municipality recognises in its neighbourhoods (the notes may be
 * frank): its own members, and the programme's people who choose cases (project leaders, staff,
 * the beheerder).
 */
export function canReadUitdagingen(actor: WijkActor | null, gemeente: WijkenResource): boolean {
  if (!actor) return false;
  return can(actor, "uitdaging:overzicht") || canRecogniseUitdaging(actor, gemeente);
}
