import { canSeeProgrammeTrack } from "./programma.ts";
import { ruleTable } from "./test-actors.ts";

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

ruleTable("canSeeProgrammeTrack", canSeeProgrammeTrack, [
  { state: "theme meetings", resource: "thema", allowed: signedIn },
  {
    // The second circle's scope is the theme meetings.
    state: "intervision",
    resource: "intervisie",
    allowed: signedIn.filter((who) => who !== "deelnemer-kring-2"),
  },
  {
    state: "casework",
    resource: "aan-de-slag",
    allowed: signedIn.filter((who) => who !== "deelnemer-kring-2"),
  },
]);
