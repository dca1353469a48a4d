import { describe, expect, it } from "vitest";
import {
  besluitVoter,
  canDecideBesluit,
  canSeeBesluitUitslag,
  canVoteBesluit,
  type BesluitResource,
} from "./besluit.ts";
import { actors, ruleTable } from "./test-actors.ts";

const now = new Date(Date.UTC(2030, 2, 4, 10));
const later = new Date(Date.UTC(2030, 2, 11, 17));
const earlier = new Date(Date.UTC(2030, 2, 1, 17));
const open = (over: Partial<BesluitResource> = {}): BesluitResource => ({
  kiezers: "eerste-kring",
  uitslag: "na-stemmen",
  deadline: later,
  decidedAt: null,
  now,
  ...over,
});

ruleTable("canVoteBesluit", canVoteBesluit, [
  {
    state: "first circle, open",
    resource: open(),
    allowed: ["deelnemer-eigen", "deelnemer-kring-1"],
  },
  {
    state: "both circles, open",
    resource: open({ kiezers: "beide-kringen" }),
    allowed: ["deelnemer-eigen", "deelnemer-kring-1", "deelnemer-kring-2"],
  },
  {
    state: "project leaders, open",
    resource: open({ kiezers: "projectleiders" }),
    allowed: ["projectleider"],
  },
  { state: "after the deadline", resource: open({ deadline: earlier }), allowed: [] },
  { state: "at the deadline", resource: open({ deadline: now }), allowed: [] },
  { state: "decided", resource: open({ decidedAt: earlier }), allowed: [] },
]);

ruleTable(
  "canSeeBesluitUitslag",
  (actor, r: BesluitResource & { hasVoted: boolean }) => canSeeBesluitUitslag(actor, r),
  [
    {
      state: "after voting, not voted",
      resource: { ...open(), hasVoted: false },
      allowed: ["projectleider"],
    },
    {
      state: "after voting, voted",
      resource: { ...open(), hasVoted: true },
      allowed: everyoneSignedIn(),
    },
    {
      state: "after the deadline, voted, before it",
      resource: { ...open({ uitslag: "na-deadline" }), hasVoted: true },
      allowed: ["projectleider"],
    },
    {
      state: "after the deadline, past it",
      resource: { ...open({ uitslag: "na-deadline", deadline: earlier }), hasVoted: false },
      allowed: everyoneSignedIn(),
    },
    {
      state: "decided",
      resource: { ...open({ uitslag: "na-deadline", decidedAt: earlier }), hasVoted: false },
      allowed: everyoneSignedIn(),
    },
  ],
);

ruleTable("canDecideBesluit", canDecideBesluit, [
  { state: "not decided", resource: { decidedAt: null }, allowed: ["projectleider"] },
  { state: "decided", resource: { decidedAt: earlier }, allowed: [] },
]);

function everyoneSignedIn() {
  return [
    "beheerder",
    "projectleider",
    "medewerker",
    "medewerker-werkplaats",
    "deelnemer-eigen",
    "deelnemer-kring-1",
    "deelnemer-kring-2",
    "deelnemer-partner",
  ] as const;
}

describe("besluitVoter", () => {
  it("gives a municipality one vote, whoever of its members casts it", () => {
    expect(besluitVoter(actors["deelnemer-eigen"], { kiezers: "eerste-kring" })).toBe("gemeente:1");
    expect(
      besluitVoter({ ...actors["deelnemer-eigen"]!, id: 99 }, { kiezers: "beide-kringen" }),
    ).toBe("gemeente:1");
  });

  it("gives each project leader their own vote", () => {
    expect(besluitVoter(actors.projectleider, { kiezers: "projectleiders" })).toBe("persoon:12");
  });
});
