import { can } from "#app/auth/permissions.ts";
import type { Actor } from "./actor.ts";
import { canAttendBijeenkomst } from "./bijeenkomst.ts";

// The season programme (/programma) shows three tracks. The second circle's scope is the theme
// meetings (DESIGN.md), so its members see that track only; everyone else sees all three. What
// was said in an intervision session (who presented which question) stays behind
// canReadIntervisie, which the programme asks per session.

export const programmeTracks = ["thema", "intervisie", "aan-de-slag"] as const;
export type ProgrammeTrack = (typeof programmeTracks)[number];

export function canSeeProgrammeTrack(
  actor: Pick<Actor, "role" | "organisationKind" | "organisationCircle"> | null,
  track: ProgrammeTrack,
): boolean {
  if (!can(actor, "programma:bekijken")) return false;
  return track === "thema" || canAttendBijeenkomst(actor, { kind: "intervisie" });
}
