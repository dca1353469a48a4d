import { and, asc, eq, gte, lt, min } from "drizzle-orm";
import { listTrajecten } from "#app/aan-de-slag/trajecten.server.ts";
import { requirePermission } from "#app/auth/user.server.ts";
import { requireSeason } from "#app/programma/programma.server.ts";
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
import { reportTables } from "./tables.ts";
import { formatDay, translator } from "#shared/i18n/index.ts";
import type { Locale } from "#shared/i18n/locales.ts";

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

/** The report of `/rapportage/:seizoen` and its downloads, for those who may see it; 404 for a bad season. */
export function requireReport(request: Request, slug: string | undefined) {
  const user = requirePermission(request, "rapportage:bekijken");
  const found = requireSeason(slug);
  return { user, ...found, report: seasonReport(found.season) };
}

/** The tables in a person's language, as the page and the PDF show them. */
export function localTables(report: SeasonReport, locale: Locale) {
  return reportTables(report, translator(locale), (day) =>
    formatDay(locale, day, { day: "numeric", month: "short", year: "numeric" }),
  );
}

/** The tables as CSV writes them: Dutch like the monitor's spreadsheets, days as YYYY-MM-DD. */
export function csvTables(report: SeasonReport) {
  return reportTables(report, translator("nl"), (day) => day);
}
