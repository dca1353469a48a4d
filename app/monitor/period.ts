// A period of assessment: a whole year ("2025") or a half year ("2025-H1", "2025-H2"). Stored as
// text that sorts chronologically.

export const periodeDelen = ["", "H1", "H2"] as const;
export type PeriodeDeel = (typeof periodeDelen)[number];

const PATTERN = /^(\d{4})(?:-(H1|H2))?$/;

export function periodeKey(jaar: number, deel: PeriodeDeel): string {
  return deel ? `${jaar}-${deel}` : String(jaar);
}

export function parsePeriode(periode: string): { jaar: number; deel: PeriodeDeel } | null {
  const m = PATTERN.exec(periode);
  if (!m) return null;
  return { jaar: Number(m[1]), deel: (m[2] ?? "") as PeriodeDeel };
}

/** A neighbourhood's name as typed, with runs of spaces made one; compared without case. */
export function normaliseWijk(wijk: string): string {
  return wijk.trim().replace(/\s+/g, " ");
}
