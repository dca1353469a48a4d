import { and, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resetLoginThrottle } from "#app/auth/throttle.server.ts";
import { getDb } from "#db/client.ts";
import { indicatoren, voorwaarden, wijkmetingen, wijkmetingScores } from "#db/schema.ts";
import {
  createOrganisation,
  createUser,
  createWijkmeting,
  TEST_PASSWORD,
} from "#tests/factories.ts";
import { Client, startTestApp } from "#tests/setup/http.ts";

// The beheerder changes the framework; earlier assessments keep what they were scored against.
const app = startTestApp();
beforeEach(() => resetLoginThrottle());

let beheerder: Client;
let member: Client;
let gemeente: number;

const indicator = (code: string) =>
  getDb().select().from(indicatoren).where(eq(indicatoren.code, code)).get()!;
const voorwaarde = (slug: "cohesie" | "zekerheid") =>
  getDb().select().from(voorwaarden).where(eq(voorwaarden.slug, slug)).get()!;

beforeAll(async () => {
  gemeente = createOrganisation({ circle: 1 }).id;
  const admin = await createUser({ role: "beheerder" });
  const user = await createUser({ role: "deelnemer", organisationId: gemeente });
  beheerder = new Client(app);
  member = new Client(app);
  await beheerder.login(admin.email, TEST_PASSWORD);
  resetLoginThrottle();
  await member.login(user.email, TEST_PASSWORD);
});

describe("managing the indicators", () => {
  it("adds an indicator under a condition with the next code", async () => {
    const page = await (await beheerder.get("/beheer/indicatoren")).text();
    expect(page).toContain("Indicatoren van de monitor");
    expect(page).toContain("Inwoners in deze wijk leven boven de armoedegrens.");
    const text = "Inwoners in deze wijk kennen de namen van hun buren.";
    const response = await beheerder.post("/beheer/indicatoren", {
      intent: "toevoegen",
      voorwaardeId: String(voorwaarde("cohesie").id),
      text: `  ${text} `,
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Indicator C17 is toegevoegd.");
    expect(indicator("C17")).toMatchObject({ text, origin: "beheerder", retiredAt: null });
    const { id } = createWijkmeting({ organisationId: gemeente });
    expect(await (await member.get(`/monitor/${id}/invullen`)).text()).toContain(text);
    expect(await (await member.get("/monitor/kader")).text()).toContain(text);
  });

  it("refuses an empty, too short or duplicate text beside the field", async () => {
    const cohesie = String(voorwaarde("cohesie").id);
    const empty = await beheerder.post("/beheer/indicatoren", {
      intent: "toevoegen",
      voorwaardeId: cohesie,
      text: "",
    });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Vul dit veld in.");
    const short = await beheerder.post("/beheer/indicatoren", {
      intent: "toevoegen",
      voorwaardeId: cohesie,
      text: "Kort",
    });
    expect(short.status).toBe(400);
    expect(await short.text()).toContain("Schrijf de indicator als een volledige zin");
    const duplicate = await beheerder.post("/beheer/indicatoren", {
      intent: "toevoegen",
      voorwaardeId: cohesie,
      text: "in deze wijk vertrouwen inwoners elkaar.",
    });
    expect(duplicate.status).toBe(400);
    expect(await duplicate.text()).toContain(
      "Deze voorwaarde heeft al een indicator met deze tekst.",
    );
    const unknown = await beheerder.post("/beheer/indicatoren", {
      intent: "intrekken",
      indicatorId: "999999",
    });
    expect(unknown.status).toBe(404);
  });

  it("rewords an indicator: submitted assessments keep the wording they were scored against", async () => {
    const z01 = indicator("Z01");
    const original = z01.text;
    const submitted = createWijkmeting({
      organisationId: gemeente,
      status: "ingediend",
      score: () => 4,
    });
    const concept = createWijkmeting({ organisationId: gemeente, score: () => 2 });
    const reworded = "Huishoudens in deze wijk leven boven de armoedegrens.";
    const response = await beheerder.post("/beheer/indicatoren", {
      intent: "wijzigen",
      indicatorId: String(z01.id),
      text: reworded,
    });
    expect(response.status).toBe(200);
    expect(indicator("Z01")).toMatchObject({ id: z01.id, text: reworded });

    const result = await (await member.get(`/monitor/${submitted.id}`)).text();
    expect(result).toContain(original);
    expect(result).not.toContain(reworded);
    const csv = await (await member.get(`/monitor/${submitted.id}.csv`)).text();
    expect(csv).toContain(original);

    const form = await (await member.get(`/monitor/${concept.id}/invullen`)).text();
    expect(form).toContain(reworded);
    expect(form).toContain(`Gescoord op een eerdere formulering: “${original}”.`);
  });

  it("retires an indicator: it leaves the form, stays in what scored it, and can come back", async () => {
    const z02 = indicator("Z02");
    const submitted = createWijkmeting({
      organisationId: gemeente,
      status: "ingediend",
      score: () => 3,
    });
    const concept = createWijkmeting({ organisationId: gemeente, score: () => 3 });
    // The first step only asks what will happen; the indicator stays in use until confirmed.
    const ask = await beheerder.post("/beheer/indicatoren", {
      intent: "intrekken",
      indicatorId: String(z02.id),
    });
    expect(ask.status).toBe(200);
    const question = await ask.text();
    expect(question).toContain("Weet u het zeker?");
    expect(question).toContain("Indicator Z02 (");
    expect(question).toContain("Ja, trek Z02 in");
    expect(indicator("Z02").retiredAt).toBeNull();
    const retire = await beheerder.post("/beheer/indicatoren", {
      intent: "intrekken",
      indicatorId: String(z02.id),
      bevestigd: "ja",
    });
    expect(retire.status).toBe(200);
    expect(await retire.text()).toContain("Z02 is ingetrokken.");

    const form = await (await member.get(`/monitor/${concept.id}/invullen`)).text();
    expect(form).not.toContain(`id="indicator-Z02"`);
    const result = await (await member.get(`/monitor/${submitted.id}`)).text();
    expect(result).toContain(z02.text);
    expect(result).toContain("(ingetrokken)");

    // The concept still holds an answer to Z02; submitting leaves it out of what is submitted.
    const submit = await member.post(`/monitor/${concept.id}/invullen`, { intent: "indienen" });
    expect(submit.status).toBe(302);
    expect(
      getDb().select().from(wijkmetingen).where(eq(wijkmetingen.id, concept.id)).get()!.status,
    ).toBe("ingediend");
    const leftover = getDb()
      .select()
      .from(wijkmetingScores)
      .where(
        and(
          eq(wijkmetingScores.wijkmetingId, concept.id),
          eq(wijkmetingScores.indicatorId, z02.id),
        ),
      )
      .all();
    expect(leftover).toEqual([]);
    const earlier = getDb()
      .select()
      .from(wijkmetingScores)
      .where(
        and(
          eq(wijkmetingScores.wijkmetingId, submitted.id),
          eq(wijkmetingScores.indicatorId, z02.id),
        ),
      )
      .all();
    expect(earlier).toHaveLength(1);

    const restore = await beheerder.post("/beheer/indicatoren", {
      intent: "terugzetten",
      indicatorId: String(z02.id),
    });
    expect(restore.status).toBe(200);
    expect(indicator("Z02").retiredAt).toBeNull();
  });
});
