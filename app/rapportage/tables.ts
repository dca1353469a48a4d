import { formatFigure, type CsvCell } from "#app/monitor/csv.ts";
import type { Stat } from "#app/monitor/aggregate.ts";
import type { IsoDay } from "#app/seizoen/season.ts";
import type { Translate } from "#shared/i18n/index.ts";
import type { SeasonReport } from "./report-query.server.ts";

// The report's tables, built once from its figures: the page shows them, each is a CSV, and
// the PDF holds them all. The first cell of a row names it (a row header on the page and in the
// PDF). Medians have one decimal with a comma, as the monitor writes its figures.

export const REPORT_TABLES = [
  "bijeenkomsten",
  "aanwezigheid-gemeenten",
  "aanwezigheid-kringen",
  "leervragen",
  "doorlooptijden",
  "aan-de-slag",
  "essays",
] as const;
export type ReportTableSlug = (typeof REPORT_TABLES)[number];

export type ReportTable = {
  slug: ReportTableSlug;
  caption: string;
  columns: string[];
  rows: CsvCell[][];
};

export function isReportTable(value: string): value is ReportTableSlug {
  return REPORT_TABLES.some((slug) => slug === value);
}

const medianCell = (stat: Stat) => (stat.value === null ? null : formatFigure(stat.value));

function circleName(t: Translate, circle: number | null) {
  if (circle === 1) return t("leerkring.1");
  if (circle === 2) return t("leerkring.2");
  return t("rapportage.zonderKring");
}

export function reportTables(
  report: SeasonReport,
  t: Translate,
  formatDay: (day: IsoDay) => string,
): ReportTable[] {
  const seizoen = report.season.slug;
  const caption = (slug: ReportTableSlug) => t(`rapportage.tabel.${slug}`, { seizoen });
  return [
    {
      slug: "bijeenkomsten",
      caption: caption("bijeenkomsten"),
      columns: [
        t("rapportage.kolom.spoor"),
        t("bijeenkomst.status.gehouden"),
        t("bijeenkomst.status.gepland"),
        t("bijeenkomst.status.geannuleerd"),
      ],
      rows: report.meetings.map((m) => [
        t(`bijeenkomst.soort.${m.kind}`),
        m.held,
        m.planned,
        m.cancelled,
      ]),
    },
    {
      slug: "aanwezigheid-gemeenten",
      caption: caption("aanwezigheid-gemeenten"),
      columns: [
        t("rapportage.kolom.gemeente"),
        t("veld.leerkring"),
        t("rapportage.kolom.themaBijgewoond"),
        t("rapportage.kolom.intervisieBijgewoond"),
        t("rapportage.kolom.aanwezigheden"),
      ],
      rows: report.attendance.perMunicipality.map((m) => [
        m.name,
        circleName(t, m.circle),
        m.thema,
        m.intervisie,
        m.attendances,
      ]),
    },
    {
      slug: "aanwezigheid-kringen",
      caption: caption("aanwezigheid-kringen"),
      columns: [
        t("veld.leerkring"),
        t("rapportage.kolom.gemeenten"),
        t("rapportage.kolom.aanwezigGeweest"),
        t("rapportage.kolom.aanwezigheden"),
      ],
      rows: report.attendance.perCircle.map((c) => [
        circleName(t, c.circle),
        c.municipalities,
        c.present,
        c.attendances,
      ]),
    },
    {
      slug: "leervragen",
      caption: caption("leervragen"),
      columns: [t("rapportage.kolom.status"), t("rapportage.kolom.aantal")],
      rows: [
        ...report.leervragen.byStatus.map((s) => [t(`leervraag.status.${s.status}`), s.count]),
        [t("rapportage.totaal"), report.leervragen.total],
      ],
    },
    {
      slug: "doorlooptijden",
      caption: caption("doorlooptijden"),
      columns: [
        t("rapportage.kolom.doorlooptijd"),
        t("rapportage.kolom.aantal"),
        t("rapportage.kolom.mediaanDagen"),
      ],
      rows: [
        [
          t("rapportage.doorlooptijd.leervraag"),
          report.leervragen.toDiscussion.n,
          medianCell(report.leervragen.toDiscussion),
        ],
        [
          t("rapportage.doorlooptijd.essay"),
          report.essays.leadTime.n,
          medianCell(report.essays.leadTime),
        ],
      ],
    },
    {
      slug: "aan-de-slag",
      caption: caption("aan-de-slag"),
      columns: [
        t("rapportage.kolom.partner"),
        t("partnerrol.inhoudelijk-adviseur"),
        t("partnerrol.procesbegeleider"),
        t("partnerrol.onderzoeker"),
        t("rapportage.kolom.trajecten"),
      ],
      rows: report.casework.perPartner.map((p) => [
        p.partner,
        ...p.roles.map((r) => r.count),
        p.total,
      ]),
    },
    {
      slug: "essays",
      caption: caption("essays"),
      columns: [
        t("rapportage.kolom.essay"),
        t("rapportage.kolom.bijeenkomstGehouden"),
        t("rapportage.kolom.gepubliceerd"),
        t("rapportage.kolom.dagen"),
      ],
      rows: report.essays.items.map((e) => [
        e.title,
        formatDay(e.meetingOn),
        e.publishedOn ? formatDay(e.publishedOn) : null,
        e.leadDays,
      ]),
    },
  ];
}
