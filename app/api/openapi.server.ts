import { absoluteUrl } from "#shared/config.server.ts";

// The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json (public). When you add
// an endpoint to endpoints.server.ts, describe it here and in docs/api.md; a test checks that
// every path here answers.

const error = { $ref: "#/components/responses/Error" };
const errors = { "400": error, "401": error, "403": error, "404": error };
const pageParams = [
  {
    name: "limit",
    in: "query",
    description: "Items per page, 1–100.",
    schema: { type: "integer", minimum: 1, maximum: 100, default: 25 },
  },
  {
    name: "cursor",
    in: "query",
    description: "The `next_cursor` of the previous page (opaque).",
    schema: { type: "string" },
  },
];
const pageOf = (ref: string) => ({
  type: "object",
  required: ["data", "next_cursor"],
  properties: {
    data: { type: "array", items: { $ref: ref } },
    next_cursor: { type: ["string", "null"], description: "null on the last page" },
  },
});
const ok = (schema: object) => ({
  description: "OK",
  content: { "application/json": { schema } },
});
const dateTime = { type: "string", format: "date-time" };
const nullableDateTime = { type: ["string", "null"], format: "date-time" };

export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Leerkring API",
      version: "1.0.0",
      description:
        'Read-only JSON API of Leerkring. Every call needs `Authorization: Bearer <key>`; a beheerder issues keys at /beheer/api-sleutels. A key sees what a person of its role and organisation sees on the pages, limited to its scopes. Errors are JSON: `{ "error": { "code", "message", "details"? } }`.',
    },
    servers: [{ url: absoluteUrl("/api/v1") }],
    security: [{ bearer: [] }],
    paths: {
      "/bijeenkomsten": {
        get: {
          summary: "Meetings the key may attend (scope bijeenkomsten)",
          parameters: [
            ...pageParams,
            { name: "soort", in: "query", schema: { enum: ["thema", "intervisie"] } },
          ],
          responses: { "200": ok(pageOf("#/components/schemas/Bijeenkomst")), ...errors },
        },
      },
      "/bijeenkomsten/{id}": {
        get: {
          summary: "One meeting (scope bijeenkomsten)",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer" } }],
          responses: { "200": ok({ $ref: "#/components/schemas/Bijeenkomst" }), ...errors },
        },
      },
      "/themas": {
        get: {
          summary: "Themes (scope themas)",
          parameters: [
            ...pageParams,
            {
              name: "status",
              in: "query",
              schema: { enum: ["gekozen", "voorgesteld", "afgewezen"] },
            },
          ],
          responses: { "200": ok(pageOf("#/components/schemas/Thema")), ...errors },
        },
      },
      "/themas/{slug}": {
        get: {
          summary: "One theme (scope themas)",
          parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string" } }],
          responses: { "200": ok({ $ref: "#/components/schemas/Thema" }), ...errors },
        },
      },
      "/essays": {
        get: {
          summary: "Published essays (scope essays)",
          parameters: pageParams,
          responses: { "200": ok(pageOf("#/components/schemas/Essay")), ...errors },
        },
      },
      "/essays/{slug}": {
        get: {
          summary: "One published essay with its HTML (scope essays)",
          parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string" } }],
          responses: { "200": ok({ $ref: "#/components/schemas/Essay" }), ...errors },
        },
      },
      "/monitor/wijkmetingen": {
        get: {
          summary:
            "Submitted assessments the key may see, with the mean score per condition (scope monitor)",
          parameters: pageParams,
          responses: { "200": ok(pageOf("#/components/schemas/Wijkmeting")), ...errors },
        },
      },
    },
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
      responses: {
        Error: {
          description: "An error (400 bad parameter, 401 no valid key, 403 no right, 404 unknown)",
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["error"],
                properties: {
                  error: {
                    type: "object",
                    required: ["code", "message"],
                    properties: {
                      code: { type: "string" },
                      message: { type: "string" },
                      details: { type: "array", items: { type: "string" } },
                    },
                  },
                },
              },
            },
          },
        },
      },
      schemas: {
        Bijeenkomst: {
          type: "object",
          properties: {
            id: { type: "integer" },
            soort: { enum: ["thema", "intervisie"] },
            titel: { type: "string" },
            omschrijving: {
              type: ["string", "null"],
              description: "null for an intervision session the key may not read (confidential)",
            },
            locatie: { type: "string" },
            begint: dateTime,
            eindigt: dateTime,
            status: { enum: ["gepland", "gehouden", "geannuleerd"] },
            thema: { type: ["string", "null"], description: "the theme's slug" },
            gastgemeente: {
              type: ["object", "null"],
              properties: { slug: { type: "string" }, naam: { type: "string" } },
            },
            url: { type: "string", format: "uri" },
          },
        },
        Thema: {
          type: "object",
          properties: {
            id: { type: "integer" },
            slug: { type: "string" },
            naam: { type: "string" },
            omschrijving: { type: "string" },
            status: { enum: ["gekozen", "voorgesteld", "afgewezen"] },
            url: { type: "string", format: "uri" },
          },
        },
        Essay: {
          type: "object",
          properties: {
            id: { type: "integer" },
            slug: { type: "string" },
            titel: { type: "string" },
            samenvatting: { type: ["string", "null"] },
            thema: { type: ["string", "null"] },
            eerstGepubliceerd: nullableDateTime,
            gepubliceerd: nullableDateTime,
            url: { type: "string", format: "uri" },
            html: { type: ["string", "null"], description: "only on /essays/{slug}" },
          },
        },
        Wijkmeting: {
          type: "object",
          properties: {
            id: { type: "integer" },
            gemeente: { type: "string" },
            leerkring: { type: ["integer", "null"] },
            wijk: { type: "string" },
            periode: { type: "string" },
            gedeeld: { type: "boolean" },
            ingediend: nullableDateTime,
            voorwaarden: {
              type: "array",
              items: {
                type: "object",
                properties: {
                  slug: { type: "string" },
                  naam: { type: "string" },
                  gemiddelde: { type: ["number", "null"], description: "mean score 1–5" },
                  beantwoord: { type: "integer" },
                },
              },
            },
          },
        },
      },
    },
  };
}
