import type { Route } from "./+types/bijeenkomsten.$id[.]ics";
import { plainTextResponse } from "#app/utils/responses.server.ts";
import { requirePermission } from "#app/auth/user.server.ts";
import { getMeeting } from "#app/bijeenkomsten/bijeenkomsten.server.ts";
import { icsResponse, meetingsCalendar } from "#app/bijeenkomsten/ical.server.ts";
import { parseId } from "#app/utils/fields.ts";
import { config } from "#server/config.ts";

/** One meeting as an .ics file, to add it to one's own calendar. */
export function loader({ request, params }: Route.LoaderArgs) {
  requirePermission(request, "agenda:bekijken");
  const id = parseId(params.id);
  const meeting = id ? getMeeting(id) : null;
  if (!meeting) throw plainTextResponse(request, "fout.404.titel", 404);
  return icsResponse(
    meetingsCalendar(meeting.title, [meeting], config().publicUrl),
    `leerkring-bijeenkomst-${meeting.id}.ics`,
  );
}
