import { describe, expect, it } from "vitest";
import type { OrganisationKind, Role } from "#db/schema.ts";
import {
  canEditWijkmeting,
  canScoreWijkmeting,
  canViewWijkmeting,
  countsInCircleMedian,
  mayStartWijkmeting,
  mayUseMonitor,
  type MonitorViewer,
  type WijkmetingAccess,
} from "./access.ts";

const OWN = 10;
const OTHER_SAME_CIRCLE = 11;
const OTHER_CIRCLE = 12;

const viewer = (
  role: Role,
  kind: OrganisationKind = "gemeente",
  organisationId = OWN,
): MonitorViewer => ({
  id: 1,
  role,
  organisationId,
  organisationKind: kind,
  circle: kind === "gemeente" ? 1 : null,
});

const meting = (over: Partial<WijkmetingAccess> = {}): WijkmetingAccess => ({
  organisationId: OWN,
  status: "ingediend",
  sharedWithCircle: false,
  circle: 1,
  ...over,
});

type Who =
  "anoniem" | "beheerder" | "projectleider" | "medewerker" | "eigen" | "andere" | "partner";
const people: Record<Who, MonitorViewer | null> = {
  anoniem: null,
  beheerder: viewer("beheerder", "programma"),
  projectleider: viewer("projectleider", "programma"),
  medewerker: viewer("medewerker", "movisie"),
  eigen: viewer("deelnemer"),
  andere: viewer("deelnemer", "gemeente", OTHER_SAME_CIRCLE),
  partner: viewer("deelnemer", "welzijnsinstelling", 99),
};

const cases: { name: string; meting: WijkmetingAccess; view: Who[]; edit: Who[]; score: Who[] }[] =
  [
    {
      name: "own concept",
      meting: meting({ status: "concept" }),
      view: ["beheerder", "projectleider", "medewerker", "eigen"],
      edit: ["eigen"],
      score: ["eigen"],
    },
    {
      name: "submitted, not shared",
      meting: meting(),
      view: ["beheerder", "projectleider", "medewerker", "eigen"],
      edit: ["eigen"],
      score: [],
    },
    {
      name: "submitted and shared",
      meting: meting({ sharedWithCircle: true }),
      view: ["beheerder", "projectleider", "medewerker", "eigen", "andere"],
      edit: ["eigen"],
      score: [],
    },
    {
      name: "concept marked shared (not submitted)",
      meting: meting({ status: "concept", sharedWithCircle: true }),
      view: ["beheerder", "projectleider", "medewerker", "eigen"],
      edit: ["eigen"],
      score: ["eigen"],
    },
    {
      name: "shared, in another circle",
      meting: meting({ organisationId: OTHER_CIRCLE, sharedWithCircle: true, circle: 2 }),
      view: ["beheerder", "projectleider", "medewerker"],
      edit: [],
      score: [],
    },
  ];

describe("who may see and change an assessment", () => {
  for (const c of cases) {
    for (const who of Object.keys(people) as Who[]) {
      it(`${c.name} × ${who}`, () => {
        const v = people[who];
        expect(canViewWijkmeting(v, c.meting), "view").toBe(c.view.includes(who));
        expect(canEditWijkmeting(v, c.meting), "edit").toBe(c.edit.includes(who));
        expect(canScoreWijkmeting(v, c.meting), "score").toBe(c.score.includes(who));
      });
    }
  }

  it("lets staff and municipalities use the monitor, not partners' members or strangers", () => {
    expect(
      Object.fromEntries(Object.entries(people).map(([w, v]) => [w, mayUseMonitor(v)])),
    ).toEqual({
      anoniem: false,
      beheerder: true,
      projectleider: true,
      medewerker: true,
      eigen: true,
      andere: true,
      partner: false,
    });
    expect(
      Object.fromEntries(Object.entries(people).map(([w, v]) => [w, mayStartWijkmeting(v)])),
    ).toEqual({
      anoniem: false,
      beheerder: false,
      projectleider: false,
      medewerker: false,
      eigen: true,
      andere: true,
      partner: false,
    });
  });

  it("counts only submitted, shared assessments in the circle median", () => {
    expect(countsInCircleMedian({ status: "ingediend", sharedWithCircle: true })).toBe(true);
    expect(countsInCircleMedian({ status: "ingediend", sharedWithCircle: false })).toBe(false);
    expect(countsInCircleMedian({ status: "concept", sharedWithCircle: true })).toBe(false);
  });
});
