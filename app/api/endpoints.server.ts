import { and, asc, eq, gt, inArray } from "drizzle-orm";
import { z } from "zod";
import { can } from "#app/auth/permissions.ts";
import { canAttendBijeenkomst, canReadIntervisie } from "#app/auth/rules/bijeenkomst.ts";
import { canUseMonitor } from "#app/auth/rules/wijkmeting.ts";
import {
  listVisibleWijkmetingen,
  listVoorwaarden,
  scoreRows,
} from "#app/monitor/monitor.server.ts";
import { getDb } from "#db/client.ts";
import {
  bijeenkomsten,
  criticalFriends,
  essays,
  organisations,
  themas,
  type ApiScope,
} from "#db/schema.ts";
import { absoluteUrl } from "#shared/config.server.ts";
import { authenticateApiRequest, type ApiCaller } from "./tokens.server.ts";

// The read-only JSON API (/api/v1, docs/api.md). Every answer is JSON, errors too:
// { "error": { "code", "message" } } with 400, 401, 403, 404 or 405. Lists are pages of
// `limit` (1–100, default 25) ordered by id, continued with the `next_cursor` they return.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: string[],
  ) {
    super(message);
  }
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  Response.json(body, {
    status,
    headers: { "Cache-Control": "private, no-store", ...headers },
  });

export function errorResponse(error: ApiError): Response {
  const headers: Record<string, string> =
    error.status === 401 ? { "WWW-Authenticate": 'Bearer realm="leerkring"' } : {};
  if (error.status === 405) headers["Allow"] = "GET";
  return json(
    {
      error: {
        code: error.code,
        message: error.message,
        ...(error.details ? { details: error.details } : {}),
      },
    },
    error.status,
    headers,
  );
}

const notFound = () => new ApiError(404, "niet-gevonden", "Dit adres bestaat niet in de API.");

const listQuery = z
  .object({
    limit: z.coerce
      .number({ error: "limit moet een geheel getal van 1 tot 100 zijn." })
      .int("limit moet een geheel getal van 1 tot 100 zijn.")
      .min(1, "limit moet een geheel getal van 1 tot 100 zijn.")
      .max(100, "limit moet een geheel getal van 1 tot 100 zijn.")
      .default(25),
    cursor: z
      .string()
      .regex(/^[1-9]\d{0,15}$/, "cursor is ongeldig: gebruik de next_cursor van de vorige pagina.")
      .transform(Number)
      .optional(),
  })
  .strict();

const meetingQuery = listQuery.extend({
  soort: z
    .enum(["thema", "intervisie"], { error: "soort moet thema of intervisie zijn." })
    .optional(),
});

const themaQuery = listQuery.extend({
  status: z
    .enum(["gekozen", "voorgesteld", "afgewezen"], {
      error: "status moet gekozen, voorgesteld of afgewezen zijn.",
    })
    .optional(),
});

function parseQuery<S extends z.ZodType>(url: URL, schema: S): z.output<S> {
  const raw: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    if (key in raw) throw new ApiError(400, "ongeldige-parameter", `${key} staat er twee keer in.`);
    raw[key] = value;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((i) =>
    i.code === "unrecognized_keys" ? `Onbekende parameter: ${i.keys.join(", ")}.` : i.message,
  );
  throw new ApiError(400, "ongeldige-parameter", "De parameters kloppen niet.", details);
}

function page<T extends { id: number }>(rows: T[], limit: number) {
  const more = rows.length > limit;
  const data = more ? rows.slice(0, limit) : rows;
  return { data, next_cursor: more ? String(data.at(-1)!.id) : null };
}

function requireScope(caller: ApiCaller, scope: ApiScope) {
  if (!caller.scopes.includes(scope)) {
    throw new ApiError(403, "geen-recht", `Deze sleutel heeft geen recht op ‘${scope}’.`);
  }
}

// ── Endpoints ────────────────────────────────────────────────────────────────────────────────

function meetings(caller: ApiCaller, url: URL, id?: number) {
  requireScope(caller, "bijeenkomsten");
  const actor = caller.actor;
  if (!can(actor, "agenda:bekijken")) {
    throw new ApiError(403, "geen-recht", "Deze sleutel mag de agenda niet zien.");
  }
  const q =
    id === undefined ? parseQuery(url, meetingQuery) : parseQuery(url, z.object({}).strict());
  const limit = "limit" in q ? q.limit : 1;
  const kinds = (["thema", "intervisie"] as const).filter((kind) =>
    canAttendBijeenkomst(actor, { kind }),
  );
  const rows = getDb()
    .select({
      id: bijeenkomsten.id,
      kind: bijeenkomsten.kind,
      title: bijeenkomsten.title,
      description: bijeenkomsten.description,
      location: bijeenkomsten.location,
      startsAt: bijeenkomsten.startsAt,
      endsAt: bijeenkomsten.endsAt,
      status: bijeenkomsten.status,
      themaSlug: themas.slug,
      hostSlug: organisations.slug,
      hostName: organisations.name,
    })
    .from(bijeenkomsten)
    .leftJoin(themas, eq(themas.id, bijeenkomsten.themaId))
    .leftJoin(organisations, eq(organisations.id, bijeenkomsten.hostOrganisationId))
    .where(
      and(
        inArray(bijeenkomsten.kind, kinds),
        id !== undefined ? eq(bijeenkomsten.id, id) : undefined,
        "cursor" in q && q.cursor ? gt(bijeenkomsten.id, q.cursor) : undefined,
        "soort" in q && q.soort ? eq(bijeenkomsten.kind, q.soort) : undefined,
      ),
    )
    .orderBy(asc(bijeenkomsten.id))
    .limit(limit + 1)
    .all();
  const friends = rows.length
    ? getDb()
        .select()
        .from(criticalFriends)
        .where(
          inArray(
            criticalFriends.bijeenkomstId,
            rows.map((r) => r.id),
          ),
        )
        .all()
    : [];
  const shaped = rows.map((r) => {
    const insider = canReadIntervisie(actor, {
      kind: r.kind,
      criticalFriendIds: friends
        .filter((f) => f.bijeenkomstId === r.id)
        .map((f) => f.organisationId),
    });
    return {
      id: r.id,
      soort: r.kind,
      titel: r.title,
      // What is said in an intervision session is for who is in it (canReadIntervisie).
      omschrijving: insider ? r.description : null,
      locatie: r.location,
      begint: r.startsAt.toISOString(),
      eindigt: r.endsAt.toISOString(),
      status: r.status,
      thema: r.themaSlug,
      gastgemeente: r.hostSlug ? { slug: r.hostSlug, naam: r.hostName } : null,
      url: absoluteUrl(`/bijeenkomsten/${r.id}`),
    };
  });
  if (id !== undefined) {
    if (!shaped[0]) throw notFound();
    return shaped[0];
  }
  return page(shaped, limit);
}

function themaList(caller: ApiCaller, url: URL, slug?: string) {
  requireScope(caller, "themas");
  const q =
    slug === undefined ? parseQuery(url, themaQuery) : parseQuery(url, z.object({}).strict());
  const limit = "limit" in q ? q.limit : 1;
  const rows = getDb()
    .select()
    .from(themas)
    .where(
      and(
        slug !== undefined ? eq(themas.slug, slug) : undefined,
        "cursor" in q && q.cursor ? gt(themas.id, q.cursor) : undefined,
        "status" in q && q.status ? eq(themas.status, q.status) : undefined,
      ),
    )
    .orderBy(asc(themas.id))
    .limit(limit + 1)
    .all()
    .map((th) => ({
      id: th.id,
      slug: th.slug,
      naam: th.name,
      omschrijving: th.description,
      status: th.status,
      url: absoluteUrl(`/themas/${th.slug}`),
    }));
  if (slug !== undefined) {
    if (!rows[0]) throw notFound();
    return rows[0];
  }
  return page(rows, limit);
}

function essayList(caller: ApiCaller, url: URL, slug?: string) {
  requireScope(caller, "essays");
  const q =
    slug === undefined ? parseQuery(url, listQuery) : parseQuery(url, z.object({}).strict());
  const limit = "limit" in q ? q.limit : 1;
  // Published essays are public: readers see the published version, never a draft.
  const rows = getDb()
    .select({
      id: essays.id,
      slug: essays.slug,
      title: essays.publishedTitle,
      summary: essays.publishedSummary,
      html: essays.publishedHtml,
      firstPublishedAt: essays.firstPublishedAt,
      publishedAt: essays.publishedAt,
      themaSlug: themas.slug,
    })
    .from(essays)
    .leftJoin(themas, eq(themas.id, essays.themaId))
    .where(
      and(
        // As the public list (listPublishedEssays): the essays whose status is published.
        eq(essays.status, "gepubliceerd"),
        slug !== undefined ? eq(essays.slug, slug) : undefined,
        "cursor" in q && q.cursor ? gt(essays.id, q.cursor) : undefined,
      ),
    )
    .orderBy(asc(essays.id))
    .limit(limit + 1)
    .all()
    .map((e) => ({
      id: e.id,
      slug: e.slug,
      titel: e.title,
      samenvatting: e.summary,
      thema: e.themaSlug,
      eerstGepubliceerd: e.firstPublishedAt?.toISOString() ?? null,
      gepubliceerd: e.publishedAt?.toISOString() ?? null,
      url: absoluteUrl(`/essays/${e.slug}`),
      ...(slug !== undefined ? { html: e.html } : {}),
    }));
  if (slug !== undefined) {
    if (!rows[0]) throw notFound();
    return rows[0];
  }
  return page(rows, limit);
}

function monitorFigures(caller: ApiCaller, url: URL) {
  requireScope(caller, "monitor");
  if (!canUseMonitor(caller.actor)) {
    throw new ApiError(403, "geen-recht", "Deze sleutel mag de monitor niet zien.");
  }
  const q = parseQuery(url, listQuery);
  // The assessments the pages show this organisation and role, submitted ones only.
  const visible = listVisibleWijkmetingen(caller.actor)
    .filter((m) => m.status === "ingediend" && (!q.cursor || m.id > q.cursor))
    .sort((a, b) => a.id - b.id)
    .slice(0, q.limit + 1);
  const scores = scoreRows(visible.map((m) => m.id));
  const voorwaarden = listVoorwaarden();
  const rows = visible.map((m) => ({
    id: m.id,
    gemeente: m.organisationName,
    leerkring: m.circle,
    wijk: m.wijk,
    periode: m.periode,
    gedeeld: m.sharedWithCircle,
    ingediend: m.submittedAt?.toISOString() ?? null,
    voorwaarden: voorwaarden.map((v) => {
      const given = scores
        .filter((s) => s.wijkmetingId === m.id && s.voorwaardeId === v.id && s.score !== null)
        .map((s) => s.score!);
      return {
        slug: v.slug,
        naam: v.name,
        gemiddelde: given.length
          ? Math.round((100 * given.reduce((a, b) => a + b, 0)) / given.length) / 100
          : null,
        beantwoord: given.length,
      };
    }),
  }));
  return page(rows, q.limit);
}

/** Answers GET /api/v1/<path> for the request's token. */
export function handleApiRequest(request: Request, path: string): Response {
  try {
    if (request.method !== "GET" && request.method !== "HEAD") {
      throw new ApiError(405, "methode-niet-toegestaan", "De API is alleen-lezen: gebruik GET.");
    }
    const caller = authenticateApiRequest(request);
    if (!caller) {
      throw new ApiError(
        401,
        "niet-aangemeld",
        "Geef een geldige API-sleutel mee: Authorization: Bearer <sleutel>.",
      );
    }
    const url = new URL(request.url);
    const parts = path.split("/").filter(Boolean);
    const [resource, key, ...rest] = parts;
    if (rest.length) throw notFound();
    const idOf = (value: string) => {
      if (!/^[1-9]\d{0,15}$/.test(value)) throw notFound();
      return Number(value);
    };
    switch (resource) {
      case "bijeenkomsten":
        return json(meetings(caller, url, key === undefined ? undefined : idOf(key)));
      case "themas":
        return json(themaList(caller, url, key));
      case "essays":
        return json(essayList(caller, url, key));
      case "monitor":
        if (key !== "wijkmetingen") throw notFound();
        return json(monitorFigures(caller, url));
      default:
        throw notFound();
    }
  } catch (error) {
    if (error instanceof ApiError) return errorResponse(error);
    throw error;
  }
}
