import { canAttendBijeenkomst, canReadIntervisie } from "./bijeenkomst.ts";
import { ORG, ruleTable } from "./test-actors.ts";

const intervisie = { kind: "intervisie", criticalFriendIds: [ORG.werkplaats] } as const;
const thema = { kind: "thema", criticalFriendIds: [] } as const;
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

ruleTable("canReadIntervisie", canReadIntervisie, [
  {
    // Staff of an organisation that is not critical friend at this session do not read along.
    state: "intervision session, a Werkplaats as critical friend",
    resource: intervisie,
    allowed: [
      "beheerder",
      "projectleider",
      "medewerker-werkplaats",
      "deelnemer-eigen",
      "deelnemer-kring-1",
    ],
  },
  {
    state: "intervision session without critical friends",
    resource: { kind: "intervisie", criticalFriendIds: [] },
    allowed: ["beheerder", "projectleider", "deelnemer-eigen", "deelnemer-kring-1"],
  },
  { state: "theme meeting", resource: thema, allowed: signedIn },
]);

ruleTable("canAttendBijeenkomst", canAttendBijeenkomst, [
  {
    // Second-circle municipalities take part in theme meetings only; local partners join.
    state: "intervision session",
    resource: intervisie,
    allowed: signedIn.filter((who) => who !== "deelnemer-kring-2"),
  },
  { state: "theme meeting", resource: thema, allowed: signedIn },
]);
