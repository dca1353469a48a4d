import type { Route } from "./+types/api.vermeldbaar";
import { getUser } from "#app/auth/user.server.ts";
import { leerkringContext } from "#app/load-context.ts";
import { mentionSuggestions } from "#app/vermeldingen/suggestions.server.ts";

// /api/vermeldbaar?document=<name>&q=<text> — the people the editor's "@" list offers (JSON).
export function loader({ request, context }: Route.LoaderArgs) {
  const { status, ...body } = mentionSuggestions(
    new URL(request.url),
    getUser(request),
    context.get(leerkringContext).collab,
  );
  return Response.json(body, { status, headers: { "Cache-Control": "private, no-store" } });
}
