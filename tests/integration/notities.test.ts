import { beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { resetLoginThrottle } from "#app/auth/throttle.server.ts";
import { notitiesDocumentName } from "#shared/collab/protocol.ts";
import { FRAGMENT } from "#shared/editor/extensions.ts";
import { notitiesDocumentAccess } from "#app/notities/notities.server.ts";
import type { Role } from "#db/schema.ts";
import { listVersions } from "#server/collab/persistence.ts";
import {
  createBijeenkomst,
  createOrganisation,
  createUser,
  TEST_PASSWORD,
} from "#tests/factories.ts";
import { Client, startTestApp } from "#tests/setup/http.ts";

// The notes page and its actions × every role (and circle), against the real app.
const app = startTestApp();
beforeEach(() => resetLoginThrottle());

type Who = Role | "deelnemer-kring-2" | "anoniem";
const everyone: Who[] = [
  "anoniem",
  "beheerder",
  "projectleider",
  "medewerker",
  "deelnemer",
  "deelnemer-kring-2",
];

async function as(who: Who): Promise<Client> {
  const client = new Client(app);
  if (who === "anoniem") return client;
  const role: Role = who === "deelnemer-kring-2" ? "deelnemer" : who;
  const organisation = createOrganisation({ circle: who === "deelnemer-kring-2" ? 2 : 1 });
  const user = await createUser({ role, organisationId: organisation.id });
  await client.login(user.email, TEST_PASSWORD);
  return client;
}

/** Adds a paragraph to the notes through the engine, as an editor's client would. */
function writeNotes(meetingId: number, text: string) {
  const name = notitiesDocumentName(meetingId);
  const { registry } = app.collab;
  const live = registry.open(name);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(live.doc));
  const before = Y.encodeStateVector(doc);
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(text)]);
  const fragment = doc.getXmlFragment(FRAGMENT);
  fragment.insert(fragment.length, [paragraph]);
  registry.acceptUpdate(live, Y.encodeStateAsUpdate(doc, before), { socket: null, userId: null });
  return name;
}

// edit / view per role, for an intervision session and a theme meeting.
const expected: Record<Exclude<Who, "anoniem">, { intervisie: string; thema: string }> = {
  beheerder: { intervisie: "view", thema: "view" },
  projectleider: { intervisie: "edit", thema: "edit" },
  medewerker: { intervisie: "edit", thema: "edit" },
  deelnemer: { intervisie: "edit", thema: "view" },
  // Intervision is for the first circle: the second reads theme-meeting notes only.
  "deelnemer-kring-2": { intervisie: "forbidden", thema: "view" },
};

describe("who may read and write the notes", () => {
  it("follows the permission table and the learning circle", async () => {
    const intervisie = createBijeenkomst({ kind: "intervisie" });
    const thema = createBijeenkomst({ kind: "thema" });
    for (const [who, access] of Object.entries(expected)) {
      const role: Role = who === "deelnemer-kring-2" ? "deelnemer" : (who as Role);
      const organisation = createOrganisation({ circle: who === "deelnemer-kring-2" ? 2 : 1 });
      const user = {
        role,
        organisationId: organisation.id,
        organisationKind: organisation.kind,
        organisationCircle: organisation.circle,
      };
      expect([who, notitiesDocumentAccess(user, intervisie.id)]).toEqual([who, access.intervisie]);
      expect([who, notitiesDocumentAccess(user, thema.id)]).toEqual([who, access.thema]);
    }
    const leader = {
      role: "projectleider",
      organisationId: createOrganisation({ kind: "programma", circle: null }).id,
      organisationKind: "programma",
      organisationCircle: null,
    } as const;
    expect(notitiesDocumentAccess(leader, 987_654)).toBe("not-found");
    // A member of a local partner (not a municipality) reads theme notes, not intervision.
    const partner = createOrganisation({ kind: "welzijnsinstelling", circle: null });
    const partnerMember = {
      role: "deelnemer",
      organisationId: partner.id,
      organisationKind: partner.kind,
      organisationCircle: null,
    } as const;
    expect(notitiesDocumentAccess(partnerMember, intervisie.id)).toBe("forbidden");
    expect(notitiesDocumentAccess(partnerMember, thema.id)).toBe("view");
  });

  it("renders the current notes on the page, for every role that may read them", async () => {
    const meeting = createBijeenkomst({ kind: "intervisie", title: "Intervisie Zeist" });
    writeNotes(meeting.id, "Afspraken <en> acties");
    for (const who of everyone) {
      const response = await (await as(who)).get(`/bijeenkomsten/${meeting.id}/notities`);
      if (who === "anoniem") {
        expect(response.status).toBe(302);
        expect(response.headers.get("location")).toContain("/inloggen?redirectTo=");
        continue;
      }
      if (expected[who].intervisie === "forbidden") {
        expect([who, response.status]).toEqual([who, 403]);
        expect(await response.text()).not.toContain("Afspraken");
        continue;
      }
      expect([who, response.status]).toEqual([who, 200]);
      const html = await response.text();
      expect(html).toContain("<p>Afspraken &lt;en&gt; acties</p>");
      expect(html).toContain("Notities: Intervisie Zeist");
      const readsAlong = html.includes("Je leest mee.");
      expect([who, readsAlong]).toEqual([who, expected[who].intervisie === "view"]);
    }
  });

  it("answers 404 for an unknown meeting and an invalid id", async () => {
    const client = await as("projectleider");
    expect((await client.get("/bijeenkomsten/987654/notities")).status).toBe(404);
    expect((await client.get("/bijeenkomsten/abc/notities")).status).toBe(404);
  });
});

describe("versions over HTTP (forms without JavaScript)", () => {
  it("lets an editor save and restore a version, and refuses readers", async () => {
    const meeting = createBijeenkomst({ kind: "intervisie" });
    const name = writeNotes(meeting.id, "Eerste versie");
    const path = `/bijeenkomsten/${meeting.id}/notities`;

    const reader = await as("deelnemer-kring-2");
    const refused = await reader.post(path, { intent: "versie-opslaan", label: "Niet van mij" });
    expect(refused.status).toBe(403);

    const editor = await as("medewerker");
    const saved = await editor.post(path, { intent: "versie-opslaan", label: "Na ronde één" });
    expect(saved.status).toBe(200);
    const [version] = listVersions(name);
    expect(version).toMatchObject({ kind: "benoemd", label: "Na ronde één" });

    const tooLong = await editor.post(path, { intent: "versie-opslaan", label: "x".repeat(101) });
    expect(tooLong.status).toBe(400);

    writeNotes(meeting.id, "Later erbij");
    const view = await editor.get(`${path}?versie=${version!.id}`);
    const viewHtml = await view.text();
    expect(viewHtml).toContain("<p>Eerste versie</p>");
    expect(viewHtml).toContain("Deze versie terugzetten");

    const restored = await editor.post(path, {
      intent: "versie-terugzetten",
      versionId: String(version!.id),
    });
    expect(restored.status).toBe(302);
    const after = await (await editor.get(path)).text();
    expect(after).toContain("<p>Eerste versie</p>");
    expect(after).not.toContain("Later erbij");
    expect(listVersions(name).map((v) => v.kind)).toEqual(["herstel", "benoemd"]);

    const missing = await editor.post(path, { intent: "versie-terugzetten", versionId: "999999" });
    expect(missing.status).toBe(404);
  });
});
