import { and, asc, eq, gte, lt, min } from "drizzle-orm";
import { listTrajecten } from "#app/aan-de-slag/trajecten.server.ts";
import { dayOf, seasonInstants } from "#app/programma/seasons.ts";
import type { Season } from "#app/seizoen/season.ts";
import { getDb } from "#db/client.ts";
import {
  bijeenkomsten,
  deelnames,
  essays,
  leervraagStatuswijzigingen,
  leervragen,
  organisations,
  users,
} from "#db/schema.ts";
import {
  attendance,
  caseworkPerPartner,
  essayFigures,
  leervraagFigures,
  meetingsPerTrack,
} from "./figures.ts";

// The queries of the accountability report: the rows of one season, handed to the pure figures.
// A learning question counts in the season it was submitted in; an essay in its meeting's season.

export function seasonReport(season: Season) {
  const db = getDb();
  const { from, until } = seasonInstants(season);
  const inSeason = and(gte(bijeenkomsten.startsAt, from), lt(bijeenkomsten.startsAt, until));
  const meetings = db
    .select({ kind: bijeenkomsten.kind, status: bijeenkomsten.status })
    .from(bijeenkomsten)
    .where(inSeason)
    .all();
  const municipalities = db
    .select({ id: organisations.id, name: organisations.name, circle: organisations.circle })
    .from(organisations)
    .where(eq(organisations.kind, "gemeente"))
    .all();
  const presences = db
    .select({
      meetingId: bijeenkomsten.id,
      meetingKind: bijeenkomsten.kind,
      organisationId: users.organisationId,
    })
    .from(deelnames)
    .innerJoin(bijeenkomsten, eq(bijeenkomsten.id, deelnames.bijeenkomstId))
    .innerJoin(users, eq(users.id, deelnames.userId))
    .where(and(inSeason, eq(bijeenkomsten.status, "gehouden"), eq(deelnames.attended, true)))
    .all();
  const discussed = db
    .select({
      leervraagId: leervraagStatuswijzigingen.leervraagId,
      at: min(leervraagStatuswijzigingen.createdAt).as("discussed_at"),
    })
    .from(leervraagStatuswijzigingen)
    .where(eq(leervraagStatuswijzigingen.toStatus, "besproken"))
    .groupBy(leervraagStatuswijzigingen.leervraagId)
    .as("discussed");
  const questions = db
    .select({
      status: leervragen.status,
      createdAt: leervragen.createdAt,
      discussedAt: discussed.at,
    })
    .from(leervragen)
    .leftJoin(discussed, eq(discussed.leervraagId, leervragen.id))
    .where(and(gte(leervragen.createdAt, from), lt(leervragen.createdAt, until)))
    .all();
  const casework = listTrajecten({ ranBetween: { from, until } });
  const essayRows = db
    .select({
      title: essays.title,
      publishedTitle: essays.publishedTitle,
      meetingAt: bijeenkomsten.startsAt,
      firstPublishedAt: essays.firstPublishedAt,
    })
    .from(essays)
    .innerJoin(bijeenkomsten, eq(bijeenkomsten.id, essays.bijeenkomstId))
    .where(inSeason)
    .orderBy(asc(bijeenkomsten.startsAt))
    .all();
  return {
    season,
    meetings: meetingsPerTrack(meetings),
    attendance: attendance(municipalities, presences),
    leervragen: leervraagFigures(
      questions.map((q) => ({
        status: q.status,
        submittedOn: dayOf(q.createdAt),
        // The aggregate comes back as the stored number of milliseconds.
        discussedOn: q.discussedAt === null ? null : dayOf(new Date(Number(q.discussedAt))),
      })),
    ),
    casework: {
      total: casework.length,
      perPartner: caseworkPerPartner(
        casework.flatMap((c) =>
          c.partners.map((p) => ({ trajectId: c.id, partnerName: p.name, role: p.role })),
        ),
      ),
    },
    essays: essayFigures(
      essayRows.map((e) => ({
        title: e.publishedTitle ?? e.title,
        meetingOn: dayOf(e.meetingAt),
        publishedOn: e.firstPublishedAt ? dayOf(e.firstPublishedAt) : null,
      })),
    ),
  };
}

export type SeasonReport = ReturnType<typeof seasonReport>;
