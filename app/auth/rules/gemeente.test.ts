import { canEditGemeente } from "./gemeente.ts";
import { ORG, ruleTable } from "./test-actors.ts";

ruleTable("canEditGemeente", canEditGemeente, [
  {
    state: "the own municipality",
    resource: { id: ORG.eigen },
    allowed: ["projectleider", "deelnemer-eigen"],
  },
  {
    state: "a second-circle municipality",
    resource: { id: ORG.kring2 },
    allowed: ["projectleider", "deelnemer-kring-2"],
  },
]);
