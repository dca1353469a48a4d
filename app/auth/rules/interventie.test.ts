import {
  canChooseInterventieGemeente,
  canListInterventies,
  canReadInterventie,
  canWriteInterventie,
  type InterventieResource,
} from "./interventie.ts";
import { ORG, ruleTable, type Who } from "./test-actors.ts";

const staff = ["beheerder", "projectleider", "medewerker", "medewerker-werkplaats"] as const;
const writers = ["projectleider", "medewerker", "medewerker-werkplaats"] as const;
const municipalities = ["deelnemer-eigen", "deelnemer-kring-1", "deelnemer-kring-2"] as const;

ruleTable("canListInterventies", (actor) => canListInterventies(actor), [
  { state: "the list", resource: null, allowed: [...staff, ...municipalities] },
]);

ruleTable("canChooseInterventieGemeente", (actor) => canChooseInterventieGemeente(actor), [
  { state: "any municipality", resource: null, allowed: writers },
]);

const interventie = (over: Partial<InterventieResource> = {}): InterventieResource => ({
  organisationId: ORG.eigen,
  organisationKind: "gemeente",
  sharedWithCircle: false,
  circle: 1,
  ...over,
});

const cases: {
  state: string;
  interventie: InterventieResource;
  read: readonly Who[];
  write: readonly Who[];
}[] = [
  {
    state: "own, not shared",
    interventie: interventie(),
    read: [...staff, "deelnemer-eigen"],
    write: [...writers, "deelnemer-eigen"],
  },
  {
    state: "own, shared with circle 1",
    interventie: interventie({ sharedWithCircle: true }),
    read: [...staff, "deelnemer-eigen", "deelnemer-kring-1"],
    write: [...writers, "deelnemer-eigen"],
  },
  {
    state: "shared in circle 2, by another municipality",
    interventie: interventie({
      organisationId: ORG.kring2Ander,
      sharedWithCircle: true,
      circle: 2,
    }),
    read: [...staff, "deelnemer-kring-2"],
    write: writers,
  },
  {
    state: "recorded for a local partner (not a municipality)",
    interventie: interventie({
      organisationId: ORG.partner,
      organisationKind: "welzijnsinstelling",
      circle: null,
    }),
    read: staff,
    write: [],
  },
];

ruleTable(
  "canReadInterventie",
  canReadInterventie,
  cases.map((c) => ({ state: c.state, resource: c.interventie, allowed: c.read })),
);
ruleTable(
  "canWriteInterventie",
  canWriteInterventie,
  cases.map((c) => ({ state: c.state, resource: c.interventie, allowed: c.write })),
);
