import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "#db/client.ts";
import { leervraagStatuswijzigingen, leervragen } from "#db/schema.ts";
import {
  createBijeenkomst,
  createLeervraag,
  createOrganisation,
  createWijkmeting,
} from "#tests/factories.ts";
import { signedIn, startTestApp } from "#tests/setup/http.ts";

const app = startTestApp();
const questionOf = (id: number) =>
  getDb().select().from(leervragen).where(eq(leervragen.id, id)).get()!;

const form = {
  title: "Vrijwilligers vinden",
  question: "Hoe vinden we nieuwe vrijwilligers?",
  casus: "De buurtkamer draait op drie mensen.",
  context: "",
  themaId: "",
  werkvormen: "intervisie",
};

describe("submitting learning questions", () => {
  it("lets a municipality member submit one for their own municipality, with its history", async () => {
    const gemeente = createOrganisation();
    const { client, user } = await signedIn(app, {
      role: "deelnemer",
      organisationId: gemeente.id,
    });
    const response = await client.post("/leervragen/nieuw", { ...form, organisationId: "999" });
    expect(response.status).toBe(302);
    const id = Number(response.headers.get("Location")!.match(/\d+/)![0]);
    expect(questionOf(id)).toMatchObject({
      organisationId: gemeente.id,
      status: "ingediend",
      submittedById: user.id,
      werkvormen: ["intervisie"],
    });
    const history = getDb()
      .select()
      .from(leervraagStatuswijzigingen)
      .where(eq(leervraagStatuswijzigingen.leervraagId, id))
      .all();
    expect(history).toMatchObject([{ fromStatus: null, toStatus: "ingediend", userId: user.id }]);
    expect(await (await client.get(`/leervragen/${id}`)).text()).toContain("Vrijwilligers vinden");
  });

  it("shows Dutch errors beside the fields and keeps what was typed", async () => {
    const { client } = await signedIn(app, { role: "deelnemer" });
    const response = await client.post("/leervragen/nieuw", {
      title: "Alleen een titel",
      question: "",
      casus: "",
      context: "",
      themaId: "abc",
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("Vul dit veld in.");
    expect(html).toContain("Kies minstens één manier van werken.");
    expect(html).toContain('value="Alleen een titel"');
  });

  it("is for people of a municipality only", async () => {
    const { client } = await signedIn(app, {
      role: "deelnemer",
      organisationId: createOrganisation({ kind: "welzijnsinstelling", circle: null }).id,
    });
    expect((await client.post("/leervragen/nieuw", form)).status).toBe(403);
    const staff = await signedIn(app, { role: "medewerker" });
    expect((await staff.client.post("/leervragen/nieuw", form)).status).toBe(403);
  });

  it("offers intervision to the first circle only, on the form and in the action", async () => {
    const first = await signedIn(app, {
      role: "deelnemer",
      organisationId: createOrganisation({ circle: 1 }).id,
    });
    const firstForm = await (await first.client.get("/leervragen/nieuw")).text();
    expect(firstForm).toContain('value="intervisie"');
    expect(firstForm).not.toContain("Intervisie is er voor de gemeenten van de eerste leerkring");

    const gemeente = createOrganisation({ circle: 2 });
    const second = await signedIn(app, { role: "deelnemer", organisationId: gemeente.id });
    const page = await (await second.client.get("/leervragen/nieuw")).text();
    expect(page).not.toContain('value="intervisie"');
    expect(page).toContain("Intervisie is er voor de gemeenten van de eerste leerkring");
    expect(page).toContain('value="themabijeenkomst"');

    // A hand-made request asking for intervision is refused beside the field, in Dutch.
    const refused = await second.client.post("/leervragen/nieuw", form);
    expect(refused.status).toBe(400);
    const html = await refused.text();
    expect(html).toContain("Intervisie is alleen voor gemeenten in de eerste leerkring.");
    expect(html).toContain(`value="${form.title}"`);

    const accepted = await second.client.post("/leervragen/nieuw", {
      ...form,
      werkvormen: "themabijeenkomst",
    });
    expect(accepted.status).toBe(302);
    const id = Number(accepted.headers.get("Location")!.match(/\d+/)![0]);
    expect(questionOf(id)).toMatchObject({ werkvormen: ["themabijeenkomst"] });

    // Changing a question later is held to the same rule.
    const edited = await second.client.post(`/leervragen/${id}/bewerken`, form);
    expect(edited.status).toBe(400);
    expect(await edited.text()).toContain(
      "Intervisie is alleen voor gemeenten in de eerste leerkring.",
    );
    expect(questionOf(id)).toMatchObject({ werkvormen: ["themabijeenkomst"] });
  });
});

describe("the life of a learning question", () => {
  it("lets only the own municipality edit and withdraw it", async () => {
    const gemeente = createOrganisation();
    const q = createLeervraag({ organisationId: gemeente.id });
    const other = await signedIn(app, { role: "deelnemer" });
    expect((await other.client.post(`/leervragen/${q.id}/bewerken`, form)).status).toBe(403);
    expect(
      (await other.client.post(`/leervragen/${q.id}`, { intent: "status", status: "ingetrokken" }))
        .status,
    ).toBe(403);
    const own = await signedIn(app, { role: "deelnemer", organisationId: gemeente.id });
    expect(
      (await own.client.post(`/leervragen/${q.id}/bewerken`, { ...form, title: "Nieuwe titel" }))
        .status,
    ).toBe(302);
    expect(questionOf(q.id).title).toBe("Nieuwe titel");
    expect(
      (
        await own.client.post(`/leervragen/${q.id}`, {
          intent: "status",
          status: "ingetrokken",
          note: "Opgelost",
        })
      ).status,
    ).toBe(200);
    expect(questionOf(q.id).status).toBe("ingetrokken");
  });

  it("is planned on a session by a project leader, discussed, followed up and closed", async () => {
    const gemeente = createOrganisation();
    const q = createLeervraag({ organisationId: gemeente.id });
    const meeting = createBijeenkomst();
    const { client } = await signedIn(app, { role: "projectleider" });
    // A project leader cannot skip planning by pressing a status.
    expect(
      (await client.post(`/leervragen/${q.id}`, { intent: "status", status: "ingepland" })).status,
    ).toBe(403);
    expect(
      (
        await client.post(`/leervragen/${q.id}`, {
          intent: "inplannen",
          bijeenkomstId: String(meeting.id),
        })
      ).status,
    ).toBe(200);
    expect(questionOf(q.id)).toMatchObject({ status: "ingepland", bijeenkomstId: meeting.id });
    expect(await (await client.get(`/bijeenkomsten/${meeting.id}`)).text()).toContain(q.title);
    await client.post(`/leervragen/${q.id}`, { intent: "status", status: "besproken" });
    await client.post(`/leervragen/${q.id}`, {
      intent: "uitkomst",
      outcome: "Drie ideeën om te proberen.",
      followUp: "Terugkoppeling in maart.",
    });
    await client.post(`/leervragen/${q.id}`, { intent: "status", status: "opvolging" });
    const own = await signedIn(app, { role: "deelnemer", organisationId: gemeente.id });
    expect(
      (await own.client.post(`/leervragen/${q.id}`, { intent: "status", status: "afgerond" }))
        .status,
    ).toBe(200);
    expect(questionOf(q.id)).toMatchObject({
      status: "afgerond",
      outcome: "Drie ideeën om te proberen.",
    });
    const history = getDb()
      .select()
      .from(leervraagStatuswijzigingen)
      .where(eq(leervraagStatuswijzigingen.leervraagId, q.id))
      .all();
    expect(history.map((h) => h.toStatus)).toEqual([
      "ingepland",
      "besproken",
      "opvolging",
      "afgerond",
    ]);
    const html = await (await own.client.get(`/leervragen/${q.id}`)).text();
    expect(html).toContain("Terugkoppeling in maart.");
  });

  it("does not plan a question on a theme meeting or a cancelled session", async () => {
    const q = createLeervraag({ organisationId: createOrganisation().id });
    const { client } = await signedIn(app, { role: "projectleider" });
    const theme = createBijeenkomst({ kind: "thema" });
    expect(
      (
        await client.post(`/leervragen/${q.id}`, {
          intent: "inplannen",
          bijeenkomstId: String(theme.id),
        })
      ).status,
    ).toBe(409);
    const cancelled = createBijeenkomst({ status: "geannuleerd" });
    expect(
      (
        await client.post(`/leervragen/${q.id}`, {
          intent: "inplannen",
          bijeenkomstId: String(cancelled.id),
        })
      ).status,
    ).toBe(409);
    expect(questionOf(q.id).status).toBe("ingediend");
  });

  it("keeps outcome recording with the project leaders", async () => {
    const gemeente = createOrganisation();
    const q = createLeervraag({ organisationId: gemeente.id, status: "besproken" });
    const own = await signedIn(app, { role: "deelnemer", organisationId: gemeente.id });
    expect(
      (
        await own.client.post(`/leervragen/${q.id}`, {
          intent: "uitkomst",
          outcome: "x",
          followUp: "",
        })
      ).status,
    ).toBe(403);
  });

  it("takes plain comments from everyone, escaped", async () => {
    const q = createLeervraag({ organisationId: createOrganisation().id });
    const { client } = await signedIn(app, { role: "medewerker", name: "Mila Meedenker" });
    expect((await client.post(`/leervragen/${q.id}`, { intent: "reactie", body: "" })).status).toBe(
      400,
    );
    expect(
      (
        await client.post(`/leervragen/${q.id}`, {
          intent: "reactie",
          body: "Goed idee <script>alert(1)</script>",
        })
      ).status,
    ).toBe(200);
    const html = await (await client.get(`/leervragen/${q.id}`)).text();
    expect(html).toContain("Mila Meedenker");
    expect(html).toContain("Goed idee &lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("shows the neighbourhood assessments linked to it", async () => {
    const gemeente = createOrganisation();
    const q = createLeervraag({ organisationId: gemeente.id });
    createWijkmeting({ organisationId: gemeente.id, wijk: "Kwartier Zuid", leervraagId: q.id });
    const { client } = await signedIn(app, { role: "deelnemer", organisationId: gemeente.id });
    const html = await (await client.get(`/leervragen/${q.id}`)).text();
    expect(html).toContain("Kwartier Zuid");
  });

  it("filters the list by status and municipality", async () => {
    const gemeente = createOrganisation({ name: "Gemeente Filterdorp" });
    createLeervraag({ organisationId: gemeente.id, title: "Ingediende vraag uit Filterdorp" });
    createLeervraag({
      organisationId: gemeente.id,
      title: "Afgeronde vraag uit Filterdorp",
      status: "afgerond",
    });
    const { client } = await signedIn(app);
    const html = await (
      await client.get(`/leervragen?gemeente=${gemeente.id}&status=afgerond`)
    ).text();
    expect(html).toContain("Afgeronde vraag uit Filterdorp");
    expect(html).not.toContain("Ingediende vraag uit Filterdorp");
    expect((await client.get("/leervragen?status=onzin&gemeente=x&pagina=-3")).status).toBe(200);
  });
});
