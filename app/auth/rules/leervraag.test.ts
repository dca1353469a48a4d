import type { LeervraagStatus } from "#app/leervragen/status.ts";
import {
  canChangeLeervraagStatus,
  canCreateLeervraag,
  canEditLeervraag,
  canReadLeervraagCasus,
  canRequestIntervisie,
} from "./leervraag.ts";
import { ORG, ruleTable, type Who } from "./test-actors.ts";

const gemeenten = ["deelnemer-eigen", "deelnemer-kring-1", "deelnemer-kring-2"] as const;
const signedIn = [
  "beheerder",
  "projectleider",
  "medewerker",
  "medewerker-werkplaats",
  ...gemeenten,
  "deelnemer-partner",
] as const;

ruleTable("canCreateLeervraag", (actor) => canCreateLeervraag(actor), [
  { state: "a new question", resource: null, allowed: gemeenten },
]);

ruleTable("canRequestIntervisie", (actor) => canRequestIntervisie(actor), [
  {
    state: "a question for intervision",
    resource: null,
    allowed: ["deelnemer-eigen", "deelnemer-kring-1"],
  },
]);

const own = (status: LeervraagStatus) => ({ organisationId: ORG.eigen, status });

ruleTable("canEditLeervraag", canEditLeervraag, [
  { state: "ingediend", resource: own("ingediend"), allowed: ["deelnemer-eigen"] },
  { state: "ingepland", resource: own("ingepland"), allowed: ["deelnemer-eigen"] },
  { state: "besproken", resource: own("besproken"), allowed: [] },
  { state: "ingetrokken", resource: own("ingetrokken"), allowed: [] },
]);

const session = { kind: "intervisie", criticalFriendIds: [ORG.werkplaats] } as const;
const inCircle1 = ["beheerder", "projectleider", "deelnemer-eigen", "deelnemer-kring-1"] as const;

ruleTable("canReadLeervraagCasus", canReadLeervraagCasus, [
  {
    // No critical friends yet: the first circle and the project leaders.
    state: "for intervision, not planned yet",
    resource: { organisationId: ORG.eigen, werkvormen: ["intervisie"], intervisie: null },
    allowed: inCircle1,
  },
  {
    state: "planned on an intervision session",
    resource: { organisationId: ORG.eigen, werkvormen: ["intervisie"], intervisie: session },
    allowed: [...inCircle1, "medewerker-werkplaats"],
  },
  {
    // The submitting municipality always reads its own, even from the second circle.
    state: "of a second-circle municipality, planned",
    resource: { organisationId: ORG.kring2, werkvormen: ["intervisie"], intervisie: session },
    allowed: [...inCircle1, "medewerker-werkplaats", "deelnemer-kring-2"],
  },
  {
    state: "for a theme meeting",
    resource: { organisationId: ORG.eigen, werkvormen: ["themabijeenkomst"], intervisie: null },
    allowed: signedIn,
  },
]);

// The lifecycle: every transition, and some that do not exist, with who may make it.
const transitions: [LeervraagStatus, LeervraagStatus, Who[]][] = [
  ["ingediend", "ingepland", ["projectleider"]],
  ["ingediend", "ingetrokken", ["deelnemer-eigen"]],
  ["ingepland", "besproken", ["projectleider"]],
  ["ingepland", "ingediend", ["projectleider"]],
  ["ingepland", "ingetrokken", ["deelnemer-eigen"]],
  ["besproken", "opvolging", ["projectleider"]],
  ["besproken", "afgerond", ["projectleider", "deelnemer-eigen"]],
  ["opvolging", "afgerond", ["projectleider", "deelnemer-eigen"]],
  ["ingetrokken", "ingediend", ["deelnemer-eigen"]],
  // Never skips steps or leaves afgerond.
  ["ingediend", "besproken", []],
  ["ingediend", "afgerond", []],
  ["afgerond", "opvolging", []],
  ["afgerond", "ingediend", []],
];

ruleTable(
  "canChangeLeervraagStatus",
  (actor, [from, to]: [LeervraagStatus, LeervraagStatus]) =>
    canChangeLeervraagStatus(actor, own(from), to),
  transitions.map(([from, to, allowed]) => ({
    state: `${from} → ${to}`,
    resource: [from, to] as [LeervraagStatus, LeervraagStatus],
    allowed,
  })),
);
