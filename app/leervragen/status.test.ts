import { describe, expect, it } from "vitest";
import { isTransitionAllowed, nextStatuses, type LeervraagStatus } from "./status.ts";

const leader = { role: "projectleider" as const, ownMunicipality: false };
const member = { role: "deelnemer" as const, ownMunicipality: true };
const otherMember = { role: "deelnemer" as const, ownMunicipality: false };
const staff = { role: "medewerker" as const, ownMunicipality: false };

describe("learning question lifecycle", () => {
  it("follows ingediend → ingepland → besproken → opvolging → afgerond for the project leader", () => {
    const path: LeervraagStatus[] = [
      "ingediend",
      "ingepland",
      "besproken",
      "opvolging",
      "afgerond",
    ];
    for (let i = 0; i < path.length - 1; i++) {
      expect(isTransitionAllowed(path[i]!, path[i + 1]!, leader)).toBe(true);
    }
  });

  it("lets the municipality withdraw its question, and submit it again", () => {
    expect(isTransitionAllowed("ingediend", "ingetrokken", member)).toBe(true);
    expect(isTransitionAllowed("ingepland", "ingetrokken", member)).toBe(true);
    expect(isTransitionAllowed("ingetrokken", "ingediend", member)).toBe(true);
    expect(isTransitionAllowed("ingediend", "ingetrokken", leader)).toBe(false);
  });

  it("lets nobody else change another municipality's question", () => {
    for (const from of [
      "ingediend",
      "ingepland",
      "besproken",
      "opvolging",
      "ingetrokken",
    ] as const) {
      expect(nextStatuses(from, otherMember)).toEqual([]);
      expect(nextStatuses(from, staff)).toEqual([]);
    }
  });

  it("never skips steps or leaves afgerond", () => {
    expect(isTransitionAllowed("ingediend", "besproken", leader)).toBe(false);
    expect(isTransitionAllowed("ingediend", "afgerond", leader)).toBe(false);
    expect(nextStatuses("afgerond", leader)).toEqual([]);
    expect(nextStatuses("afgerond", member)).toEqual([]);
  });

  it("lets the municipality close a question once it has been discussed", () => {
    expect(nextStatuses("besproken", member)).toEqual(["afgerond"]);
    expect(nextStatuses("besproken", leader)).toEqual(["opvolging", "afgerond"]);
  });
});
