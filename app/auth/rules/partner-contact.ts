import { can } from "#app/auth/permissions.ts";
import type { Actor } from "./actor.ts";

// The partners' contact register (/partners/contacten) is personal data (AVG). Staff and project
// leaders share it, but only for people who agreed to be in it: a contact without recorded
// consent stays a note of the one who entered it until consent is given.

export type PartnerContactRecord = { createdById: number | null; consentOn: string | null };

/** Who may see a contact may also keep it up to date or remove it. */
export function canReadPartnerContact(
  actor: Pick<Actor, "id" | "role"> | null,
  contact: PartnerContactRecord,
): boolean {
  if (!can(actor, "partners:contacten")) return false;
  return contact.consentOn !== null || contact.createdById === actor!.id;
}
