// Intervision sessions are hosted in rotation by the first-circle municipalities. The proposal:
// whoever has hosted least; among those, whoever hosted longest ago (never counts as longest);
// then alphabetically, so the proposal is stable.

export type HostCandidate = { id: number; name: string };
export type HostingRecord = { hostOrganisationId: number; startsAt: Date };

export type HostingHistoryRow = HostCandidate & { count: number; lastHostedAt: Date | null };

export function hostingHistory(
  candidates: HostCandidate[],
  sessions: HostingRecord[],
): HostingHistoryRow[] {
  return candidates.map((c) => {
    const hosted = sessions.filter((s) => s.hostOrganisationId === c.id);
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
