import { and, count, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resetLoginThrottle } from "#app/auth/throttle.server.ts";
import type { Role } from "#db/schema.ts";
import { getDb } from "#db/client.ts";
import {
  agendapunten,
  auditLog,
  bijlagen,
  criticalFriends,
  datumprikkers,
  essays,
  logboek,
  partnerContacten,
  trajecten,
  uitdagingen,
} from "#db/schema.ts";
import * as Y from "yjs";
import { EVENTS, notitiesDocumentName, type JoinResult } from "#shared/collab/protocol.ts";
import { FRAGMENT } from "#shared/editor/extensions.ts";
import { connectSocket } from "#tests/setup/collab.ts";
import {
  createBesluit,
  createBijeenkomst,
  createLeervraag,
  createOrganisation,
  createThema,
  createUser,
  createWijk,
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
  "/agenda/rotatie": {
    anoniem: 302,
    beheerder: 403,
    projectleider: 200,
    medewerker: 403,
    deelnemer: 403,
  },
  "/agenda/rotatie?seizoen=2031-2032&aantal=2": {
    anoniem: 302,
    beheerder: 403,
    projectleider: 200,
    medewerker: 403,
    deelnemer: 403,
  },
  "/agenda?weergave=maand": {
    anoniem: 302,
    beheerder: 200,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 200,
  },
  "/agenda?weergave=week": {
    anoniem: 302,
    beheerder: 200,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 200,
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
  "/gemeenten/{ownSlug}/wijken": {
    anoniem: 302,
    beheerder: 200,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 200,
  },
  "/gemeenten/{ownSlug}/wijken/{ownWijk}": {
    anoniem: 302,
    beheerder: 200,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 200,
  },
  "/gemeenten/{otherSlug}/wijken/{otherWijk}": {
    anoniem: 302,
    beheerder: 200,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 403,
  },
  "/praktijkvoorbeelden": {
    anoniem: 200,
    beheerder: 200,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 200,
  },
  "/praktijkvoorbeelden.atom": {
    anoniem: 200,
    beheerder: 200,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 200,
  },
  "/praktijkvoorbeelden/nieuw": {
    anoniem: 302,
    beheerder: 403,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 200,
  },
  "/interventies": {
    anoniem: 302,
    beheerder: 200,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 200,
  },
  "/interventies/nieuw": {
    anoniem: 302,
    beheerder: 403,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 200,
  },
  "/interventies/onderzoeksdesigns": {
    anoniem: 302,
    beheerder: 200,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 403,
  },
  "/tags": {
    anoniem: 302,
    beheerder: 403,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 403,
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
  "/essays/volgen/onbekend": {
    anoniem: 200,
    beheerder: 200,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 200,
  },
  "/api/vermeldbaar?document=essay:{draftEssayId}&q=": {
    anoniem: 401,
    beheerder: 403,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 403,
  },
  "/": { anoniem: 200, beheerder: 200, projectleider: 200, medewerker: 200, deelnemer: 200 },
  "/account": { anoniem: 302, beheerder: 200, projectleider: 200, medewerker: 200, deelnemer: 200 },
  "/account/mijn-gegevens": {
    anoniem: 302,
    beheerder: 200,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 200,
  },
  "/account/mijn-gegevens.json": {
    anoniem: 302,
    beheerder: 200,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 200,
  },
  "/beheer/verwijderverzoeken": {
    anoniem: 302,
    beheerder: 200,
    projectleider: 403,
    medewerker: 403,
    deelnemer: 403,
  },
  "/meldingen": {
    anoniem: 302,
    beheerder: 200,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 200,
  },
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
  "/beheer/e-mail": {
    anoniem: 302,
    beheerder: 200,
    projectleider: 403,
    medewerker: 403,
    deelnemer: 403,
  },
  "/beheer/verklaringen": {
    anoniem: 302,
    beheerder: 200,
    projectleider: 403,
    medewerker: 403,
    deelnemer: 403,
  },
  "/beheer/audit": {
    anoniem: 302,
    beheerder: 200,
    projectleider: 403,
    medewerker: 403,
    deelnemer: 403,
  },
  "/privacy": { anoniem: 200, beheerder: 200, projectleider: 200, medewerker: 200, deelnemer: 200 },
  "/toegankelijkheid": {
    anoniem: 200,
    beheerder: 200,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 200,
  },
  "/programma": {
    anoniem: 302,
    beheerder: 200,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 200,
  },
  "/rapportage": {
    anoniem: 302,
    beheerder: 200,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 403,
  },
  "/besluiten": {
    anoniem: 302,
    beheerder: 200,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 200,
  },
  "/besluiten/nieuw": {
    anoniem: 302,
    beheerder: 403,
    projectleider: 200,
    medewerker: 403,
    deelnemer: 403,
  },
  "/besluiten/{besluit}": {
    anoniem: 302,
    beheerder: 200,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 200,
  },
  // The date poll: opened by project leaders; its grid for them and who is asked (nobody here).
  "/bijeenkomsten/{meeting}/datumprikker": {
    anoniem: 302,
    beheerder: 403,
    projectleider: 200,
    medewerker: 403,
    deelnemer: 403,
  },
  "/datumprikker/{datumprikker}": {
    anoniem: 302,
    beheerder: 403,
    projectleider: 200,
    medewerker: 403,
    deelnemer: 403,
  },
  "/partners": {
    anoniem: 302,
    beheerder: 200,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 200,
  },
  "/partners/activiteiten.csv": {
    anoniem: 302,
    beheerder: 200,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 200,
  },
  "/partners/contacten": {
    anoniem: 302,
    beheerder: 403,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 403,
  },
  // A contact who gave consent: staff and project leaders (app/auth/rules/partner-contact.ts).
  "/partners/contacten/{partnerContact}": {
    anoniem: 302,
    beheerder: 403,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 403,
  },
  "/beheer/api-sleutels": {
    anoniem: 302,
    beheerder: 200,
    projectleider: 403,
    medewerker: 403,
    deelnemer: 403,
  },
  "/api/v1/openapi.json": {
    anoniem: 200,
    beheerder: 200,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 200,
  },
  "/leervragen/terugkerende-uitdagingen.csv": {
    anoniem: 302,
    beheerder: 200,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 403,
  },
  // The deelnemer here is of a first-circle municipality (the second circle: kring.test.ts).
  "/eerste-kring": {
    anoniem: 302,
    beheerder: 403,
    projectleider: 200,
    medewerker: 403,
    deelnemer: 403,
  },
  "/beheer/audit.csv": {
    anoniem: 302,
    beheerder: 200,
    projectleider: 403,
    medewerker: 403,
    deelnemer: 403,
  },
  // Attachments (docs/attachments.md): {bijlage} is a file on {ownQuestion}, a case for
  // intervision that its municipality and who reads intervision (every role here) may see; anyone
  // else gets 404, the same as for an id that does not exist. Removing it: its municipality.
  "/bijlagen/{bijlage}/casus.txt": {
    anoniem: 404,
    beheerder: 200,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 200,
  },
  "/bijlagen/999999/casus.txt": {
    anoniem: 404,
    beheerder: 404,
    projectleider: 404,
    medewerker: 404,
    deelnemer: 404,
  },
  "/bijlagen/verwijderen/{bijlage}": {
    anoniem: 302,
    beheerder: 403,
    projectleider: 403,
    medewerker: 403,
    deelnemer: 200,
  },
  // Follow-up of a held theme meeting: for everyone who sees the agenda (the forms are the rules').
  "/bijeenkomsten/{heldThema}/opvolging": {
    anoniem: 302,
    beheerder: 200,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 200,
  },
  "/bijeenkomsten/{meeting}/documenten": {
    anoniem: 302,
    beheerder: 200,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 200,
  },
  "/gemeenten/{ownSlug}/documenten": {
    anoniem: 302,
    beheerder: 200,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 200,
  },
  "/themas/{thema}/documenten": {
    anoniem: 302,
    beheerder: 200,
    projectleider: 200,
    medewerker: 200,
    deelnemer: 200,
  },
};

const clients = new Map<Who, Client>();
const userIds = new Map<Who, number>();

// The audit trail records each refusal of the grid once, for the person refused
// (app/audit/middleware.server.ts); someone not signed in is sent to log in, not refused.
function refusalsOf(who: Who, path: string): number {
  const userId = userIds.get(who);
  if (!userId) return 0;
  return getDb()
    .select({ n: count() })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.action, "toegang.geweigerd"),
        eq(auditLog.actorId, userId),
        eq(auditLog.subjectId, new URL(path, "http://leerkring.test").pathname),
      ),
    )
    .get()!.n;
}
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
  fixtures.otherSlug = other.slug;
  fixtures.ownWijk = String(createWijk(own.id).id);
  fixtures.otherWijk = String(createWijk(other.id).id);
  fixtures.uitdaging = String(getDb().select().from(uitdagingen).get()!.id);
  fixtures.meeting = String(createBijeenkomst().id);
  fixtures.besluit = String(createBesluit().besluit.id);
  fixtures.datumprikker = String(
    getDb()
      .insert(datumprikkers)
      .values({
        bijeenkomstId: Number(fixtures.meeting),
        deadline: new Date(Date.now() + 86_400_000),
      })
      .returning()
      .get().id,
  );
  fixtures.ownQuestion = String(createLeervraag({ organisationId: own.id }).id);
  fixtures.otherQuestion = String(createLeervraag({ organisationId: other.id }).id);
  const draftEssay = getDb()
    .insert(essays)
    .values({
      bijeenkomstId: createBijeenkomst({ kind: "thema" }).id,
      slug: "concept-matrix",
      title: "Concept",
    })
    .returning()
    .get();
  fixtures.draftEssay = draftEssay.slug;
  const heldThema = createBijeenkomst({
    kind: "thema",
    status: "gehouden",
    startsAt: new Date(Date.now() - 86_400_000),
  });
  getDb()
    .insert(essays)
    .values({ bijeenkomstId: heldThema.id, slug: "opvolging-matrix", title: "Opvolging" })
    .run();
  fixtures.heldThema = String(heldThema.id);
  fixtures.draftEssayId = String(draftEssay.id);
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
      userIds.set(who, user.id);
    }
    clients.set(who, client);
  }
  fixtures.partnerContact = String(
    getDb()
      .insert(partnerContacten)
      .values({
        name: "Matrix Contact",
        organisation: "Wijkteam",
        knownById: organisationId,
        consentOn: "2026-09-01",
      })
      .returning()
      .get().id,
  );
  fixtures.thema = createThema().slug;
  fixtures.meetingItem = String(
    getDb()
      .insert(agendapunten)
      .values({ bijeenkomstId: Number(fixtures.meeting), position: 1, title: "Matrix" })
      .returning()
      .get().id,
  );
  fixtures.otherLog = String(
    getDb()
      .insert(logboek)
      .values({
        trajectId: Number(fixtures.otherTraject),
        kind: "contact",
        happenedOn: new Date(Date.UTC(2026, 10, 20)),
        body: "Matrix",
      })
      .returning()
      .get().id,
  );
  // A file on the municipality's own question, uploaded as its member does.
  const upload = new FormData();
  upload.set("bestand", new Blob(["een casus"]), "casus.txt");
  await clients.get("deelnemer")!.request(`/bijlagen/nieuw/leervraag/${fixtures.ownQuestion}`, {
    method: "POST",
    headers: { Origin: app.url },
    body: upload,
  });
  fixtures.bijlage = String(
    getDb()
      .select({ id: bijlagen.id })
      .from(bijlagen)
      .where(eq(bijlagen.leervraagId, Number(fixtures.ownQuestion)))
      .get()!.id,
  );
});

describe.each(Object.entries(pages))("GET %s", (path, expected) => {
  it.each(everyone)("as %s", async (who) => {
    const before = refusalsOf(who, fill(path));
    const response = await clients.get(who)!.get(fill(path));
    expect(response.status).toBe(expected[who]);
    expect(refusalsOf(who, fill(path))).toBe(before + (expected[who] === 403 ? 1 : 0));
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
  // An empty form: who may send it hears what to fill in (400), the others are refused.
  {
    name: "activiteit vastleggen",
    path: "/partners",
    form: () => ({}),
    expected: { anoniem: 302, beheerder: 403, projectleider: 400, medewerker: 400, deelnemer: 403 },
  },
  {
    name: "contact toevoegen",
    path: "/partners/contacten",
    form: () => ({}),
    expected: { anoniem: 302, beheerder: 403, projectleider: 400, medewerker: 400, deelnemer: 403 },
  },
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
    name: "alle meldingen gelezen",
    path: "/meldingen",
    form: () => ({ intent: "alles-gelezen" }),
    expected: { anoniem: 302, beheerder: 200, projectleider: 200, medewerker: 200, deelnemer: 200 },
  },
  {
    name: "rol wijzigen",
    path: "/beheer/accounts",
    form: () => ({ intent: "rol", userId: String(targetUserId), role: "deelnemer" }),
    expected: { anoniem: 302, beheerder: 200, projectleider: 403, medewerker: 403, deelnemer: 403 },
  },
  {
    name: "adres weer mailen",
    path: "/beheer/e-mail",
    form: () => ({ intent: "opheffen", address: "niet-onderdrukt@test.leerkring.nl" }),
    // The beheerder is let in and told the address is not on the list.
    expected: { anoniem: 302, beheerder: 404, projectleider: 403, medewerker: 403, deelnemer: 403 },
  },
  {
    name: "verklaring wijzigen",
    path: "/beheer/verklaringen",
    form: () => ({ intent: "opslaan", kind: "privacy", nl: "Eigen tekst", en: "Own text" }),
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
    name: "rotatie bevestigen",
    path: "/agenda/rotatie",
    form: () => ({
      seizoen: "2030-2031",
      begin: "10:00",
      einde: "12:00",
      "rijen[0].datum": "2031-01-07",
      "rijen[0].gastgemeente": String(createOrganisation({ circle: 1 }).id),
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
    // Nobody in the grid came to the meeting: only attendees answer (tests/integration/opvolging.test.ts).
    name: "oogst invullen",
    path: "/bijeenkomsten/{heldThema}/opvolging",
    form: () => ({ intent: "oogst", geleerd: "Matrix" }),
    expected: { anoniem: 302, beheerder: 403, projectleider: 403, medewerker: 403, deelnemer: 403 },
  },
  {
    name: "vervolgactie toevoegen",
    path: "/bijeenkomsten/{heldThema}/opvolging",
    form: () => ({
      intent: "actie-toevoegen",
      text: "Matrix",
      ownerId: String(userIds.get("deelnemer")),
      dueDate: "2099-01-01",
    }),
    expected: { anoniem: 302, beheerder: 403, projectleider: 200, medewerker: 403, deelnemer: 403 },
  },
  {
    name: "deadline van het essay wijzigen",
    path: "/bijeenkomsten/{heldThema}/opvolging",
    form: () => ({ intent: "essay-deadline", dueDate: "2099-01-01" }),
    expected: { anoniem: 302, beheerder: 403, projectleider: 200, medewerker: 403, deelnemer: 403 },
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
    name: "wijk toevoegen",
    path: "/gemeenten/{ownSlug}/wijken",
    form: () => ({ intent: "toevoegen", name: `Wijk ${Math.random().toString(36).slice(2)}` }),
    expected: { anoniem: 302, beheerder: 403, projectleider: 200, medewerker: 403, deelnemer: 200 },
  },
  {
    name: "wijk van een andere gemeente toevoegen",
    path: "/gemeenten/{otherSlug}/wijken",
    form: () => ({ intent: "toevoegen", name: `Wijk ${Math.random().toString(36).slice(2)}` }),
    expected: { anoniem: 302, beheerder: 403, projectleider: 200, medewerker: 403, deelnemer: 403 },
  },
  {
    name: "uitdaging herkennen in een eigen wijk",
    path: "/gemeenten/{ownSlug}/wijken/{ownWijk}",
    form: () => ({ intent: "herkennen", uitdagingId: fixtures.uitdaging!, note: "" }),
    expected: { anoniem: 302, beheerder: 403, projectleider: 403, medewerker: 403, deelnemer: 200 },
  },
  {
    name: "onderzoeksdesign toevoegen",
    path: "/interventies/onderzoeksdesigns",
    form: () => ({ intent: "toevoegen", name: `Design ${Math.random().toString(36).slice(2)}` }),
    expected: { anoniem: 302, beheerder: 200, projectleider: 200, medewerker: 200, deelnemer: 403 },
  },
  {
    name: "tag toevoegen",
    path: "/tags",
    form: () => ({
      intent: "toevoegen",
      family: "opgave",
      name: `Tag ${Math.random().toString(36).slice(2)}`,
    }),
    expected: { anoniem: 302, beheerder: 403, projectleider: 200, medewerker: 200, deelnemer: 403 },
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
    name: "een account wissen",
    path: "/beheer/verwijderverzoeken",
    // An unknown request: 404 shows the permission check passed, and nobody is erased.
    form: () => ({ intent: "wissen", requestId: "999999", bevestigd: "ja" }),
    expected: { anoniem: 302, beheerder: 404, projectleider: 403, medewerker: 403, deelnemer: 403 },
  },
  {
    name: "eigen taal kiezen",
    path: "/account",
    form: () => ({ intent: "taal", locale: "nl" }),
    expected: { anoniem: 302, beheerder: 200, projectleider: 200, medewerker: 200, deelnemer: 200 },
  },
  {
    name: "bijlage verwijderen",
    path: "/bijlagen/verwijderen/{bijlage}",
    // Without the confirmation: who may remove it is asked to confirm (303), nothing is removed.
    form: () => ({}),
    expected: { anoniem: 302, beheerder: 403, projectleider: 403, medewerker: 403, deelnemer: 303 },
  },
];

describe.each(actions)("POST $path ($name)", ({ path, form, expected }) => {
  it.each(everyone)("as %s", async (who) => {
    const before = refusalsOf(who, fill(path));
    const response = await clients.get(who)!.post(fill(path), form());
    expect(response.status).toBe(expected[who]);
    expect(refusalsOf(who, fill(path))).toBe(before + (expected[who] === 403 ? 1 : 0));
  });
});

// Uploads (POST /bijlagen/nieuw/:soort/:id) are multipart: who may attach is checked before the
// body is read. Each of these carries a small text file; who may attach is sent back to the record
// (303), and the grid's file is added to the record.
const uploads: { path: string; expected: Record<Who, number> }[] = [
  {
    path: "/bijlagen/nieuw/leervraag/{ownQuestion}",
    expected: { anoniem: 302, beheerder: 403, projectleider: 403, medewerker: 403, deelnemer: 303 },
  },
  {
    path: "/bijlagen/nieuw/bijeenkomst/{meeting}",
    expected: { anoniem: 302, beheerder: 403, projectleider: 303, medewerker: 403, deelnemer: 403 },
  },
  {
    path: "/bijlagen/nieuw/agendapunt/{meetingItem}",
    expected: { anoniem: 302, beheerder: 403, projectleider: 303, medewerker: 403, deelnemer: 403 },
  },
  {
    // Another municipality's casework: its own members and the project leaders write in its log.
    path: "/bijlagen/nieuw/logboek/{otherLog}",
    expected: { anoniem: 302, beheerder: 403, projectleider: 303, medewerker: 403, deelnemer: 403 },
  },
  {
    path: "/bijlagen/nieuw/leervraag/999999",
    expected: { anoniem: 302, beheerder: 404, projectleider: 404, medewerker: 404, deelnemer: 404 },
  },
  {
    path: "/bijlagen/nieuw/onbekend/{meeting}",
    expected: { anoniem: 302, beheerder: 404, projectleider: 404, medewerker: 404, deelnemer: 404 },
  },
];

describe.each(uploads)("POST $path (upload)", ({ path, expected }) => {
  it.each(everyone)("as %s", async (who) => {
    const before = refusalsOf(who, fill(path));
    const form = new FormData();
    form.set("bestand", new Blob(["matrix"]), "matrix.txt");
    const response = await clients.get(who)!.request(fill(path), {
      method: "POST",
      headers: { Origin: app.url },
      body: form,
    });
    expect(response.status).toBe(expected[who]);
    expect(refusalsOf(who, fill(path))).toBe(before + (expected[who] === 403 ? 1 : 0));
    if (expected[who] === 303)
      expect(response.headers.get("Location")).toMatch(/bijlage=toegevoegd/);
  });
});

// Intervision is confidential (app/auth/rules/bijeenkomst.ts): its notes (page, versions, the four
// downloads, search, the co-editing socket), the cases on its agenda and the meeting's programme
// are for the first circle, that session's critical friends and the project leaders.
describe("intervision is confidential", () => {
  type Viewer =
    | "tweede-kring"
    | "lokale-partner"
    | "eerste-kring"
    | "critical-friend"
    | "andere-werkplaats"
    | "projectleider"
    | "beheerder";
  const reads: Record<Viewer, boolean> = {
    "tweede-kring": false,
    "lokale-partner": false,
    "eerste-kring": true,
    "critical-friend": true,
    "andere-werkplaats": false,
    projectleider: true,
    beheerder: true,
  };
  const viewers = Object.keys(reads) as Viewer[];
  const people = new Map<Viewer, Client>();
  let meetingId = 0;
  let themaId = 0;
  let versionId = 0;
  let leervraagId = 0;
  const word = `vertrouwelijkwoord${process.pid}`;

  function writeNotes(id: number, text: string) {
    const { registry } = app.collab;
    const live = registry.open(notitiesDocumentName(id));
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(live.doc));
    const before = Y.encodeStateVector(doc);
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText(text)]);
    doc.getXmlFragment(FRAGMENT).insert(0, [paragraph]);
    registry.acceptUpdate(live, Y.encodeStateAsUpdate(doc, before), { socket: null, userId: null });
    // Compaction renders the text for downloads and the search index.
    registry.compact(live);
  }

  beforeAll(async () => {
    const friend = createOrganisation({ kind: "werkplaats", circle: null });
    const otherWerkplaats = createOrganisation({ kind: "werkplaats", circle: null });
    const programma = createOrganisation({ kind: "programma", circle: null });
    const orgOf: Record<Viewer, number> = {
      "tweede-kring": createOrganisation({ circle: 2 }).id,
      "lokale-partner": createOrganisation({ kind: "welzijnsinstelling", circle: null }).id,
      "eerste-kring": createOrganisation({ circle: 1 }).id,
      "critical-friend": friend.id,
      "andere-werkplaats": otherWerkplaats.id,
      projectleider: programma.id,
      beheerder: programma.id,
    };
    const roleOf = (v: Viewer): Role =>
      v === "projectleider" || v === "beheerder"
        ? v
        : v === "critical-friend" || v === "andere-werkplaats"
          ? "medewerker"
          : "deelnemer";
    for (const v of viewers) {
      const user = await createUser({ role: roleOf(v), organisationId: orgOf[v] });
      const client = new Client(app);
      resetLoginThrottle();
      await client.login(user.email, TEST_PASSWORD);
      people.set(v, client);
    }
    const meeting = createBijeenkomst({ kind: "intervisie", title: `Intervisie ${word}` });
    meetingId = meeting.id;
    getDb()
      .insert(criticalFriends)
      .values({ bijeenkomstId: meetingId, organisationId: friend.id })
      .run();
    getDb()
      .insert(agendapunten)
      .values({ bijeenkomstId: meetingId, position: 1, title: "Casus Geheimstad bespreken" })
      .run();
    writeNotes(meetingId, `Afspraak ${word} uit de intervisie`);
    versionId = app.collab.registry.saveVersion(
      notitiesDocumentName(meetingId),
      "Na de ronde",
      (await createUser({ role: "projectleider" })).id,
    ).id;
    leervraagId = createLeervraag({
      organisationId: createOrganisation({ circle: 1 }).id,
      title: "Leervraag op de intervisie",
      casus: "Een vertrouwelijke casus over Geheimstad",
      bijeenkomstId: meetingId,
      status: "ingepland",
    }).id;
    themaId = createBijeenkomst({ kind: "thema" }).id;
    writeNotes(themaId, `Themanotitie ${word}`);
  });

  it.each(viewers)("the notes page and its versions, as %s", async (who) => {
    const client = people.get(who)!;
    for (const path of [
      `/bijeenkomsten/${meetingId}/notities`,
      `/bijeenkomsten/${meetingId}/notities?versie=${versionId}`,
    ]) {
      const response = await client.get(path);
      expect([who, path, response.status]).toEqual([who, path, reads[who] ? 200 : 403]);
      expect(await response.text()).toContain(reads[who] ? `Afspraak ${word}` : "Geen toegang");
    }
    // Theme-meeting notes stay open to every account.
    expect((await client.get(`/bijeenkomsten/${themaId}/notities`)).status).toBe(200);
  });

  it.each(viewers)("the four downloads, as %s", async (who) => {
    for (const format of ["pdf", "docx", "md", "html"]) {
      const response = await people.get(who)!.get(`/bijeenkomsten/${meetingId}/notities.${format}`);
      expect([who, format, response.status]).toEqual([who, format, reads[who] ? 200 : 403]);
      const body = await response.text();
      if (!reads[who]) expect(body).not.toContain(word);
      if (reads[who] && (format === "md" || format === "html")) expect(body).toContain(word);
    }
  });

  it.each(viewers)("search, as %s", async (who) => {
    const html = await (await people.get(who)!.get(`/zoeken?q=${word}`)).text();
    expect([who, html.includes(`/bijeenkomsten/${meetingId}/notities`)]).toEqual([who, reads[who]]);
    expect(html).toContain(`/bijeenkomsten/${themaId}/notities`);
    const casus = await (await people.get(who)!.get("/zoeken?q=geheimstad")).text();
    expect([who, casus.includes(`/leervragen/${leervraagId}`)]).toEqual([who, reads[who]]);
  });

  it.each(viewers)("the co-editing socket, as %s", async (who) => {
    const socket = await connectSocket(app, people.get(who)!.cookieHeader);
    try {
      const joined = await new Promise<JoinResult>((resolve) =>
        socket.emit(EVENTS.join, notitiesDocumentName(meetingId), resolve),
      );
      if (reads[who]) expect(joined).toMatchObject({ ok: true });
      else expect(joined).toMatchObject({ ok: false, error: "geen-toegang" });
    } finally {
      socket.disconnect();
    }
  });

  it.each(viewers)("the meeting page and the casus, as %s", async (who) => {
    const page = await people.get(who)!.get(`/bijeenkomsten/${meetingId}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`Intervisie ${word}`);
    expect([who, html.includes(`/bijeenkomsten/${meetingId}/notities`)]).toEqual([who, reads[who]]);
    expect([who, html.includes("Casus Geheimstad bespreken")]).toEqual([who, reads[who]]);
    expect([who, html.includes("Intervisie is vertrouwelijk")]).toEqual([who, !reads[who]]);
    const question = await (await people.get(who)!.get(`/leervragen/${leervraagId}`)).text();
    expect(question).toContain("Leervraag op de intervisie");
    expect([who, question.includes("Een vertrouwelijke casus")]).toEqual([who, reads[who]]);
  });
});
