// A season of the trajectory runs from September to July, like a school year: "2026-2027" is
// 1 September 2026 to 31 July 2027 (August is the summer break). Days are calendar days written
// "YYYY-MM-DD" (Amsterdam dates), so arithmetic on them never meets a time zone or daylight
// saving. Pure: the caller passes "today".

export type Season = { slug: string; startYear: number; first: string; last: string };
export type IsoDay = string;

const SEASON_SLUG = /^(\d{4})-(\d{4})$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function season(startYear: number): Season {
  return {
    slug: `${startYear}-${startYear + 1}`,
    startYear,
    first: `${startYear}-09-01`,
    last: `${startYear + 1}-07-31`,
  };
}

/** "2026-2027" → the season, or null when it is not two consecutive years. */
export function parseSeason(slug: string): Season | null {
  const match = SEASON_SLUG.exec(slug);
  if (!match) return null;
  const start = Number(match[1]);
  if (Number(match[2]) !== start + 1 || start < 2000 || start > 2100) return null;
  return season(start);
}

/** The season a day belongs to; a day in August counts towards the season about to begin. */
export function seasonOf(day: IsoDay): Season {
  const [year, month] = day.split("-").map(Number) as [number, number];
  return season(month >= 8 ? year : year - 1);
}

/** Whether a string is a real calendar day "YYYY-MM-DD". */
export function isIsoDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

function toUtc(day: IsoDay): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

export function addDays(day: IsoDay, days: number): IsoDay {
  const date = toUtc(day);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: IsoDay, b: IsoDay): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
}

/** 1 = Monday … 7 = Sunday (ISO). */
export function isoWeekday(day: IsoDay): number {
  return toUtc(day).getUTCDay() || 7;
}

export function isWeekend(day: IsoDay): boolean {
  return isoWeekday(day) >= 6;
}

/** Every day from `first` to `last`, both included. */
export function daysFrom(first: IsoDay, last: IsoDay): IsoDay[] {
  const days: IsoDay[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The Monday of the ISO week a day lies in. */
export function mondayOf(day: IsoDay): IsoDay {
  return addDays(day, 1 - isoWeekday(day));
}

/** "2026-11" → its first day, or null. */
export function parseMonth(value: string): IsoDay | null {
  return /^\d{4}-\d{2}$/.test(value) && isIsoDay(`${value}-01`) ? `${value}-01` : null;
}

export function addMonths(firstOfMonth: IsoDay, months: number): IsoDay {
  const [y, m] = firstOfMonth.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}-01`;
}

/** The last day of the month a day lies in. */
export function lastOfMonth(day: IsoDay): IsoDay {
  return addDays(addMonths(`${day.slice(0, 7)}-01`, 1), -1);
}
