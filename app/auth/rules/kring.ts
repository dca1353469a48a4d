import { can } from "#app/auth/permissions.ts";
import type { Actor } from "./actor.ts";

// The learning circles (seed 000): the first circle's municipalities take part in everything,
// intervision and casework included; the second circle's take part in the theme meetings. A
// member of a second-circle municipality may ask for their municipality to join the first
// circle; a project leader decides (permission kring:toetreding-beoordelen).

type CircleActor = Pick<Actor, "role" | "organisationKind" | "organisationCircle">;

/** Whether this person's municipality is in the second circle (and so has its scope explained). */
export function isSecondCircleMember(actor: CircleActor | null): boolean {
  return !!actor && actor.organisationKind === "gemeente" && actor.organisationCircle === 2;
}

export function canAskToJoinFirstCircle(actor: CircleActor | null): boolean {
  return can(actor, "kring:toetreden-vragen") && isSecondCircleMember(actor);
}
