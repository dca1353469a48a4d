import { publicHolidayOn } from "#app/seizoen/feestdagen.ts";
import {
  schoolHolidayOn,
  schoolHolidaysFor,
  type SchoolHolidayKind,
  type SchoolRegion,
} from "#app/seizoen/schoolvakanties.ts";
import {
  addDays,
  daysBetween,
  daysFrom,
  isWeekend,
  type IsoDay,
  type Season,
} from "#app/seizoen/season.ts";
import type { FieldMessage } from "#app/utils/forms.ts";
import { MAX_SESSIONS } from "./rotation-limits.ts";
import { compareForRotation, type HostingHistoryRow } from "./rotation.ts";

// Planning a season's intervision sessions at once (issue 13): N sessions, hosts in rotation,
// dates spread evenly over the season on days the host can receive. Pure: the caller loads the
// hosts, their hosting history (carried over from earlier seasons, rotation.ts) and the days
// already taken, and passes the first day that may be planned (tomorrow, or the season's start).
//
// Hosts: each next session goes to whoever hosted least, then longest ago (compareForRotation),
// counting the sessions planned so far; so nobody hosts twice before everyone has hosted once.
// Dates: target days at equal distances through the season; each session takes the allowed day
// nearest its target after the previous session. Allowed: a weekday, not a Dutch public holiday,
// not in the school holidays of the host's region, not a day that already has a session.

export type PlanHost = HostingHistoryRow & {
  schoolRegion: SchoolRegion | null;
  werkplaatsId: number | null;
};

export type PlannedSession = {
  day: IsoDay;
  hostId: number;
  hostName: string;
  criticalFriendIds: number[];
};

export type RotationPlan =
  | { ok: true; sessions: PlannedSession[]; warnings: FieldMessage[] }
  | { ok: false; problem: FieldMessage };

export { MAX_SESSIONS };

/** Why a day cannot take a session hosted in `region`, or null when it can. */
export function dayProblem(
  day: IsoDay,
  region: SchoolRegion | null,
  season: Season,
): FieldMessage | null {
  if (day < season.first || day > season.last)
    return { key: "rotatie.plan.buitenSeizoen", vars: { seizoen: season.slug } };
  if (isWeekend(day)) return { key: "rotatie.plan.weekend" };
  const holiday = publicHolidayOn(day);
  if (holiday) return { key: "rotatie.plan.feestdag", vars: { naam: holiday } };
  const school: SchoolHolidayKind | null = region ? schoolHolidayOn(day, region) : null;
  if (school && region) return { key: `rotatie.plan.schoolvakantie.${school}`, vars: { region } };
  return null;
}

export function planRotation(input: {
  season: Season;
  count: number;
  hosts: readonly PlanHost[];
  movisieIds: readonly number[];
  /** The first day that may be planned: the season's start, or tomorrow within the season. */
  from: IsoDay;
  taken?: ReadonlySet<IsoDay>;
}): RotationPlan {
  const { season, count, hosts, movisieIds } = input;
  const taken = input.taken ?? new Set<IsoDay>();
  if (!Number.isInteger(count) || count < 1 || count > MAX_SESSIONS)
    return {
      ok: false,
      problem: { key: "rotatie.plan.aantalOngeldig", vars: { max: MAX_SESSIONS } },
    };
  if (!hosts.length) return { ok: false, problem: { key: "rotatie.plan.geenGastgemeenten" } };
  const unknown = hosts.filter((h) => !h.schoolRegion).map((h) => h.name);
  if (unknown.length)
    return {
      ok: false,
      problem: { key: "rotatie.plan.regioOnbekend", vars: { gemeenten: unknown.join(", ") } },
    };
  const from = input.from > season.first ? input.from : season.first;
  if (from > season.last)
    return {
      ok: false,
      problem: { key: "rotatie.plan.seizoenVoorbij", vars: { seizoen: season.slug } },
    };

  const window =
    from <= lastUsefulDay(season, hosts) ? daysFrom(from, lastUsefulDay(season, hosts)) : [];
  const workdays = window.filter((d) => !isWeekend(d) && !publicHolidayOn(d) && !taken.has(d));
  if (workdays.length < count)
    return {
      ok: false,
      problem: {
        key: "rotatie.plan.teWeinigDagen",
        vars: { gevraagd: count, count: workdays.length, seizoen: season.slug },
      },
    };

  const rows = hosts.map((h) => ({ ...h }));
  const sessions: PlannedSession[] = [];
  let previous: IsoDay | null = null;
  for (let i = 0; i < count; i++) {
    const target = addDays(from, Math.floor(((2 * i + 1) * window.length) / (2 * count)));
    // Whoever's turn it is; when their region has no day left, the next of those who have hosted
    // as often (so the round stays fair).
    const order = [...rows].sort(compareForRotation);
    const turn = order.filter((h) => h.count === order[0]!.count);
    let host = turn[0]!;
    let day: IsoDay | null = null;
    for (const candidate of turn) {
      day = nearestAllowed(
        window,
        target,
        previous,
        (d) => !taken.has(d) && dayProblem(d, candidate.schoolRegion, season) === null,
      );
      if (day) {
        host = candidate;
        break;
      }
    }
    if (!day)
      return {
        ok: false,
        problem: {
          key: "rotatie.plan.geenDagVoor",
          vars: { gemeente: host.name, nummer: i + 1, seizoen: season.slug },
        },
      };
    sessions.push({
      day,
      hostId: host.id,
      hostName: host.name,
      criticalFriendIds: [...movisieIds, ...(host.werkplaatsId ? [host.werkplaatsId] : [])],
    });
    host.count += 1;
    host.lastHostedAt = new Date(`${day}T12:00:00Z`);
    previous = day;
  }
  const warnings: FieldMessage[] = schoolHolidaysFor(season.slug)
    ? []
    : [{ key: "rotatie.plan.geenSchoolvakanties", vars: { seizoen: season.slug } }];
  return { ok: true, sessions, warnings };
}

/**
 * The sessions are spread up to the summer holidays: up to the day before the first of them
 * begins in the hosts' regions (or the season's end when they are not known), so that every
 * host can still receive the last session.
 */
function lastUsefulDay(season: Season, hosts: readonly PlanHost[]): IsoDay {
  const known = schoolHolidaysFor(season.slug);
  if (!known) return season.last;
  const starts = hosts
    .map((h) => (h.schoolRegion ? known.holidays.zomer[h.schoolRegion].first : null))
    .filter((d): d is IsoDay => d !== null);
  const first = starts.sort()[0];
  return first && addDays(first, -1) < season.last ? addDays(first, -1) : season.last;
}

/** The allowed day nearest `target` that comes after `previous`; the earlier one on a tie. */
function nearestAllowed(
  window: readonly IsoDay[],
  target: IsoDay,
  previous: IsoDay | null,
  allowed: (day: IsoDay) => boolean,
): IsoDay | null {
  let best: IsoDay | null = null;
  let bestDistance = Infinity;
  for (const day of window) {
    if (previous && day <= previous) continue;
    if (!allowed(day)) continue;
    const distance = Math.abs(daysBetween(target, day));
    if (distance < bestDistance) {
      best = day;
      bestDistance = distance;
    }
  }
  return best;
}
