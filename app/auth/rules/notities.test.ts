import { canEditNotities, canReadNotities } from "./notities.ts";
import { ORG, ruleTable } from "./test-actors.ts";

const intervisie = { kind: "intervisie", criticalFriendIds: [ORG.werkplaats] } as const;
const thema = { kind: "thema", criticalFriendIds: [] } as const;

ruleTable("canReadNotities", canReadNotities, [
  {
    state: "notes of an intervision session",
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
    state: "notes of a theme meeting",
    resource: thema,
    allowed: [
      "beheerder",
      "projectleider",
      "medewerker",
      "medewerker-werkplaats",
      "deelnemer-eigen",
      "deelnemer-kring-1",
      "deelnemer-kring-2",
      "deelnemer-partner",
    ],
  },
]);

ruleTable("canEditNotities", canEditNotities, [
  {
    // The beheerder reads along; a deelnemer writes in first-circle intervision only.
    state: "notes of an intervision session",
    resource: intervisie,
    allowed: ["projectleider", "medewerker-werkplaats", "deelnemer-eigen", "deelnemer-kring-1"],
  },
  {
    state: "notes of a theme meeting",
    resource: thema,
    allowed: ["projectleider", "medewerker", "medewerker-werkplaats"],
  },
]);
