import type { Role } from "#db/schema.ts";

export type LeervraagStatus =
  "ingediend" | "ingepland" | "besproken" | "opvolging" | "afgerond" | "ingetrokken";

// The life of a learning question: ingediend → ingepland → besproken → opvolging → afgerond, or
// ingetrokken. Each transition names who may make it: the municipality ("eigen": a member of the
// municipality that asked) or the project leader.
type Actor = "eigen" | "projectleider";

const transitions: Record<LeervraagStatus, Partial<Record<LeervraagStatus, Actor[]>>> = {
  ingediend: { ingepland: ["projectleider"], ingetrokken: ["eigen"] },
  ingepland: { besproken: ["projectleider"], ingediend: ["projectleider"], ingetrokken: ["eigen"] },
  besproken: { opvolging: ["projectleider"], afgerond: ["projectleider", "eigen"] },
  opvolging: { afgerond: ["projectleider", "eigen"] },
  afgerond: {},
  ingetrokken: { ingediend: ["eigen"] },
};

export function isTransitionAllowed(
  from: LeervraagStatus,
  to: LeervraagStatus,
  actor: { role: Role; ownMunicipality: boolean },
): boolean {
  const allowed = transitions[from][to];
  if (!allowed) return false;
  return (
    (allowed.includes("projectleider") && actor.role === "projectleider") ||
    (allowed.includes("eigen") && actor.ownMunicipality && actor.role === "deelnemer")
  );
}

/** The statuses this person may move the question to now, for the buttons on its page. */
export function nextStatuses(
  from: LeervraagStatus,
  actor: { role: Role; ownMunicipality: boolean },
): LeervraagStatus[] {
  return (Object.keys(transitions[from]) as LeervraagStatus[]).filter((to) =>
    isTransitionAllowed(from, to, actor),
  );
}
