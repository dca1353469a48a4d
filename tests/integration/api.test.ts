import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "#app/api/tokens.server.ts";
import { getDb } from "#db/client.ts";
import { apiTokens, auditLog, criticalFriends, essays, type ApiScope } from "#db/schema.ts";
import {
  createBijeenkomst,
  createOrganisation,
  createThema,
  createUser,
  createWijkmeting,
} from "#tests/factories.ts";
import { Client, signedIn, startTestApp } from "#tests/setup/http.ts";

const app = startTestApp();

let adminId = 0;
let programma = 0;
beforeAll(async () => {
  adminId = (await createUser({ role: "beheerder" })).id;
  programma = createOrganisation({ kind: "programma", circle: null }).id;
});

function token(
  scopes: ApiScope[],
  as: { role?: "projectleider" | "deelnemer" | "medewerker"; organisationId?: number } = {},
) {
  return createApiToken(
    {
      name: "Rapportage VWS",
      role: as.role ?? "projectleider",
      organisationId: as.organisationId ?? programma,
      scopes,
    },
    { id: adminId },
  ).token;
}

const api = (path: string, bearer?: string, init: RequestInit = {}) =>
  fetch(`${app.url}/api/v1${path}`, {
    ...init,
    headers: bearer ? { Authorization: `Bearer ${bearer}` } : {},
  });

async function expectJsonError(response: Response, status: number, code?: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.message).toMatch(/\w/);
  if (code) expect(body.error.code).toBe(code);
  return body;
}

describe("authentication", () => {
  it("answers 401 JSON without a token, with a wrong one and with a revoked one", async () => {
    await expectJsonError(await api("/themas"), 401, "niet-aangemeld");
    expect((await api("/themas")).headers.get("WWW-Authenticate")).toMatch(/^Bearer/);
    await expectJsonError(await api("/themas", "lk_nietecht"), 401);
    const key = token(["themas"]);
    expect((await api("/themas", key)).status).toBe(200);
    const admin = await signedIn(app, { role: "beheerder" });
    const row = getDb().select().from(apiTokens).orderBy(apiTokens.id).all().at(-1)!;
    expect(row.lastUsedAt).not.toBeNull();
    expect(row.tokenHash).not.toContain(key);
    const first = await admin.client.post("/beheer/api-sleutels", {
      intent: "intrekken",
      id: String(row.id),
    });
    expect(await first.text()).toContain("werkt daarna niet meer");
    expect((await api("/themas", key)).status).toBe(200);
    await admin.client.post("/beheer/api-sleutels", {
      intent: "intrekken",
      id: String(row.id),
      bevestigd: "ja",
    });
    await expectJsonError(await api("/themas", key), 401);
    expect(
      getDb().select().from(auditLog).where(eq(auditLog.action, "api-sleutel.ingetrokken")).all(),
    ).toHaveLength(1);
  });

  it("lets only a beheerder issue a key, shown once, stored hashed, audited", async () => {
    const admin = await signedIn(app, { role: "beheerder" });
    const response = await admin.client.post("/beheer/api-sleutels", {
      intent: "maken",
      name: "Dashboard VNG",
      organisationId: String(programma),
      role: "projectleider",
      scopes: "essays",
    });
    expect(response.status).toBe(200);
    const key = /lk_[a-z0-9]+/.exec(await response.text())![0];
    expect((await api("/essays", key)).status).toBe(200);
    const list = await (await admin.client.get("/beheer/api-sleutels")).text();
    expect(list).toContain("Dashboard VNG");
    expect(list).not.toContain(key);
    expect(
      getDb().select().from(auditLog).where(eq(auditLog.action, "api-sleutel.gemaakt")).all()
        .length,
    ).toBeGreaterThan(0);
    const noScope = await admin.client.post("/beheer/api-sleutels", {
      intent: "maken",
      name: "Leeg",
      organisationId: String(programma),
      role: "projectleider",
    });
    expect(noScope.status).toBe(400);
    expect(await noScope.text()).toContain("Kies minstens één onderdeel.");
    const leader = await signedIn(app, { role: "projectleider" });
    expect((await leader.client.get("/beheer/api-sleutels")).status).toBe(403);
  });
});

describe("errors are JSON", () => {
  it("403 for a scope the key lacks, or a right its role lacks", async () => {
    await expectJsonError(await api("/bijeenkomsten", token(["themas"])), 403, "geen-recht");
    const partner = createOrganisation({ kind: "welzijnsinstelling", circle: null }).id;
    const key = token(["monitor"], { role: "deelnemer", organisationId: partner });
    await expectJsonError(await api("/monitor/wijkmetingen", key), 403, "geen-recht");
  });

  it("404 for an unknown path or record, never an HTML page", async () => {
    const key = token(["themas", "bijeenkomsten", "essays", "monitor"]);
    for (const path of [
      "/onbekend",
      "/themas/bestaat-niet",
      "/bijeenkomsten/abc",
      "/bijeenkomsten/999999",
      "/monitor",
      "/themas/a/b",
    ]) {
      await expectJsonError(await api(path, key), 404, "niet-gevonden");
    }
    await expectJsonError(await api("/onbekend"), 401);
  });

  it("400 for a parameter that is not valid, and 405 for another method", async () => {
    const key = token(["themas", "bijeenkomsten"]);
    for (const query of [
      "?limit=0",
      "?limit=101",
      "?limit=abc",
      "?cursor=-1",
      "?onzin=1",
      "?status=weg",
      "?limit=1&limit=2",
    ]) {
      await expectJsonError(await api(`/themas${query}`, key), 400, "ongeldige-parameter");
    }
    await expectJsonError(await api("/bijeenkomsten?soort=feest", key), 400);
    const post = await api("/themas", key, { method: "POST", headers: { Origin: app.url } });
    expect(post.status).not.toBe(200);
    expect(post.headers.get("Content-Type") ?? "").not.toMatch(/html/);
  });
});

describe("the endpoints", () => {
  it("pages through themes with limit and cursor", async () => {
    for (let i = 0; i < 3; i++) createThema({ status: "afgewezen" });
    const key = token(["themas"]);
    const first = (await (await api("/themas?status=afgewezen&limit=2", key)).json()) as {
      data: { id: number; status: string; slug: string }[];
      next_cursor: string | null;
    };
    expect(first.data).toHaveLength(2);
    expect(first.data.every((t) => t.status === "afgewezen")).toBe(true);
    const second = (await (
      await api(`/themas?status=afgewezen&limit=2&cursor=${first.next_cursor}`, key)
    ).json()) as typeof first;
    expect(second.data).toHaveLength(1);
    expect(second.next_cursor).toBeNull();
    const one = (await (await api(`/themas/${first.data[0]!.slug}`, key)).json()) as {
      naam: string;
    };
    expect(one.naam).toMatch(/^Thema/);
  });

  it("shows meetings as the pages do: intervision detail only to who may read it", async () => {
    const werkplaats = createOrganisation({ kind: "werkplaats", circle: null }).id;
    const meeting = createBijeenkomst({ description: "Vertrouwelijke casus" });
    const theme = createBijeenkomst({ kind: "thema", description: "Openbaar programma" });
    getDb()
      .insert(criticalFriends)
      .values({ bijeenkomstId: meeting.id, organisationId: werkplaats })
      .run();
    type Meeting = { id: number; omschrijving: string | null };
    const get = async (key: string, id: number) =>
      (await (await api(`/bijeenkomsten/${id}`, key)).json()) as Meeting;
    const friend = token(["bijeenkomsten"], { role: "medewerker", organisationId: werkplaats });
    const outsider = token(["bijeenkomsten"], {
      role: "medewerker",
      organisationId: createOrganisation({ kind: "werkplaats", circle: null }).id,
    });
    expect((await get(friend, meeting.id)).omschrijving).toBe("Vertrouwelijke casus");
    expect((await get(outsider, meeting.id)).omschrijving).toBeNull();
    expect((await get(outsider, theme.id)).omschrijving).toBe("Openbaar programma");
    // A second-circle municipality is not invited to intervision: it does not see the session.
    const second = token(["bijeenkomsten"], {
      role: "deelnemer",
      organisationId: createOrganisation({ circle: 2 }).id,
    });
    await expectJsonError(await api(`/bijeenkomsten/${meeting.id}`, second), 404);
    const list = (await (
      await api("/bijeenkomsten?soort=intervisie&limit=100", second)
    ).json()) as {
      data: Meeting[];
    };
    expect(list.data).toEqual([]);
  });

  it("lists published essays only", async () => {
    const published = getDb()
      .insert(essays)
      .values({
        bijeenkomstId: createBijeenkomst({ kind: "thema" }).id,
        slug: "api-gepubliceerd",
        title: "Werktitel",
        status: "gepubliceerd",
        publishedTitle: "Samen leren",
        publishedHtml: "<p>Tekst</p>",
        firstPublishedAt: new Date(Date.UTC(2030, 0, 5)),
        publishedAt: new Date(Date.UTC(2030, 0, 5)),
      })
      .returning()
      .get();
    getDb()
      .insert(essays)
      .values({
        bijeenkomstId: createBijeenkomst({ kind: "thema" }).id,
        slug: "api-concept",
        title: "Concept",
      })
      .run();
    const key = token(["essays"]);
    const list = (await (await api("/essays?limit=100", key)).json()) as {
      data: { slug: string; titel: string }[];
    };
    expect(list.data.map((e) => e.slug)).toContain(published.slug);
    expect(list.data.map((e) => e.slug)).not.toContain("api-concept");
    const one = (await (await api(`/essays/${published.slug}`, key)).json()) as {
      titel: string;
      html: string;
    };
    expect(one).toMatchObject({ titel: "Samen leren", html: "<p>Tekst</p>" });
    await expectJsonError(await api("/essays/api-concept", key), 404);
  });

  it("gives the shared monitor figures the pages show the key's organisation", async () => {
    const own = createOrganisation({ circle: 1 });
    const peer = createOrganisation({ circle: 1 });
    const shared = createWijkmeting({
      organisationId: peer.id,
      status: "ingediend",
      sharedWithCircle: true,
      score: () => 4,
    });
    const notShared = createWijkmeting({
      organisationId: peer.id,
      status: "ingediend",
      score: () => 2,
    });
    const key = token(["monitor"], { role: "deelnemer", organisationId: own.id });
    const body = (await (await api("/monitor/wijkmetingen?limit=100", key)).json()) as {
      data: { id: number; voorwaarden: { gemiddelde: number | null }[] }[];
    };
    const ids = body.data.map((m) => m.id);
    expect(ids).toContain(shared.id);
    expect(ids).not.toContain(notShared.id);
    expect(
      body.data.find((m) => m.id === shared.id)!.voorwaarden.every((v) => v.gemiddelde === 4),
    ).toBe(true);
  });
});

describe("the OpenAPI document", () => {
  it("is public, parses as OpenAPI 3.1, and every path it lists answers JSON", async () => {
    const response = await new Client(app).get("/api/v1/openapi.json");
    expect(response.status).toBe(200);
    const doc = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe("3.1.0");
    const paths = Object.keys(doc.paths).sort();
    expect(paths).toEqual([
      "/bijeenkomsten",
      "/bijeenkomsten/{id}",
      "/essays",
      "/essays/{slug}",
      "/monitor/wijkmetingen",
      "/themas",
      "/themas/{slug}",
    ]);
    const key = token(["themas", "bijeenkomsten", "essays", "monitor"]);
    const thema = createThema();
    const meeting = createBijeenkomst({ kind: "thema" });
    for (const path of paths) {
      const filled = path.replace("{id}", String(meeting.id)).replace("{slug}", thema.slug);
      const answer = await api(filled, key);
      expect(answer.headers.get("Content-Type")).toMatch(/^application\/json/);
      // Each listed path exists: an essay slug that is a theme's is a 404 of a known route.
      expect([200, 404]).toContain(answer.status);
      if (!filled.startsWith("/essays/")) expect(answer.status).toBe(200);
    }
  });
});
