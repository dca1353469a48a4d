import { eq } from "drizzle-orm";
import { can } from "#app/auth/permissions.ts";
import type { SessionUser } from "#app/auth/session.server.ts";
import { getDb } from "#db/client.ts";
import { bijeenkomsten } from "#db/schema.ts";

// Who may read and who may write the live notes of a meeting. The role part is in the permission
// table (notities:lezen / notities:bewerken); this is the resource part. When meetings get
// participants, this is the one place to refine ("co-edit notes of sessions they attend").

export type NotitiesAccess = "edit" | "view" | "not-found" | "forbidden";

export function notitiesAccess(
  user: Pick<SessionUser, "role" | "organisationKind" | "organisationCircle">,
  bijeenkomstId: number,
): NotitiesAccess {
  const db = getDb();
  const meeting = db
    .select({ kind: bijeenkomsten.kind })
    .from(bijeenkomsten)
    .where(eq(bijeenkomsten.id, bijeenkomstId))
    .get();
  if (!meeting) return "not-found";
  if (!can(user, "notities:lezen")) return "forbidden";
  if (!can(user, "notities:bewerken")) return "view";
  if (user.role !== "deelnemer") return "edit";
  // A deelnemer writes along in intervision sessions of the first learning circle only.
  if (meeting.kind !== "intervisie") return "view";
  return user.organisationKind === "gemeente" && user.organisationCircle === 1 ? "edit" : "view";
}
