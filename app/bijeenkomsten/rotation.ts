import { currentTime } from "#app/utils/clock.ts";

// Intervision sessions are hosted in rotation by the first-circle municipalities. The proposal:
// whoever has hosted least; among those, whoever hosted longest ago (never counts as longest);
// then alphabetically, so the proposal is stable.
//
// Hosting counts when it happened (status "gehouden"). A planned session still to come counts
// too: it is the municipality's turn already taken, and without it every proposal made while
// planning a series would name the same municipality. A planned session whose time has passed
// without being recorded as held, and a cancelled one, do not count.

export type HostCandidate = { id: number; name: string };
export type HostingRecord = {
  hostOrganisationId: number;
  startsAt: Date;
  status: "gepland" | "gehouden" | "geannuleerd";
};

export type HostingHistoryRow = HostCandidate & { count: number; lastHostedAt: Date | null };

export function countsAsHosting(session: HostingRecord, now: Date): boolean {
  return session.status === "gehouden" || (session.status === "gepland" && session.startsAt >= now);
}

export function hostingHistory(
  candidates: HostCandidate[],
  sessions: HostingRecord[],
  now: Date = currentTime(),
): HostingHistoryRow[] {
  const counted = sessions.filter((s) => countsAsHosting(s, now));
  return candidates.map((c) => {
    const hosted = counted.filter((s) => s.hostOrganisationId === c.id);
    const last = hosted.reduce<Date | null>(
      (latest, s) => (!latest || s.startsAt > latest ? s.startsAt : latest),
      null,
    );
    return { ...c, count: hosted.length, lastHostedAt: last };
  });
}

export function compareForRotation(a: HostingHistoryRow, b: HostingHistoryRow): number {
  if (a.count !== b.count) return a.count - b.count;
  const aTime = a.lastHostedAt?.getTime() ?? -Infinity;
  const bTime = b.lastHostedAt?.getTime() ?? -Infinity;
  if (aTime !== bTime) return aTime - bTime;
  return a.name.localeCompare(b.name, "nl");
}

/** The next host, or null when there are no candidates. */
export function proposeHost(history: HostingHistoryRow[]): HostingHistoryRow | null {
  return [...history].sort(compareForRotation)[0] ?? null;
}
