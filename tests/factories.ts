import { hashPassword } from "#app/auth/password.server.ts";
import { getDb } from "#db/client.ts";
import { and, eq, isNull } from "drizzle-orm";
import {
  besluitOpties,
  besluiten,
  beleidsfactoren,
  bijeenkomsten,
  indicatoren,
  leervragen,
  organisations,
  themas,
  users,
  wijkmetingBeleidsfactoren,
  wijken,
  wijkmetingen,
  wijkmetingScores,
  type OrganisationKind,
  type Role,
} from "#db/schema.ts";

// Small factories: each test makes the rows it needs, unique per call.

export const TEST_PASSWORD = "een-goed-testwachtwoord";

let sequence = 0;
const next = () => `${process.pid}-${++sequence}`;

let defaultHash: Promise<string> | undefined;
function passwordHashFor(password: string) {
  if (password !== TEST_PASSWORD) return hashPassword(password);
  defaultHash ??= hashPassword(TEST_PASSWORD);
  return defaultHash;
}

export function createOrganisation(
  overrides: Partial<{
    name: string;
    kind: OrganisationKind;
    circle: number | null;
    werkplaatsId: number | null;
    region: string;
    schoolRegion: "noord" | "midden" | "zuid" | null;
  }> = {},
) {
  const n = next();
  const kind = overrides.kind ?? "gemeente";
  return getDb()
    .insert(organisations)
    .values({
      slug: `organisatie-${n}`,
      name: overrides.name ?? `Gemeente Test ${n}`,
      kind,
      circle: overrides.circle === undefined ? 1 : overrides.circle,
      region: overrides.region ?? null,
      schoolRegion:
        overrides.schoolRegion === undefined
          ? kind === "gemeente"
            ? "midden"
            : null
          : overrides.schoolRegion,
      werkplaatsId: overrides.werkplaatsId ?? null,
    })
    .returning()
    .get();
}

export async function createUser(
  overrides: Partial<{
    role: Role;
    organisationId: number;
    email: string;
    name: string;
    password: string;
    active: boolean;
    locale: "nl" | "en";
  }> = {},
) {
  const n = next();
  const organisationId = overrides.organisationId ?? createOrganisation().id;
  const password = overrides.password ?? TEST_PASSWORD;
  const user = getDb()
    .insert(users)
    .values({
      email: overrides.email ?? `persoon-${n}@test.leerkring.nl`,
      name: overrides.name ?? `Persoon ${n}`,
      role: overrides.role ?? "deelnemer",
      organisationId,
      passwordHash: await passwordHashFor(password),
      active: overrides.active ?? true,
      locale: overrides.locale ?? "nl",
    })
    .returning()
    .get();
  const organisation = getDb()
    .select({ kind: organisations.kind, circle: organisations.circle })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .get()!;
  // Also usable where code takes the signed-in person (SessionUser).
  return {
    ...user,
    password,
    organisationKind: organisation.kind,
    organisationCircle: organisation.circle,
  };
}

export function createThema(
  overrides: Partial<{ name: string; status: "gekozen" | "voorgesteld" | "afgewezen" }> = {},
) {
  const n = next();
  return getDb()
    .insert(themas)
    .values({
      slug: `thema-${n}`,
      name: overrides.name ?? `Thema ${n}`,
      status: overrides.status ?? "gekozen",
      position: 100,
    })
    .returning()
    .get();
}

/** A planned meeting; by default an intervision session next week hosted by a new first-circle municipality. */
export function createBijeenkomst(overrides: Partial<typeof bijeenkomsten.$inferInsert> = {}) {
  const start = overrides.startsAt ?? new Date(Date.now() + 7 * 86_400_000);
  const kind = overrides.kind ?? "intervisie";
  return getDb()
    .insert(bijeenkomsten)
    .values({
      kind,
      title: `Bijeenkomst ${next()}`,
      location: "Stadhuis",
      startsAt: start,
      endsAt: new Date(start.getTime() + 3 * 3_600_000),
      hostOrganisationId: kind === "intervisie" ? createOrganisation({ circle: 1 }).id : null,
      ...overrides,
    })
    .returning()
    .get();
}

export function createLeervraag(
  overrides: Partial<typeof leervragen.$inferInsert> & { organisationId: number },
) {
  return getDb()
    .insert(leervragen)
    .values({
      title: `Leervraag ${next()}`,
      question: "Hoe doen we dit samen?",
      casus: "Een casus uit de wijk.",
      werkvormen: ["intervisie"],
      ...overrides,
    })
    .returning()
    .get();
}

// ── Social-quality monitor ───────────────────────────────────────────────────────────────────

/** A neighbourhood of a municipality, found by its name or made. */
export function createWijk(organisationId: number, name = `Wijk ${next()}`, parentId?: number) {
  const db = getDb();
  const found = db
    .select()
    .from(wijken)
    .where(and(eq(wijken.organisationId, organisationId), eq(wijken.name, name)))
    .get();
  return (
    found ??
    db
      .insert(wijken)
      .values({ organisationId, name, parentId: parentId ?? null })
      .returning()
      .get()
  );
}

/**
 * An assessment for a municipality, optionally answered in full: `score(code, i)` gives each
 * indicator's score (null = "weet niet"); every policy factor is marked and a style chosen.
 */
export function createWijkmeting(
  overrides: Partial<{
    organisationId: number;
    wijk: string;
    periode: string;
    status: "concept" | "ingediend";
    sharedWithCircle: boolean;
    createdById: number | null;
    leervraagId: number | null;
    score: ((code: string, index: number) => number | null) | null;
  }> = {},
) {
  const db = getDb();
  const organisationId = overrides.organisationId ?? createOrganisation().id;
  const meting = db
    .insert(wijkmetingen)
    .values({
      organisationId,
      wijkId: createWijk(organisationId, overrides.wijk).id,
      periode: overrides.periode ?? "2025",
      status: overrides.status ?? "concept",
      sharedWithCircle: overrides.sharedWithCircle ?? false,
      createdById: overrides.createdById ?? null,
      leervraagId: overrides.leervraagId ?? null,
      submittedAt: overrides.status === "ingediend" ? new Date() : null,
    })
    .returning()
    .get();
  if (overrides.score) {
    const score = overrides.score;
    const indicators = db
      .select()
      .from(indicatoren)
      .where(isNull(indicatoren.retiredAt))
      .orderBy(indicatoren.voorwaardeId, indicatoren.position)
      .all();
    db.insert(wijkmetingScores)
      .values(
        indicators.map((ind, i) => ({
          wijkmetingId: meting.id,
          indicatorId: ind.id,
          score: score(ind.code, i),
          indicatorText: ind.text,
        })),
      )
      .run();
    const factors = db.select({ id: beleidsfactoren.id }).from(beleidsfactoren).all();
    db.insert(wijkmetingBeleidsfactoren)
      .values(
        factors.map((f) => ({
          wijkmetingId: meting.id,
          beleidsfactorId: f.id,
          oordeel: "deels" as const,
        })),
      )
      .run();
    db.update(wijkmetingen)
      .set({ bestuursstijl: "samenwerkend" })
      .where(eq(wijkmetingen.id, meting.id))
      .run();
  }
  return meting;
}

/**
 * A proposal with options (two own ones, or "vaststellen"/"afwijzen" for a theme). The deadline
 * is a week from now unless the test sets it.
 */
export function createBesluit(
  overrides: Partial<typeof besluiten.$inferInsert> = {},
  labels: string[] = ["Optie A", "Optie B"],
) {
  const db = getDb();
  const besluit = db
    .insert(besluiten)
    .values({
      title: `Voorstel ${next()}`,
      kiezers: "eerste-kring",
      uitslag: "na-stemmen",
      deadline: new Date(Date.now() + 7 * 86_400_000),
      ...overrides,
    })
    .returning()
    .get();
  const options = db
    .insert(besluitOpties)
    .values(
      besluit.themaId
        ? [
            { besluitId: besluit.id, label: "", position: 0, themaStatus: "gekozen" as const },
            { besluitId: besluit.id, label: "", position: 1, themaStatus: "afgewezen" as const },
          ]
        : labels.map((label, position) => ({ besluitId: besluit.id, label, position })),
    )
    .returning()
    .all();
  return { besluit, options };
}
