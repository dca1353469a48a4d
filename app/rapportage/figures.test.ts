import { describe, expect, it } from "vitest";
import {
  attendance,
  caseworkPerPartner,
  essayFigures,
  leervraagFigures,
  meetingsPerTrack,
} from "./figures.ts";

describe("meetings per track", () => {
  it("counts held, planned and cancelled meetings of each kind", () => {
    expect(
      meetingsPerTrack([
        { kind: "thema", status: "gehouden" },
        { kind: "thema", status: "gehouden" },
        { kind: "thema", status: "geannuleerd" },
        { kind: "intervisie", status: "gepland" },
      ]),
    ).toEqual([
      { kind: "thema", held: 2, planned: 0, cancelled: 1 },
      { kind: "intervisie", held: 0, planned: 1, cancelled: 0 },
    ]);
  });
});

describe("attendance", () => {
  const municipalities = [
    { id: 1, name: "Zeist", circle: 1 },
    { id: 2, name: "Amersfoort", circle: 1 },
    { id: 3, name: "Ede", circle: 2 },
  ];

  it("counts meetings with someone present and attendances per municipality and circle", () => {
    const figures = attendance(municipalities, [
      // Two people of Zeist at theme meeting 10 count as one meeting and two attendances.
      { meetingId: 10, meetingKind: "thema", organisationId: 1 },
      { meetingId: 10, meetingKind: "thema", organisationId: 1 },
      { meetingId: 11, meetingKind: "intervisie", organisationId: 1 },
      { meetingId: 10, meetingKind: "thema", organisationId: 3 },
    ]);
    expect(figures.perMunicipality).toEqual([
      { name: "Amersfoort", circle: 1, thema: 0, intervisie: 0, attendances: 0 },
      { name: "Zeist", circle: 1, thema: 1, intervisie: 1, attendances: 3 },
      { name: "Ede", circle: 2, thema: 1, intervisie: 0, attendances: 1 },
    ]);
    expect(figures.perCircle).toEqual([
      { circle: 1, municipalities: 2, present: 1, attendances: 3 },
      { circle: 2, municipalities: 1, present: 1, attendances: 1 },
    ]);
  });
});

describe("learning questions", () => {
  it("counts each status and takes the median of the days to discussion", () => {
    const figures = leervraagFigures([
      { status: "besproken", submittedOn: "2041-09-01", discussedOn: "2041-09-11" },
      { status: "opvolging", submittedOn: "2041-09-20", discussedOn: "2041-10-05" },
      { status: "ingediend", submittedOn: "2041-10-01", discussedOn: null },
    ]);
    expect(figures.total).toBe(3);
    expect(figures.byStatus.find((s) => s.status === "ingediend")!.count).toBe(1);
    expect(figures.byStatus.find((s) => s.status === "afgerond")!.count).toBe(0);
    // 10 and 15 days: the median of an even count is the mean of the middle two.
    expect(figures.toDiscussion).toEqual({ value: 12.5, n: 2 });
  });

  it("has no median without a discussed question", () => {
    expect(leervraagFigures([]).toDiscussion).toEqual({ value: null, n: 0 });
  });
});

describe("casework per partner", () => {
  it("counts each partner's roles and its distinct casework", () => {
    expect(
      caseworkPerPartner([
        { trajectId: 1, partnerName: "Werkplaats Utrecht", role: "procesbegeleider" },
        { trajectId: 1, partnerName: "Movisie", role: "inhoudelijk-adviseur" },
        { trajectId: 2, partnerName: "Movisie", role: "onderzoeker" },
      ]),
    ).toEqual([
      {
        partner: "Movisie",
        roles: [
          { role: "inhoudelijk-adviseur", count: 1 },
          { role: "procesbegeleider", count: 0 },
          { role: "onderzoeker", count: 1 },
        ],
        total: 2,
      },
      {
        partner: "Werkplaats Utrecht",
        roles: [
          { role: "inhoudelijk-adviseur", count: 0 },
          { role: "procesbegeleider", count: 1 },
          { role: "onderzoeker", count: 0 },
        ],
        total: 1,
      },
    ]);
  });
});

describe("essays", () => {
  it("lists essays by meeting day with their lead time and the median", () => {
    const figures = essayFigures([
      { title: "B", meetingOn: "2041-11-01", publishedOn: null },
      { title: "A", meetingOn: "2041-10-01", publishedOn: "2041-10-29" },
      { title: "C", meetingOn: "2042-03-30", publishedOn: "2042-04-03" },
    ]);
    // Across the change to summer time the days stay whole.
    expect(figures.items.map((i) => [i.title, i.leadDays])).toEqual([
      ["A", 28],
      ["B", null],
      ["C", 4],
    ]);
    expect(figures.published).toBe(2);
    expect(figures.leadTime).toEqual({ value: 16, n: 2 });
  });
});
