import { and, asc, desc, eq, gte, inArray, lte } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { parseSeason, seasonOf, type Season } from "#app/seizoen/season.ts";
import { getDb } from "#db/client.ts";
import type { Provincie } from "#db/provincies.ts";
import {
  organisations,
  partnerActiviteiten,
  partnerProvincies,
  users,
  type OrganisationKind,
} from "#db/schema.ts";
import type { ActiviteitInput } from "./activiteit-schema.ts";
import { overlaps, perGemeente, perProvincie } from "./overview.ts";

// The partners' network: who covers which provinces and municipalities, and who was active where.

export const KENNISPARTNER_KINDS = ["planbureau", "lectoraat", "kennisnetwerk"] as const;
/** The alliance: Movisie, the Werkplaatsen and the knowledge partners. */
export const ALLIANCE_KINDS = ["movisie", "werkplaats", ...KENNISPARTNER_KINDS] as const;

function provincesOf(ids: number[]): Map<number, Provincie[]> {
  const byOrg = new Map<number, Provincie[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return byOrg;
  const rows = getDb()
    .select()
    .from(partnerProvincies)
    .where(inArray(partnerProvincies.organisationId, ids))
    .all();
  for (const r of rows) byOrg.get(r.organisationId)!.push(r.provincie);
  return byOrg;
}

function organisationsOf(kinds: readonly OrganisationKind[]) {
  return getDb()
    .select({ id: organisations.id, name: organisations.name, kind: organisations.kind })
    .from(organisations)
    .where(inArray(organisations.kind, [...kinds]))
    .orderBy(asc(organisations.name))
    .all();
}

/** The Werkplaatsen with their provinces and municipalities, and the knowledge partners. */
export function network() {
  const werkplaatsen = organisationsOf(["werkplaats"]);
  const kennispartners = organisationsOf(KENNISPARTNER_KINDS);
  const provinces = provincesOf([...werkplaatsen, ...kennispartners].map((o) => o.id));
  const gemeenten = getDb()
    .select({ name: organisations.name, werkplaatsId: organisations.werkplaatsId })
    .from(organisations)
    .where(eq(organisations.kind, "gemeente"))
    .orderBy(asc(organisations.name))
    .all();
  return {
    werkplaatsen: werkplaatsen.map((w) => ({
      ...w,
      provincies: provinces.get(w.id)!,
      gemeenten: gemeenten.filter((g) => g.werkplaatsId === w.id).map((g) => g.name),
    })),
    kennispartners: kennispartners.map((k) => ({ ...k, provincies: provinces.get(k.id)! })),
  };
}

/** The options of the activity and contact forms. */
export function formChoices() {
  const option = (o: { id: number; name: string }) => ({ value: String(o.id), label: o.name });
  return {
    partners: organisationsOf(ALLIANCE_KINDS).map(option),
    gemeenten: organisationsOf(["gemeente"]).map(option),
  };
}

const partner = alias(organisations, "partner");

/** One season's activities, newest first. */
export function activitiesIn(season: Season) {
  return getDb()
    .select({
      id: partnerActiviteiten.id,
      day: partnerActiviteiten.day,
      body: partnerActiviteiten.body,
      partnerId: partnerActiviteiten.partnerId,
      partnerName: partner.name,
      gemeenteId: partnerActiviteiten.gemeenteId,
      gemeenteName: organisations.name,
      gemeenteRegion: organisations.region,
      createdByName: users.name,
    })
    .from(partnerActiviteiten)
    .innerJoin(partner, eq(partner.id, partnerActiviteiten.partnerId))
    .innerJoin(organisations, eq(organisations.id, partnerActiviteiten.gemeenteId))
    .leftJoin(users, eq(users.id, partnerActiviteiten.createdById))
    .where(
      and(gte(partnerActiviteiten.day, season.first), lte(partnerActiviteiten.day, season.last)),
    )
    .orderBy(desc(partnerActiviteiten.day), desc(partnerActiviteiten.id))
    .all();
}

function kindOf(id: number): OrganisationKind | null {
  return (
    getDb()
      .select({ kind: organisations.kind })
      .from(organisations)
      .where(eq(organisations.id, id))
      .get()?.kind ?? null
  );
}

/** Whether an organisation id is one of the alliance (for the forms' checks). */
export function isAlliancePartner(id: number): boolean {
  const kind = kindOf(id);
  return kind !== null && (ALLIANCE_KINDS as readonly string[]).includes(kind);
}

export function isGemeente(id: number): boolean {
  return kindOf(id) === "gemeente";
}

export function addActivity(input: ActiviteitInput, user: { id: number }) {
  return getDb()
    .insert(partnerActiviteiten)
    .values({ ...input, createdById: user.id })
    .returning({ id: partnerActiviteiten.id })
    .get();
}

/** The season's figures: its activities, per province (map and table), per municipality, overlaps. */
export function seasonFigures(season: Season) {
  const activities = activitiesIn(season);
  const { werkplaatsen, kennispartners } = network();
  const coverage = werkplaatsen.flatMap((w) =>
    w.provincies.map((provincie) => ({ provincie, name: w.name })),
  );
  return {
    activities,
    werkplaatsen,
    kennispartners,
    provincies: perProvincie(activities, coverage),
    gemeenten: perGemeente(activities),
    overlaps: overlaps(activities),
  };
}

/** The season ?seizoen= names, or the one today is in. */
export function chosenSeason(url: URL, today: string): Season {
  return parseSeason(url.searchParams.get("seizoen") ?? "") ?? seasonOf(today);
}
