import type { Route } from "./+types/agenda[.]ics";
import { plainTextResponse } from "#app/utils/responses.server.ts";
import { invitedKinds, meetingForViewer } from "#app/bijeenkomsten/bijeenkomsten.server.ts";
import {
  feedMeetings,
  icsResponse,
  meetingsCalendar,
  userForCalendarFeed,
} from "#app/bijeenkomsten/ical.server.ts";
import { parseAgendaFilters } from "#app/bijeenkomsten/agenda-filters.ts";
import { translator } from "#shared/i18n/index.ts";
import { config } from "#shared/config.server.ts";

/**
 * The personal calendar feed calendar programs subscribe to: no session, the secret token in the
 * URL identifies the account. An unknown or revoked token answers 404. The agenda's filters
 * (?soort=, ?kring=, ?thema=, ?gemeente=) narrow the feed, so one can subscribe to a part.
 */
export function loader({ request }: Route.LoaderArgs) {
  const params = new URL(request.url).searchParams;
  const token = params.get("token") ?? "";
  const user = /^[a-z2-7]{32}$/.test(token) ? userForCalendarFeed(token) : null;
  if (!user) throw plainTextResponse(request, "agenda.feedOnbekend", 404);
  const name = translator(user.locale)("agenda.feedNaam", { naam: user.name });
  return icsResponse(
    meetingsCalendar(
      name,
      feedMeetings(invitedKinds(user), parseAgendaFilters(params)).map((m) =>
        meetingForViewer(user, m),
      ),
      config().publicUrl,
    ),
    "leerkring.ics",
  );
}
