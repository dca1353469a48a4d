import { median } from "#app/monitor/aggregate.ts";
import { daysBetween, type IsoDay } from "#app/seizoen/season.ts";
import {
  bijeenkomstKinds,
  leervraagStatuses,
  partnerRollen,
  type bijeenkomstStatuses,
} from "#db/schema.ts";

// The figures of the accountability report (/rapportage), from rows its queries read. Pure: no
// database, no clock. Days are Amsterdam calendar days; lead times are whole days between them.

type Kind = (typeof bijeenkomstKinds)[number];
type LeervraagStatus = (typeof leervraagStatuses)[number];
type PartnerRol = (typeof partnerRollen)[number];

/** Per track: how many meetings of the season are planned (still to come), held and cancelled. */
export function meetingsPerTrack(
  meetings: readonly { kind: Kind; status: (typeof bijeenkomstStatuses)[number] }[],
) {
  return bijeenkomstKinds.map((kind) => {
    const own = meetings.filter((m) => m.kind === kind);
    const countOf = (status: string) => own.filter((m) => m.status === status).length;
    return {
      kind,
      held: countOf("gehouden"),
      planned: countOf("gepland"),
      cancelled: countOf("geannuleerd"),
    };
  });
}

type Municipality = { id: number; name: string; circle: number | null };
/** One person present at one held meeting, of a municipality. */
type Presence = { meetingId: number; meetingKind: Kind; organisationId: number };

/**
 * Attendance of held meetings per municipality (at how many theme and intervision meetings at
 * least one of its people was present, and how many attendances in all) and per circle.
 */
export function attendance(
  municipalities: readonly Municipality[],
  presences: readonly Presence[],
) {
  const perMunicipality = municipalities
    .map((m) => {
      const own = presences.filter((p) => p.organisationId === m.id);
      const meetingsOf = (kind: Kind) =>
        new Set(own.filter((p) => p.meetingKind === kind).map((p) => p.meetingId)).size;
      return {
        name: m.name,
        circle: m.circle,
        thema: meetingsOf("thema"),
        intervisie: meetingsOf("intervisie"),
        attendances: own.length,
      };
    })
    .sort((a, b) => (a.circle ?? 9) - (b.circle ?? 9) || a.name.localeCompare(b.name, "nl"));
  const circles = [...new Set(perMunicipality.map((m) => m.circle))].sort(
    (a, b) => (a ?? 9) - (b ?? 9),
  );
  const perCircle = circles.map((circle) => {
    const members = perMunicipality.filter((m) => m.circle === circle);
    return {
      circle,
      municipalities: members.length,
      present: members.filter((m) => m.attendances > 0).length,
      attendances: members.reduce((sum, m) => sum + m.attendances, 0),
    };
  });
  return { perMunicipality, perCircle };
}

/** Learning questions submitted in the season, by status, and the days from submission to discussion. */
export function leervraagFigures(
  rows: readonly { status: LeervraagStatus; submittedOn: IsoDay; discussedOn: IsoDay | null }[],
) {
  const days = rows.flatMap((r) =>
    r.discussedOn ? [daysBetween(r.submittedOn, r.discussedOn)] : [],
  );
  return {
    byStatus: leervraagStatuses.map((status) => ({
      status,
      count: rows.filter((r) => r.status === status).length,
    })),
    total: rows.length,
    toDiscussion: median(days),
  };
}

/** Casework of the season per partner organisation, by the role it has in each. */
export function caseworkPerPartner(
  rows: readonly { trajectId: number; partnerName: string; role: PartnerRol }[],
) {
  const names = [...new Set(rows.map((r) => r.partnerName))].sort((a, b) =>
    a.localeCompare(b, "nl"),
  );
  return names.map((name) => {
    const own = rows.filter((r) => r.partnerName === name);
    return {
      partner: name,
      roles: partnerRollen.map((role) => ({
        role,
        count: own.filter((r) => r.role === role).length,
      })),
      total: new Set(own.map((r) => r.trajectId)).size,
    };
  });
}

/** The essays of the season's theme meetings, and the days from the meeting to publication. */
export function essayFigures(
  rows: readonly { title: string; meetingOn: IsoDay; publishedOn: IsoDay | null }[],
) {
  const items = [...rows]
    .sort((a, b) => a.meetingOn.localeCompare(b.meetingOn) || a.title.localeCompare(b.title, "nl"))
    .map((r) => ({
      ...r,
      leadDays: r.publishedOn ? daysBetween(r.meetingOn, r.publishedOn) : null,
    }));
  return {
    items,
    published: items.filter((i) => i.publishedOn !== null).length,
    leadTime: median(items.map((i) => i.leadDays)),
  };
}
