import { openApiDocument } from "#app/api/openapi.server.ts";

// /api/v1/openapi.json — the API's description, public (it holds no data).
export function loader() {
  return Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
