import type { Route } from "./+types/bijeenkomsten.$id[.]ics";
import { plainTextResponse } from "#app/utils/responses.server.ts";
import { requirePermission } from "#app/auth/user.server.ts";
import { meetingForViewer } from "#app/bijeenkomsten/bijeenkomsten.server.ts";
import { getMeeting } from "#app/bijeenkomsten/meeting-query.server.ts";
import { icsResponse, meetingsCalendar } from "#app/bijeenkomsten/ical.server.ts";
import { parseId } from "#app/utils/fields.ts";
import { config } from "#shared/config.server.ts";

/** One meeting as an .ics file, to add it to one's own calendar. */
export function loader({ request, params }: Route.LoaderArgs) {
  const user = requirePermission(request, "agenda:bekijken");
  const id = parseId(params.id);
  const found = id ? getMeeting(id) : null;
  if (!found) throw plainTextResponse(request, "fout.404.titel", 404);
  const meeting = meetingForViewer(user, found);
  return icsResponse(
    meetingsCalendar(meeting.title, [meeting], config().publicUrl),
    `leerkring-bijeenkomst-${meeting.id}.ics`,
  );
}
