import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resetLoginThrottle } from "#app/auth/throttle.server.ts";
import type { Role } from "#db/schema.ts";
import { getDb } from "#db/client.ts";
import { essays, trajecten } from "#db/schema.ts";
import {
  createBijeenkomst,
  createLeervraag,
  createOrganisation,
  createUser,
  TEST_PASSWORD,
} from "#tests/factories.ts";
import { Client, startTestApp } from "#tests/setup/http.ts";

// Every route and action × every role, including anonymous: what the server answers.
const app = startTestApp();
beforeEach(() => resetLoginThrottle());

type Who = Role | "anoniem";
const everyone: Who[] = ["anoniem", "beheerder", "projectleider", "medewerker", "deelnemer"];

// 200 allowed, 302 to login, 403 forbidden (a Dutch page). {x} is filled in from the fixtures.
const pages: Record<string, Record<Who, number>> = {
  "/agenda": { anoniem: 302, beheerder: 200, projectleider: 200, medewerker: 200, deelnemer: 200 },
  "/agenda/nieuw?soort=intervisie": {
    anoniem: 302,
    beheerder: 403,
    projectleider: 200,
    medewerker: 403,
    deelnemer: 403,
  },
  "/bijeenkomsten/{meeting}": {
    anoniem: 302,
    beheerder: 200,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 200,
  },
  "/bijeenkomsten/{meeting}/bewerken": {
    anoniem: 302,
    beheerder: 403,
    projectleider: 200,
    medewerker: 403,
    deelnemer: 403,
  },
  "/bijeenkomsten/{meeting}.ics": {
    anoniem: 302,
    beheerder: 200,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 200,
  },
  "/leervragen": {
    anoniem: 302,
    beheerder: 200,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 200,
  },
  "/leervragen/nieuw": {
    anoniem: 302,
    beheerder: 403,
    projectleider: 403,
    medewerker: 403,
    deelnemer: 200,
  },
  "/leervragen/{ownQuestion}": {
    anoniem: 302,
    beheerder: 200,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 200,
  },
  "/leervragen/{ownQuestion}/bewerken": {
    anoniem: 302,
    beheerder: 403,
    projectleider: 403,
    medewerker: 403,
    deelnemer: 200,
  },
  "/leervragen/{otherQuestion}/bewerken": {
    anoniem: 302,
    beheerder: 403,
    projectleider: 403,
    medewerker: 403,
    deelnemer: 403,
  },
  "/aan-de-slag": {
    anoniem: 302,
    beheerder: 200,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 200,
  },
  "/aan-de-slag/nieuw": {
    anoniem: 302,
    beheerder: 403,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 200,
  },
  "/aan-de-slag/{otherTraject}": {
    anoniem: 302,
    beheerder: 200,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 200,
  },
  "/aan-de-slag/{otherTraject}/bewerken": {
    anoniem: 302,
    beheerder: 403,
    projectleider: 200,
    medewerker: 403,
    deelnemer: 403,
  },
  "/gemeenten": {
    anoniem: 302,
    beheerder: 200,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 200,
  },
  "/gemeenten/{ownSlug}": {
    anoniem: 302,
    beheerder: 200,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 200,
  },
  "/themas": { anoniem: 200, beheerder: 200, projectleider: 200, medewerker: 200, deelnemer: 200 },
  "/zoeken?q=wijk": {
    anoniem: 200,
    beheerder: 200,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 200,
  },
  "/essays": { anoniem: 200, beheerder: 200, projectleider: 200, medewerker: 200, deelnemer: 200 },
  "/essays.atom": {
    anoniem: 200,
    beheerder: 200,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 200,
  },
  "/essays/{draftEssay}": {
    anoniem: 404,
    beheerder: 404,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 404,
  },
  "/essays/{draftEssay}/schrijven": {
    anoniem: 302,
    beheerder: 403,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 403,
  },
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
const fixtures: Record<string, string> = {};
const fill = (path: string) => path.replace(/\{(\w+)\}/g, (_, key: string) => fixtures[key]!);

beforeAll(async () => {
  organisationId = createOrganisation().id;
  targetUserId = (await createUser()).id;
  // The deelnemer belongs to "own" municipality; "other" is another one's.
  const own = createOrganisation();
  const other = createOrganisation();
  fixtures.ownSlug = own.slug;
  fixtures.meeting = String(createBijeenkomst().id);
  fixtures.ownQuestion = String(createLeervraag({ organisationId: own.id }).id);
  fixtures.otherQuestion = String(createLeervraag({ organisationId: other.id }).id);
  fixtures.draftEssay = getDb()
    .insert(essays)
    .values({
      bijeenkomstId: createBijeenkomst({ kind: "thema" }).id,
      slug: "concept-matrix",
      title: "Concept",
    })
    .returning()
    .get().slug;
  fixtures.otherTraject = String(
    getDb()
      .insert(trajecten)
      .values({ organisationId: other.id, title: "Elders" })
      .returning()
      .get().id,
  );
  for (const who of everyone) {
    const client = new Client(app);
    if (who !== "anoniem") {
      const user = await createUser({
        role: who,
        organisationId: who === "deelnemer" ? own.id : undefined,
      });
      resetLoginThrottle();
      await client.login(user.email, TEST_PASSWORD);
    }
    clients.set(who, client);
  }
});

describe.each(Object.entries(pages))("GET %s", (path, expected) => {
  it.each(everyone)("as %s", async (who) => {
    const response = await clients.get(who)!.get(fill(path));
    expect(response.status).toBe(expected[who]);
    if (expected[who] === 302) {
      expect(response.headers.get("Location")).toBe(
        `/inloggen?redirectTo=${encodeURIComponent(fill(path))}`,
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
    name: "intervisie plannen",
    path: "/agenda/nieuw?soort=intervisie",
    form: () => ({
      kind: "intervisie",
      title: "Matrix",
      hostOrganisationId: String(createOrganisation({ circle: 1 }).id),
      location: "Hier",
      date: "2031-01-01",
      startTime: "10:00",
      endTime: "12:00",
    }),
    expected: { anoniem: 302, beheerder: 403, projectleider: 302, medewerker: 403, deelnemer: 403 },
  },
  {
    name: "aanmelden",
    path: "/bijeenkomsten/{meeting}",
    form: () => ({ intent: "rsvp", response: "misschien" }),
    expected: { anoniem: 302, beheerder: 200, projectleider: 200, medewerker: 200, deelnemer: 200 },
  },
  {
    name: "programma aanvullen",
    path: "/bijeenkomsten/{meeting}",
    form: () => ({ intent: "agendapunt-toevoegen", title: "Matrix" }),
    expected: { anoniem: 302, beheerder: 403, projectleider: 200, medewerker: 403, deelnemer: 403 },
  },
  {
    name: "leervraag indienen",
    path: "/leervragen/nieuw",
    form: () => ({ title: "T", question: "V", casus: "C", werkvormen: "intervisie" }),
    expected: { anoniem: 302, beheerder: 403, projectleider: 403, medewerker: 403, deelnemer: 302 },
  },
  {
    name: "andermans leervraag wijzigen",
    path: "/leervragen/{otherQuestion}/bewerken",
    form: () => ({ title: "T", question: "V", casus: "C", werkvormen: "intervisie" }),
    expected: { anoniem: 302, beheerder: 403, projectleider: 403, medewerker: 403, deelnemer: 403 },
  },
  {
    name: "reageren op een leervraag",
    path: "/leervragen/{otherQuestion}",
    form: () => ({ intent: "reactie", body: "Mooi" }),
    expected: { anoniem: 302, beheerder: 200, projectleider: 200, medewerker: 200, deelnemer: 200 },
  },
  {
    name: "uitkomst vastleggen",
    path: "/leervragen/{otherQuestion}",
    form: () => ({ intent: "uitkomst", outcome: "U", followUp: "" }),
    expected: { anoniem: 302, beheerder: 403, projectleider: 200, medewerker: 403, deelnemer: 403 },
  },
  {
    name: "in andermans logboek schrijven",
    path: "/aan-de-slag/{otherTraject}",
    form: () => ({ kind: "contact", date: "2026-11-20", body: "x" }),
    expected: { anoniem: 302, beheerder: 403, projectleider: 200, medewerker: 403, deelnemer: 403 },
  },
  {
    name: "visie van de eigen gemeente",
    path: "/gemeenten/{ownSlug}",
    form: () => ({ opvatting: "breed" }),
    expected: { anoniem: 302, beheerder: 403, projectleider: 200, medewerker: 403, deelnemer: 200 },
  },
  {
    name: "thema voorstellen",
    path: "/themas",
    form: () => ({ intent: "voorstellen", name: `Thema ${Math.random().toString(36).slice(2)}` }),
    expected: { anoniem: 302, beheerder: 403, projectleider: 200, medewerker: 403, deelnemer: 403 },
  },
  {
    name: "essay publiceren",
    path: "/essays/{draftEssay}/schrijven",
    form: () => ({ intent: "publiceren" }),
    // Staff may publish, but not a concept: 409 shows the permission check passed.
    expected: { anoniem: 302, beheerder: 403, projectleider: 403, medewerker: 409, deelnemer: 403 },
  },
  {
    name: "opmerking bij een essay",
    path: "/essays/{draftEssay}/schrijven",
    form: () => ({ intent: "opmerking", body: "Helder" }),
    expected: { anoniem: 302, beheerder: 403, projectleider: 200, medewerker: 200, deelnemer: 403 },
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
    const response = await clients.get(who)!.post(fill(path), form());
    expect(response.status).toBe(expected[who]);
  });
});
