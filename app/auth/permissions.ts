import type { Role } from "#db/schema.ts";

// Who may do what: the one table every loader, action and socket handler asks. Rules that depend
// on the resource (own municipality, own casework) are added beside their action as features land.
export const permissions = {
  "dashboard:bekijken": ["beheerder", "projectleider", "medewerker", "deelnemer"],
  "account:eigen-beheren": ["beheerder", "projectleider", "medewerker", "deelnemer"],
  "beheer:openen": ["beheerder", "projectleider"],
  "uitnodiging:versturen": ["beheerder", "projectleider"],
  "organisatie:beheren": ["beheerder"],
  "gebruiker:beheren": ["beheerder"],
  // Session notes of a meeting (co-edited): the resource rules are in app/notities/access.server.ts.
  "notities:lezen": ["beheerder", "projectleider", "medewerker", "deelnemer"],
  "notities:bewerken": ["projectleider", "medewerker", "deelnemer"],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof permissions;

export function can(user: { role: Role } | null | undefined, action: Action): boolean {
  return !!user && (permissions[action] as readonly Role[]).includes(user.role);
}

/** The roles a person may hand out in an invitation: a project leader never creates a beheerder. */
export function invitableRoles(role: Role): Role[] {
  if (role === "beheerder") return ["beheerder", "projectleider", "medewerker", "deelnemer"];
  if (role === "projectleider") return ["projectleider", "medewerker", "deelnemer"];
  return [];
}
