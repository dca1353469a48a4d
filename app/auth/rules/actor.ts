import type { OrganisationKind, Role } from "#db/schema.ts";

// The person a rule is asked about, as the session knows them: a signed-in SessionUser is one.
// Each rule takes only the fields it needs (a Pick of this), so a caller passes what it has.
export type Actor = {
  id: number;
  role: Role;
  organisationId: number;
  organisationKind: OrganisationKind;
  /** The learning circle of the person's municipality (null for other organisations). */
  organisationCircle: number | null;
};
