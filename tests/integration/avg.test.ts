import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { resetLoginThrottle } from "#app/auth/throttle.server.ts";
import { notifyNewlyInactive } from "#app/gegevens/inactive.server.ts";
import { getDb } from "#db/client.ts";
import {
  auditLog,
  deelnames,
  documents,
  documentUpdates,
  documentVersions,
  erasureRequests,
  essays,
  mailBodies,
  mailOutbox,
  notifications,
  sessions,
  users,
} from "#db/schema.ts";
import { essayDocumentName } from "#shared/collab/protocol.ts";
import { FRAGMENT } from "#shared/editor/extensions.ts";
import {
  createBijeenkomst,
  createLeervraag,
  createOrganisation,
  createThema,
  createUser,
} from "#tests/factories.ts";
import { eventually, openEditor } from "#tests/setup/collab.ts";
import { Client, signedIn, startTestApp } from "#tests/setup/http.ts";

// The person's own data (AVG articles 15, 17, 20): /account/mijn-gegevens, its JSON download,
// erasure asked by the person and carried out by a beheerder, and inactive accounts.
const app = startTestApp();
beforeEach(() => resetLoginThrottle());

function auditEntries(action: "gegevens.geexporteerd" | "account.gewist", subjectId: number) {
  return getDb()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.subjectId, String(subjectId))))
    .all();
}

async function comment(client: Client, leervraagId: number, body: string) {
  const response = await client.post(`/leervragen/${leervraagId}`, { intent: "reactie", body });
  expect(response.status).toBeLessThan(400);
}

describe("my data", () => {
  it("shows and downloads what Leerkring holds about me, and only about me", async () => {
    const gemeente = createOrganisation();
    const me = await signedIn(app, { organisationId: gemeente.id, name: "Mira Mijngegevens" });
    const other = await signedIn(app, { organisationId: gemeente.id, name: "Olaf Ander" });
    const leervraag = createLeervraag({ organisationId: gemeente.id, submittedById: me.user.id });
    await comment(me.client, leervraag.id, "Mijn eigen reactie over buurtkamers.");
    await comment(other.client, leervraag.id, "Een reactie van een ander over pleinen.");
    const meeting = createBijeenkomst({ kind: "thema" });
    getDb()
      .insert(deelnames)
      .values({
        bijeenkomstId: meeting.id,
        userId: me.user.id,
        response: "ja",
        respondedAt: new Date(),
      })
      .run();

    const page = await me.client.get("/account/mijn-gegevens");
    expect(page.status).toBe(200);
    const html = await page.text();
    for (const text of [
      "Mijn gegevens",
      "Mira Mijngegevens",
      me.user.email,
      "Sessies",
      meeting.title,
      leervraag.title,
      "Mijn eigen reactie over buurtkamers.",
      "Meldingsinstellingen",
      "Auditregels over mij",
    ]) {
      expect(html).toContain(text);
    }
    expect(html).not.toContain("Een reactie van een ander over pleinen.");
    expect(html).toContain('href="/account/mijn-gegevens.json"');
    // Linked from /account.
    expect(await (await me.client.get("/account")).text()).toContain(
      'href="/account/mijn-gegevens"',
    );

    const download = await me.client.get("/account/mijn-gegevens.json");
    expect(download.status).toBe(200);
    expect(download.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(download.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="leerkring-mijn-gegevens-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const data = (await download.json()) as Record<string, unknown> & {
      profiel: { email: string; naam: string };
      reacties: { tekst: string }[];
      aanmeldingen: { bijeenkomst: string; antwoord: string }[];
      leervragen: { titel: string }[];
      sessies: unknown[];
      auditregels: { actie: string }[];
      meldingsvoorkeuren: Record<string, string>;
    };
    expect(data.profiel).toMatchObject({ email: me.user.email, naam: "Mira Mijngegevens" });
    expect(data.reacties.map((r) => r.tekst)).toEqual(["Mijn eigen reactie over buurtkamers."]);
    expect(data.aanmeldingen).toEqual([
      expect.objectContaining({ bijeenkomst: meeting.title, antwoord: "ja" }),
    ]);
    expect(data.leervragen.map((l) => l.titel)).toEqual([leervraag.title]);
    expect(data.sessies.length).toBeGreaterThan(0);
    expect(data.auditregels.map((a) => a.actie)).toContain("inloggen.gelukt");
    expect(data.meldingsvoorkeuren.leervragen).toBe("direct");
    const raw = JSON.stringify(data);
    expect(raw).not.toContain("Olaf Ander");
    expect(raw).not.toContain(other.user.email);
    expect(raw).not.toContain("passwordHash");
    // The download is itself in the audit trail.
    expect(auditEntries("gegevens.geexporteerd", me.user.id)).toHaveLength(1);
  });

  it("is for a signed-in person only", async () => {
    const anonymous = new Client(app);
    for (const path of ["/account/mijn-gegevens", "/account/mijn-gegevens.json"]) {
      const response = await anonymous.get(path);
      expect(response.status).toBe(302);
      expect(response.headers.get("Location")).toContain("/inloggen");
    }
  });
});

describe("erasure", () => {
  it("is asked by the person, told to the beheerders, and carried out by a beheerder only after confirming", async () => {
    const beheerder = await signedIn(app, { role: "beheerder" });
    const person = await signedIn(app, { name: "Vera Verzoek" });
    const asked = await person.client.post("/account/mijn-gegevens", { intent: "wissen-vragen" });
    expect(asked.status).toBe(200);
    expect(await asked.text()).toContain("Uw verzoek is ontvangen");
    const request = getDb()
      .select()
      .from(erasureRequests)
      .where(eq(erasureRequests.userId, person.user.id))
      .get()!;
    expect(request).toBeDefined();
    // The beheerders hear of it, without the name.
    const news = getDb()
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.userId, beheerder.user.id),
          eq(notifications.kind, "gegevens.melding.verwijderverzoek"),
        ),
      )
      .all();
    expect(news).toHaveLength(1);
    expect(JSON.stringify(news)).not.toContain("Vera Verzoek");
    // Asking twice is one request.
    expect(
      (await person.client.post("/account/mijn-gegevens", { intent: "wissen-vragen" })).status,
    ).toBe(200);
    expect(
      getDb()
        .select()
        .from(erasureRequests)
        .where(eq(erasureRequests.userId, person.user.id))
        .all(),
    ).toHaveLength(1);

    // Nobody but a beheerder sees or carries out requests.
    for (const role of ["projectleider", "medewerker", "deelnemer"] as const) {
      const someone = await signedIn(app, { role });
      expect((await someone.client.get("/beheer/verwijderverzoeken")).status).toBe(403);
      const tried = await someone.client.post("/beheer/verwijderverzoeken", {
        intent: "wissen",
        requestId: String(request.id),
        bevestigd: "ja",
      });
      expect(tried.status).toBe(403);
    }
    expect(await (await beheerder.client.get("/beheer/verwijderverzoeken")).text()).toContain(
      "Vera Verzoek",
    );
    // A broken form is a Dutch message, not a 500.
    expect(
      (
        await beheerder.client.post("/beheer/verwijderverzoeken", {
          intent: "wissen",
          requestId: "x",
        })
      ).status,
    ).toBe(400);

    // The first post asks; nothing is erased yet.
    const confirm = await beheerder.client.post("/beheer/verwijderverzoeken", {
      intent: "wissen",
      requestId: String(request.id),
    });
    expect(confirm.status).toBe(200);
    expect(await confirm.text()).toContain("Ja, verwijder het account van Vera Verzoek");
    expect(getDb().select().from(users).where(eq(users.id, person.user.id)).get()).toBeDefined();

    const done = await beheerder.client.post("/beheer/verwijderverzoeken", {
      intent: "wissen",
      requestId: String(request.id),
      bevestigd: "ja",
    });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain("Het account en de persoonsgegevens zijn verwijderd.");
    expect(getDb().select().from(users).where(eq(users.id, person.user.id)).get()).toBeUndefined();
    expect(
      getDb().select().from(sessions).where(eq(sessions.userId, person.user.id)).all(),
    ).toEqual([]);
    // The person's browser is signed out.
    expect((await person.client.get("/account")).status).toBe(302);
    // Logged by number, with who did it, without the erased data.
    const [entry] = auditEntries("account.gewist", person.user.id);
    expect(entry).toMatchObject({
      actorId: beheerder.user.id,
      subjectType: "gebruiker",
      detail: null,
    });
  });

  it("leaves the name and address nowhere: pages, search, exports, documents, mail, the audit log", async () => {
    const name = "Zwaantje Wisvogel";
    const beheerder = await signedIn(app, { role: "beheerder" });
    const gemeente = createOrganisation();
    const person = await signedIn(app, { role: "medewerker", name, organisationId: gemeente.id });
    const email = person.user.email;
    const colleague = await signedIn(app, { role: "deelnemer", organisationId: gemeente.id });

    // A comment on a learning question of the municipality (its people hear of it, by name).
    const leervraag = createLeervraag({ organisationId: gemeente.id });
    await comment(person.client, leervraag.id, "Een reactie over het kwartiermakersfonds.");

    // An essay co-written over the socket, with the person as author, published.
    const thema = createThema();
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
    const editor = await openEditor(app, person.client.cookieHeader, essayDocumentName(essay.id));
    const fragment = editor.doc.getXmlFragment(FRAGMENT);
    const paragraph = new Y.XmlElement("paragraph");
    // With a mention of the person (as the editor's "@" makes it), kept in a saved version.
    const mention = new Y.XmlElement("mention");
    mention.setAttribute("id", String(person.user.id));
    mention.setAttribute("label", name);
    paragraph.insert(0, [
      new Y.XmlText("Over de zeldzame wisvogelaanpak in de wijk, dank "),
      mention,
    ]);
    fragment.insert(0, [paragraph]);
    await eventually(() => editor.provider.pendingCount === 0);
    editor.close();
    const documentName = essayDocumentName(essay.id);
    app.collab.registry.saveVersion(documentName, "Eerste opzet", person.user.id);
    const write = (form: Record<string, string>) =>
      person.client.post(`/essays/${essay.slug}/schrijven`, form);
    expect(
      (
        await write({
          intent: "gegevens",
          title: "Wisvogels",
          summary: "",
          themaId: "",
          authorIds: String(person.user.id),
        })
      ).status,
    ).toBe(200);
    expect((await write({ intent: "review-aanvragen" })).status).toBe(200);
    expect((await write({ intent: "publiceren" })).status).toBe(200);
    const anonymous = new Client(app);
    expect(await (await anonymous.get(`/essays/${essay.slug}.md`)).text()).toContain(`@${name}`);
    const authorsOfUpdates = () =>
      getDb()
        .select({ userId: documentUpdates.userId })
        .from(documentUpdates)
        .where(eq(documentUpdates.documentName, documentName))
        .all()
        .map((u) => u.userId);
    expect(authorsOfUpdates()).toContain(person.user.id);
    // Before: the name is in the colleague's news.
    expect(
      JSON.stringify(
        getDb()
          .select()
          .from(notifications)
          .where(eq(notifications.userId, colleague.user.id))
          .all(),
      ),
    ).toContain(name);

    await person.client.post("/account/mijn-gegevens", { intent: "wissen-vragen" });
    const request = getDb()
      .select()
      .from(erasureRequests)
      .where(eq(erasureRequests.userId, person.user.id))
      .get()!;
    const erased = await beheerder.client.post("/beheer/verwijderverzoeken", {
      intent: "wissen",
      requestId: String(request.id),
      bevestigd: "ja",
    });
    expect(erased.status).toBe(200);

    const nowhere = (text: string) => {
      expect(text).not.toContain(name);
      expect(text).not.toContain(email);
    };
    // The record they wrote stays, attributed to "voormalig deelnemer".
    const leervraagPage = await (await colleague.client.get(`/leervragen/${leervraag.id}`)).text();
    expect(leervraagPage).toContain("Een reactie over het kwartiermakersfonds.");
    expect(leervraagPage).toContain("voormalig deelnemer");
    nowhere(leervraagPage);
    // The essay, its exports and the search.
    const article = await (await anonymous.get(`/essays/${essay.slug}`)).text();
    expect(article).toContain("wisvogelaanpak");
    // As author and where the text mentions them.
    expect(article).toMatch(/Auteurs<\/dt><dd[^>]*>voormalig deelnemer<\/dd>/);
    expect(article).toMatch(/dank <span data-type="mention"[^>]*>@voormalig deelnemer<\/span>/);
    nowhere(article);
    const feed = await (await anonymous.get("/essays.atom")).text();
    expect(feed).toContain("<name>voormalig deelnemer</name>");
    nowhere(feed);
    for (const format of ["md", "html"]) {
      const exported = await anonymous.get(`/essays/${essay.slug}.${format}`);
      expect(exported.status).toBe(200);
      nowhere(await exported.text());
    }
    const search = await (await beheerder.client.get("/zoeken?q=wisvogelaanpak")).text();
    expect(search).toContain("Wisvogels");
    nowhere(search);
    nowhere(await (await beheerder.client.get("/zoeken?q=kwartiermakersfonds")).text());
    // The co-edited document keeps its text and history, without their author: the stored state,
    // what is still to be merged and the saved versions no longer hold the name.
    expect(authorsOfUpdates().every((id) => id === null)).toBe(true);
    const stored = (rows: object[]) =>
      JSON.stringify(rows, (_, v: unknown) => (Buffer.isBuffer(v) ? v.toString("latin1") : v));
    nowhere(stored(getDb().select().from(documents).all()));
    nowhere(stored(getDb().select().from(documentUpdates).all()));
    const versions = getDb()
      .select()
      .from(documentVersions)
      .where(eq(documentVersions.documentName, documentName))
      .all();
    expect(versions.map((v) => v.label)).toContain("Eerste opzet");
    expect(versions.every((v) => v.text.includes("dank @voormalig deelnemer"))).toBe(true);
    nowhere(stored(versions));
    nowhere(stored(getDb().select().from(essays).all()));
    // Mail and notifications to others.
    nowhere(JSON.stringify(getDb().select().from(notifications).all()));
    nowhere(JSON.stringify(getDb().select().from(mailOutbox).all()));
    nowhere(JSON.stringify(getDb().select().from(mailBodies).all()));
    // The audit log, its page and its CSV: entries by number, shown as "voormalig deelnemer".
    nowhere(JSON.stringify(getDb().select().from(auditLog).all()));
    const csv = await beheerder.client.get("/beheer/audit.csv");
    expect(csv.status).toBe(200);
    const csvText = await csv.text();
    nowhere(csvText);
    expect(csvText).toContain("voormalig deelnemer");
    nowhere(await (await beheerder.client.get(`/beheer/audit?persoon=${person.user.id}`)).text());
    nowhere(await (await beheerder.client.get("/beheer/accounts")).text());
  });
});

describe("inactive accounts", () => {
  it("are flagged and filtered on /beheer/accounts, and the beheerders hear of new ones once", async () => {
    const beheerder = await signedIn(app, { role: "beheerder" });
    const sleeper = await createUser({ name: "Slapende Slaapkop" });
    const awake = await createUser({ name: "Wakkere Wekker" });
    getDb().update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, awake.id)).run();
    const longAgo = new Date(Date.now() - 400 * 86_400_000);
    getDb()
      .update(users)
      .set({ lastLoginAt: longAgo, createdAt: longAgo })
      .where(eq(users.id, sleeper.id))
      .run();

    const all = await (await beheerder.client.get("/beheer/accounts")).text();
    expect(all).toContain("Inactief: niet ingelogd sinds");
    const filtered = await (await beheerder.client.get("/beheer/accounts?inactief=ja")).text();
    expect(filtered).toContain("Slapende Slaapkop");
    expect(filtered).not.toContain("Wakkere Wekker");

    const countNews = () =>
      getDb()
        .select()
        .from(notifications)
        .where(
          and(
            eq(notifications.userId, beheerder.user.id),
            eq(notifications.kind, "gegevens.melding.inactief"),
          ),
        )
        .all().length;
    const now = new Date();
    expect(getDb().transaction((tx) => notifyNewlyInactive(tx, now))).toBeGreaterThan(0);
    expect(countNews()).toBe(1);
    // A second run finds nothing new.
    expect(getDb().transaction((tx) => notifyNewlyInactive(tx, now))).toBe(0);
    expect(countNews()).toBe(1);
  });
});
