import { and, asc, eq, gte, inArray, isNull, lt, max, min, sql } from "drizzle-orm";
import { listTrajecten, trajectStatusesBetween } from "#app/aan-de-slag/trajecten.server.ts";
import type { SessionUser } from "#app/auth/session.server.ts";
import { canReadIntervisie } from "#app/auth/rules/bijeenkomst.ts";
import { canSeeProgrammeTrack } from "#app/auth/rules/programma.ts";
import { notFound } from "#app/auth/user.server.ts";
import { meetingsStartingBetween } from "#app/bijeenkomsten/meeting-query.server.ts";
import { currentTime } from "#app/utils/clock.ts";
import { seasonOf, type Season } from "#app/seizoen/season.ts";
import { getDb, preparedStatement } from "#db/client.ts";
import {
  bijeenkomsten,
  criticalFriends,
  essays,
  leervragen,
  organisations,
  vervolgacties,
} from "#db/schema.ts";
import { seasonProgress } from "./progress.ts";
import { dayOf, knownSeasons, resolveSeason, seasonInstants } from "./seasons.ts";

// The season programme: what /programma shows of one season, as the person asking may see it
// (app/auth/rules/programma.ts), and the season a URL asks for.

/** The season of `/programma/:seizoen` (none: the current one), or a 404 for any other slug. */
export function requireSeason(slug: string | undefined, now: Date = currentTime()) {
  const [bounds] = getDb()
    .select({ first: min(bijeenkomsten.startsAt), last: max(bijeenkomsten.startsAt) })
    .from(bijeenkomsten)
    .all();
  const today = dayOf(now);
  const range = knownSeasons(
    today,
    bounds?.first ? dayOf(bounds.first) : null,
    bounds?.last ? dayOf(bounds.last) : null,
  );
  const found = resolveSeason(slug, today, range);
  if (!found) throw notFound();
  return found;
}

type Viewer = Pick<
  SessionUser,
  "role" | "organisationId" | "organisationKind" | "organisationCircle"
>;

function visibleMeetingKinds(user: Viewer) {
  return (["thema", "intervisie"] as const).filter((k) => canSeeProgrammeTrack(user, k));
}

/** The meetings, essays, presented questions and casework of a season; each track only if seen. */
export function seasonProgramme(user: Viewer, season: Season) {
  const { from, until } = seasonInstants(season);
  const kinds = visibleMeetingKinds(user);
  const meetings = meetingsStartingBetween(from, until, kinds);
  const ids = meetings.map((m) => m.id);
  const db = getDb();
  const essayRows = ids.length
    ? db
        .select({
          bijeenkomstId: essays.bijeenkomstId,
          slug: essays.slug,
          title: essays.title,
          publishedTitle: essays.publishedTitle,
          status: essays.status,
          firstPublishedAt: essays.firstPublishedAt,
        })
        .from(essays)
        .where(inArray(essays.bijeenkomstId, ids))
        .all()
    : [];
  const friends = ids.length
    ? db.select().from(criticalFriends).where(inArray(criticalFriends.bijeenkomstId, ids)).all()
    : [];
  const openActions = ids.length
    ? db
        .select({ bijeenkomstId: vervolgacties.bijeenkomstId })
        .from(vervolgacties)
        .where(and(inArray(vervolgacties.bijeenkomstId, ids), isNull(vervolgacties.doneAt)))
        .all()
    : [];
  const questions = ids.length
    ? db
        .select({
          id: leervragen.id,
          title: leervragen.title,
          status: leervragen.status,
          bijeenkomstId: leervragen.bijeenkomstId,
          organisationName: organisations.name,
        })
        .from(leervragen)
        .innerJoin(organisations, eq(organisations.id, leervragen.organisationId))
        .where(inArray(leervragen.bijeenkomstId, ids))
        .orderBy(asc(organisations.name))
        .all()
    : [];
  const rows = meetings.map((m) => {
    const essay = essayRows.find((e) => e.bijeenkomstId === m.id) ?? null;
    const criticalFriendIds = friends
      .filter((f) => f.bijeenkomstId === m.id)
      .map((f) => f.organisationId);
    const presented = questions.filter((q) => q.bijeenkomstId === m.id);
    return {
      id: m.id,
      kind: m.kind,
      title: m.title,
      startsAt: m.startsAt,
      status: m.status,
      themaName: m.themaName,
      hostName: m.hostName,
      essay,
      questionCount: presented.length,
      // Who presented which question is said in the room: for those who may read along.
      questions: canReadIntervisie(user, { kind: m.kind, criticalFriendIds }) ? presented : null,
    };
  });
  const trajecten = canSeeProgrammeTrack(user, "aan-de-slag")
    ? listTrajecten({ ranBetween: { from, until } })
    : [];
  return {
    meetings: rows,
    trajecten,
    tracks: {
      thema: kinds.includes("thema"),
      intervisie: kinds.includes("intervisie"),
      casework: canSeeProgrammeTrack(user, "aan-de-slag"),
    },
    progress: seasonProgress({
      meetings: rows.map((m) => ({
        kind: m.kind,
        status: m.status,
        essayStatus: m.essay?.status ?? null,
        openActions: openActions.filter((a) => a.bijeenkomstId === m.id).length,
      })),
      leervragen: questions,
      trajecten,
    }),
  };
}

export type SeasonProgramme = ReturnType<typeof seasonProgramme>;

/**
 * For the project leader's dashboard: the current season's progress. The same count as the
 * programme's (seasonProgress), from only the columns it counts: the dashboard is the page seen
 * most, and the whole programme costs eight queries and every title. Prepared once per set of
 * tracks the viewer sees.
 */
export function currentSeasonProgress(user: Viewer, now: Date = currentTime()) {
  const season = seasonOf(dayOf(now));
  const { from, until } = seasonInstants(season);
  const kinds = visibleMeetingKinds(user);
  const inSeason = () =>
    and(
      gte(bijeenkomsten.startsAt, sql.placeholder("from")),
      lt(bijeenkomsten.startsAt, sql.placeholder("until")),
      inArray(bijeenkomsten.kind, kinds),
    );
  const range = { from: from.getTime(), until: until.getTime() };
  const meetings = preparedStatement(`programma.seasonMeetings.${kinds.join()}`, (db) =>
    db
      .select({
        kind: bijeenkomsten.kind,
        status: bijeenkomsten.status,
        essayStatus: essays.status,
        openActions: db.$count(
          vervolgacties,
          and(eq(vervolgacties.bijeenkomstId, bijeenkomsten.id), isNull(vervolgacties.doneAt)),
        ),
      })
      .from(bijeenkomsten)
      .leftJoin(essays, eq(essays.bijeenkomstId, bijeenkomsten.id))
      .where(inSeason())
      .prepare(),
  ).all(range);
  const questions = preparedStatement(`programma.seasonQuestions.${kinds.join()}`, (db) =>
    db
      .select({ status: leervragen.status })
      .from(leervragen)
      .innerJoin(bijeenkomsten, eq(bijeenkomsten.id, leervragen.bijeenkomstId))
      .where(inSeason())
      .prepare(),
  ).all(range);
  const trajecten = canSeeProgrammeTrack(user, "aan-de-slag")
    ? trajectStatusesBetween({ from, until })
    : [];
  return {
    season: season.slug,
    progress: seasonProgress({ meetings, leervragen: questions, trajecten }),
  };
}
