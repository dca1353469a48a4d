import {
  canReadIntervisie,
  type IntervisieResource,
  type IntervisieViewer,
} from "#app/bijeenkomsten/access.ts";
import type { Werkvorm } from "#db/schema.ts";

export type LeervraagCasusResource = {
  organisationId: number;
  werkvormen: readonly Werkvorm[];
  /** The session it is planned on, when that is an intervision session. */
  intervisie: IntervisieResource | null;
};

/**
 * The casus of a learning question for intervision, and what came out of it, are part of that
 * confidential session (canReadIntervisie): the submitting municipality always reads its own;
 * once planned, that session's readers do; before that (no critical friends yet) the first
 * circle and the project leaders. Questions for theme meetings or local support are open to all.
 */
export function canReadLeervraagCasus(
  viewer: IntervisieViewer | null,
  leervraag: LeervraagCasusResource,
): boolean {
  if (!viewer) return false;
  if (viewer.organisationId === leervraag.organisationId) return true;
  if (leervraag.intervisie) return canReadIntervisie(viewer, leervraag.intervisie);
  if (!leervraag.werkvormen.includes("intervisie")) return true;
  return canReadIntervisie(viewer, { kind: "intervisie", criticalFriendIds: [] });
}

/**
 * Intervision is for the first learning circle (seed 000): the second circle's scope is the theme
 * meetings, so its municipalities do not ask for intervision.
 */
export function canRequestIntervisie(
  submitter: Pick<IntervisieViewer, "organisationKind" | "organisationCircle">,
): boolean {
  return submitter.organisationKind === "gemeente" && submitter.organisationCircle === 1;
}
