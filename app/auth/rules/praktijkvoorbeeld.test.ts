import {
  canChoosePraktijkGemeente,
  canPublishPraktijkvoorbeeld,
  canReadPraktijkvoorbeeld,
  canStartPraktijkvoorbeeld,
  canWritePraktijkvoorbeeld,
  type PraktijkResource,
} from "./praktijkvoorbeeld.ts";
import { everyone, ORG, ruleTable, type Who } from "./test-actors.ts";

const writers = ["projectleider", "medewerker", "medewerker-werkplaats"] as const;
const municipalities = ["deelnemer-eigen", "deelnemer-kring-1", "deelnemer-kring-2"] as const;

ruleTable("canChoosePraktijkGemeente", (actor) => canChoosePraktijkGemeente(actor), [
  { state: "any municipality", resource: null, allowed: writers },
]);

ruleTable("canStartPraktijkvoorbeeld", (actor) => canStartPraktijkvoorbeeld(actor), [
  { state: "a new example", resource: null, allowed: [...writers, ...municipalities] },
]);

const voorbeeld = (over: Partial<PraktijkResource> = {}): PraktijkResource => ({
  organisationId: ORG.eigen,
  organisationKind: "gemeente",
  published: false,
  ...over,
});

const cases: {
  state: string;
  voorbeeld: PraktijkResource;
  read: readonly Who[];
  write: readonly Who[];
  publish: readonly Who[];
}[] = [
  {
    state: "concept of the own municipality",
    voorbeeld: voorbeeld(),
    read: [...writers, "deelnemer-eigen"],
    write: [...writers, "deelnemer-eigen"],
    publish: writers,
  },
  {
    state: "published, of the own municipality",
    voorbeeld: voorbeeld({ published: true }),
    read: everyone,
    write: [...writers, "deelnemer-eigen"],
    publish: writers,
  },
  {
    state: "concept of a circle-2 municipality",
    voorbeeld: voorbeeld({ organisationId: ORG.kring2 }),
    read: [...writers, "deelnemer-kring-2"],
    write: [...writers, "deelnemer-kring-2"],
    publish: writers,
  },
  {
    state: "about a local partner (not a municipality)",
    voorbeeld: voorbeeld({ organisationId: ORG.partner, organisationKind: "welzijnsinstelling" }),
    read: [],
    write: [],
    publish: [],
  },
];

ruleTable(
  "canReadPraktijkvoorbeeld",
  canReadPraktijkvoorbeeld,
  cases.map((c) => ({ state: c.state, resource: c.voorbeeld, allowed: c.read })),
);
ruleTable(
  "canWritePraktijkvoorbeeld",
  canWritePraktijkvoorbeeld,
  cases.map((c) => ({ state: c.state, resource: c.voorbeeld, allowed: c.write })),
);
ruleTable(
  "canPublishPraktijkvoorbeeld",
  canPublishPraktijkvoorbeeld,
  cases.map((c) => ({ state: c.state, resource: c.voorbeeld, allowed: c.publish })),
);
