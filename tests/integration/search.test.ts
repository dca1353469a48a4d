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
    const hits = search(user, { q: "financiele zeldzaam" });
    expect(hits.map((h) => h.id).slice(0, 2)).toEqual([inTitle.id, inBody.id]);
    expect(search(user, { q: "ZELDZAAM" }).length).toBeGreaterThanOrEqual(2);
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
    expect(search(user, { q: "kwartiermaker" }).map((h) => h.id)).toContain(q.id);
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
    expect(search(user, { q: "dorpsbelangen" })).toEqual([
      expect.objectContaining({
        kind: "traject",
        id: traject.id,
        href: `/aan-de-slag/${traject.id}`,
      }),
    ]);
    getDb().delete(leervragen).where(eq(leervragen.id, q.id)).run();
    expect(search(user, { q: "kwartiermaker" })).toEqual([]);
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
    expect(search(user, { q: "filtertoets", organisationId: a.id }).map((h) => h.id)).toEqual([
      inA.id,
    ]);
    expect(search(user, { q: "filtertoets", themaId: thema.id }).map((h) => h.id)).toEqual([
      inA.id,
    ]);
    expect(search(user, { q: "filtertoets", kind: "traject" })).toEqual([]);
  });

  it("reveals nothing to someone who may not open it", async () => {
    createLeervraag({
      organisationId: createOrganisation().id,
      title: "Geheime casus over schuldhulp",
    });
    expect(search(null, { q: "schuldhulp" })).toEqual([]);
    const html = await (await new Client(app).get("/zoeken?q=schuldhulp")).text();
    expect(html).not.toContain("Geheime casus");
    expect(html).toContain("0 resultaten");
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
