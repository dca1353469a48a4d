import { describe, expect, it } from "vitest";
import { seasonProgress } from "./progress.ts";

describe("a season's progress per track", () => {
  it("counts planned, held and cancelled meetings, published essays and open follow-ups", () => {
    const progress = seasonProgress({
      meetings: [
        { kind: "thema", status: "gehouden", essayStatus: "gepubliceerd", openActions: 2 },
        { kind: "thema", status: "gehouden", essayStatus: "review", openActions: 0 },
        { kind: "thema", status: "gehouden", essayStatus: null, openActions: 1 },
        { kind: "thema", status: "gepland", essayStatus: null, openActions: 0 },
        { kind: "thema", status: "geannuleerd", essayStatus: null, openActions: 0 },
        { kind: "intervisie", status: "gehouden", essayStatus: null, openActions: 0 },
        { kind: "intervisie", status: "gepland", essayStatus: null, openActions: 0 },
      ],
      leervragen: [{ status: "opvolging" }, { status: "besproken" }, { status: "opvolging" }],
      trajecten: [{ status: "lopend" }, { status: "lopend" }, { status: "afgerond" }],
    });
    expect(progress.thema).toEqual({
      planned: 4,
      held: 3,
      cancelled: 1,
      essaysPublished: 1,
      // Held with the essay not published yet (2), and open action items (3).
      followUpsOpen: 5,
    });
    expect(progress.intervisie).toEqual({ planned: 2, held: 1, cancelled: 0, followUpsOpen: 2 });
    expect(progress.casework).toEqual({
      total: 3,
      byStatus: { verkenning: 0, lopend: 2, gepauzeerd: 0, afgerond: 1 },
    });
  });

  it("is all zeros for an empty season", () => {
    const progress = seasonProgress({ meetings: [], leervragen: [], trajecten: [] });
    expect(progress.thema.planned + progress.intervisie.held + progress.casework.total).toBe(0);
  });
});
