import { describe, expect, it } from "vitest";
import {
  canAnswerDatumprikker,
  canCloseDatumprikker,
  canOpenDatumprikker,
  canSeeDatumprikker,
  isAskedForDatumprikker,
  type DatumprikkerResource,
  type PrikkerMeeting,
} from "./datumprikker.ts";
import { actors, everyone, ORG, ruleTable } from "./test-actors.ts";

const now = new Date(Date.UTC(2030, 2, 4, 10));
const later = new Date(Date.UTC(2030, 2, 11, 17));
const earlier = new Date(Date.UTC(2030, 2, 1, 17));

const meeting = (over: Partial<PrikkerMeeting> = {}): PrikkerMeeting => ({
  kind: "intervisie",
  status: "gepland",
  hostOrganisationId: ORG.eigen,
  presentingIds: [ORG.kring1],
  criticalFriendIds: [ORG.werkplaats],
  ...over,
});
// The asked ids are the people of test-actors that isAskedForDatumprikker picks for meeting().
const asked = [15, 16, 14];
const poll = (over: Partial<DatumprikkerResource> = {}): DatumprikkerResource => ({
  askedIds: asked,
  deadline: later,
  closedAt: null,
  now,
  ...over,
});

describe("isAskedForDatumprikker", () => {
  it("asks the host's and presenting municipalities' members and the critical friends' staff", () => {
    const picked = everyone.filter((who) => {
      const actor = actors[who];
      return actor !== null && isAskedForDatumprikker(actor, meeting());
    });
    expect(picked).toEqual(["medewerker-werkplaats", "deelnemer-eigen", "deelnemer-kring-1"]);
    expect(picked.map((who) => actors[who]!.id)).toEqual([14, 15, 16]);
  });

  it("asks nobody of a municipality that neither hosts nor presents", () => {
    expect(
      isAskedForDatumprikker(actors["deelnemer-kring-1"]!, meeting({ presentingIds: [] })),
    ).toBe(false);
  });
});

ruleTable("canOpenDatumprikker", canOpenDatumprikker, [
  { state: "planned intervision", resource: meeting(), allowed: ["projectleider"] },
  { state: "theme meeting", resource: meeting({ kind: "thema" }), allowed: [] },
  { state: "held", resource: meeting({ status: "gehouden" }), allowed: [] },
  { state: "cancelled", resource: meeting({ status: "geannuleerd" }), allowed: [] },
]);

ruleTable("canSeeDatumprikker", canSeeDatumprikker, [
  {
    state: "open",
    resource: poll(),
    allowed: ["projectleider", "medewerker-werkplaats", "deelnemer-eigen", "deelnemer-kring-1"],
  },
  { state: "nobody asked", resource: poll({ askedIds: [] }), allowed: ["projectleider"] },
]);

ruleTable("canAnswerDatumprikker", canAnswerDatumprikker, [
  {
    state: "open",
    resource: poll(),
    allowed: ["medewerker-werkplaats", "deelnemer-eigen", "deelnemer-kring-1"],
  },
  { state: "at the deadline", resource: poll({ deadline: now }), allowed: [] },
  { state: "after the deadline", resource: poll({ deadline: earlier }), allowed: [] },
  { state: "date picked", resource: poll({ closedAt: earlier }), allowed: [] },
]);

ruleTable("canCloseDatumprikker", canCloseDatumprikker, [
  {
    state: "open",
    resource: { closedAt: null, meetingStatus: "gepland" },
    allowed: ["projectleider"],
  },
  { state: "closed", resource: { closedAt: earlier, meetingStatus: "gepland" }, allowed: [] },
  {
    state: "session cancelled",
    resource: { closedAt: null, meetingStatus: "geannuleerd" },
    allowed: [],
  },
]);
