import { can } from "#app/auth/permissions.ts";
import type { Actor } from "./actor.ts";

/** A municipality's own page: its members describe its view of the social basis. */
export function canEditGemeente(
  actor: Pick<Actor, "role" | "organisationId"> | null,
  gemeente: { id: number },
): boolean {
  if (!actor || !can(actor, "gemeente:visie-bewerken")) return false;
  return actor.role === "projectleider" || actor.organisationId === gemeente.id;
}
