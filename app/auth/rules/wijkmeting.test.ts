import {
  canCreateWijkmeting,
  canEditWijkmeting,
  canReadWijkmeting,
  canScoreWijkmeting,
  canUseMonitor,
  type WijkmetingResource,
} from "./wijkmeting.ts";
import { ORG, ruleTable, type Who } from "./test-actors.ts";

const staff = ["beheerder", "projectleider", "medewerker", "medewerker-werkplaats"] as const;
const municipalities = ["deelnemer-eigen", "deelnemer-kring-1", "deelnemer-kring-2"] as const;

ruleTable("canUseMonitor", (actor) => canUseMonitor(actor), [
  { state: "the monitor", resource: null, allowed: [...staff, ...municipalities] },
]);

ruleTable("canCreateWijkmeting", (actor) => canCreateWijkmeting(actor), [
  { state: "a new assessment", resource: null, allowed: municipalities },
]);

const meting = (over: Partial<WijkmetingResource> = {}): WijkmetingResource => ({
  organisationId: ORG.eigen,
  status: "ingediend",
  sharedWithCircle: false,
  circle: 1,
  ...over,
});

const cases: {
  state: string;
  meting: WijkmetingResource;
  read: readonly Who[];
  edit: readonly Who[];
  score: readonly Who[];
}[] = [
  {
    state: "own concept",
    meting: meting({ status: "concept" }),
    read: [...staff, "deelnemer-eigen"],
    edit: ["deelnemer-eigen"],
    score: ["deelnemer-eigen"],
  },
  {
    state: "submitted, not shared",
    meting: meting(),
    read: [...staff, "deelnemer-eigen"],
    edit: ["deelnemer-eigen"],
    score: [],
  },
  {
    state: "submitted and shared with circle 1",
    meting: meting({ sharedWithCircle: true }),
    read: [...staff, "deelnemer-eigen", "deelnemer-kring-1"],
    edit: ["deelnemer-eigen"],
    score: [],
  },
  {
    state: "concept marked shared (not submitted)",
    meting: meting({ status: "concept", sharedWithCircle: true }),
    read: [...staff, "deelnemer-eigen"],
    edit: ["deelnemer-eigen"],
    score: ["deelnemer-eigen"],
  },
  {
    state: "submitted and shared in circle 2, by another municipality",
    meting: meting({ organisationId: ORG.kring2Ander, sharedWithCircle: true, circle: 2 }),
    read: [...staff, "deelnemer-kring-2"],
    edit: [],
    score: [],
  },
];

ruleTable(
  "canReadWijkmeting",
  canReadWijkmeting,
  cases.map((c) => ({ state: c.state, resource: c.meting, allowed: c.read })),
);
ruleTable(
  "canEditWijkmeting",
  canEditWijkmeting,
  cases.map((c) => ({ state: c.state, resource: c.meting, allowed: c.edit })),
);
ruleTable(
  "canScoreWijkmeting",
  canScoreWijkmeting,
  cases.map((c) => ({ state: c.state, resource: c.meting, allowed: c.score })),
);
