import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "#db/client.ts";
import { leervragen, logboek, trajecten } from "#db/schema.ts";
import { search, toFtsQuery } from "#app/zoeken/search.server.ts";
import { createLeervraag, createOrganisation, createThema, createUser } from "#tests/factories.ts";
import { Client, signedIn, startTestApp } from "#tests/setup/http.ts";

const app = startTestApp();

describe("search", () => {
  it("folds accents, matches prefixes and ranks a title match first", async () => {
    const org = createOrganisation();
    const user = await createUser();
    const inBody = createLeervraag({
      organisationId: org.id,
      title: "Armoede in de wijk",
      question: "Hoe helpen we bij financiële zorgen en zeldzaamheden?",
    });
    const inTitle = createLeervraag({
      organisationId: org.id,
      title: "Financiële zeldzaamheden in de buurt",
      question: "Een andere vraag",
    });
    const { hits } = search(user, { q: "financiele zeldzaam" });
    expect(hits.map((h) => h.id).slice(0, 2)).toEqual([inTitle.id, inBody.id]);
    expect(search(user, { q: "ZELDZAAM" }).hits.length).toBeGreaterThanOrEqual(2);
  });

  it("marks the matched words in the snippet and escapes the text on the page", async () => {
    const org = createOrganisation();
    createLeervraag({
      organisationId: org.id,
      title: "Snippettest",
      question: "Wij zoeken <b>vrijwilligersbeleid</b> dat werkt.",
    });
    const { client } = await signedIn(app);
    const html = await (await client.get("/zoeken?q=vrijwilligersbel")).text();
    expect(html).toContain("<mark>vrijwilligersbeleid</mark>");
    expect(html).toContain("&lt;b&gt;");
    expect(html).not.toContain("<b>vrijwilligersbeleid");
  });

  it("stays current when a question changes and when casework gets a log entry", async () => {
    const org = createOrganisation();
    const user = await createUser();
    const q = createLeervraag({ organisationId: org.id, title: "Oude titel zonder zoekwoord" });
    getDb()
      .update(leervragen)
      .set({ title: "Kwartiermakers in de wijk" })
      .where(eq(leervragen.id, q.id))
      .run();
    expect(search(user, { q: "kwartiermaker" }).hits.map((h) => h.id)).toContain(q.id);
    const traject = getDb()
      .insert(trajecten)
      .values({ organisationId: org.id, title: "Traject zonder woord" })
      .returning()
      .get();
    getDb()
      .insert(logboek)
      .values({
        trajectId: traject.id,
        kind: "contact",
        happenedOn: new Date(),
        body: "Gesprek met de dorpsbelangenvereniging",
      })
      .run();
    expect(search(user, { q: "dorpsbelangen" }).hits).toEqual([
      expect.objectContaining({
        kind: "traject",
        id: traject.id,
        href: `/aan-de-slag/${traject.id}`,
      }),
    ]);
    getDb().delete(leervragen).where(eq(leervragen.id, q.id)).run();
    expect(search(user, { q: "kwartiermaker" }).hits).toEqual([]);
  });

  it("filters by kind, theme and municipality", async () => {
    const a = createOrganisation();
    const b = createOrganisation();
    const thema = createThema();
    const user = await createUser();
    const inA = createLeervraag({
      organisationId: a.id,
      title: "Filtertoets buurthuis",
      themaId: thema.id,
    });
    createLeervraag({ organisationId: b.id, title: "Filtertoets buurthuis elders" });
    expect(search(user, { q: "filtertoets", organisationId: a.id }).hits.map((h) => h.id)).toEqual([
      inA.id,
    ]);
    expect(search(user, { q: "filtertoets", themaId: thema.id }).hits.map((h) => h.id)).toEqual([
      inA.id,
    ]);
    expect(search(user, { q: "filtertoets", kind: "traject" }).hits).toEqual([]);
  });

  it("reveals nothing to someone who may not open it", async () => {
    createLeervraag({
      organisationId: createOrganisation().id,
      title: "Geheime casus over schuldhulp",
    });
    expect(search(null, { q: "schuldhulp" }).hits).toEqual([]);
    const html = await (await new Client(app).get("/zoeken?q=schuldhulp")).text();
    expect(html).not.toContain("Geheime casus");
    expect(html).toContain("0 resultaten");
  });

  it("fills a page with results the person may open when hidden ones rank first", async () => {
    // A second-circle municipality does not read other municipalities' intervision cases
    // (canReadLeervraagCasus). Far more of those than fit in a page, or in one batch read from
    // the index, rank first: the word is in their titles, and only in the visible ones' text.
    const { user: searcher, client } = await signedIn(app, {
      organisationId: createOrganisation({ circle: 2 }).id,
    });
    const elsewhere = createOrganisation();
    const hidden = Array.from({ length: 250 }, (_, i) =>
      createLeervraag({
        organisationId: elsewhere.id,
        title: `Wijkkompas vertrouwelijk ${i}`,
        werkvormen: ["intervisie"],
      }),
    );
    const visible = [1, 2, 3].map((i) =>
      createLeervraag({
        organisationId: elsewhere.id,
        title: `Open themavraag ${i}`,
        question: `Hoe werkt het wijkkompas bij ons, deel ${i}, met meer woorden erbij dan de andere?`,
        werkvormen: ["themabijeenkomst"],
      }),
    );
    const hiddenIds = new Set(hidden.map((q) => q.id));
    const visibleIds = visible.map((q) => q.id).sort((a, b) => a - b);

    // The page shows all three, counted right, and no further page.
    const html = await (await client.get("/zoeken?q=wijkkompas")).text();
    expect(html).toContain("3 resultaten");
    for (const q of visible) expect(html).toContain(q.title);
    expect(html).not.toContain("Wijkkompas vertrouwelijk");
    expect(html).not.toContain("Volgende pagina");

    // The premise: for someone who may read them all, the hidden ones rank before the visible.
    const leader = await createUser({ role: "projectleider" });
    const all = search(leader, { q: "wijkkompas" }, { pageSize: 300 }).hits.map((h) => h.id);
    expect(all.slice(0, 250).every((id) => hiddenIds.has(id))).toBe(true);
    expect(all.slice(250).sort((a, b) => a - b)).toEqual(visibleIds);

    const page1 = search(searcher, { q: "wijkkompas" });
    expect(page1.hits.map((h) => h.id).sort((a, b) => a - b)).toEqual(visibleIds);
    expect(page1).toMatchObject({ page: 1, more: false, total: 3 });

    const small1 = search(searcher, { q: "wijkkompas" }, { pageSize: 2 });
    const small2 = search(searcher, { q: "wijkkompas" }, { page: 2, pageSize: 2 });
    expect(small1).toMatchObject({ more: true, total: null });
    expect(small1.hits).toHaveLength(2);
    expect(small2).toMatchObject({ page: 2, more: false, total: 3 });
    expect([...small1.hits, ...small2.hits].map((h) => h.id).sort((a, b) => a - b)).toEqual(
      visibleIds,
    );
  });

  it("turns any input into a safe query", async () => {
    expect(toFtsQuery('"*) OR NEAR(x')).toBe('"or"* "near"* "x"*');
    expect(toFtsQuery("  ")).toBeNull();
    const { client } = await signedIn(app);
    for (const q of ['"', "*", "AND OR NOT", "a".repeat(500), "😀 ()"]) {
      expect(
        (await client.get(`/zoeken?q=${encodeURIComponent(q)}&soort=onzin&thema=x`)).status,
      ).toBe(200);
    }
  });
});
