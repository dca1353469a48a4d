import type { MeetingChange } from "#db/schema.ts";
import type { MessageKey } from "#shared/i18n/index.ts";

/** The name of each field a meeting's change can touch: on its page and in the mail about it. */
export const meetingChangeLabels: Record<MeetingChange["field"], MessageKey> = {
  title: "bijeenkomst.veld.titel",
  description: "bijeenkomst.veld.omschrijving",
  startsAt: "bijeenkomst.veld.begin",
  endsAt: "bijeenkomst.veld.einde",
  location: "bijeenkomst.veld.locatie",
  status: "bijeenkomst.veld.status",
  capacity: "bijeenkomst.veld.capaciteit",
  hostOrganisationId: "bijeenkomst.veld.gastgemeente",
  leaderId: "bijeenkomst.veld.leider",
  themaId: "bijeenkomst.veld.thema",
};
