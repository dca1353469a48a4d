import { hashPassword } from "#app/auth/password.server.ts";
import { getDb } from "#db/client.ts";
import {
  bijeenkomsten,
  organisations,
  users,
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

export function createBijeenkomst(
  overrides: Partial<{ kind: "thema" | "intervisie"; title: string; leaderId: number }> = {},
) {
  const n = next();
  const startsAt = new Date(Date.now() + 7 * 86_400_000);
  return getDb()
    .insert(bijeenkomsten)
    .values({
      kind: overrides.kind ?? "intervisie",
      title: overrides.title ?? `Intervisie ${n}`,
      location: "Raadhuis",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3 * 3_600_000),
      leaderId: overrides.leaderId ?? null,
    })
    .returning()
    .get();
}
