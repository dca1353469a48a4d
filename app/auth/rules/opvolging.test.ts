import { describe, expect, it } from "vitest";
import {
  canAnswerOogst,
  canCompleteVervolgactie,
  canManageVervolgacties,
  canReadOogst,
  canSetEssayDueDate,
  isAttendee,
  type FollowUpResource,
} from "./opvolging.ts";
import { actors, ruleTable } from "./test-actors.ts";

// deelnemer-eigen (15) and medewerker (13) came to the meeting in these rows.
const held = (over: Partial<FollowUpResource> = {}): FollowUpResource => ({
  kind: "thema",
  status: "gehouden",
  attendeeIds: [actors["deelnemer-eigen"]!.id, actors.medewerker!.id],
  essayStatus: "concept",
  ...over,
});

ruleTable("canAnswerOogst", canAnswerOogst, [
  { state: "held, essay in concept", resource: held(), allowed: ["deelnemer-eigen", "medewerker"] },
  {
    state: "held, essay in review",
    resource: held({ essayStatus: "review" }),
    allowed: ["deelnemer-eigen", "medewerker"],
  },
  { state: "essay published", resource: held({ essayStatus: "gepubliceerd" }), allowed: [] },
  { state: "not held yet", resource: held({ status: "gepland" }), allowed: [] },
  { state: "cancelled", resource: held({ status: "geannuleerd" }), allowed: [] },
  { state: "an intervision session", resource: held({ kind: "intervisie" }), allowed: [] },
]);

ruleTable("canReadOogst", (actor) => canReadOogst(actor), [
  {
    state: "any",
    resource: null,
    allowed: ["projectleider", "medewerker", "medewerker-werkplaats"],
  },
]);

ruleTable("canManageVervolgacties", canManageVervolgacties, [
  { state: "held theme meeting", resource: held(), allowed: ["projectleider"] },
  { state: "not held yet", resource: held({ status: "gepland" }), allowed: [] },
  { state: "an intervision session", resource: held({ kind: "intervisie" }), allowed: [] },
]);

ruleTable("canCompleteVervolgactie", canCompleteVervolgactie, [
  {
    state: "open, owned by deelnemer-eigen",
    resource: { ownerId: actors["deelnemer-eigen"]!.id, doneAt: null },
    allowed: ["deelnemer-eigen", "projectleider"],
  },
  {
    state: "already done",
    resource: { ownerId: actors["deelnemer-eigen"]!.id, doneAt: new Date(Date.UTC(2030, 0, 1)) },
    allowed: [],
  },
]);

ruleTable("canSetEssayDueDate", canSetEssayDueDate, [
  { state: "essay in concept", resource: held(), allowed: ["projectleider"] },
  {
    state: "essay in review",
    resource: held({ essayStatus: "review" }),
    allowed: ["projectleider"],
  },
  { state: "essay published", resource: held({ essayStatus: "gepubliceerd" }), allowed: [] },
  { state: "no essay", resource: held({ essayStatus: null }), allowed: [] },
]);

describe("isAttendee", () => {
  it("follows the recorded attendance, and before it the places taken", () => {
    expect(isAttendee({ response: "ja", waitlisted: false, attended: null })).toBe(true);
    expect(isAttendee({ response: "ja", waitlisted: true, attended: null })).toBe(false);
    expect(isAttendee({ response: "misschien", waitlisted: false, attended: null })).toBe(false);
    expect(isAttendee({ response: "ja", waitlisted: false, attended: false })).toBe(false);
    expect(isAttendee({ response: "nee", waitlisted: false, attended: true })).toBe(true);
  });
});
