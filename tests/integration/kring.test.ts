import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "#db/client.ts";
import { auditLog, notifications, organisations, toetredingen } from "#db/schema.ts";
import { createOrganisation } from "#tests/factories.ts";
import { signedIn, startTestApp } from "#tests/setup/http.ts";

// The second circle's scope and joining the first circle (/eerste-kring): who may ask, who
// decides, what a decision changes, and who hears of it.
const app = startTestApp();

const member = (circle: 1 | 2, organisationId = createOrganisation({ circle }).id) =>
  signedIn(app, { role: "deelnemer", organisationId });
const requestsOf = (organisationId: number) =>
  getDb().select().from(toetredingen).where(eq(toetredingen.organisationId, organisationId)).all();
const circleOf = (organisationId: number) =>
  getDb()
    .select({ circle: organisations.circle })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .get()!.circle;
const told = (userIds: number[], kind: string) =>
  getDb()
    .select({ userId: notifications.userId })
    .from(notifications)
    .where(and(inArray(notifications.userId, userIds), eq(notifications.kind, kind)))
    .all()
    .map((n) => n.userId)
    .sort();

describe("the second circle", () => {
  it("has its scope explained on its members' dashboard, and the first circle does not", async () => {
    const second = await member(2);
    const dashboard = await (await second.client.get("/")).text();
    expect(dashboard).toContain("Je gemeente hoort bij de tweede leerkring");
    expect(dashboard).toContain('href="/eerste-kring"');
    const first = await member(1);
    expect(await (await first.client.get("/")).text()).not.toContain("tweede leerkring");
  });

  it("asks to join; the project leaders hear of it; a second request waits for the first", async () => {
    const second = await member(2);
    const colleague = await member(2, second.user.organisationId);
    const leader = await signedIn(app, { role: "projectleider" });
    const page = await (await second.client.get("/eerste-kring")).text();
    expect(page).toContain("Waarom wil je gemeente toetreden?");

    const empty = await second.client.post("/eerste-kring", { intent: "vragen", motivation: " " });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Vul dit veld in.");
    expect(requestsOf(second.user.organisationId)).toEqual([]);

    const asked = await second.client.post("/eerste-kring", {
      intent: "vragen",
      motivation: "We willen onze casus over het buurthuis inbrengen.",
    });
    expect(asked.status).toBe(200);
    expect(await asked.text()).toContain("Je verzoek is naar de projectleiders gestuurd.");
    expect(requestsOf(second.user.organisationId)).toMatchObject([
      { status: "open", requestedById: second.user.id },
    ]);
    expect(told([leader.user.id], "kring.melding.gevraagd")).toEqual([leader.user.id]);
    expect(
      getDb()
        .select()
        .from(auditLog)
        .where(eq(auditLog.action, "toetreding.gevraagd"))
        .all()
        .some((e) => e.subjectId === String(second.user.organisationId)),
    ).toBe(true);

    // The colleague sees it is open, without a form; posting anyway is refused.
    const colleaguePage = await (await colleague.client.get("/eerste-kring")).text();
    expect(colleaguePage).toContain("ligt bij de projectleiders");
    expect(colleaguePage).not.toContain("Toetreding aanvragen");
    const twice = await colleague.client.post("/eerste-kring", {
      intent: "vragen",
      motivation: "Nog een keer",
    });
    expect(twice.status).toBe(409);
    expect(await twice.text()).toContain("Je gemeente heeft al een verzoek open staan");
    expect(requestsOf(second.user.organisationId)).toHaveLength(1);
  });

  it("is for second-circle members to ask and project leaders to decide, nobody else", async () => {
    const first = await member(1);
    const staff = await signedIn(app, { role: "medewerker" });
    const beheerder = await signedIn(app, { role: "beheerder" });
    const partner = await signedIn(app, {
      role: "deelnemer",
      organisationId: createOrganisation({ kind: "welzijnsinstelling", circle: null }).id,
    });
    for (const someone of [first, staff, beheerder, partner]) {
      expect((await someone.client.get("/eerste-kring")).status).toBe(403);
      const ask = await someone.client.post("/eerste-kring", {
        intent: "vragen",
        motivation: "Graag",
      });
      expect(ask.status).toBe(403);
    }
    const second = await member(2);
    await second.client.post("/eerste-kring", { intent: "vragen", motivation: "Graag" });
    const [request] = requestsOf(second.user.organisationId);
    for (const someone of [first, staff, beheerder, second]) {
      const decide = await someone.client.post("/eerste-kring", {
        intent: "beoordelen",
        requestId: String(request!.id),
        besluit: "aanvaard",
        reasons: "",
      });
      expect(decide.status).toBe(403);
    }
    expect(circleOf(second.user.organisationId)).toBe(2);
    expect(
      (await (await signedIn(app, { role: "projectleider" })).client.get("/eerste-kring")).status,
    ).toBe(200);
  });
});

describe("a project leader's decision", () => {
  it("accepts: the municipality is in the first circle at once", async () => {
    const second = await member(2);
    const leader = await signedIn(app, { role: "projectleider" });
    const otherLeader = await signedIn(app, { role: "projectleider" });
    await second.client.post("/eerste-kring", {
      intent: "vragen",
      motivation: "Wij brengen de casus van de wijkteams in.",
    });
    const [request] = requestsOf(second.user.organisationId);
    const list = await (await leader.client.get("/eerste-kring")).text();
    expect(list).toContain("Wij brengen de casus van de wijkteams in.");
    expect(await (await leader.client.get("/")).text()).toContain(
      "om toe te treden tot de eerste kring.",
    );

    const accepted = await leader.client.post("/eerste-kring", {
      intent: "beoordelen",
      requestId: String(request!.id),
      besluit: "aanvaard",
      reasons: "",
    });
    expect(accepted.status).toBe(200);
    expect(circleOf(second.user.organisationId)).toBe(1);
    expect(requestsOf(second.user.organisationId)).toMatchObject([
      { status: "aanvaard", decidedById: leader.user.id },
    ]);
    expect(
      told([second.user.id, otherLeader.user.id, leader.user.id], "kring.melding.aanvaard"),
    ).toEqual([second.user.id, otherLeader.user.id].sort());
    // Its member reads the outcome, and the first circle's scope now applies.
    const outcome = await (await second.client.get("/eerste-kring")).text();
    expect(outcome).toContain("toegetreden tot de eerste kring");
    expect(await (await second.client.get("/")).text()).not.toContain("tweede leerkring");
    const again = await leader.client.post("/eerste-kring", {
      intent: "beoordelen",
      requestId: String(request!.id),
      besluit: "afgewezen",
      reasons: "Toch niet",
    });
    expect(again.status).toBe(409);
    expect(circleOf(second.user.organisationId)).toBe(1);
  });

  it("declines only with reasons, which the municipality reads; it may ask again later", async () => {
    const second = await member(2);
    const leader = await signedIn(app, { role: "projectleider" });
    await second.client.post("/eerste-kring", { intent: "vragen", motivation: "Graag mee." });
    const [request] = requestsOf(second.user.organisationId);
    const bare = await leader.client.post("/eerste-kring", {
      intent: "beoordelen",
      requestId: String(request!.id),
      besluit: "afgewezen",
      reasons: "",
    });
    expect(bare.status).toBe(400);
    expect(await bare.text()).toContain("Schrijf op waarom het verzoek wordt afgewezen");
    expect(requestsOf(second.user.organisationId)[0]!.status).toBe("open");
    const unknown = await leader.client.post("/eerste-kring", {
      intent: "beoordelen",
      requestId: "99999999",
      besluit: "aanvaard",
      reasons: "",
    });
    expect(unknown.status).toBe(409);
    const nothing = await leader.client.post("/eerste-kring", {
      intent: "beoordelen",
      requestId: String(request!.id),
      besluit: "misschien",
      reasons: "",
    });
    expect(nothing.status).toBe(400);
    expect(await nothing.text()).toContain("Kies aanvaarden of afwijzen.");

    const declined = await leader.client.post("/eerste-kring", {
      intent: "beoordelen",
      requestId: String(request!.id),
      besluit: "afgewezen",
      reasons: "De eerste kring is dit seizoen vol; vraag het in september opnieuw.",
    });
    expect(declined.status).toBe(200);
    expect(circleOf(second.user.organisationId)).toBe(2);
    expect(told([second.user.id], "kring.melding.afgewezen")).toEqual([second.user.id]);
    const page = await (await second.client.get("/eerste-kring")).text();
    expect(page).toContain("is op");
    expect(page).toContain("vraag het in september opnieuw");
    expect(page).toContain("Toetreding aanvragen");
    const later = await second.client.post("/eerste-kring", {
      intent: "vragen",
      motivation: "Nu in september.",
    });
    expect(later.status).toBe(200);
    expect(
      requestsOf(second.user.organisationId)
        .map((r) => r.status)
        .sort(),
    ).toEqual(["afgewezen", "open"]);
  });
});
