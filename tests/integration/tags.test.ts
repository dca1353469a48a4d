import { and, eq } from "drizzle-orm";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import { getDb } from "#db/client.ts";
import { essays, tagKoppelingen, tags, visieWijzigingen } from "#db/schema.ts";
import type { TagFamily } from "#db/tags.ts";
import {
  createBijeenkomst,
  createLeervraag,
  createOrganisation,
  createWijk,
} from "#tests/factories.ts";
import { Client, signedIn, startTestApp } from "#tests/setup/http.ts";

const app = startTestApp();

const tagId = (family: TagFamily, slug: string) =>
  getDb()
    .select({ id: tags.id })
    .from(tags)
    .where(and(eq(tags.family, family), eq(tags.slug, slug)))
    .get()!.id;

const tagsOn = (id: number, column: AnySQLiteColumn = tagKoppelingen.leervraagId) =>
  getDb()
    .select({ slug: tags.slug })
    .from(tagKoppelingen)
    .innerJoin(tags, eq(tags.id, tagKoppelingen.tagId))
    .where(eq(column, id))
    .all()
    .map((t) => t.slug)
    .sort();

const form = {
  title: "Schulden in de wijk",
  question: "Hoe vinden we inwoners met schulden eerder?",
  casus: "De schuldhulp ziet mensen pas laat.",
  context: "",
  themaId: "",
  werkvormen: "intervisie",
};

async function member() {
  const gemeente = createOrganisation({ circle: 1 });
  return { gemeente, ...(await signedIn(app, { role: "deelnemer", organisationId: gemeente.id })) };
}

describe("tags on learning questions", () => {
  it("are set when a question is submitted, shown as links to the filtered list", async () => {
    const { client } = await member();
    const response = await client.post("/leervragen/nieuw", {
      ...form,
      tagsOpgave: String(tagId("opgave", "schulden")),
      tagsBeleidsveld: String(tagId("beleidsveld", "participatiewet")),
    });
    expect(response.status).toBe(302);
    const id = Number(response.headers.get("Location")!.match(/\d+/)![0]);
    expect(tagsOn(id)).toEqual(["participatiewet", "schulden"]);
    const html = await (await client.get(`/leervragen/${id}`)).text();
    expect(html).toContain(`href="/leervragen?tag=${tagId("opgave", "schulden")}"`);
    expect(html).toContain("Participatiewet");
  });

  it("offers one fieldset per family on the form, with English labels in English", async () => {
    const { client, gemeente } = await member();
    const html = await (await client.get("/leervragen/nieuw")).text();
    expect(html).toContain("Maatschappelijke opgaven");
    expect(html).toContain("Beleidsvelden");
    expect(html).toContain("Context van de gemeente");
    expect(html).toContain("superdiversiteit");
    const en = await signedIn(app, {
      role: "deelnemer",
      organisationId: gemeente.id,
      locale: "en",
    });
    const english = await (await en.client.get("/leervragen/nieuw")).text();
    expect(english).toContain("Social problems");
    expect(english).toContain("shrinking region");
  });

  it("refuses unknown ids and tags of another family with a Dutch message", async () => {
    const { client, gemeente } = await member();
    const bads: Record<string, string>[] = [
      { tagsOpgave: "999999" },
      { tagsOpgave: String(tagId("beleidsveld", "wmo")) },
      { tagsContext: "geen-getal" },
    ];
    for (const bad of bads) {
      const response = await client.post("/leervragen/nieuw", { ...form, ...bad });
      expect(response.status).toBe(400);
      const html = await response.text();
      expect(html).toMatch(/Kies alleen tags uit de lijst\.|Deze waarde klopt niet/);
    }
    const q = createLeervraag({ organisationId: gemeente.id });
    const response = await client.post(`/leervragen/${q.id}/bewerken`, {
      ...form,
      tagsContext: "424242",
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Kies alleen tags uit de lijst.");
    expect(tagsOn(q.id)).toEqual([]);
  });

  it("are changed by whoever may edit the question, and no one else", async () => {
    const { client, gemeente } = await member();
    const q = createLeervraag({ organisationId: gemeente.id });
    const edit = { ...form, tagsOpgave: String(tagId("opgave", "armoede")) };
    expect((await client.post(`/leervragen/${q.id}/bewerken`, edit)).status).toBe(302);
    expect(tagsOn(q.id)).toEqual(["armoede"]);
    const again = { ...form, tagsContext: String(tagId("context", "krimpregio")) };
    expect((await client.post(`/leervragen/${q.id}/bewerken`, again)).status).toBe(302);
    expect(tagsOn(q.id)).toEqual(["krimpregio"]);

    const other = await member();
    expect((await other.client.post(`/leervragen/${q.id}/bewerken`, edit)).status).toBe(403);
    const staff = await signedIn(app, { role: "medewerker" });
    expect((await staff.client.post(`/leervragen/${q.id}/bewerken`, edit)).status).toBe(403);
    expect((await new Client(app).post(`/leervragen/${q.id}/bewerken`, edit)).status).toBe(302);
    expect(tagsOn(q.id)).toEqual(["krimpregio"]);
  });

  it("filter the list with ?tag=, and an unknown tag filters nothing away", async () => {
    const { client, gemeente } = await member();
    const tagged = createLeervraag({
      organisationId: gemeente.id,
      title: "Getagde polarisatievraag",
    });
    createLeervraag({ organisationId: gemeente.id, title: "Ongetagde buurvraag" });
    const polarisatie = tagId("opgave", "polarisatie");
    getDb()
      .insert(tagKoppelingen)
      .values({ tagId: polarisatie, ownerKind: "leervraag", leervraagId: tagged.id })
      .run();
    const html = await (await client.get(`/leervragen?tag=${polarisatie}`)).text();
    expect(html).toContain("Getagde polarisatievraag");
    expect(html).not.toContain("Ongetagde buurvraag");
    expect((await client.get("/leervragen?tag=abc")).status).toBe(200);
  });

  it("are found by search, by the tag's name", async () => {
    const { client } = await member();
    const response = await client.post("/leervragen/nieuw", {
      ...form,
      title: "Contact tussen nieuwe en oude bewoners",
      tagsOpgave: String(tagId("opgave", "superdiversiteit")),
    });
    const id = Number(response.headers.get("Location")!.match(/\d+/)![0]);
    const html = await (await client.get("/zoeken?q=superdiversiteit")).text();
    expect(html).toContain(`/leervragen/${id}`);
    // Taking the tag off takes the question out of those results.
    await client.post(`/leervragen/${id}/bewerken`, form);
    const after = await (await client.get("/zoeken?q=superdiversiteit")).text();
    expect(after).not.toContain(`/leervragen/${id}`);
  });
});

describe("tags on interventions", () => {
  it("are set by whoever may record the intervention, shown, filtered, and checked", async () => {
    const { client, gemeente } = await member();
    const wijk = createWijk(gemeente.id, "Noord");
    const form = {
      organisationId: String(gemeente.id),
      title: "Schuldhulp in de buurt",
      description: "",
      wijkIds: String(wijk.id),
      bestuursstijl: "samenwerkend",
      nulmetingPeriode: "2024",
      vervolgPeriode: "",
      resultaat: "",
      onderzoeksdesignId: "",
      tagsOpgave: String(tagId("opgave", "schulden")),
      tagsContext: String(tagId("context", "g40")),
    };
    const refused = await client.post("/interventies/nieuw", { ...form, tagsBeleidsveld: "31337" });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("Kies alleen tags uit de lijst.");

    const response = await client.post("/interventies/nieuw", form);
    expect(response.status).toBe(302);
    const id = Number(response.headers.get("Location")!.match(/\d+/)![0]);
    expect(tagsOn(id, tagKoppelingen.interventieId)).toEqual(["g40", "schulden"]);
    const page = await (await client.get(`/interventies/${id}`)).text();
    expect(page).toContain(`href="/interventies?tag=${tagId("context", "g40")}"`);

    const filtered = await (
      await client.get(`/interventies?tag=${tagId("opgave", "schulden")}`)
    ).text();
    expect(filtered).toContain("Schuldhulp in de buurt");
    const other = await (
      await client.get(`/interventies?tag=${tagId("opgave", "armoede")}`)
    ).text();
    expect(other).not.toContain("Schuldhulp in de buurt");

    const { tagsContext: _dropped, ...edit } = form;
    const neighbour = await member();
    const foreign = await neighbour.client.post(`/interventies/${id}/bewerken`, edit);
    expect([403, 404]).toContain(foreign.status);
    expect(tagsOn(id, tagKoppelingen.interventieId)).toEqual(["g40", "schulden"]);
    expect((await client.post(`/interventies/${id}/bewerken`, edit)).status).toBe(302);
    expect(tagsOn(id, tagKoppelingen.interventieId)).toEqual(["schulden"]);
  });
});

describe("tags on casework", () => {
  it("are set on the form, shown, filtered and found by search; others may not change them", async () => {
    const { client, gemeente } = await member();
    const form = {
      organisationId: String(gemeente.id),
      title: "Buurtnetwerk Zuid",
      description: "",
      themaId: "",
      status: "verkenning",
      doelgroepen: "bewoners",
      tagsBeleidsveld: String(tagId("beleidsveld", "huisartszorg")),
    };
    const refused = await client.post("/aan-de-slag/nieuw", { ...form, tagsOpgave: "777777" });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("Kies alleen tags uit de lijst.");
    const response = await client.post("/aan-de-slag/nieuw", form);
    expect(response.status).toBe(302);
    const id = Number(response.headers.get("Location")!.match(/\d+/)![0]);
    expect(tagsOn(id, tagKoppelingen.trajectId)).toEqual(["huisartszorg"]);

    const huisartszorg = tagId("beleidsveld", "huisartszorg");
    const page = await (await client.get(`/aan-de-slag/${id}`)).text();
    expect(page).toContain(`href="/aan-de-slag?tag=${huisartszorg}"`);
    const list = await (await client.get(`/aan-de-slag?tag=${huisartszorg}`)).text();
    expect(list).toContain("Buurtnetwerk Zuid");
    const other = await (await client.get(`/aan-de-slag?tag=${tagId("opgave", "armoede")}`)).text();
    expect(other).not.toContain("Buurtnetwerk Zuid");
    expect(await (await client.get("/zoeken?q=huisartszorg")).text()).toContain(
      `/aan-de-slag/${id}`,
    );

    const { tagsBeleidsveld: _dropped, ...edit } = form;
    const neighbour = await member();
    expect((await neighbour.client.post(`/aan-de-slag/${id}/bewerken`, edit)).status).toBe(403);
    expect(tagsOn(id, tagKoppelingen.trajectId)).toEqual(["huisartszorg"]);
    expect((await client.post(`/aan-de-slag/${id}/bewerken`, edit)).status).toBe(302);
    expect(tagsOn(id, tagKoppelingen.trajectId)).toEqual([]);
    expect(await (await client.get("/zoeken?q=huisartszorg")).text()).not.toContain(
      `/aan-de-slag/${id}`,
    );
  });
});

describe("the tag catalogue (/tags)", () => {
  it("lets staff add a tag to a family, refuses a duplicate, and retire it", async () => {
    const { client } = await signedIn(app, { role: "medewerker" });
    expect((await client.get("/tags")).status).toBe(200);
    const added = await client.post("/tags", {
      intent: "toevoegen",
      family: "context",
      name: "Waddeneiland",
    });
    expect(added.status).toBe(200);
    expect(await added.text()).toContain("De tag is toegevoegd.");
    const id = tagId("context", "waddeneiland");
    const twice = await client.post("/tags", {
      intent: "toevoegen",
      family: "context",
      name: "waddeneiland",
    });
    expect(twice.status).toBe(400);
    expect(await twice.text()).toContain("Deze familie heeft al een tag met deze naam.");

    const leader = await signedIn(app, { role: "projectleider" });
    expect(
      (await leader.client.post("/tags", { intent: "intrekken", tagId: String(id) })).status,
    ).toBe(200);
    // A retired tag is no longer offered, and refused on a new question.
    const { client: deelnemer } = await member();
    expect(await (await deelnemer.get("/leervragen/nieuw")).text()).not.toContain("Waddeneiland");
    const refused = await deelnemer.post("/leervragen/nieuw", { ...form, tagsContext: String(id) });
    expect(refused.status).toBe(400);
    expect((await client.post("/tags", { intent: "terugzetten", tagId: "999999" })).status).toBe(
      404,
    );
  });

  it("is for project leaders and staff only", async () => {
    for (const role of ["deelnemer", "beheerder"] as const) {
      const { client } = await signedIn(app, { role });
      expect((await client.get("/tags")).status).toBe(403);
      const post = await client.post("/tags", { intent: "toevoegen", family: "opgave", name: "x" });
      expect(post.status).toBe(403);
    }
  });
});

/** A published essay, as publishing leaves it (the writing page's workflow is in essays.test.ts). */
function publishedEssay(title: string) {
  const meeting = createBijeenkomst({ kind: "thema" });
  const slug = `essay-${meeting.id}`;
  return getDb()
    .insert(essays)
    .values({
      bijeenkomstId: meeting.id,
      slug,
      title,
      status: "gepubliceerd",
      publishedTitle: title,
      publishedSummary: "",
      publishedHtml: "<p>Over de buurt.</p>",
      publishedText: "Over de buurt.",
      firstPublishedAt: new Date(),
      publishedAt: new Date(),
    })
    .returning({ id: essays.id, slug: essays.slug })
    .get();
}

describe("tags on essays", () => {
  it("are set by the writers with the essay's details, shown, filtered and found by search", async () => {
    const title = `Essay over jeugd ${Date.now().toString(36)}`;
    const essay = publishedEssay(title);
    const staff = await signedIn(app, { role: "medewerker" });
    const details = { intent: "gegevens", title, summary: "", themaId: "" };
    const writing = await (await staff.client.get(`/essays/${essay.slug}/schrijven`)).text();
    expect(writing).toContain("Maatschappelijke opgaven");

    const refused = await staff.client.post(`/essays/${essay.slug}/schrijven`, {
      ...details,
      tagsOpgave: String(tagId("beleidsveld", "jeugdwet")),
    });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("Kies alleen tags uit de lijst.");
    expect(tagsOn(essay.id, tagKoppelingen.essayId)).toEqual([]);

    const jeugdwet = tagId("beleidsveld", "jeugdwet");
    const saved = await staff.client.post(`/essays/${essay.slug}/schrijven`, {
      ...details,
      tagsBeleidsveld: String(jeugdwet),
      tagsOpgave: String(tagId("opgave", "segregatie")),
    });
    expect(saved.status).toBe(200);
    expect(tagsOn(essay.id, tagKoppelingen.essayId)).toEqual(["jeugdwet", "segregatie"]);

    // Readers see them on the public article and the public list, without signing in.
    const reader = new Client(app);
    const article = await (await reader.get(`/essays/${essay.slug}`)).text();
    expect(article).toContain(`href="/essays?tag=${jeugdwet}"`);
    expect(await (await reader.get(`/essays?tag=${jeugdwet}`)).text()).toContain(title);
    const other = await (await reader.get(`/essays?tag=${tagId("opgave", "armoede")}`)).text();
    expect(other).not.toContain(title);
    expect(other).toContain("Er is geen gepubliceerd essay met deze tag.");
    expect((await reader.get("/essays?tag=%00")).status).toBe(200);
    expect(await (await reader.get("/zoeken?q=segregatie")).text()).toContain(
      `/essays/${essay.slug}`,
    );

    // Only the writers change them.
    const member = await signedIn(app, { role: "deelnemer" });
    const foreign = await member.client.post(`/essays/${essay.slug}/schrijven`, details);
    expect(foreign.status).toBe(403);
    expect(tagsOn(essay.id, tagKoppelingen.essayId)).toEqual(["jeugdwet", "segregatie"]);
    expect((await staff.client.post(`/essays/${essay.slug}/schrijven`, details)).status).toBe(200);
    expect(tagsOn(essay.id, tagKoppelingen.essayId)).toEqual([]);
    expect(await (await reader.get("/zoeken?q=segregatie")).text()).not.toContain(
      `/essays/${essay.slug}`,
    );
  });
});

describe("a municipality's context and view of the social basis", () => {
  const history = (organisationId: number) =>
    getDb()
      .select({
        opvatting: visieWijzigingen.opvatting,
        benaderingen: visieWijzigingen.benaderingen,
      })
      .from(visieWijzigingen)
      .where(eq(visieWijzigingen.organisationId, organisationId))
      .orderBy(visieWijzigingen.id)
      .all();

  it("takes context tags only, shown on its page and filtering the list", async () => {
    const { client, gemeente } = await member();
    const page = `/gemeenten/${gemeente.slug}`;
    const krimp = tagId("context", "krimpregio");
    const refused = await client.post(page, {
      opvatting: "",
      tagsContext: String(tagId("opgave", "armoede")),
    });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("Kies alleen tags uit de lijst.");
    expect(tagsOn(gemeente.id, tagKoppelingen.organisationId)).toEqual([]);

    expect((await client.post(page, { opvatting: "", tagsContext: String(krimp) })).status).toBe(
      200,
    );
    expect(tagsOn(gemeente.id, tagKoppelingen.organisationId)).toEqual(["krimpregio"]);
    expect(await (await client.get(page)).text()).toContain(`href="/gemeenten?tag=${krimp}"`);
    const name = getDb().select({ name: tags.name }).from(tags).where(eq(tags.id, krimp)).get()!
      .name;
    expect(name).toBe("krimpregio");
    const list = await (await client.get(`/gemeenten?tag=${krimp}`)).text();
    expect(list).toContain(`/gemeenten/${gemeente.slug}"`);
    const g40 = await (await client.get(`/gemeenten?tag=${tagId("context", "g40")}`)).text();
    expect(g40).not.toContain(`/gemeenten/${gemeente.slug}"`);

    const neighbour = await member();
    const foreign = await neighbour.client.post(page, { opvatting: "", tagsContext: "" });
    expect(foreign.status).toBe(403);
    expect(tagsOn(gemeente.id, tagKoppelingen.organisationId)).toEqual(["krimpregio"]);
  });

  it("keeps the history of its view: a change adds a row, saving the same view does not", async () => {
    const { client, gemeente, user } = await member();
    const page = `/gemeenten/${gemeente.slug}`;
    expect(await (await client.get(page)).text()).toContain(
      "De visie is in Leerkring nog niet vastgelegd of gewijzigd.",
    );
    const first = { opvatting: "smal", benaderingen: "halfdelijn" };
    expect((await client.post(page, first)).status).toBe(200);
    expect((await client.post(page, first)).status).toBe(200);
    expect(history(gemeente.id)).toEqual([{ opvatting: "smal", benaderingen: ["halfdelijn"] }]);
    const second = { opvatting: "breed", benaderingen: ["infrastructureel", "halfdelijn"] };
    expect((await client.post(page, second)).status).toBe(200);
    expect(history(gemeente.id)).toEqual([
      { opvatting: "smal", benaderingen: ["halfdelijn"] },
      { opvatting: "breed", benaderingen: ["halfdelijn", "infrastructureel"] },
    ]);
    const html = await (await client.get(page)).text();
    expect(html).toContain("Hoe de visie veranderde");
    expect(html).toContain("Halfde-lijn benadering, Infrastructurele benadering");
    expect(html).toContain(user.name);

    const data = (await (await client.get("/account/mijn-gegevens.json")).json()) as {
      visiewijzigingen: { opvatting: string }[];
    };
    expect(data.visiewijzigingen.map((v) => v.opvatting)).toEqual(["smal", "breed"]);
  });
});
