import { season, parseSeason, seasonOf, type IsoDay, type Season } from "#app/seizoen/season.ts";
import { amsterdamToUtc, toAmsterdamInputs } from "#shared/time.ts";

// Which seasons the programme and the report know, and the instants a season covers. Pure: the
// caller passes today and the days of the first and last meeting on record.

/** Start years of the known seasons: from the earliest meeting (or this season) to the latest (at least next season). */
export type SeasonRange = { first: number; last: number };

export function knownSeasons(
  today: IsoDay,
  firstMeeting: IsoDay | null,
  lastMeeting: IsoDay | null,
): SeasonRange {
  const current = seasonOf(today).startYear;
  return {
    first: Math.min(current, firstMeeting ? seasonOf(firstMeeting).startYear : current),
    last: Math.max(current + 1, lastMeeting ? seasonOf(lastMeeting).startYear : current),
  };
}

/**
 * The season a URL asks for (none: the current one), with its neighbours in the known range;
 * null for a slug that is no season or one outside the range.
 */
export function resolveSeason(
  slug: string | undefined,
  today: IsoDay,
  range: SeasonRange,
): { season: Season; previous: Season | null; next: Season | null } | null {
  const asked = slug === undefined ? seasonOf(today) : parseSeason(slug);
  if (!asked || asked.startYear < range.first || asked.startYear > range.last) return null;
  return {
    season: asked,
    previous: asked.startYear > range.first ? season(asked.startYear - 1) : null,
    next: asked.startYear < range.last ? season(asked.startYear + 1) : null,
  };
}

/**
 * The instants of a season, [from, until): August counts towards the season about to begin
 * (seasonOf), so a meeting in August is not left out of every season.
 */
export function seasonInstants(s: Season): { from: Date; until: Date } {
  return {
    from: amsterdamToUtc(s.startYear, 8, 1),
    until: amsterdamToUtc(s.startYear + 1, 8, 1),
  };
}

/** The Amsterdam calendar day of an instant. */
export function dayOf(instant: Date): IsoDay {
  return toAmsterdamInputs(instant).date;
}
