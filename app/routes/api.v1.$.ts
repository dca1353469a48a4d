import type { Route } from "./+types/api.v1.$";
import { handleApiRequest } from "#app/api/endpoints.server.ts";

// /api/v1/* — the read-only JSON API (docs/api.md). Every answer is JSON, also an unknown path
// (404) or another method than GET (405): never an HTML page.
export function loader({ request, params }: Route.LoaderArgs) {
  return handleApiRequest(request, params["*"] ?? "");
}

export function action({ request, params }: Route.ActionArgs) {
  return handleApiRequest(request, params["*"] ?? "");
}
