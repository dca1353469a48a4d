import { can } from "#app/auth/permissions.ts";
import type { Actor } from "./actor.ts";
import { canReadIntervisie, type BijeenkomstResource } from "./bijeenkomst.ts";
import { canEditEssay, canReadEssayDraft, type EssayResource } from "./essay.ts";
import { canEditLeervraag, canReadLeervraagCasus, type LeervraagResource } from "./leervraag.ts";
import { canEditTraject, type TrajectResource } from "./traject.ts";

// Attachments (app/bijlagen/) follow the record they belong to: who may read the record's
// confidential part reads its files (a case description is part of the casus), who may change
// the record attaches and removes them. The caller loads the record (bijlagen.server.ts, ownerOf).

export type BijlageOwner =
  | { kind: "leervraag"; leervraag: LeervraagResource }
  | { kind: "bijeenkomst" | "agendapunt"; meeting: BijeenkomstResource }
  | { kind: "logboek"; traject: TrajectResource }
  | { kind: "essay"; essay: EssayResource };

/** Reading (listing, downloading, finding) the attachments of this record. */
export function canReadBijlagen(actor: Actor | null, owner: BijlageOwner): boolean {
  switch (owner.kind) {
    case "leervraag":
      return can(actor, "leervraag:bekijken") && canReadLeervraagCasus(actor, owner.leervraag);
    case "bijeenkomst":
    case "agendapunt":
      return can(actor, "agenda:bekijken") && canReadIntervisie(actor, owner.meeting);
    case "logboek":
      return can(actor, "traject:bekijken");
    case "essay":
      // A published essay is public, and so is what it carries; a draft's files are the draft's.
      return owner.essay.status === "gepubliceerd" || canReadEssayDraft(actor, owner.essay);
  }
}

/** Attaching files to this record, and removing them: whoever may change the record. */
export function canManageBijlagen(actor: Actor | null, owner: BijlageOwner): boolean {
  switch (owner.kind) {
    case "leervraag":
      return canEditLeervraag(actor, owner.leervraag);
    case "bijeenkomst":
    case "agendapunt":
      return can(actor, "bijeenkomst:plannen");
    case "logboek":
      return canEditTraject(actor, owner.traject);
    case "essay":
      return canEditEssay(actor);
  }
}
