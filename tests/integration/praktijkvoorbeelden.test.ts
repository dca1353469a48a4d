import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/client.ts";
import { auditLog, notifications, praktijkvoorbeelden } from "#db/schema.ts";
import { createBijeenkomst, createOrganisation, createThema } from "#tests/factories.ts";
import { Client, signedIn, startTestApp } from "#tests/setup/http.ts";

// Practice examples (issue 13, point 4): who writes, publishes and reads them, a published
// snapshot kept while a revision is in concept, search and downloads of published ones only.

const app = startTestApp();

let gemeente: { id: number; slug: string; name: string };
let buur: { id: number };
let thema: { id: number; slug: string };
let meetingId: number;
let lid: Awaited<ReturnType<typeof signedIn>>;
let buurLid: Client;
let leider: Client;
let medewerker: Awaited<ReturnType<typeof signedIn>>;
let beheerder: Client;
let partner: Client;
let anoniem: Client;

beforeAll(async () => {
  gemeente = createOrganisation({ circle: 1 });
  buur = createOrganisation({ circle: 2 });
  thema = createThema();
  meetingId = createBijeenkomst({ kind: "thema", themaId: thema.id, status: "gehouden" }).id;
  const programma = createOrganisation({ kind: "programma", circle: null });
  const movisie = createOrganisation({ kind: "movisie", circle: null });
  const welzijn = createOrganisation({ kind: "welzijnsinstelling", circle: null });
  lid = await signedIn(app, { role: "deelnemer", organisationId: gemeente.id });
  buurLid = (await signedIn(app, { role: "deelnemer", organisationId: buur.id })).client;
  leider = (await signedIn(app, { role: "projectleider", organisationId: programma.id })).client;
  medewerker = await signedIn(app, { role: "medewerker", organisationId: movisie.id });
  beheerder = (await signedIn(app, { role: "beheerder", organisationId: programma.id })).client;
  partner = (await signedIn(app, { role: "deelnemer", organisationId: welzijn.id })).client;
  anoniem = new Client(app);
});

const form = (extra: Record<string, string> = {}) => ({
  organisationId: String(gemeente.id),
  themaId: String(thema.id),
  bijeenkomstId: String(meetingId),
  trajectId: "",
  title: "Buurtkamer als gedeelde plek",
  summary: "Samen afspraken gemaakt.",
  body: "Eerste alinea over de okapiwerkwijze.\n\n<script>alert(1)</script> tweede alinea.",
  ...extra,
});

async function statusOf(answer: Promise<Response>): Promise<number> {
  const response = await answer;
  await response.arrayBuffer();
  return response.status;
}

const textOf = async (answer: Promise<Response>) => (await answer).text();

async function createdSlug(answer: Promise<Response>): Promise<string> {
  const response = await answer;
  await response.arrayBuffer();
  expect(response.status).toBe(302);
  return response.headers.get("Location")!.match(/\/praktijkvoorbeelden\/([a-z0-9-]+)/)![1]!;
}

/** The value of the option a form's select starts with. */
const chosen = (html: string, name: string) =>
  html.match(
    new RegExp(`name="${name}"[^>]*>(?:(?!</select>).)*?<option value="(\\d+)"[^>]*selected=""`),
  )?.[1];

const row = (slug: string) =>
  getDb().select().from(praktijkvoorbeelden).where(eq(praktijkvoorbeelden.slug, slug)).get()!;

describe("writing a practice example", () => {
  it("lets a member write one about their own municipality, as a concept only writers see", async () => {
    const slug = await createdSlug(lid.client.post("/praktijkvoorbeelden/nieuw", form()));
    expect(row(slug)).toMatchObject({
      status: "concept",
      organisationId: gemeente.id,
      themaId: thema.id,
      bijeenkomstId: meetingId,
      publishedBody: null,
    });
    const page = await textOf(lid.client.get(`/praktijkvoorbeelden/${slug}`));
    expect(page).toContain("Buurtkamer als gedeelde plek");
    expect(page).toContain("&lt;script&gt;alert(1)&lt;/script&gt; tweede alinea.");
    expect(page).not.toContain("<script>alert(1)");
    // A member writes but does not publish.
    expect(page).not.toContain(">Publiceren<");
    for (const client of [leider, medewerker.client]) {
      expect(await statusOf(client.get(`/praktijkvoorbeelden/${slug}`))).toBe(200);
    }
    for (const client of [anoniem, buurLid, beheerder, partner]) {
      expect(await statusOf(client.get(`/praktijkvoorbeelden/${slug}`))).toBe(404);
      expect(await statusOf(client.get(`/praktijkvoorbeelden/${slug}.pdf`))).toBe(404);
    }
    expect(await textOf(lid.client.get("/praktijkvoorbeelden"))).toContain("In bewerking");
    expect(await textOf(buurLid.get("/praktijkvoorbeelden"))).not.toContain(
      "Buurtkamer als gedeelde plek",
    );
    expect(
      await statusOf(lid.client.post(`/praktijkvoorbeelden/${slug}`, { intent: "publiceren" })),
    ).toBe(403);
  });

  it("fills in the held theme meeting and its theme from the follow-up page's link", async () => {
    const page = await textOf(leider.get(`/praktijkvoorbeelden/nieuw?bijeenkomst=${meetingId}`));
    expect(chosen(page, "themaId")).toBe(String(thema.id));
    expect(chosen(page, "bijeenkomstId")).toBe(String(meetingId));
    expect(await textOf(leider.get(`/bijeenkomsten/${meetingId}/opvolging`))).toContain(
      `/praktijkvoorbeelden/nieuw?bijeenkomst=${meetingId}`,
    );
  });

  it("refuses another municipality, those who do not write, and what does not fit", async () => {
    const elsewhere = form({ organisationId: String(buur.id) });
    expect(await statusOf(lid.client.post("/praktijkvoorbeelden/nieuw", elsewhere))).toBe(400);
    for (const client of [beheerder, partner]) {
      expect(await statusOf(client.get("/praktijkvoorbeelden/nieuw"))).toBe(403);
      expect(await statusOf(client.post("/praktijkvoorbeelden/nieuw", form()))).toBe(403);
    }
    expect(await statusOf(anoniem.get("/praktijkvoorbeelden/nieuw"))).toBe(302);
    const empty = await lid.client.post(
      "/praktijkvoorbeelden/nieuw",
      form({ title: "", body: "" }),
    );
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Vul dit veld in.");
    const intervisie = createBijeenkomst({ status: "gehouden" }).id;
    expect(
      await statusOf(
        leider.post("/praktijkvoorbeelden/nieuw", form({ bijeenkomstId: String(intervisie) })),
      ),
    ).toBe(400);
  });

  it("answers 404 for an unknown example and format", async () => {
    expect(await statusOf(anoniem.get("/praktijkvoorbeelden/bestaat-niet"))).toBe(404);
    expect(await statusOf(anoniem.get("/praktijkvoorbeelden/bestaat-niet.pdf"))).toBe(404);
    expect(await statusOf(lid.client.get("/praktijkvoorbeelden/bestaat-niet/bewerken"))).toBe(404);
  });
});

describe("publishing a practice example", () => {
  it("publishes for everyone, tells the municipality, records it, and keeps the snapshot while revised", async () => {
    const slug = await createdSlug(
      lid.client.post("/praktijkvoorbeelden/nieuw", form({ title: "Okapi in de wijk" })),
    );
    const { id } = row(slug);
    expect(await textOf(anoniem.get("/zoeken?q=okapiwerkwijze"))).not.toContain("Okapi in de wijk");

    expect(
      await statusOf(
        medewerker.client.post(`/praktijkvoorbeelden/${slug}`, { intent: "publiceren" }),
      ),
    ).toBe(200);
    expect(row(slug)).toMatchObject({ status: "gepubliceerd", publishedTitle: "Okapi in de wijk" });
    expect(
      getDb()
        .select()
        .from(auditLog)
        .where(
          and(
            eq(auditLog.action, "praktijkvoorbeeld.gepubliceerd"),
            eq(auditLog.subjectId, String(id)),
          ),
        )
        .get(),
    ).toMatchObject({ actorId: medewerker.user.id, detail: { eersteKeer: true } });
    expect(
      getDb()
        .select()
        .from(notifications)
        .where(
          and(
            eq(notifications.userId, lid.user.id),
            eq(notifications.link, `/praktijkvoorbeelden/${slug}`),
          ),
        )
        .all(),
    ).toHaveLength(1);

    const article = await textOf(anoniem.get(`/praktijkvoorbeelden/${slug}`));
    expect(article).toContain("Okapi in de wijk");
    expect(article).not.toContain("Concept bewerken");
    expect(await textOf(anoniem.get("/praktijkvoorbeelden"))).toContain("Okapi in de wijk");
    expect(await textOf(anoniem.get(`/praktijkvoorbeelden?thema=${thema.id}`))).toContain(
      "Okapi in de wijk",
    );
    expect(await textOf(anoniem.get(`/praktijkvoorbeelden?gemeente=${buur.id}`))).not.toContain(
      "Okapi in de wijk",
    );
    expect(await textOf(anoniem.get(`/themas/${thema.slug}`))).toContain("Okapi in de wijk");
    expect(await textOf(lid.client.get(`/gemeenten/${gemeente.slug}`))).toContain(
      "Okapi in de wijk",
    );
    expect(await textOf(anoniem.get("/zoeken?q=okapiwerkwijze"))).toContain(
      `/praktijkvoorbeelden/${slug}`,
    );
    const pdf = await anoniem.get(`/praktijkvoorbeelden/${slug}.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("Content-Type")).toBe("application/pdf");
    expect(Buffer.from(await pdf.arrayBuffer()).toString("latin1")).toContain("/StructTreeRoot");
    expect(await textOf(anoniem.get(`/praktijkvoorbeelden/${slug}.md`))).toContain(
      "okapiwerkwijze",
    );

    // Editing a published example needs it back in concept; a member may put it back.
    expect(await statusOf(lid.client.get(`/praktijkvoorbeelden/${slug}/bewerken`))).toBe(403);
    expect(
      await statusOf(buurLid.post(`/praktijkvoorbeelden/${slug}`, { intent: "concept" })),
    ).toBe(403);
    expect(
      await statusOf(lid.client.post(`/praktijkvoorbeelden/${slug}`, { intent: "concept" })),
    ).toBe(200);
    const revised = await lid.client.post(
      `/praktijkvoorbeelden/${slug}/bewerken`,
      form({ title: "Okapi herzien", body: "Nieuwe tekst over zebrapaden." }),
    );
    expect(revised.status).toBe(302);
    // Readers and search keep the published snapshot; the writer sees the revision.
    const stillPublished = await textOf(anoniem.get(`/praktijkvoorbeelden/${slug}`));
    expect(stillPublished).toContain("Okapi in de wijk");
    expect(stillPublished).not.toContain("zebrapaden");
    expect(await textOf(lid.client.get(`/praktijkvoorbeelden/${slug}`))).toContain("zebrapaden");
    expect(await textOf(anoniem.get("/zoeken?q=zebrapaden"))).not.toContain(
      `/praktijkvoorbeelden/${slug}`,
    );

    expect(
      await statusOf(leider.post(`/praktijkvoorbeelden/${slug}`, { intent: "publiceren" })),
    ).toBe(200);
    expect(await textOf(anoniem.get(`/praktijkvoorbeelden/${slug}`))).toContain("zebrapaden");
    expect(await textOf(anoniem.get("/zoeken?q=zebrapaden"))).toContain(
      `/praktijkvoorbeelden/${slug}`,
    );
    // Republished: recorded again, but no news a second time.
    expect(
      getDb()
        .select()
        .from(notifications)
        .where(
          and(
            eq(notifications.userId, lid.user.id),
            eq(notifications.link, `/praktijkvoorbeelden/${slug}`),
          ),
        )
        .all(),
    ).toHaveLength(1);
    expect(
      getDb()
        .select()
        .from(auditLog)
        .where(eq(auditLog.subjectId, String(id)))
        .all()
        .filter((a) => a.action === "praktijkvoorbeeld.gepubliceerd"),
    ).toHaveLength(2);
  });

  it("refuses an unknown intent and those who may not publish", async () => {
    const slug = await createdSlug(leider.post("/praktijkvoorbeelden/nieuw", form()));
    expect(await statusOf(leider.post(`/praktijkvoorbeelden/${slug}`, { intent: "weg" }))).toBe(
      400,
    );
    expect(
      await statusOf(anoniem.post(`/praktijkvoorbeelden/${slug}`, { intent: "publiceren" })),
    ).toBe(404);
    expect(
      await statusOf(beheerder.post(`/praktijkvoorbeelden/${slug}`, { intent: "publiceren" })),
    ).toBe(404);
  });
});

describe("the feed of practice examples", () => {
  it("carries the published ones with their text escaped, and leaves concepts out", async () => {
    const published = await createdSlug(
      lid.client.post(
        "/praktijkvoorbeelden/nieuw",
        form({ title: "Wasserette als ontmoetingsplek" }),
      ),
    );
    await statusOf(
      medewerker.client.post(`/praktijkvoorbeelden/${published}`, { intent: "publiceren" }),
    );
    const concept = await createdSlug(
      lid.client.post("/praktijkvoorbeelden/nieuw", form({ title: "Nog geheim concept" })),
    );

    const feed = await anoniem.get("/praktijkvoorbeelden.atom");
    expect(feed.status).toBe(200);
    expect(feed.headers.get("Content-Type")).toContain("application/atom+xml");
    const atom = await feed.text();
    expect(atom).toContain("<![CDATA[Wasserette als ontmoetingsplek]]>");
    expect(atom).toContain(`/praktijkvoorbeelden/${published}</id>`);
    expect(atom).toContain(`<name>${gemeente.name}</name>`);
    expect(atom).toContain("&lt;script&gt;alert(1)&lt;/script&gt; tweede alinea.");
    expect(atom).not.toContain("<script>");
    expect(atom).not.toContain("Nog geheim concept");
    expect(atom).not.toContain(concept);

    const list = await textOf(anoniem.get("/praktijkvoorbeelden"));
    expect(list).toContain('href="/praktijkvoorbeelden.atom"');
  });
});
