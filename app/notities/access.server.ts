import { eq } from "drizzle-orm";
import { canReadIntervisie, type IntervisieViewer } from "#app/bijeenkomsten/access.ts";
import { meetingCriticalFriendIds } from "#app/bijeenkomsten/bijeenkomsten.server.ts";
import { can } from "#app/auth/permissions.ts";
import { getDb } from "#db/client.ts";
import { bijeenkomsten } from "#db/schema.ts";

// Who may read and who may write the live notes of a meeting. The role part is in the permission
// table (notities:lezen / notities:bewerken); intervision notes are confidential on top of that
// (canReadIntervisie in app/bijeenkomsten/access.ts). The page, its downloads, search and the
// co-editing socket all ask this function.

export type NotitiesAccess = "edit" | "view" | "not-found" | "forbidden";

export function notitiesAccess(user: IntervisieViewer, bijeenkomstId: number): NotitiesAccess {
  const db = getDb();
  const meeting = db
    .select({ kind: bijeenkomsten.kind })
    .from(bijeenkomsten)
    .where(eq(bijeenkomsten.id, bijeenkomstId))
    .get();
  if (!meeting) return "not-found";
  if (!can(user, "notities:lezen")) return "forbidden";
  const criticalFriendIds =
    meeting.kind === "intervisie" ? meetingCriticalFriendIds(bijeenkomstId) : [];
  if (!canReadIntervisie(user, { kind: meeting.kind, criticalFriendIds })) return "forbidden";
  if (!can(user, "notities:bewerken")) return "view";
  if (user.role !== "deelnemer") return "edit";
  // A deelnemer writes along in intervision sessions of the first learning circle only.
  if (meeting.kind !== "intervisie") return "view";
  return user.organisationKind === "gemeente" && user.organisationCircle === 1 ? "edit" : "view";
}
