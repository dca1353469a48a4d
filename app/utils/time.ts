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
