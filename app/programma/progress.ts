import type {
  bijeenkomstStatuses,
  essayStatuses,
  leervraagStatuses,
  trajectStatuses,
} from "#db/schema.ts";

// Progress of a season per track, from the rows its programme shows. Pure. "Follow-ups open" of
// a theme meeting are its open action items (vervolgacties, app/opvolging/) and, once it is held,
// its essay until published; of intervision, the season's learning questions in status
// "opvolging".

type MeetingRow = {
  kind: "thema" | "intervisie";
  status: (typeof bijeenkomstStatuses)[number];
  essayStatus: (typeof essayStatuses)[number] | null;
  /** Action items of the meeting not yet done. */
  openActions: number;
};
type LeervraagRow = { status: (typeof leervraagStatuses)[number] };
type TrajectRow = { status: (typeof trajectStatuses)[number] };

export type TrackProgress = {
  /** Meetings planned in the season and not cancelled, held ones included. */
  planned: number;
  held: number;
  cancelled: number;
  followUpsOpen: number;
};

export type SeasonProgress = {
  thema: TrackProgress & { essaysPublished: number };
  intervisie: TrackProgress;
  casework: { total: number; byStatus: Record<(typeof trajectStatuses)[number], number> };
};

function track(meetings: readonly MeetingRow[], kind: MeetingRow["kind"]) {
  const own = meetings.filter((m) => m.kind === kind);
  const held = own.filter((m) => m.status === "gehouden");
  return {
    planned: own.filter((m) => m.status !== "geannuleerd").length,
    held: held.length,
    cancelled: own.filter((m) => m.status === "geannuleerd").length,
    heldWithoutEssay: held.filter((m) => m.essayStatus !== "gepubliceerd").length,
    openActions: own.reduce((n, m) => n + m.openActions, 0),
  };
}

export function seasonProgress(rows: {
  meetings: readonly MeetingRow[];
  leervragen: readonly LeervraagRow[];
  trajecten: readonly TrajectRow[];
}): SeasonProgress {
  const { heldWithoutEssay, openActions, ...thema } = track(rows.meetings, "thema");
  const {
    heldWithoutEssay: _,
    openActions: __,
    ...intervisie
  } = track(rows.meetings, "intervisie");
  const byStatus = { verkenning: 0, lopend: 0, gepauzeerd: 0, afgerond: 0 };
  for (const t of rows.trajecten) byStatus[t.status]++;
  return {
    thema: {
      ...thema,
      essaysPublished: rows.meetings.filter(
        (m) => m.kind === "thema" && m.essayStatus === "gepubliceerd",
      ).length,
      followUpsOpen: heldWithoutEssay + openActions,
    },
    intervisie: {
      ...intervisie,
      followUpsOpen: rows.leervragen.filter((l) => l.status === "opvolging").length,
    },
    casework: { total: rows.trajecten.length, byStatus },
  };
}
