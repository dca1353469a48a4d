import { can } from "#app/auth/permissions.ts";
import type { Actor } from "./actor.ts";
import { canReadWijkmeting, canUseMonitor } from "./wijkmeting.ts";

// Policy interventions of a municipality in its neighbourhoods. They sit beside its assessments
// in the monitor, so they are read as a submitted assessment is: the programme's people and the
// municipality itself always, another municipality of the same learning circle only when the
// intervention is shared with the circle; local partners not (they do not use the monitor).
// Recording and changing one: the municipality's own members, and project leaders and staff for
// any municipality (the role rows are in the permission table).

type InterventieActor = Pick<
  Actor,
  "role" | "organisationId" | "organisationKind" | "organisationCircle"
>;

/** The municipality an intervention is (or would be) recorded for. */
export type InterventieGemeente = { organisationId: number; organisationKind: string };

export type InterventieResource = InterventieGemeente & {
  sharedWithCircle: boolean;
  /** The learning circle of the municipality. */
  circle: number | null;
};

/** The list at /interventies: whoever uses the monitor (each row is then asked canReadInterventie). */
export function canListInterventies(actor: InterventieActor | null): boolean {
  return canUseMonitor(actor);
}

export function canReadInterventie(
  actor: InterventieActor | null,
  interventie: InterventieResource,
): boolean {
  return canReadWijkmeting(actor, { ...interventie, status: "ingediend" });
}

/** Recording an intervention for this municipality, or changing one of it. */
export function canWriteInterventie(
  actor: InterventieActor | null,
  gemeente: InterventieGemeente,
): boolean {
  if (!actor || !can(actor, "interventie:vastleggen") || gemeente.organisationKind !== "gemeente") {
    return false;
  }
  if (can(actor, "interventie:alle-vastleggen")) return true;
  return actor.organisationKind === "gemeente" && actor.organisationId === gemeente.organisationId;
}

/** Project leaders and staff choose the municipality; a member records for their own. */
export function canChooseInterventieGemeente(actor: InterventieActor | null): boolean {
  return can(actor, "interventie:alle-vastleggen");
}
