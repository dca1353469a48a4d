import { canManageBijlagen, canReadBijlagen, type BijlageOwner } from "./bijlage.ts";
import { ORG, ruleTable } from "./test-actors.ts";

const signedIn = [
  "beheerder",
  "projectleider",
  "medewerker",
  "medewerker-werkplaats",
  "deelnemer-eigen",
  "deelnemer-kring-1",
  "deelnemer-kring-2",
  "deelnemer-partner",
] as const;
const session = { kind: "intervisie", criticalFriendIds: [ORG.werkplaats] } as const;
const inCircle1 = ["beheerder", "projectleider", "deelnemer-eigen", "deelnemer-kring-1"] as const;

const question = (intervisie: boolean, status: "ingediend" | "besproken"): BijlageOwner => ({
  kind: "leervraag",
  leervraag: {
    organisationId: ORG.eigen,
    status,
    werkvormen: intervisie ? ["intervisie"] : ["themabijeenkomst"],
    intervisie: intervisie ? session : null,
  },
});
const essay = (status: "concept" | "review" | "gepubliceerd"): BijlageOwner => ({
  kind: "essay",
  essay: { status, attendingOrganisationIds: [ORG.eigen] },
});
const traject: BijlageOwner = {
  kind: "logboek",
  traject: { organisationId: ORG.eigen, memberIds: [13] },
};

ruleTable("canReadBijlagen", canReadBijlagen, [
  {
    state: "a question for a theme meeting",
    resource: question(false, "ingediend"),
    allowed: signedIn,
  },
  {
    state: "a question planned on an intervision session",
    resource: question(true, "ingediend"),
    allowed: [...inCircle1, "medewerker-werkplaats"],
  },
  {
    state: "a theme meeting",
    resource: { kind: "bijeenkomst", meeting: { kind: "thema", criticalFriendIds: [] } },
    allowed: signedIn,
  },
  {
    state: "a programme item of an intervision session",
    resource: { kind: "agendapunt", meeting: session },
    allowed: [...inCircle1, "medewerker-werkplaats"],
  },
  { state: "a casework log entry", resource: traject, allowed: signedIn },
  {
    state: "a draft essay",
    resource: essay("concept"),
    allowed: ["projectleider", "medewerker", "medewerker-werkplaats"],
  },
  {
    state: "an essay in review",
    resource: essay("review"),
    allowed: ["projectleider", "medewerker", "medewerker-werkplaats", "deelnemer-eigen"],
  },
  {
    state: "a published essay",
    resource: essay("gepubliceerd"),
    allowed: ["anoniem", ...signedIn],
  },
]);

ruleTable("canManageBijlagen", canManageBijlagen, [
  {
    state: "a question before it is discussed",
    resource: question(false, "ingediend"),
    allowed: ["deelnemer-eigen"],
  },
  { state: "a question once discussed", resource: question(false, "besproken"), allowed: [] },
  {
    state: "a meeting",
    resource: { kind: "bijeenkomst", meeting: { kind: "thema", criticalFriendIds: [] } },
    allowed: ["projectleider"],
  },
  {
    state: "a casework log entry",
    resource: traject,
    allowed: ["projectleider", "medewerker", "deelnemer-eigen"],
  },
  {
    state: "an essay",
    resource: essay("concept"),
    allowed: ["projectleider", "medewerker", "medewerker-werkplaats"],
  },
]);
