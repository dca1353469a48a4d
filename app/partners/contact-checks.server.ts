import type { FieldMessage } from "#app/utils/forms.ts";
import type { ContactInput } from "./contact-schema.ts";
import { isAlliancePartner, isGemeente } from "./partners.server.ts";

/** What the contact form chose that does not exist (or is of the wrong kind), per field. */
export function checkContactChoices(input: ContactInput): Record<string, FieldMessage> | null {
  if (!isAlliancePartner(input.knownById)) return { knownById: { key: "fout.kiesPartner" } };
  if (input.gemeenteId !== null && !isGemeente(input.gemeenteId)) {
    return { gemeenteId: { key: "fout.kiesGemeente" } };
  }
  return null;
}
