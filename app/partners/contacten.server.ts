import { asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { canReadPartnerContact } from "#app/auth/rules/partner-contact.ts";
import type { Actor } from "#app/auth/rules/actor.ts";
import { recordAudit } from "#app/audit/audit.server.ts";
import { getDb } from "#db/client.ts";
import { organisations, partnerContacten } from "#db/schema.ts";
import type { ContactInput } from "./contact-schema.ts";

// The contact register of /partners/contacten. Every read goes through canReadPartnerContact.

const knownBy = alias(organisations, "known_by");

const contactColumns = {
  id: partnerContacten.id,
  name: partnerContacten.name,
  organisation: partnerContacten.organisation,
  function: partnerContacten.function,
  gemeenteId: partnerContacten.gemeenteId,
  gemeenteName: organisations.name,
  knownById: partnerContacten.knownById,
  knownByName: knownBy.name,
  consentOn: partnerContacten.consentOn,
  createdById: partnerContacten.createdById,
};

function selectContacts() {
  return getDb()
    .select(contactColumns)
    .from(partnerContacten)
    .innerJoin(knownBy, eq(knownBy.id, partnerContacten.knownById))
    .leftJoin(organisations, eq(organisations.id, partnerContacten.gemeenteId));
}

export type PartnerContact = ReturnType<typeof listContacts>[number];

/** The contacts this person may see, by name. */
export function listContacts(actor: Pick<Actor, "id" | "role">) {
  return selectContacts()
    .orderBy(asc(partnerContacten.name), asc(partnerContacten.id))
    .all()
    .filter((c) => canReadPartnerContact(actor, c));
}

/** One contact, or null when it does not exist or this person may not see it. */
export function getContact(actor: Pick<Actor, "id" | "role">, id: number) {
  const contact = selectContacts().where(eq(partnerContacten.id, id)).get();
  return contact && canReadPartnerContact(actor, contact) ? contact : null;
}

// The audit trail names a contact by number only (docs/security.md): it holds no personal data.

export function addContact(input: ContactInput, user: { id: number }) {
  return getDb().transaction((tx) => {
    const added = tx
      .insert(partnerContacten)
      .values({ ...input, createdById: user.id })
      .returning({ id: partnerContacten.id })
      .get();
    recordAudit(tx, {
      action: "contact.toegevoegd",
      actor: user.id,
      subject: { type: "contact", id: added.id },
    });
    return added;
  });
}

export function updateContact(id: number, input: ContactInput) {
  getDb().transaction((tx) => {
    tx.update(partnerContacten)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(partnerContacten.id, id))
      .run();
    recordAudit(tx, { action: "contact.gewijzigd", subject: { type: "contact", id } });
  });
}

/** Removed for good: the register keeps no copy of someone who asked to be taken out. */
export function deleteContact(id: number) {
  getDb().transaction((tx) => {
    tx.delete(partnerContacten).where(eq(partnerContacten.id, id)).run();
    recordAudit(tx, { action: "contact.verwijderd", subject: { type: "contact", id } });
  });
}
