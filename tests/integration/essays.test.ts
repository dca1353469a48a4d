import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { essayDocumentName } from "#shared/collab/protocol.ts";
import { FRAGMENT } from "#shared/editor/extensions.ts";
import { getDb } from "#db/client.ts";
import { auditLog, deelnames, essays } from "#db/schema.ts";
import {
  createBijeenkomst,
  createOrganisation,
  createThema,
  createUser,
} from "#tests/factories.ts";
import { eventually, openEditor } from "#tests/setup/collab.ts";
import { Client, signedIn, startTestApp } from "#tests/setup/http.ts";

const app = startTestApp();

/** The engine's answer to a join, through the document kinds the app registered. */
const documentAccess = (...args: Parameters<typeof app.collab.access>) =>
  app.collab.access(...args);

/** Types paragraphs into an essay's draft as a co-editor would: over a real socket. */
async function writeDraft(client: Client, essayId: number, ...paragraphs: string[]) {
  const editor = await openEditor(app, client.cookieHeader, essayDocumentName(essayId));
  const fragment = editor.doc.getXmlFragment(FRAGMENT);
  fragment.insert(
    fragment.length,
    paragraphs.map((text) => {
      const el = new Y.XmlElement("paragraph");
      el.insert(0, [new Y.XmlText(text)]);
      return el;
    }),
  );
  await eventually(() => editor.provider.pendingCount === 0);
  editor.close();
}

/** A theme meeting that has been held, with its essay (created by marking it held). */
async function heldThemeMeeting() {
  const thema = createThema({ name: `Thema ${Math.random().toString(36).slice(2, 7)}` });
  const meeting = createBijeenkomst({
    kind: "thema",
    themaId: thema.id,
    startsAt: new Date(Date.now() - 7_200_000),
  });
  const leader = await signedIn(app, { role: "projectleider" });
  expect(
    (await leader.client.post(`/bijeenkomsten/${meeting.id}`, { intent: "gehouden" })).status,
  ).toBe(200);
  const essay = getDb().select().from(essays).where(eq(essays.bijeenkomstId, meeting.id)).get()!;
  return { thema, meeting, essay, leader };
}

describe("theme essays", () => {
  it("appear for staff when a theme meeting is marked held", async () => {
    const { essay, thema } = await heldThemeMeeting();
    expect(essay).toMatchObject({ status: "concept", themaId: thema.id, title: thema.name });
    const staff = await signedIn(app, { role: "medewerker" });
    const dashboard = await (await staff.client.get("/")).text();
    expect(dashboard).toContain("Essays te schrijven");
    expect(dashboard).toContain(`/essays/${essay.slug}/schrijven`);
  });

  it("go from concept through review to published, and only then are public", async () => {
    const { essay, meeting } = await heldThemeMeeting();
    const staff = await signedIn(app, { role: "medewerker", name: "Sam Schrijver" });
    await writeDraft(
      staff.client,
      essay.id,
      "Vertrouwen groeit in de wijk, niet op het stadhuis.",
      "Tweede alinea over xylofoonbeleid.",
    );

    const anonymous = new Client(app);
    expect((await anonymous.get(`/essays/${essay.slug}`)).status).toBe(404);
    expect((await anonymous.get(`/essays/${essay.slug}/schrijven`)).status).toBe(302);
    expect(await (await anonymous.get("/zoeken?q=xylofoonbeleid")).text()).toContain(
      "0 resultaten",
    );

    // Publishing needs a review first.
    expect(
      (await staff.client.post(`/essays/${essay.slug}/schrijven`, { intent: "publiceren" })).status,
    ).toBe(409);
    const meta = await staff.client.post(`/essays/${essay.slug}/schrijven`, {
      intent: "gegevens",
      title: "Vertrouwen in de wijk",
      summary: "Wat we leerden.",
      themaId: "",
      authorIds: String(staff.user.id),
    });
    expect(meta.status).toBe(200);
    expect(
      (await staff.client.post(`/essays/${essay.slug}/schrijven`, { intent: "review-aanvragen" }))
        .status,
    ).toBe(200);

    // A municipality that was at the meeting reviews; one that was not, cannot see the draft.
    const present = createOrganisation();
    const reviewer = await signedIn(app, { role: "deelnemer", organisationId: present.id });
    getDb()
      .insert(deelnames)
      .values({
        bijeenkomstId: meeting.id,
        userId: reviewer.user.id,
        response: "ja",
        respondedAt: new Date(),
      })
      .run();
    const outsider = await signedIn(app, { role: "deelnemer" });
    expect((await outsider.client.get(`/essays/${essay.slug}/schrijven`)).status).toBe(403);
    const review = await reviewer.client.get(`/essays/${essay.slug}/schrijven`);
    expect(review.status).toBe(200);
    expect(await review.text()).toContain("niet op het stadhuis");
    const notThere = await reviewer.client.post(`/essays/${essay.slug}/schrijven`, {
      intent: "opmerking",
      passage: "staat er niet",
      body: "?",
    });
    expect(notThere.status).toBe(400);
    expect(await notThere.text()).toContain("Deze passage staat niet (zo) in de tekst.");
    expect(
      (
        await reviewer.client.post(`/essays/${essay.slug}/schrijven`, {
          intent: "opmerking",
          passage: "niet op het stadhuis",
          body: "Mooi gezegd.",
        })
      ).status,
    ).toBe(200);
    // The passage follows the text when it is edited.
    await writeDraft(staff.client, essay.id, "Slot.");
    const withComment = await (await staff.client.get(`/essays/${essay.slug}/schrijven`)).text();
    expect(withComment).toContain("Mooi gezegd.");
    expect(withComment).toContain("Opmerkingen (1 open)");
    expect(
      (
        await reviewer.client.post(`/essays/${essay.slug}/schrijven`, {
          intent: "opmerking-afhandelen",
          commentId: "1",
        })
      ).status,
    ).toBe(403);
    const commentId = withComment.match(/name="commentId" value="(\d+)"/)![1]!;
    expect(
      (
        await staff.client.post(`/essays/${essay.slug}/schrijven`, {
          intent: "opmerking-afhandelen",
          commentId,
        })
      ).status,
    ).toBe(200);

    // A project leader may write, not publish; a staff member publishes.
    expect(
      (
        await (
          await signedIn(app, { role: "projectleider" })
        ).client.post(`/essays/${essay.slug}/schrijven`, { intent: "publiceren" })
      ).status,
    ).toBe(403);
    expect(
      (await staff.client.post(`/essays/${essay.slug}/schrijven`, { intent: "publiceren" })).status,
    ).toBe(200);
    // The audit trail: who published which essay (issue 12).
    expect(
      getDb()
        .select()
        .from(auditLog)
        .where(
          and(eq(auditLog.action, "essay.gepubliceerd"), eq(auditLog.subjectId, String(essay.id))),
        )
        .get(),
    ).toMatchObject({
      actorId: staff.user.id,
      detail: { eersteKeer: true },
    });

    const article = await anonymous.get(`/essays/${essay.slug}`);
    expect(article.status).toBe(200);
    const html = await article.text();
    expect(html).toContain("Vertrouwen in de wijk");
    expect(html).toContain("niet op het stadhuis");
    expect(html).toContain("Sam Schrijver");
    expect(html).toContain('property="og:title" content="Vertrouwen in de wijk"');
    expect(await (await anonymous.get("/essays")).text()).toContain("Vertrouwen in de wijk");
    const found = await (await anonymous.get("/zoeken?q=xylofoon")).text();
    expect(found).toContain("Vertrouwen in de wijk");
    expect(found).toContain(`href="/essays/${essay.slug}"`);
    const feed = await anonymous.get("/essays.atom");
    expect(feed.headers.get("Content-Type")).toContain("application/atom+xml");
    const atom = await feed.text();
    expect(atom).toContain('<title type="html"><![CDATA[Vertrouwen in de wijk]]></title>');
    expect(atom).toContain(`/essays/${essay.slug}`);
  });

  it("shows readers the published version while a revision is written, until it is published again", async () => {
    const { essay } = await heldThemeMeeting();
    const staff = await signedIn(app, { role: "medewerker" });
    await writeDraft(staff.client, essay.id, "Eerste versie van de tekst.");
    await staff.client.post(`/essays/${essay.slug}/schrijven`, { intent: "review-aanvragen" });
    await staff.client.post(`/essays/${essay.slug}/schrijven`, { intent: "publiceren" });
    await staff.client.post(`/essays/${essay.slug}/schrijven`, { intent: "terug-naar-concept" });
    await writeDraft(staff.client, essay.id, "Een toegevoegde herziening.");
    const reader = new Client(app);
    let html = await (await reader.get(`/essays/${essay.slug}`)).text();
    expect(html).toContain("Eerste versie van de tekst.");
    expect(html).not.toContain("Een toegevoegde herziening.");
    await staff.client.post(`/essays/${essay.slug}/schrijven`, { intent: "review-aanvragen" });
    await staff.client.post(`/essays/${essay.slug}/schrijven`, { intent: "publiceren" });
    html = await (await reader.get(`/essays/${essay.slug}`)).text();
    expect(html).toContain("Een toegevoegde herziening.");
  });

  it("lists drafts and review requests for those who may read them, not for the public", async () => {
    const { essay } = await heldThemeMeeting();
    const staff = await signedIn(app, { role: "medewerker" });
    const list = await (await staff.client.get("/essays")).text();
    expect(list).toContain("In bewerking");
    expect(list).toContain(`href="/essays/${essay.slug}"`);
    await staff.client.post(`/essays/${essay.slug}/schrijven`, { intent: "review-aanvragen" });
    const inReview = await (await staff.client.get("/essays")).text();
    expect(inReview).toContain("Ter review");
    expect(inReview).toContain("(In review)");
    const publicList = await (await new Client(app).get("/essays")).text();
    expect(publicList).not.toContain(`href="/essays/${essay.slug}"`);
    expect(publicList).not.toContain("Ter review");
  });

  it("asks to confirm publishing while comments are open, and names them", async () => {
    const { essay, leader } = await heldThemeMeeting();
    const staff = await signedIn(app, { role: "medewerker" });
    await writeDraft(staff.client, essay.id, "Een zin om op te reageren.");
    await staff.client.post(`/essays/${essay.slug}/schrijven`, { intent: "review-aanvragen" });
    await leader.client.post(`/essays/${essay.slug}/schrijven`, {
      intent: "opmerking",
      passage: "op te reageren",
      body: "Nog een bron erbij?",
    });
    // The server-rendered draft marks the passage, and the comment links to it.
    const page = await (await leader.client.get(`/essays/${essay.slug}/schrijven`)).text();
    expect(page).toMatch(
      /<mark class="leerkring-passage" id="passage-(\d+)">op te reageren<\/mark>/,
    );
    expect(page).toContain('href="#passage-');
    const first = await staff.client.post(`/essays/${essay.slug}/schrijven`, {
      intent: "publiceren",
    });
    expect(first.status).toBe(200);
    const html = await first.text();
    expect(html).toContain("Er staat nog 1 opmerking open.");
    expect(html).toContain("Toch publiceren");
    expect(html).toContain('name="bevestigd" value="ja"');
    expect(getDb().select().from(essays).where(eq(essays.id, essay.id)).get()!.status).toBe(
      "review",
    );
    const confirmed = await staff.client.post(`/essays/${essay.slug}/schrijven`, {
      intent: "publiceren",
      bevestigd: "ja",
    });
    expect(confirmed.status).toBe(200);
    expect(getDb().select().from(essays).where(eq(essays.id, essay.id)).get()!.status).toBe(
      "gepubliceerd",
    );
  });

  it("refuses to publish an empty essay", async () => {
    const { essay } = await heldThemeMeeting();
    const staff = await signedIn(app, { role: "medewerker" });
    await staff.client.post(`/essays/${essay.slug}/schrijven`, { intent: "review-aanvragen" });
    const response = await staff.client.post(`/essays/${essay.slug}/schrijven`, {
      intent: "publiceren",
    });
    expect(response.status).toBe(409);
    expect(await response.text()).toContain("Een leeg essay kan niet gepubliceerd worden.");
  });

  it("gives the co-edited draft to writers only, read-only to reviewers in review", async () => {
    const { essay, meeting } = await heldThemeMeeting();
    const name = essayDocumentName(essay.id);
    const staff = await createUser({ role: "medewerker" });
    const member = await createUser({ role: "deelnemer" });
    expect(documentAccess(staff, name)).toBe("edit");
    expect(documentAccess(member, name)).toBe("forbidden");
    getDb().update(essays).set({ status: "review" }).where(eq(essays.id, essay.id)).run();
    getDb()
      .insert(deelnames)
      .values({
        bijeenkomstId: meeting.id,
        userId: member.id,
        response: "ja",
        respondedAt: new Date(),
      })
      .run();
    expect(documentAccess(member, name)).toBe("view");
    expect(documentAccess(staff, "essay:987654")).toBe("not-found");
  });
});
