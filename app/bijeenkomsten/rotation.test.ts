import { describe, expect, it } from "vitest";
import { hostingHistory, proposeHost } from "./rotation.ts";

const gemeenten = [
  { id: 1, name: "Gemeente Amstelveen" },
  { id: 2, name: "Gemeente Haarlem" },
  { id: 3, name: "Gemeente Hilversum" },
];
const d = (iso: string) => new Date(iso);
// A fixed "now" after every date below: the sessions in these tests have all been held.
const now = d("2027-01-01");
const held = (hostOrganisationId: number, iso: string) => ({
  hostOrganisationId,
  startsAt: d(iso),
  status: "gehouden" as const,
});

describe("host rotation", () => {
  it("proposes a municipality that has never hosted, alphabetically first among equals", () => {
    const history = hostingHistory(gemeenten, [held(3, "2026-11-29")], now);
    expect(proposeHost(history)?.name).toBe("Gemeente Amstelveen");
  });

  it("prefers whoever hosted least", () => {
    const history = hostingHistory(
      gemeenten,
      [held(1, "2026-01-01"), held(1, "2026-03-01"), held(2, "2026-05-01"), held(3, "2026-02-01")],
      now,
    );
    expect(proposeHost(history)?.id).toBe(3);
  });

  it("among equal counts, prefers whoever hosted longest ago", () => {
    const history = hostingHistory(
      gemeenten,
      [held(1, "2026-06-01"), held(2, "2026-02-01"), held(3, "2026-04-01")],
      now,
    );
    expect(proposeHost(history)?.id).toBe(2);
  });

  it("counts and dates the history per municipality", () => {
    const history = hostingHistory(gemeenten, [held(2, "2026-02-01"), held(2, "2026-09-01")], now);
    expect(history.find((h) => h.id === 2)).toMatchObject({
      count: 2,
      lastHostedAt: d("2026-09-01"),
    });
    expect(history.find((h) => h.id === 1)).toMatchObject({ count: 0, lastHostedAt: null });
  });

  it("lets every municipality host once before anyone hosts twice", () => {
    const sessions: ReturnType<typeof held>[] = [];
    for (let month = 1; month <= 6; month++) {
      const next = proposeHost(hostingHistory(gemeenten, sessions, now))!;
      sessions.push(held(next.id, `2026-0${month}-15`));
    }
    expect(sessions.map((s) => s.hostOrganisationId)).toEqual([1, 2, 3, 1, 2, 3]);
  });

  it("counts held sessions and those still to come, not a past one never held nor a cancelled one", () => {
    const history = hostingHistory(
      gemeenten,
      [
        // Planned in the past and never recorded as held (e.g. typed as 2020-01-01).
        { hostOrganisationId: 1, startsAt: d("2020-01-01"), status: "gepland" },
        { hostOrganisationId: 1, startsAt: d("2026-10-01"), status: "geannuleerd" },
        held(2, "2026-11-01"),
        // Still to come: this turn is taken.
        { hostOrganisationId: 3, startsAt: d("2027-02-01"), status: "gepland" },
      ],
      now,
    );
    expect(history.map((h) => [h.id, h.count])).toEqual([
      [1, 0],
      [2, 1],
      [3, 1],
    ]);
    expect(proposeHost(history)?.id).toBe(1);
    // The same past planned session, once recorded as held, counts.
    const recorded = hostingHistory(gemeenten, [held(1, "2020-01-01")], now);
    expect(recorded.find((h) => h.id === 1)).toMatchObject({ count: 1 });
  });

  it("has no proposal without candidates", () => {
    expect(proposeHost([])).toBeNull();
  });
});
