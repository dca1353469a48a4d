import { canCreateTraject, canEditTraject, canMoveTraject } from "./traject.ts";
import { actors, ORG, ruleTable } from "./test-actors.ts";

const staff = ["projectleider", "medewerker", "medewerker-werkplaats"] as const;

ruleTable("canCreateTraject", canCreateTraject, [
  {
    state: "for the own municipality",
    resource: { organisationId: ORG.eigen },
    allowed: [...staff, "deelnemer-eigen"],
  },
  {
    state: "for a second-circle municipality",
    resource: { organisationId: ORG.kring2 },
    allowed: [...staff, "deelnemer-kring-2"],
  },
  {
    // Members of a local partner start casework only as their own organisation's request.
    state: "for a local partner",
    resource: { organisationId: ORG.partner },
    allowed: staff,
  },
  {
    state: "for a municipality, asked by the local partner",
    resource: { organisationId: ORG.eigen, aanvragerId: ORG.partner },
    allowed: [...staff, "deelnemer-eigen", "deelnemer-partner"],
  },
  {
    state: "for another municipality, asked by another local partner",
    resource: { organisationId: ORG.kring1, aanvragerId: 99 },
    allowed: [...staff, "deelnemer-kring-1"],
  },
]);

const members = [
  actors.beheerder!.id,
  actors.medewerker!.id,
  actors["deelnemer-kring-1"]!.id,
  actors["deelnemer-partner"]!.id,
];

ruleTable("canEditTraject", canEditTraject, [
  {
    state: "of the own municipality, nobody taking part",
    resource: { organisationId: ORG.eigen, memberIds: [] },
    allowed: ["projectleider", "deelnemer-eigen"],
  },
  {
    // Taking part counts for staff and members, not for the beheerder.
    state: "of the own municipality, others taking part",
    resource: { organisationId: ORG.eigen, memberIds: members },
    allowed: [
      "projectleider",
      "medewerker",
      "deelnemer-eigen",
      "deelnemer-kring-1",
      "deelnemer-partner",
    ],
  },
]);

ruleTable("canMoveTraject", canMoveTraject, [
  {
    state: "to another municipality",
    resource: { organisationId: ORG.eigen, memberIds: members },
    allowed: ["projectleider"],
  },
]);
