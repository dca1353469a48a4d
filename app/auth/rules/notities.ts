import { can } from "#app/auth/permissions.ts";
import {
  canReadIntervisie,
  type BijeenkomstResource,
  type IntervisieActor,
} from "./bijeenkomst.ts";

// The live notes of a meeting. The role part is in the permission table (notities:lezen /
// notities:bewerken); intervision notes are confidential on top of that (canReadIntervisie). The
// page, its downloads, search and the co-editing socket all ask these.

export function canReadNotities(
  actor: IntervisieActor | null,
  meeting: BijeenkomstResource,
): boolean {
  return can(actor, "notities:lezen") && canReadIntervisie(actor, meeting);
}

/** A deelnemer writes along in intervision sessions of the first learning circle only. */
export function canEditNotities(
  actor: IntervisieActor | null,
  meeting: BijeenkomstResource,
): boolean {
  if (!actor || !canReadNotities(actor, meeting) || !can(actor, "notities:bewerken")) return false;
  if (actor.role !== "deelnemer") return true;
  if (meeting.kind !== "intervisie") return false;
  return actor.organisationKind === "gemeente" && actor.organisationCircle === 1;
}
