import { and, eq } from "drizzle-orm";
import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
} from "ical-generator";
import { generateToken, hashToken } from "#app/auth/tokens.server.ts";
import { CONTROL_CHARACTERS } from "#app/utils/fields.ts";
import { getDb } from "#db/client.ts";
import { calendarFeeds, organisations, users, type MailAttachment } from "#db/schema.ts";
import type { AgendaFilters } from "./agenda-filters.ts";
import { type getMeeting, meetingsEndingAfter } from "./meeting-query.server.ts";

type MeetingForCalendar = NonNullable<ReturnType<typeof getMeeting>>;

// iCalendar for meetings: one stable UID per meeting, SEQUENCE raised at every change, cancelled
// meetings stay in the feed as STATUS:CANCELLED so that calendar programs remove them. Times are
// written in UTC ("…Z"), which every calendar program shows in its own time zone; see
// docs/decisions/004-ical-in-utc.md.

/** The UID a meeting keeps for its whole life, whatever changes. */
export function meetingUid(id: number, origin: string): string {
  return `bijeenkomst-${id}@${new URL(origin).hostname}`;
}

/**
 * ical-generator writes the calendar's NAME and X-WR-CALNAME as given: a line break in a title
 * would start a property of the attacker's choosing. Titles are refused with one on input; this
 * also covers titles stored before that and names built from other text.
 */
function oneLine(text: string): string {
  return text.replace(new RegExp(`${CONTROL_CHARACTERS.source}+`, "gu"), " ").trim();
}

export function meetingsCalendar(
  name: string,
  meetings: MeetingForCalendar[],
  origin: string,
): string {
  const calendar = ical({
    name: oneLine(name),
    prodId: { company: "Leerkring", product: "Leerkring", language: "NL" },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const m of meetings) {
    const url = `${origin}/bijeenkomsten/${m.id}`;
    calendar.createEvent({
      id: meetingUid(m.id, origin),
      sequence: m.sequence,
      stamp: m.updatedAt,
      start: m.startsAt,
      end: m.endsAt,
      summary: m.title,
      location: m.location,
      description: [m.description, url].filter(Boolean).join("\n\n"),
      url,
      status: m.status === "geannuleerd" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

/**
 * An invitation for one person's calendar program (iTIP, RFC 5546): METHOD:REQUEST adds or moves
 * the entry, METHOD:CANCEL removes it. UID and SEQUENCE are the feed's, so a program that has both
 * sees one entry. The organiser is Leerkring's sending address, the attendee the recipient. For a
 * confidential intervision session `meeting` must already be as the recipient may read it
 * (meetingForViewer: without its description).
 */
export function meetingInvitation(
  meeting: Pick<
    MeetingForCalendar,
    "id" | "title" | "description" | "location" | "startsAt" | "endsAt" | "sequence" | "updatedAt"
  >,
  method: "REQUEST" | "CANCEL",
  attendee: { email: string; name: string },
  organiser: { email: string; name: string },
  origin: string,
): MailAttachment {
  const calendar = ical({
    prodId: { company: "Leerkring", product: "Leerkring", language: "NL" },
    method: method === "CANCEL" ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  const url = `${origin}/bijeenkomsten/${meeting.id}`;
  calendar.createEvent({
    id: meetingUid(meeting.id, origin),
    sequence: meeting.sequence,
    stamp: meeting.updatedAt,
    start: meeting.startsAt,
    end: meeting.endsAt,
    summary: oneLine(meeting.title),
    location: meeting.location,
    description: [meeting.description, url].filter(Boolean).join("\n\n"),
    url,
    status: method === "CANCEL" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: oneLine(organiser.name), email: organiser.email },
    attendees: [
      {
        name: oneLine(attendee.name),
        email: attendee.email,
        role: ICalAttendeeRole.REQ,
        status: ICalAttendeeStatus.NEEDSACTION,
      },
    ],
  });
  return {
    filename: method === "CANCEL" ? "annulering.ics" : "uitnodiging.ics",
    contentType: `text/calendar; method=${method}; charset=utf-8`,
    content: calendar.toString(),
  };
}

export function icsResponse(body: string, filename: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

// ---------------------------------------------------------------------------------------------
// The personal feed: a secret URL calendar programs subscribe to. Only its SHA-256 is stored, so
// the address is shown once, when it is made; making a new one revokes the old.

export function createCalendarFeed(userId: number): string {
  const token = generateToken();
  getDb()
    .insert(calendarFeeds)
    .values({ userId, tokenHash: hashToken(token) })
    .onConflictDoUpdate({
      target: calendarFeeds.userId,
      set: { tokenHash: hashToken(token), createdAt: new Date(), lastUsedAt: null },
    })
    .run();
  return token;
}

export function revokeCalendarFeed(userId: number): void {
  getDb().delete(calendarFeeds).where(eq(calendarFeeds.userId, userId)).run();
}

export function calendarFeedStatus(userId: number) {
  return (
    getDb()
      .select({ createdAt: calendarFeeds.createdAt, lastUsedAt: calendarFeeds.lastUsedAt })
      .from(calendarFeeds)
      .where(eq(calendarFeeds.userId, userId))
      .get() ?? null
  );
}

/** The active account a feed token belongs to, or null. */
export function userForCalendarFeed(token: string) {
  const row = getDb()
    .select({
      id: users.id,
      role: users.role,
      organisationId: users.organisationId,
      name: users.name,
      locale: users.locale,
      organisationKind: organisations.kind,
      organisationCircle: organisations.circle,
    })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(calendarFeeds.tokenHash, hashToken(token)), eq(users.active, true)))
    .get();
  if (row) {
    getDb()
      .update(calendarFeeds)
      .set({ lastUsedAt: new Date() })
      .where(eq(calendarFeeds.userId, row.id))
      .run();
  }
  return row ?? null;
}

/**
 * The meetings for someone's feed: those they are invited to, from a month back on, narrowed by
 * the agenda's filters when the feed's address carries them (agenda-filters.ts).
 */
export function feedMeetings(
  kinds: readonly ("thema" | "intervisie")[],
  filters: AgendaFilters = {},
  now = new Date(),
) {
  return meetingsEndingAfter(new Date(now.getTime() - 31 * 24 * 3_600_000), kinds, filters);
}
