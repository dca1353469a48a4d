import { eq, isNull } from "drizzle-orm";
import { hashPassword } from "#app/auth/password.server.ts";
import { getDb } from "#db/client.ts";
import {
  beleidsfactoren,
  indicatoren,
  leervragen,
  organisations,
  users,
  wijkmetingBeleidsfactoren,
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
  }> = {},
) {
  const n = next();
  return getDb()
    .insert(organisations)
    .values({
      slug: `organisatie-${n}`,
      name: overrides.name ?? `Gemeente Test ${n}`,
      kind: overrides.kind ?? "gemeente",
      circle: overrides.circle === undefined ? 1 : overrides.circle,
      region: overrides.region ?? null,
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
  return { ...user, password };
}

// ── Social-quality monitor ───────────────────────────────────────────────────────────────────

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
      wijk: overrides.wijk ?? `Wijk ${next()}`,
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

export function createLeervraag(organisationId: number, title = `Leervraag ${next()}`) {
  return getDb()
    .insert(leervragen)
    .values({ organisationId, title, question: `${title}?` })
    .returning()
    .get();
}
