import Holidays from "date-holidays";
import type { IsoDay } from "./season.ts";

// Dutch public holidays from date-holidays (country NL): the official ones ("public") and the days
// schools and most offices are closed (Goede Vrijdag and Bevrijdingsdag, "school"). Days of
// remembrance and observances (Dodenherdenking, Sinterklaas) are ordinary working days.

const holidays = new Holidays("NL");
const cache = new Map<number, Map<IsoDay, string>>();

function ofYear(year: number): Map<IsoDay, string> {
  let days = cache.get(year);
  if (!days) {
    days = new Map(
      holidays
        .getHolidays(year)
        .filter((h) => h.type === "public" || h.type === "school")
        .map((h) => [h.date.slice(0, 10), h.name]),
    );
    cache.set(year, days);
  }
  return days;
}

/** The name of the public holiday on a day, or null. */
export function publicHolidayOn(day: IsoDay): string | null {
  return ofYear(Number(day.slice(0, 4))).get(day) ?? null;
}
