import { and, asc, eq, gte, lte, ne } from "drizzle-orm";
import { recordAudit } from "#app/audit/audit.server.ts";
import { currentTime } from "#app/utils/clock.ts";
import type { FieldMessage } from "#app/utils/forms.ts";
import { addDays, parseSeason, seasonOf, type IsoDay, type Season } from "#app/seizoen/season.ts";
import { getDb } from "#db/client.ts";
import { bijeenkomsten, organisations } from "#db/schema.ts";
import { translator } from "#shared/i18n/index.ts";
import type { Locale } from "#shared/i18n/locales.ts";
import { amsterdamToUtc, fromAmsterdamInputs, toAmsterdamInputs } from "#shared/time.ts";
import { hostingSessions, insertMeeting, proposedCriticalFriends } from "./bijeenkomsten.server.ts";
import { hostingHistory } from "./rotation.ts";
import { dayProblem, planRotation, type PlanHost } from "./rotation-plan.ts";
import type { RotationConfirm, RotationRequest } from "./rotation-schema.ts";

// The data around the rotation planner (rotation-plan.ts): the first-circle municipalities with
// their hosting history, region and Werkplaats; the days already taken; and confirming a plan,
// all its sessions in one transaction, each announced as a planned meeting (meeting-news).

/** Today's date in Amsterdam, and the first day that may be planned: tomorrow. */
function tomorrow(now: Date): IsoDay {
  return addDays(toAmsterdamInputs(now).date, 1);
}

/** The seasons offered: the one under way (or about to begin) and the two after it. */
export function seasonChoices(now: Date = currentTime()): Season[] {
  const current = seasonOf(tomorrow(now));
  return [0, 1, 2].map((i) =>
    parseSeason(`${current.startYear + i}-${current.startYear + i + 1}`)!,
  );
}

function hosts(now: Date): (PlanHost & { werkplaatsName: string | null })[] {
  const db = getDb();
  const werkplaats = organisations;
  const rows = db
    .select({
      id: organisations.id,
      name: organisations.name,
      schoolRegion: organisations.schoolRegion,
      werkplaatsId: organisations.werkplaatsId,
    })
    .from(organisations)
    .where(and(eq(organisations.kind, "gemeente"), eq(organisations.circle, 1)))
    .orderBy(asc(organisations.name))
    .all();
  const sessions = hostingSessions();
  const names = new Map(
    db
      .select({ id: werkplaats.id, name: werkplaats.name })
      .from(werkplaats)
      .where(eq(werkplaats.kind, "werkplaats"))
      .all()
      .map((w) => [w.id, w.name]),
  );
  const history = hostingHistory(rows, sessions, now);
  return rows.map((r, i) => ({
    ...history[i]!,
    schoolRegion: r.schoolRegion,
    werkplaatsId: r.werkplaatsId,
    werkplaatsName: r.werkplaatsId ? (names.get(r.werkplaatsId) ?? null) : null,
  }));
}

function movisie() {
  return getDb()
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.kind, "movisie"))
    .orderBy(asc(organisations.id))
    .all();
}

/** Days in the season that already have an intervision session (not cancelled). */
function takenDays(season: Season): Set<IsoDay> {
  const rows = getDb()
    .select({ startsAt: bijeenkomsten.startsAt })
    .from(bijeenkomsten)
    .where(
      and(
        eq(bijeenkomsten.kind, "intervisie"),
        ne(bijeenkomsten.status, "geannuleerd"),
        gte(bijeenkomsten.startsAt, amsterdamToUtc(season.startYear, 9, 1)),
        lte(bijeenkomsten.startsAt, amsterdamToUtc(season.startYear + 1, 8, 1)),
      ),
    )
    .all();
  return new Set(rows.map((r) => toAmsterdamInputs(r.startsAt).date));
}

/** The hosts to choose from on the page, with the school region they are planned by. */
export function rotationHosts(now: Date = currentTime()) {
  return hosts(now).map((h) => ({ id: h.id, name: h.name, schoolRegion: h.schoolRegion }));
}

/** The planner's proposal for a request, with the critical friends' names for each session. */
export function proposeSeasonRotation(request: RotationRequest, now: Date = currentTime()) {
  const season = parseSeason(request.seizoen);
  if (!season)
    return { ok: false as const, problem: { key: "rotatie.plan.seizoenOngeldig" } as FieldMessage };
  const all = hosts(now);
  const excluded = new Set(request.uitgesloten);
  const friends = movisie();
  const plan = planRotation({
    season,
    count: request.aantal,
    hosts: all.filter((h) => !excluded.has(h.id)),
    movisieIds: friends.map((f) => f.id),
    from: tomorrow(now),
    taken: takenDays(season),
  });
  if (!plan.ok) return plan;
  const byId = new Map(all.map((h) => [h.id, h]));
  return {
    ...plan,
    sessions: plan.sessions.map((s) => ({
      ...s,
      criticalFriends: [
        ...friends.map((f) => f.name),
        ...(byId.get(s.hostId)?.werkplaatsName ? [byId.get(s.hostId)!.werkplaatsName!] : []),
      ],
    })),
  };
}

/**
 * Checks an adjusted plan row by row: a first-circle host, a real day in the season that may be
 * planned (not in the past, a weekday, no public holiday, not in the host region's school
 * holidays) and not twice the same day. Errors by field name (`rijen[2].datum`).
 */
export function checkRotationRows(
  input: RotationConfirm,
  now: Date = currentTime(),
): { form?: FieldMessage; fields: Record<string, FieldMessage> } {
  const season = parseSeason(input.seizoen);
  if (!season) return { fields: { seizoen: { key: "rotatie.plan.seizoenOngeldig" } } };
  const byId = new Map(hosts(now).map((h) => [h.id, h]));
  const first = tomorrow(now);
  const taken = takenDays(season);
  const seen = new Set<IsoDay>();
  const fields: Record<string, FieldMessage> = {};
  input.rijen.forEach((row, i) => {
    const host = byId.get(row.gastgemeente);
    if (!host) fields[`rijen[${i}].gastgemeente`] = { key: "fout.geenEersteKring" };
    const field = `rijen[${i}].datum`;
    if (!fromAmsterdamInputs(row.datum, input.begin)) fields[field] = { key: "fout.datumOngeldig" };
    else if (row.datum < first) fields[field] = { key: "rotatie.plan.inVerleden" };
    else if (seen.has(row.datum) || taken.has(row.datum))
      fields[field] = { key: "rotatie.plan.dagBezet" };
    else {
      const problem = dayProblem(row.datum, host?.schoolRegion ?? null, season);
      if (problem) fields[field] = problem;
    }
    seen.add(row.datum);
  });
  return Object.keys(fields).length
    ? { form: { key: "rotatie.plan.nietBevestigd" }, fields }
    : { fields };
}

/**
 * Plans every session of a confirmed rotation in one transaction: each an intervision session at
 * its host, led by the project leader who confirms, with Movisie and the host region's Werkplaats
 * as critical friends; everyone invited hears of each (not the one confirming). Returns the ids.
 */
export function createRotation(
  input: RotationConfirm,
  user: { id: number; locale: Locale },
): number[] {
  const t = translator(user.locale);
  const names = new Map(hosts(currentTime()).map((h) => [h.id, h.name]));
  const db = getDb();
  return db.transaction((tx) => {
    const ids = input.rijen.map((row, i) =>
      insertMeeting(
        tx,
        {
          kind: "intervisie",
          title: t("rotatie.sessieTitel", {
            nummer: i + 1,
            aantal: input.rijen.length,
            seizoen: input.seizoen,
          }),
          description: "",
          themaId: null,
          hostOrganisationId: row.gastgemeente,
          leaderId: user.id,
          location: names.get(row.gastgemeente) ?? "",
          startsAt: fromAmsterdamInputs(row.datum, input.begin)!,
          endsAt: fromAmsterdamInputs(row.datum, input.einde)!,
          capacity: null,
          criticalFriendIds: proposedCriticalFriends(row.gastgemeente),
          alGehouden: false,
        },
        user.id,
      ),
    );
    recordAudit(tx, {
      action: "rotatie.gepland",
      actor: user.id,
      subject: { type: "seizoen", id: input.seizoen },
      detail: { aantal: ids.length },
    });
    return ids;
  });
}
