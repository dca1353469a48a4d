import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resetLoginThrottle } from "#app/auth/throttle.server.ts";
import type { Role } from "#db/schema.ts";
import { createOrganisation, createUser, TEST_PASSWORD } from "#tests/factories.ts";
import { Client, startTestApp } from "#tests/setup/http.ts";

// Every route and action × every role, including anonymous: what the server answers.
const app = startTestApp();
beforeEach(() => resetLoginThrottle());

type Who = Role | "anoniem";
const everyone: Who[] = ["anoniem", "beheerder", "projectleider", "medewerker", "deelnemer"];

// 200 allowed, 302 to login, 403 forbidden (a Dutch page).
const pages: Record<string, Record<Who, number>> = {
  "/": { anoniem: 200, beheerder: 200, projectleider: 200, medewerker: 200, deelnemer: 200 },
  "/account": { anoniem: 302, beheerder: 200, projectleider: 200, medewerker: 200, deelnemer: 200 },
  "/beheer/uitnodigingen": {
    anoniem: 302,
    beheerder: 200,
    projectleider: 200,
    medewerker: 403,
    deelnemer: 403,
  },
  "/beheer/organisaties": {
    anoniem: 302,
    beheerder: 200,
    projectleider: 403,
    medewerker: 403,
    deelnemer: 403,
  },
  "/beheer/accounts": {
    anoniem: 302,
    beheerder: 200,
    projectleider: 403,
    medewerker: 403,
    deelnemer: 403,
  },
};

const clients = new Map<Who, Client>();
let organisationId = 0;
let targetUserId = 0;

beforeAll(async () => {
  organisationId = createOrganisation().id;
  targetUserId = (await createUser()).id;
  for (const who of everyone) {
    const client = new Client(app);
    if (who !== "anoniem") {
      const user = await createUser({ role: who });
      resetLoginThrottle();
      await client.login(user.email, TEST_PASSWORD);
    }
    clients.set(who, client);
  }
});

describe.each(Object.entries(pages))("GET %s", (path, expected) => {
  it.each(everyone)("as %s", async (who) => {
    const response = await clients.get(who)!.get(path);
    expect(response.status).toBe(expected[who]);
    if (expected[who] === 302) {
      expect(response.headers.get("Location")).toBe(
        `/inloggen?redirectTo=${encodeURIComponent(path)}`,
      );
    }
    if (expected[who] === 403) expect(await response.text()).toContain("Geen toegang");
  });
});

const actions: {
  name: string;
  path: string;
  form: () => Record<string, string>;
  expected: Record<Who, number>;
}[] = [
  {
    name: "uitnodigen",
    path: "/beheer/uitnodigingen",
    form: () => ({
      intent: "uitnodigen",
      email: `matrix-${Math.random().toString(36).slice(2)}@test.leerkring.nl`,
      organisationId: String(organisationId),
      role: "deelnemer",
    }),
    expected: { anoniem: 302, beheerder: 200, projectleider: 200, medewerker: 403, deelnemer: 403 },
  },
  {
    name: "organisatie toevoegen",
    path: "/beheer/organisaties",
    form: () => ({
      intent: "aanmaken",
      name: `Stichting Matrix ${Math.random().toString(36).slice(2)}`,
      kind: "welzijnsinstelling",
      circle: "",
      region: "",
      werkplaatsId: "",
    }),
    expected: { anoniem: 302, beheerder: 200, projectleider: 403, medewerker: 403, deelnemer: 403 },
  },
  {
    name: "rol wijzigen",
    path: "/beheer/accounts",
    form: () => ({ intent: "rol", userId: String(targetUserId), role: "deelnemer" }),
    expected: { anoniem: 302, beheerder: 200, projectleider: 403, medewerker: 403, deelnemer: 403 },
  },
  {
    name: "eigen taal kiezen",
    path: "/account",
    form: () => ({ intent: "taal", locale: "nl" }),
    expected: { anoniem: 302, beheerder: 200, projectleider: 200, medewerker: 200, deelnemer: 200 },
  },
];

describe.each(actions)("POST $path ($name)", ({ path, form, expected }) => {
  it.each(everyone)("as %s", async (who) => {
    const response = await clients.get(who)!.post(path, form());
    expect(response.status).toBe(expected[who]);
  });
});
