import { describe, expect, it } from "vitest";
import { hostingHistory, proposeHost } from "./rotation.ts";

const gemeenten = [
  { id: 1, name: "Gemeente Amstelveen" },
  { id: 2, name: "Gemeente Haarlem" },
  { id: 3, name: "Gemeente Hilversum" },
];
const d = (iso: string) => new Date(iso);

describe("host rotation", () => {
  it("proposes a municipality that has never hosted, alphabetically first among equals", () => {
    const history = hostingHistory(gemeenten, [
      { hostOrganisationId: 3, startsAt: d("2026-11-29") },
    ]);
    expect(proposeHost(history)?.name).toBe("Gemeente Amstelveen");
  });

  it("prefers whoever hosted least", () => {
    const history = hostingHistory(gemeenten, [
      { hostOrganisationId: 1, startsAt: d("2026-01-01") },
      { hostOrganisationId: 1, startsAt: d("2026-03-01") },
      { hostOrganisationId: 2, startsAt: d("2026-05-01") },
      { hostOrganisationId: 3, startsAt: d("2026-02-01") },
    ]);
    expect(proposeHost(history)?.id).toBe(3);
  });

  it("among equal counts, prefers whoever hosted longest ago", () => {
    const history = hostingHistory(gemeenten, [
      { hostOrganisationId: 1, startsAt: d("2026-06-01") },
      { hostOrganisationId: 2, startsAt: d("2026-02-01") },
      { hostOrganisationId: 3, startsAt: d("2026-04-01") },
    ]);
    expect(proposeHost(history)?.id).toBe(2);
  });

  it("counts and dates the history per municipality", () => {
    const history = hostingHistory(gemeenten, [
      { hostOrganisationId: 2, startsAt: d("2026-02-01") },
      { hostOrganisationId: 2, startsAt: d("2026-09-01") },
    ]);
    expect(history.find((h) => h.id === 2)).toMatchObject({
      count: 2,
      lastHostedAt: d("2026-09-01"),
    });
    expect(history.find((h) => h.id === 1)).toMatchObject({ count: 0, lastHostedAt: null });
  });

  it("lets every municipality host once before anyone hosts twice", () => {
    const sessions: { hostOrganisationId: number; startsAt: Date }[] = [];
    for (let month = 1; month <= 6; month++) {
      const next = proposeHost(hostingHistory(gemeenten, sessions))!;
      sessions.push({ hostOrganisationId: next.id, startsAt: d(`2026-0${month}-15`) });
    }
    expect(sessions.map((s) => s.hostOrganisationId)).toEqual([1, 2, 3, 1, 2, 3]);
  });

  it("has no proposal without candidates", () => {
    expect(proposeHost([])).toBeNull();
  });
});
