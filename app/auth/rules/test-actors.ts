import { describe, expect, it } from "vitest";
import type { OrganisationKind, Role } from "#db/schema.ts";
import type { Actor } from "./actor.ts";

// The people every rule's table is asked about: each role, and for members of organisations the
// kinds and circles that rules tell apart. Organisation ids are named so rows can say whose a
// resource is.

export const ORG = {
  programma: 9,
  movisie: 5,
  /** A Werkplaats that is critical friend at the sessions in the tables. */
  werkplaats: 6,
  /** The municipality whose resources most rows are about (circle 1). */
  eigen: 1,
  /** Another municipality in circle 1. */
  kring1: 2,
  /** A municipality in circle 2. */
  kring2: 3,
  /** Another municipality in circle 2. */
  kring2Ander: 8,
  /** A local partner (welzijnsinstelling). */
  partner: 4,
} as const;

export const everyone = [
  "anoniem",
  "beheerder",
  "projectleider",
  "medewerker",
  "medewerker-werkplaats",
  "deelnemer-eigen",
  "deelnemer-kring-1",
  "deelnemer-kring-2",
  "deelnemer-partner",
] as const;
export type Who = (typeof everyone)[number];

const person = (
  id: number,
  role: Role,
  organisationId: number,
  organisationKind: OrganisationKind,
  organisationCircle: number | null = null,
): Actor => ({ id, role, organisationId, organisationKind, organisationCircle });

export const actors: Record<Who, Actor | null> = {
  anoniem: null,
  beheerder: person(11, "beheerder", ORG.programma, "programma"),
  projectleider: person(12, "projectleider", ORG.programma, "programma"),
  medewerker: person(13, "medewerker", ORG.movisie, "movisie"),
  "medewerker-werkplaats": person(14, "medewerker", ORG.werkplaats, "werkplaats"),
  "deelnemer-eigen": person(15, "deelnemer", ORG.eigen, "gemeente", 1),
  "deelnemer-kring-1": person(16, "deelnemer", ORG.kring1, "gemeente", 1),
  "deelnemer-kring-2": person(17, "deelnemer", ORG.kring2, "gemeente", 2),
  "deelnemer-partner": person(18, "deelnemer", ORG.partner, "welzijnsinstelling"),
};

export type Row<R> = { state: string; resource: R; allowed: readonly Who[] };

/** One test per resource state × person: the rule allows exactly the people the row names. */
export function ruleTable<R>(
  name: string,
  rule: (actor: Actor | null, resource: R) => boolean,
  rows: readonly Row<R>[],
) {
  describe(name, () => {
    for (const row of rows) {
      for (const who of everyone) {
        it(`${row.state} × ${who}`, () => {
          expect(rule(actors[who], row.resource)).toBe(row.allowed.includes(who));
        });
      }
    }
  });
}
