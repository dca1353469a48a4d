import type { DatumprikkerAntwoord } from "#db/schema.ts";

// The totals of a date poll: per option how many said yes, if need be and no, and a score to
// order them by, in which "if need be" counts half a yes.

export const SCORE: Record<DatumprikkerAntwoord, number> = { ja: 1, alsHetMoet: 0.5, nee: 0 };

export type OptionTotal = Record<DatumprikkerAntwoord, number> & {
  optionId: number;
  score: number;
};

export function prikkerTotals(
  optionIds: readonly number[],
  answers: readonly { optionId: number; answer: DatumprikkerAntwoord }[],
): OptionTotal[] {
  return optionIds.map((optionId) => {
    const total: OptionTotal = { optionId, ja: 0, alsHetMoet: 0, nee: 0, score: 0 };
    for (const a of answers) {
      if (a.optionId !== optionId) continue;
      total[a.answer] += 1;
      total.score += SCORE[a.answer];
    }
    return total;
  });
}

/** The options with the highest score (none while nobody has said yes or if need be). */
export function bestOptions(totals: readonly OptionTotal[]): number[] {
  const top = Math.max(0, ...totals.map((t) => t.score));
  return top > 0 ? totals.filter((t) => t.score === top).map((t) => t.optionId) : [];
}
