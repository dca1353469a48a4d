import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "#db/client.ts";
import {
  logboek,
  organisations,
  themas,
  trajectLeden,
  trajectPartners,
  trajecten,
} from "#db/schema.ts";
import { createOrganisation, createThema } from "#tests/factories.ts";
import { signedIn, startTestApp } from "#tests/setup/http.ts";

const app = startTestApp();

function form(organisationId: number, extra: Record<string, string> = {}) {
  return {
    organisationId: String(organisationId),
    title: "Samen aan de slag",
    description: "",
    themaId: "",
    status: "verkenning",
    doelgroepen: "bewoners",
    ...extra,
  };
}

async function createdId(response: Response): Promise<number> {
  expect(response.status).toBe(302);
  return Number(response.headers.get("Location")!.match(/\d+/)![0]);
}

describe("casework", () => {
  it("lets a member start casework for their own municipality, with partners in a role", async () => {
    const gemeente = createOrganisation();
    const werkplaats = createOrganisation({ kind: "werkplaats", circle: null });
    const { client, user } = await signedIn(app, {
      role: "deelnemer",
      organisationId: gemeente.id,
    });
    const id = await createdId(
      await client.post("/aan-de-slag/nieuw", {
        ...form(gemeente.id),
        [`partner-${werkplaats.id}`]: "onderzoeker",
      }),
    );
    expect(getDb().select().from(trajecten).where(eq(trajecten.id, id)).get()).toMatchObject({
      organisationId: gemeente.id,
      doelgroepen: ["bewoners"],
    });
    expect(
      getDb().select().from(trajectPartners).where(eq(trajectPartners.trajectId, id)).all(),
    ).toEqual([{ trajectId: id, organisationId: werkplaats.id, role: "onderzoeker" }]);
    expect(
      getDb()
        .select()
        .from(trajectLeden)
        .where(eq(trajectLeden.trajectId, id))
        .all()
        .map((m) => m.userId),
    ).toEqual([user.id]);
    const overview = await (await client.get("/aan-de-slag")).text();
    expect(overview).toContain("Samen aan de slag");
    expect(overview).toContain(`${werkplaats.name} (Onderzoeker)`);
  });

  it("refuses a member who starts casework for another municipality", async () => {
    const { client } = await signedIn(app, { role: "deelnemer" });
    expect((await client.post("/aan-de-slag/nieuw", form(createOrganisation().id))).status).toBe(
      403,
    );
  });

  it("takes a request from a local partner, which keeps being its request", async () => {
    const gemeente = createOrganisation();
    const welzijn = createOrganisation({ kind: "welzijnsinstelling", circle: null });
    const initiatief = createOrganisation({ kind: "burgerinitiatief", circle: null });
    const partner = await signedIn(app, { role: "deelnemer", organisationId: welzijn.id });
    const page = await (await partner.client.get("/aan-de-slag/nieuw")).text();
    // They choose the municipality; who asked is their organisation, not a choice.
    expect(page).toMatch(/<select[^>]*name="organisationId"/);
    expect(page).toMatch(/<input type="hidden" name="aanvragerId" value="\d+"/);
    // Whatever the form says, a partner's member asks as their own organisation.
    const id = await createdId(
      await partner.client.post("/aan-de-slag/nieuw", {
        ...form(gemeente.id),
        aanvragerId: String(initiatief.id),
      }),
    );
    const stored = () => getDb().select().from(trajecten).where(eq(trajecten.id, id)).get()!;
    expect(stored()).toMatchObject({ organisationId: gemeente.id, aanvragerId: welzijn.id });
    const shown = await (await partner.client.get(`/aan-de-slag/${id}`)).text();
    expect(shown).toContain("Aangevraagd door");
    expect(shown).toContain(welzijn.name);
    await partner.client.post(`/aan-de-slag/${id}/bewerken`, {
      ...form(gemeente.id),
      title: "Samen verder",
      aanvragerId: "",
    });
    expect(stored()).toMatchObject({ title: "Samen verder", aanvragerId: welzijn.id });

    // Staff record who asked, among the local partners only.
    const staff = await signedIn(app, { role: "medewerker" });
    const viaStaff = await createdId(
      await staff.client.post("/aan-de-slag/nieuw", {
        ...form(gemeente.id),
        aanvragerId: String(initiatief.id),
      }),
    );
    expect(
      getDb().select().from(trajecten).where(eq(trajecten.id, viaStaff)).get()!.aanvragerId,
    ).toBe(initiatief.id);
    const notAPartner = await staff.client.post("/aan-de-slag/nieuw", {
      ...form(gemeente.id),
      aanvragerId: String(createOrganisation().id),
    });
    expect(notAPartner.status).toBe(400);
    expect(await notAPartner.text()).toContain("Kies de gemeente zelf of een lokale partner.");
  });

  it("validates the form: municipality, partner roles and people must exist", async () => {
    const { client } = await signedIn(app, { role: "medewerker" });
    const notAMunicipality = createOrganisation({ kind: "movisie", circle: null });
    const wrongOrg = await client.post("/aan-de-slag/nieuw", form(notAMunicipality.id));
    expect(wrongOrg.status).toBe(400);
    expect(await wrongOrg.text()).toContain("Kies een gemeente.");
    const badRole = await client.post("/aan-de-slag/nieuw", {
      ...form(createOrganisation().id),
      [`partner-${notAMunicipality.id}`]: "koning",
    });
    expect(badRole.status).toBe(400);
    const badMember = await client.post("/aan-de-slag/nieuw", {
      ...form(createOrganisation().id),
      memberIds: "999999",
    });
    expect(badMember.status).toBe(400);
    const noTitle = await client.post("/aan-de-slag/nieuw", {
      ...form(createOrganisation().id),
      title: "",
    });
    expect(await noTitle.text()).toContain("Vul dit veld in.");
  });

  it("lets staff edit casework they take part in, and only that", async () => {
    const gemeente = createOrganisation();
    const starter = await signedIn(app, { role: "medewerker" });
    const id = await createdId(await starter.client.post("/aan-de-slag/nieuw", form(gemeente.id)));
    const outsider = await signedIn(app, { role: "medewerker" });
    expect((await outsider.client.get(`/aan-de-slag/${id}/bewerken`)).status).toBe(403);
    expect(
      (
        await outsider.client.post(`/aan-de-slag/${id}`, {
          kind: "contact",
          date: "2026-11-20",
          body: "x",
        })
      ).status,
    ).toBe(403);
    const edited = await starter.client.post(`/aan-de-slag/${id}/bewerken`, {
      ...form(gemeente.id),
      status: "lopend",
      memberIds: [String(starter.user.id)].join(),
    });
    expect(edited.status).toBe(302);
    expect(getDb().select().from(trajecten).where(eq(trajecten.id, id)).get()!.status).toBe(
      "lopend",
    );
    // Staff may not move casework to another municipality.
    expect(
      (
        await starter.client.post(`/aan-de-slag/${id}/bewerken`, {
          ...form(createOrganisation().id),
          memberIds: String(starter.user.id),
        })
      ).status,
    ).toBe(403);
  });

  it("keeps a shared log that partners read", async () => {
    const gemeente = createOrganisation();
    const member = await signedIn(app, {
      role: "deelnemer",
      organisationId: gemeente.id,
      name: "Loes Logger",
    });
    const id = await createdId(await member.client.post("/aan-de-slag/nieuw", form(gemeente.id)));
    const bad = await member.client.post(`/aan-de-slag/${id}`, {
      kind: "contact",
      date: "2026-02-30",
      body: "",
    });
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain("Vul een bestaande datum in.");
    expect(
      (
        await member.client.post(`/aan-de-slag/${id}`, {
          kind: "contact",
          date: "2026-11-20",
          body: "Gebeld met de wijkcoach.",
        })
      ).status,
    ).toBe(200);
    expect(getDb().select().from(logboek).where(eq(logboek.trajectId, id)).all()).toHaveLength(1);
    const reader = await signedIn(app, { role: "medewerker" });
    const html = await (await reader.client.get(`/aan-de-slag/${id}`)).text();
    expect(html).toContain("Gebeld met de wijkcoach.");
    expect(html).toContain("Loes Logger");
    expect(html).toContain("20 nov 2026");
  });
});

describe("municipality and theme pages", () => {
  it("lets a municipality describe its own view of the social basis, and no one else's", async () => {
    const gemeente = createOrganisation();
    const own = await signedIn(app, { role: "deelnemer", organisationId: gemeente.id });
    const response = await own.client.post(`/gemeenten/${gemeente.slug}`, {
      opvatting: "breed",
      benaderingen: "halfdelijn",
    });
    expect(response.status).toBe(200);
    expect(
      getDb().select().from(organisations).where(eq(organisations.id, gemeente.id)).get(),
    ).toMatchObject({
      socialeBasisOpvatting: "breed",
      socialeBasisBenaderingen: ["halfdelijn"],
    });
    const html = await (await own.client.get(`/gemeenten/${gemeente.slug}`)).text();
    expect(html).toContain("Halfde-lijn benadering");
    const other = await signedIn(app, { role: "deelnemer" });
    expect(
      (await other.client.post(`/gemeenten/${gemeente.slug}`, { opvatting: "smal" })).status,
    ).toBe(403);
    expect(
      (await own.client.post(`/gemeenten/${gemeente.slug}`, { opvatting: "middel" })).status,
    ).toBe(400);
    expect((await own.client.get("/gemeenten/bestaat-niet")).status).toBe(404);
  });

  it("shows the themes to everyone and lets project leaders propose and choose one", async () => {
    const anonymous = await fetch(`${app.url}/themas`);
    expect(anonymous.status).toBe(200);
    const thema = createThema({ name: "Een bestaand thema" });
    expect((await fetch(`${app.url}/themas/${thema.slug}`)).status).toBe(200);
    const { client } = await signedIn(app, { role: "projectleider" });
    expect(
      (
        await client.post("/themas", {
          intent: "voorstellen",
          name: "Digitale inclusie",
          description: "",
        })
      ).status,
    ).toBe(200);
    const proposed = getDb()
      .select()
      .from(themas)
      .where(eq(themas.slug, "digitale-inclusie"))
      .get()!;
    expect(proposed.status).toBe("voorgesteld");
    expect(
      (
        await client.post("/themas", {
          intent: "voorstellen",
          name: "Digitale inclusie",
          description: "",
        })
      ).status,
    ).toBe(400);
    await client.post("/themas", { intent: "kiezen", id: String(proposed.id) });
    expect(getDb().select().from(themas).where(eq(themas.id, proposed.id)).get()!.status).toBe(
      "gekozen",
    );
    const member = await signedIn(app, { role: "deelnemer" });
    expect(
      (await member.client.post("/themas", { intent: "kiezen", id: String(proposed.id) })).status,
    ).toBe(403);
  });
});
