import { beforeAll, describe, expect, it } from "vitest";
import { resetLoginThrottle } from "#app/auth/throttle.server.ts";
import { getDb } from "#db/client.ts";
import { trajecten, trajectLeden, type Role } from "#db/schema.ts";
import { createOrganisation, createUser, TEST_PASSWORD } from "#tests/factories.ts";
import { Client, startTestApp } from "#tests/setup/http.ts";

// Contact details of a municipality's people (/gemeenten/:slug) per kind of viewer: only those who
// work with them see the e-mail addresses (app/auth/rules/contactgegevens.ts), and the page says so.
const app = startTestApp();

type Viewer =
  | "projectleider"
  | "medewerker"
  | "beheerder"
  | "eigen-gemeente"
  | "samen-aan-de-slag"
  | "andere-gemeente"
  | "tweede-kring"
  | "lokale-partner";
const sees: Record<Viewer, boolean> = {
  projectleider: true,
  medewerker: true,
  beheerder: true,
  "eigen-gemeente": true,
  "samen-aan-de-slag": true,
  "andere-gemeente": false,
  "tweede-kring": false,
  "lokale-partner": false,
};

const clients = new Map<Viewer, Client>();
let slug = "";
let contactEmail = "";

beforeAll(async () => {
  const gemeente = createOrganisation({ circle: 1 });
  slug = gemeente.slug;
  const contact = await createUser({ organisationId: gemeente.id, name: "Contact Persoon" });
  contactEmail = contact.email;
  const partner = createOrganisation({ kind: "welzijnsinstelling", circle: null });
  const orgOf: Record<Viewer, number> = {
    projectleider: createOrganisation({ kind: "programma", circle: null }).id,
    medewerker: createOrganisation({ kind: "movisie", circle: null }).id,
    beheerder: createOrganisation({ kind: "programma", circle: null }).id,
    "eigen-gemeente": gemeente.id,
    "samen-aan-de-slag": partner.id,
    "andere-gemeente": createOrganisation({ circle: 1 }).id,
    "tweede-kring": createOrganisation({ circle: 2 }).id,
    "lokale-partner": partner.id,
  };
  const roleOf = (v: Viewer): Role =>
    v === "projectleider" || v === "medewerker" || v === "beheerder" ? v : "deelnemer";
  const traject = getDb()
    .insert(trajecten)
    .values({ organisationId: gemeente.id, title: "Samen in de wijk" })
    .returning()
    .get();
  getDb().insert(trajectLeden).values({ trajectId: traject.id, userId: contact.id }).run();
  for (const v of Object.keys(sees) as Viewer[]) {
    const user = await createUser({ role: roleOf(v), organisationId: orgOf[v] });
    if (v === "samen-aan-de-slag") {
      getDb().insert(trajectLeden).values({ trajectId: traject.id, userId: user.id }).run();
    }
    const client = new Client(app);
    resetLoginThrottle();
    await client.login(user.email, TEST_PASSWORD);
    clients.set(v, client);
  }
});

describe("contact details on a municipality's page", () => {
  it.each(Object.keys(sees) as Viewer[])("as %s", async (who) => {
    const response = await clients.get(who)!.get(`/gemeenten/${slug}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Contact Persoon");
    expect(html).toContain("Contactgegevens ziet alleen wie met deze mensen werkt");
    expect([who, html.includes(contactEmail)]).toEqual([who, sees[who]]);
  });
});
