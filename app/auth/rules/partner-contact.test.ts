import { canReadPartnerContact } from "./partner-contact.ts";
import { actors, ruleTable } from "./test-actors.ts";

const staff = ["projectleider", "medewerker", "medewerker-werkplaats"] as const;

ruleTable("canReadPartnerContact", canReadPartnerContact, [
  {
    state: "a contact who gave consent, entered by someone else",
    resource: { createdById: 999, consentOn: "2026-10-01" },
    allowed: staff,
  },
  {
    state: "a contact without consent, entered by someone else",
    resource: { createdById: 999, consentOn: null },
    allowed: [],
  },
  {
    state: "a contact without consent, entered by the Movisie staff member",
    resource: { createdById: actors.medewerker!.id, consentOn: null },
    allowed: ["medewerker"],
  },
  {
    state: "a contact without consent, entered by the beheerder (before a role change)",
    resource: { createdById: actors.beheerder!.id, consentOn: null },
    allowed: [],
  },
]);
