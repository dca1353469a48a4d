import type { IsoDay } from "./season.ts";

// The school holidays of the Netherlands per region, as the Ministry of OCW publishes them on
// Rijksoverheid.nl ("Overzicht schoolvakanties per schooljaar"). The dates are those of the
// overview: Saturday to Sunday, both included; the optional extra week of the May holiday is not
// included. The autumn and spring holidays are advisory dates (schools may differ), the others
// fixed. Which municipality lies in which region: "Regioindeling voor de schoolvakantie"
// (https://www.rijksoverheid.nl/onderwerpen/schoolvakanties/regio-indeling-basisonderwijs-en-voortgezet-onderwijs),
// stored per municipality as organisations.schoolRegion.
//
// Retrieval note (2026-12-03): 2027-2028 was copied from the Rijksoverheid page itself. 2025-2026
// is the Rijksoverheid overview as recalled, checked region by region against school calendars
// that cite it. 2026-2027 could not be read from the source during development and is marked
// `checked: false`: compare it with its source URL before relying on it, then set it to true.
// A season missing here plans without school-holiday checks, and says so (see rotation-plan.ts).

export const schoolRegions = ["noord", "midden", "zuid"] as const;
export type SchoolRegion = (typeof schoolRegions)[number];
export type SchoolHolidayKind = "herfst" | "kerst" | "voorjaar" | "mei" | "zomer";
type Range = { first: IsoDay; last: IsoDay };

export type SchoolYearHolidays = {
  season: string;
  source: string;
  checked: boolean;
  holidays: Record<SchoolHolidayKind, Record<SchoolRegion, Range>>;
};

const all = (first: IsoDay, last: IsoDay): Record<SchoolRegion, Range> => ({
  noord: { first, last },
  midden: { first, last },
  zuid: { first, last },
});
const r = (first: IsoDay, last: IsoDay): Range => ({ first, last });

const SOURCE =
  "https://www.rijksoverheid.nl/onderwerpen/schoolvakanties/overzicht-schoolvakanties-per-schooljaar/overzicht-schoolvakanties-";

export const SCHOOL_HOLIDAYS: readonly SchoolYearHolidays[] = [
  {
    season: "2025-2026",
    source: `${SOURCE}2025-2026`,
    checked: true,
    holidays: {
      herfst: {
        noord: r("2025-10-18", "2025-10-26"),
        midden: r("2025-10-18", "2025-10-26"),
        zuid: r("2025-10-11", "2025-10-19"),
      },
      kerst: all("2025-12-20", "2026-01-04"),
      voorjaar: {
        noord: r("2026-02-21", "2026-03-01"),
        midden: r("2026-02-14", "2026-02-22"),
        zuid: r("2026-02-14", "2026-02-22"),
      },
      mei: all("2026-04-25", "2026-05-03"),
      zomer: {
        noord: r("2026-07-04", "2026-08-16"),
        midden: r("2026-07-18", "2026-08-30"),
        zuid: r("2026-07-11", "2026-08-23"),
      },
    },
  },
  {
    season: "2026-2027",
    source: `${SOURCE}2026-2027`,
    checked: false,
    holidays: {
      herfst: {
        noord: r("2026-10-10", "2026-10-18"),
        midden: r("2026-10-17", "2026-10-25"),
        zuid: r("2026-10-17", "2026-10-25"),
      },
      kerst: all("2026-12-19", "2027-01-03"),
      voorjaar: {
        noord: r("2027-02-20", "2027-02-28"),
        midden: r("2027-02-20", "2027-02-28"),
        zuid: r("2027-02-06", "2027-02-14"),
      },
      mei: all("2027-04-24", "2027-05-02"),
      zomer: {
        noord: r("2027-07-10", "2027-08-22"),
        midden: r("2027-07-03", "2027-08-15"),
        zuid: r("2027-07-17", "2027-08-29"),
      },
    },
  },
  {
    season: "2027-2028",
    source: `${SOURCE}2027-2028`,
    checked: true,
    holidays: {
      herfst: {
        noord: r("2027-10-16", "2027-10-24"),
        midden: r("2027-10-16", "2027-10-24"),
        zuid: r("2027-10-23", "2027-10-31"),
      },
      kerst: all("2027-12-25", "2028-01-09"),
      voorjaar: {
        noord: r("2028-02-19", "2028-02-27"),
        midden: r("2028-02-26", "2028-03-05"),
        zuid: r("2028-02-26", "2028-03-05"),
      },
      mei: all("2028-04-29", "2028-05-07"),
      zomer: {
        noord: r("2028-07-15", "2028-08-27"),
        midden: r("2028-07-08", "2028-08-20"),
        zuid: r("2028-07-22", "2028-09-03"),
      },
    },
  },
];

/** The school holidays known for a season ("2026-2027"), or null. */
export function schoolHolidaysFor(season: string): SchoolYearHolidays | null {
  return SCHOOL_HOLIDAYS.find((y) => y.season === season) ?? null;
}

/**
 * The school holiday a day falls in for a region, or null. Looks in every known school year, as
 * the summer holiday of one lies partly in the next season's September.
 */
export function schoolHolidayOn(day: IsoDay, region: SchoolRegion): SchoolHolidayKind | null {
  for (const year of SCHOOL_HOLIDAYS) {
    for (const [kind, regions] of Object.entries(year.holidays)) {
      const range = regions[region];
      if (day >= range.first && day <= range.last) return kind as SchoolHolidayKind;
    }
  }
  return null;
}
