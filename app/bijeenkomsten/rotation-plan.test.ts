import { describe, expect, it } from "vitest";
import { publicHolidayOn } from "#app/seizoen/feestdagen.ts";
import { schoolHolidayOn } from "#app/seizoen/schoolvakanties.ts";
import { daysBetween, isWeekend, parseSeason } from "#app/seizoen/season.ts";
import { dayProblem, planRotation, type PlanHost } from "./rotation-plan.ts";

// All with fixed dates: the season 2026-2027 (school holidays known) and 2027-2028.
const season = parseSeason("2026-2027")!;
const host = (
  id: number,
  name: string,
  schoolRegion: PlanHost["schoolRegion"],
  count = 0,
  lastHostedAt: Date | null = null,
): PlanHost => ({ id, name, schoolRegion, werkplaatsId: 100 + id, count, lastHostedAt });
const hosts = [
  host(1, "Gemeente Amersfoort", "midden"),
  host(2, "Gemeente Haarlem", "noord"),
  host(3, "Gemeente Tilburg", "zuid"),
  host(4, "Gemeente Zeist", "midden"),
];
const plan = (overrides: Partial<Parameters<typeof planRotation>[0]> = {}) =>
  planRotation({ season, count: 8, hosts, movisieIds: [50], from: season.first, ...overrides });

function sessionsOf(result: ReturnType<typeof planRotation>) {
  if (!result.ok) throw new Error(`not planned: ${result.problem.key}`);
  return result.sessions;
}

describe("rotation planner: fairness", () => {
  it("never lets a host receive twice before all have received, however many sessions", () => {
    for (const count of [3, 7, 13, 30]) {
      const counts = new Map<number, number>();
      for (const s of sessionsOf(plan({ count }))) {
        const mine = (counts.get(s.hostId) ?? 0) + 1;
        counts.set(s.hostId, mine);
        // Before this host's n-th turn every other host has had n-1.
        for (const h of hosts) {
          if (h.id !== s.hostId) expect(counts.get(h.id) ?? 0).toBeGreaterThanOrEqual(mine - 1);
        }
      }
    }
  });

  it("lets every host receive once before any receives twice", () => {
    const sessions = sessionsOf(plan({ count: 10 }));
    const firstRound = sessions.slice(0, 4).map((s) => s.hostId);
    expect(new Set(firstRound).size).toBe(4);
    const secondRound = sessions.slice(4, 8).map((s) => s.hostId);
    expect(new Set(secondRound).size).toBe(4);
    expect(firstRound).toEqual(secondRound);
  });

  it("carries the round over from earlier seasons: who hosted already waits", () => {
    const carried = [
      host(1, "Gemeente Amersfoort", "midden", 1, new Date("2026-03-10")),
      host(2, "Gemeente Haarlem", "noord", 1, new Date("2026-05-12")),
      host(3, "Gemeente Tilburg", "zuid", 0),
      host(4, "Gemeente Zeist", "midden", 0),
    ];
    const sessions = sessionsOf(plan({ hosts: carried, count: 4 }));
    expect(sessions.map((s) => s.hostName)).toEqual([
      "Gemeente Tilburg",
      "Gemeente Zeist",
      // then whoever hosted longest ago
      "Gemeente Amersfoort",
      "Gemeente Haarlem",
    ]);
  });

  it("names Movisie and the host's own Werkplaats as critical friends", () => {
    const [first] = sessionsOf(plan({ count: 1 }));
    expect(first!.criticalFriendIds).toEqual([50, 100 + first!.hostId]);
  });
});

describe("rotation planner: calendar rules", () => {
  it("plans on weekdays only, never on a public holiday or in the host region's school holidays", () => {
    const regionOf = new Map(hosts.map((h) => [h.id, h.schoolRegion!]));
    for (const count of [5, 12, 30]) {
      for (const s of sessionsOf(plan({ count }))) {
        expect(isWeekend(s.day), s.day).toBe(false);
        expect(publicHolidayOn(s.day), s.day).toBeNull();
        expect(schoolHolidayOn(s.day, regionOf.get(s.hostId)!), s.day).toBeNull();
        expect(s.day >= season.first && s.day <= season.last).toBe(true);
      }
    }
  });

  it("moves a session out of the host region's holiday to the nearest allowed day", () => {
    // One session, from the start of the region's autumn holiday: its target falls within it.
    const one = (h: PlanHost, from: string, last: string) =>
      sessionsOf(
        planRotation({
          season: { ...season, last },
          count: 1,
          hosts: [h],
          movisieIds: [],
          from,
        }),
      )[0]!.day;
    // Noord's autumn holiday 2026 is 10–18 October; the window 10–20 October leaves the 19th.
    expect(one(host(2, "Gemeente Haarlem", "noord"), "2026-10-10", "2026-10-20")).toBe(
      "2026-10-19",
    );
    // Zuid is at school then (its holiday is 17–25 October): the target day itself, the 15th.
    expect(one(host(3, "Gemeente Tilburg", "zuid"), "2026-10-10", "2026-10-20")).toBe("2026-10-15");
  });

  it("explains each kind of day that cannot be chosen", () => {
    expect(dayProblem("2026-12-05", "noord", season)?.key).toBe("rotatie.plan.weekend");
    expect(dayProblem("2027-04-27", "noord", season)).toEqual({
      key: "rotatie.plan.feestdag",
      vars: { naam: "Koningsdag" },
    });
    expect(dayProblem("2027-02-09", "zuid", season)?.key).toBe(
      "rotatie.plan.schoolvakantie.voorjaar",
    );
    expect(dayProblem("2027-02-09", "noord", season)).toBeNull();
    expect(dayProblem("2027-08-02", "noord", season)?.key).toBe("rotatie.plan.buitenSeizoen");
  });

  it("skips days that already have a session", () => {
    const free = sessionsOf(plan({ count: 1 }))[0]!.day;
    const moved = sessionsOf(plan({ count: 1, taken: new Set([free]) }))[0]!.day;
    expect(moved).not.toBe(free);
  });
});

describe("rotation planner: even spread", () => {
  it("spaces the sessions about equally through the season, up to the summer holidays", () => {
    for (const count of [4, 6, 10]) {
      const sessions = sessionsOf(plan({ count }));
      // Midden's summer holiday 2027, the first of the hosts' regions, begins 3 July.
      const length = daysBetween(season.first, "2027-07-02") + 1;
      const ideal = length / count;
      sessions.forEach((s, i) => {
        const target = ((2 * i + 1) * length) / (2 * count);
        // Within three weeks of its target (a two-week holiday plus a weekend).
        expect(Math.abs(daysBetween(season.first, s.day) - target)).toBeLessThanOrEqual(21);
      });
      const gaps = sessions.slice(1).map((s, i) => daysBetween(sessions[i]!.day, s.day));
      expect(Math.min(...gaps)).toBeGreaterThan(ideal / 3);
      expect(sessions.map((s) => s.day)).toEqual([...sessions.map((s) => s.day)].sort());
    }
  });

  it("starts no earlier than the first day that may be planned", () => {
    const sessions = sessionsOf(plan({ count: 3, from: "2027-03-01" }));
    expect(sessions[0]!.day >= "2027-03-01").toBe(true);
  });
});

describe("rotation planner: what cannot be planned", () => {
  it("refuses without hosts (none in the first circle, or all excluded)", () => {
    expect(plan({ hosts: [] })).toEqual({
      ok: false,
      problem: { key: "rotatie.plan.geenGastgemeenten" },
    });
  });

  it("refuses a host whose school region is unknown, naming it", () => {
    const result = plan({ hosts: [...hosts, host(9, "Gemeente Onbekend", null)] });
    expect(result).toEqual({
      ok: false,
      problem: { key: "rotatie.plan.regioOnbekend", vars: { gemeenten: "Gemeente Onbekend" } },
    });
  });

  it("refuses more sessions than there are weekdays left before the summer holidays", () => {
    // Midden's summer holiday 2027 begins 3 July: from 28 June there are five weekdays left.
    expect(plan({ count: 6, from: "2027-06-28" })).toEqual({
      ok: false,
      problem: {
        key: "rotatie.plan.teWeinigDagen",
        vars: { gevraagd: 6, count: 5, seizoen: "2026-2027" },
      },
    });
    expect(sessionsOf(plan({ count: 5, from: "2027-06-28" }))).toHaveLength(5);
    const summer = plan({ count: 1, from: "2027-07-05" });
    expect(!summer.ok && summer.problem.key).toBe("rotatie.plan.teWeinigDagen");
  });

  it("refuses when the host's school holiday leaves no day", () => {
    // Within Noord's autumn holiday (10–18 October 2026) there are weekdays, but none for Haarlem.
    const result = planRotation({
      season: { ...season, last: "2026-10-16" },
      count: 1,
      hosts: [hosts[1]!],
      movisieIds: [],
      from: "2026-10-12",
    });
    expect(result).toEqual({
      ok: false,
      problem: {
        key: "rotatie.plan.geenDagVoor",
        vars: { gemeente: "Gemeente Haarlem", nummer: 1, seizoen: "2026-2027" },
      },
    });
  });

  it("refuses a season that is over, and a count of 0 or too many", () => {
    expect(!plan({ from: "2027-08-01" }).ok).toBe(true);
    expect(plan({ count: 0 })).toMatchObject({
      ok: false,
      problem: { key: "rotatie.plan.aantalOngeldig" },
    });
    expect(plan({ count: 31 })).toMatchObject({
      ok: false,
      problem: { key: "rotatie.plan.aantalOngeldig" },
    });
  });

  it("warns when the season's school holidays are not known", () => {
    const later = planRotation({
      season: parseSeason("2030-2031")!,
      count: 2,
      hosts,
      movisieIds: [],
      from: "2030-09-01",
    });
    expect(later.ok && later.warnings[0]?.key).toBe("rotatie.plan.geenSchoolvakanties");
  });
});
