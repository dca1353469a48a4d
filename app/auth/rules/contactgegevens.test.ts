import { canReadContactgegevens, type ContactPerson } from "./contactgegevens.ts";
import type { Actor } from "./actor.ts";
import { ORG, ruleTable } from "./test-actors.ts";

// The caller loads the casework both sides take part in; here every actor takes part in casework 5.
const inCasework5 = (actor: Actor | null) => actor && { ...actor, trajectIds: [5] };
const inNoCasework = (actor: Actor | null) => actor && { ...actor, trajectIds: [] };

const staff = ["beheerder", "projectleider", "medewerker", "medewerker-werkplaats"] as const;
const person = (trajectIds: number[]): ContactPerson => ({
  id: 100,
  organisationId: ORG.eigen,
  trajectIds,
});

ruleTable(
  "canReadContactgegevens",
  (a, p: ContactPerson) => canReadContactgegevens(inNoCasework(a), p),
  [
    {
      state: "someone of the own municipality's organisation, no shared casework",
      resource: person([5]),
      allowed: [...staff, "deelnemer-eigen"],
    },
  ],
);

ruleTable(
  "canReadContactgegevens, sharing casework",
  (a, p: ContactPerson) => canReadContactgegevens(inCasework5(a), p),
  [
    {
      state: "someone taking part in the same casework",
      resource: person([5]),
      allowed: [
        ...staff,
        "deelnemer-eigen",
        "deelnemer-kring-1",
        "deelnemer-kring-2",
        "deelnemer-partner",
      ],
    },
    {
      state: "someone taking part in other casework",
      resource: person([6]),
      allowed: [...staff, "deelnemer-eigen"],
    },
  ],
);

ruleTable(
  "canReadContactgegevens, the person themself",
  (a) =>
    canReadContactgegevens(inNoCasework(a), { id: a?.id ?? 0, organisationId: 0, trajectIds: [] }),
  [
    {
      state: "their own details",
      resource: null,
      allowed: [
        ...staff,
        "deelnemer-eigen",
        "deelnemer-kring-1",
        "deelnemer-kring-2",
        "deelnemer-partner",
      ],
    },
  ],
);
