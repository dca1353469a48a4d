import { canManageWijken, canReadUitdagingen, canRecogniseUitdaging } from "./wijk.ts";
import { ORG, ruleTable } from "./test-actors.ts";

ruleTable("canManageWijken", canManageWijken, [
  {
    state: "own municipality",
    resource: { organisationId: ORG.eigen, organisationKind: "gemeente" },
    allowed: ["projectleider", "deelnemer-eigen"],
  },
  {
    state: "a municipality of the second circle",
    resource: { organisationId: ORG.kring2, organisationKind: "gemeente" },
    allowed: ["projectleider", "deelnemer-kring-2"],
  },
  {
    state: "a local partner (not a municipality)",
    resource: { organisationId: ORG.partner, organisationKind: "welzijnsinstelling" },
    allowed: [],
  },
]);

ruleTable("canRecogniseUitdaging", canRecogniseUitdaging, [
  {
    state: "own municipality",
    resource: { organisationId: ORG.eigen, organisationKind: "gemeente" },
    allowed: ["deelnemer-eigen"],
  },
  {
    state: "another municipality of the same circle",
    resource: { organisationId: ORG.kring1, organisationKind: "gemeente" },
    allowed: ["deelnemer-kring-1"],
  },
  {
    state: "a local partner (not a municipality)",
    resource: { organisationId: ORG.partner, organisationKind: "welzijnsinstelling" },
    allowed: [],
  },
]);

ruleTable("canReadUitdagingen", canReadUitdagingen, [
  {
    state: "own municipality",
    resource: { organisationId: ORG.eigen, organisationKind: "gemeente" },
    allowed: [
      "beheerder",
      "projectleider",
      "medewerker",
      "medewerker-werkplaats",
      "deelnemer-eigen",
    ],
  },
  {
    state: "a municipality of the second circle",
    resource: { organisationId: ORG.kring2, organisationKind: "gemeente" },
    allowed: [
      "beheerder",
      "projectleider",
      "medewerker",
      "medewerker-werkplaats",
      "deelnemer-kring-2",
    ],
  },
]);
