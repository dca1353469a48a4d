import { and, asc, count, desc, eq, gte, inArray, isNull, sql } from "drizzle-orm";
import { getDb, preparedStatement } from "#db/client.ts";
import {
  accountTokens,
  bijeenkomsten,
  leervragen,
  organisations,
  users,
  type Role,
} from "#db/schema.ts";
import { trajectenOf } from "#app/aan-de-slag/trajecten.server.ts";
import type { SessionUser } from "#app/auth/session.server.ts";
import { rotationOverview } from "#app/bijeenkomsten/bijeenkomsten.server.ts";
import { essaysInProgress } from "#app/essays/essays.server.ts";
import { isSecondCircleMember } from "#app/auth/rules/kring.ts";
import { countOpenRequests } from "#app/kring/toetreding.server.ts";
import { currentSeasonProgress } from "#app/programma/programma.server.ts";
import { openFollowUps } from "#app/opvolging/opvolging.server.ts";

// What each role sees first on `/`. Lists are short: the dashboard points the way, the
// feature pages hold the rest.

const LIMIT = 5;

/** What the dashboard's lists of meetings show of each. */
const meetingListColumns = {
  id: bijeenkomsten.id,
  kind: bijeenkomsten.kind,
  title: bijeenkomsten.title,
  location: bijeenkomsten.location,
  startsAt: bijeenkomsten.startsAt,
  status: bijeenkomsten.status,
};

export function upcomingMeetings(now = new Date(), forCircle?: number | null) {
  const kinds = forCircle === 2 ? (["thema"] as const) : (["thema", "intervisie"] as const);
  // On every dashboard: prepared once for each set of kinds.
  return preparedStatement(`dashboard.upcomingMeetings.${kinds.join()}`, (db) =>
    db
      .select(meetingListColumns)
      .from(bijeenkomsten)
      .where(
        and(
          gte(bijeenkomsten.endsAt, sql.placeholder("now")),
          eq(bijeenkomsten.status, "gepland"),
          inArray(bijeenkomsten.kind, [...kinds]),
        ),
      )
      .orderBy(asc(bijeenkomsten.startsAt))
      .limit(LIMIT)
      .prepare(),
  ).all({ now: now.getTime() });
}

/** The latest questions waiting for the programme (a status) or of one municipality. */
function recentQuestions(by: "status" | "organisation", value: string | number) {
  return preparedStatement(`dashboard.questionsBy.${by}`, (db) =>
    db
      .select({
        id: leervragen.id,
        title: leervragen.title,
        status: leervragen.status,
        organisationName: organisations.name,
        updatedAt: leervragen.updatedAt,
      })
      .from(leervragen)
      .innerJoin(organisations, eq(organisations.id, leervragen.organisationId))
      .where(
        by === "status"
          ? eq(leervragen.status, sql.placeholder("value"))
          : eq(leervragen.organisationId, sql.placeholder("value")),
      )
      .orderBy(desc(leervragen.updatedAt))
      .limit(LIMIT)
      .prepare(),
  ).all({ value });
}

type DashboardUser = Pick<
  SessionUser,
  "id" | "role" | "organisationId" | "organisationKind" | "organisationCircle"
>;

// One dashboard per role; `kind` says which, so the page shows the matching sections.
const dashboards = {
  projectleider: (user: DashboardUser, now: Date) => ({
    kind: "projectleider" as const,
    season: currentSeasonProgress(user, now),
    meetings: upcomingMeetings(now),
    waitingQuestions: recentQuestions("status", "ingediend"),
    nextHost: rotationOverview().proposal?.name ?? null,
    openJoinRequests: countOpenRequests(),
  }),
  medewerker: (user: DashboardUser, now: Date) => ({
    kind: "medewerker" as const,
    meetings: upcomingMeetings(now),
    heldMeetings: getDb()
      .select(meetingListColumns)
      .from(bijeenkomsten)
      .where(eq(bijeenkomsten.status, "gehouden"))
      .orderBy(desc(bijeenkomsten.startsAt))
      .limit(LIMIT)
      .all(),
    casework: trajectenOf(user.id),
    essays: essaysInProgress(),
  }),
  deelnemer: (user: DashboardUser, now: Date) => {
    const organisation = getDb()
      .select({ name: organisations.name, circle: organisations.circle })
      .from(organisations)
      .where(eq(organisations.id, user.organisationId))
      .get();
    return {
      kind: "deelnemer" as const,
      organisationName: organisation?.name ?? "",
      secondCircle: isSecondCircleMember(user),
      meetings: upcomingMeetings(now, organisation?.circle),
      ownQuestions: recentQuestions("organisation", user.organisationId),
    };
  },
  beheerder: (_user: DashboardUser, now: Date) => {
    const db = getDb();
    const [accounts] = db.select({ n: count() }).from(users).where(eq(users.active, true)).all();
    const [orgs] = db.select({ n: count() }).from(organisations).all();
    const [invitations] = db
      .select({ n: count() })
      .from(accountTokens)
      .where(
        and(
          eq(accountTokens.purpose, "uitnodiging"),
          isNull(accountTokens.usedAt),
          isNull(accountTokens.revokedAt),
          gte(accountTokens.expiresAt, now),
        ),
      )
      .all();
    return {
      kind: "beheerder" as const,
      activeAccounts: accounts!.n,
      organisations: orgs!.n,
      openInvitations: invitations!.n,
    };
  },
} satisfies Record<Role, (user: DashboardUser, now: Date) => { kind: Role }>;

export function getDashboard(user: SessionUser, now = new Date()) {
  const dashboard = dashboards[user.role](user, now) as ReturnType<(typeof dashboards)[Role]>;
  // Every role's: own action items, harvests to fill in, essays past due (app/opvolging/).
  return { ...dashboard, followUps: openFollowUps(user, now) };
}
