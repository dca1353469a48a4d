export type LeervraagStatus =
  "ingediend" | "ingepland" | "besproken" | "opvolging" | "afgerond" | "ingetrokken";

// The life of a learning question: ingediend → ingepland → besproken → opvolging → afgerond, or
// ingetrokken. Each transition names who may make it: the municipality ("eigen": a member of the
// municipality that asked) or the project leader. The rule that reads this table is
// canChangeLeervraagStatus (app/auth/rules/leervraag.ts).
type Party = "eigen" | "projectleider";

export const leervraagTransitions: Record<
  LeervraagStatus,
  Partial<Record<LeervraagStatus, readonly Party[]>>
> = {
  ingediend: { ingepland: ["projectleider"], ingetrokken: ["eigen"] },
  ingepland: { besproken: ["projectleider"], ingediend: ["projectleider"], ingetrokken: ["eigen"] },
  besproken: { opvolging: ["projectleider"], afgerond: ["projectleider", "eigen"] },
  opvolging: { afgerond: ["projectleider", "eigen"] },
  afgerond: {},
  ingetrokken: { ingediend: ["eigen"] },
};

/** The statuses the lifecycle leads to from here, in the order the page offers them. */
export function statusesAfter(from: LeervraagStatus): LeervraagStatus[] {
  return Object.keys(leervraagTransitions[from]) as LeervraagStatus[];
}
