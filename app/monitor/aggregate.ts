import type { WijkmetingStatus } from "#db/schema.ts";

// The numbers of the monitor, as pure functions: every chart, table and CSV takes its figures from
// here. "Weet niet / n.v.t." answers are null and never count; every figure carries its n.

/**
 * Which assessments count in their learning circle's median: submitted and shared with the
 * circle, which are also the ones the circle's other municipalities may read
 * (canReadWijkmeting in app/auth/rules/wijkmeting.ts).
 */
export function countsInCircleMedian(meting: {
  status: WijkmetingStatus;
  sharedWithCircle: boolean;
}) {
  return meting.status === "ingediend" && meting.sharedWithCircle;
}

/** A figure and how many values it rests on. value is null when there were none. */
export type Stat = { value: number | null; n: number };

const numbers = (values: readonly (number | null | undefined)[]) =>
  values.filter((v): v is number => typeof v === "number" && Number.isFinite(v));

export function mean(values: readonly (number | null | undefined)[]): Stat {
  const xs = numbers(values);
  if (xs.length === 0) return { value: null, n: 0 };
  return { value: xs.reduce((a, b) => a + b, 0) / xs.length, n: xs.length };
}

export function median(values: readonly (number | null | undefined)[]): Stat {
  const xs = numbers(values).sort((a, b) => a - b);
  if (xs.length === 0) return { value: null, n: 0 };
  const mid = Math.floor(xs.length / 2);
  const value = xs.length % 2 === 1 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
  return { value, n: xs.length };
}

/** One decimal, half away from zero, without binary noise (3.55 → 3.6, -0.25 → -0.3). */
export function round1(value: number | null): number | null {
  if (value === null) return null;
  const scaled = Math.round(Math.abs(value) * 10 + 1e-9) / 10;
  return value < 0 ? -scaled : scaled;
}

/** The change between two shown (rounded) figures, so that the table adds up as it reads. */
export function change(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null) return null;
  return round1(round1(current)! - round1(previous)!);
}

export type Answer<K extends string> = { condition: K; score: number | null };

export type ConditionStat = Stat & {
  /** Answers with "weet niet / n.v.t." */
  unknown: number;
};

/** The mean score per condition of one assessment; conditions without answers get value null. */
export function conditionMeans<K extends string>(
  answers: readonly Answer<K>[],
  conditions: readonly K[],
): Record<K, ConditionStat> {
  const result = {} as Record<K, ConditionStat>;
  for (const c of conditions) {
    const own = answers.filter((a) => a.condition === c);
    result[c] = {
      ...mean(own.map((a) => a.score)),
      unknown: own.filter((a) => a.score === null).length,
    };
  }
  return result;
}

/**
 * Below this many values a circle median is withheld: with one or two shared assessments the
 * "median" is (close to) a single municipality's figure, your own or another's.
 */
export const MIN_SHARED_FOR_MEDIAN = 3;

/** The median of what others shared, or no value (with its n) when too few values to hide behind. */
export function circleMedian(values: readonly (number | null | undefined)[]): Stat {
  const stat = median(values);
  return stat.n < MIN_SHARED_FOR_MEDIAN ? { value: null, n: stat.n } : stat;
}

/**
 * The circle's median per condition: the median of the assessments' condition means, each
 * assessment counting once; n is the number of assessments with a mean for that condition.
 * Withheld (value null) below MIN_SHARED_FOR_MEDIAN.
 */
export function medianOfMeans<K extends string>(
  perAssessment: readonly Record<K, Stat>[],
  conditions: readonly K[],
): Record<K, Stat> {
  const result = {} as Record<K, Stat>;
  for (const c of conditions) result[c] = circleMedian(perAssessment.map((a) => a[c].value));
  return result;
}

/**
 * The circle's median per indicator over the assessments' scores; n counts the real scores.
 * Withheld (value null) below MIN_SHARED_FOR_MEDIAN.
 */
export function medianPerKey<K extends string | number>(
  perAssessment: readonly ReadonlyMap<K, number | null>[],
): Map<K, Stat> {
  const all = new Map<K, (number | null)[]>();
  for (const scores of perAssessment) {
    for (const [key, score] of scores) {
      const list = all.get(key) ?? [];
      list.push(score);
      all.set(key, list);
    }
  }
  return new Map([...all].map(([key, list]) => [key, circleMedian(list)]));
}
