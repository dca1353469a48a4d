export const TIME_ZONE = "Europe/Amsterdam";

const offsetFormatter = new Intl.DateTimeFormat("en-US", {
  timeZone: TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
});

/** Milliseconds Amsterdam is ahead of UTC at the given instant (1 or 2 hours). */
function amsterdamOffsetMs(instant: number): number {
  const parts = Object.fromEntries(
    offsetFormatter.formatToParts(new Date(instant)).map((p) => [p.type, Number(p.value)]),
  );
  const asUtc = Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour!,
    parts.minute!,
    parts.second!,
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The UTC instant of a wall-clock time in Amsterdam (month is 1-based). */
export function amsterdamToUtc(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Two passes settle the offset also right after a daylight-saving change.
  let instant = wall - amsterdamOffsetMs(wall);
  instant = wall - amsterdamOffsetMs(instant);
  return new Date(instant);
}

const partsFormatter = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

/** An instant as Amsterdam wall-clock values for date and time inputs: "2026-11-29", "13:30". */
export function toAmsterdamInputs(instant: Date): { date: string; time: string } {
  const p = Object.fromEntries(partsFormatter.formatToParts(instant).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** Parses date and time inputs given in Amsterdam time; null when they are not a real moment. */
export function fromAmsterdamInputs(date: string, time: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as number[];
  if (month! < 1 || month! > 12 || day! < 1 || hour! > 23 || minute! > 59) return null;
  const instant = amsterdamToUtc(year!, month!, day!, hour!, minute!);
  // 31 February and the like roll over into another day: refuse them.
  return toAmsterdamInputs(instant).date === date ? instant : null;
}
