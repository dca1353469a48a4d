import { and, count, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "#db/client.ts";
import {
  actoren,
  beleidsfactoren,
  beleidsfactorOordelen,
  indicatoren,
  leervragen,
  onderzoeksdesigns,
  meetsuggesties,
  voorwaarden,
  wijken,
  wijkmetingBeleidsfactoren,
  wijkmetingen,
  wijkmetingScores,
  uitdagingen,
  type BeleidsfactorOordeel,
} from "#db/schema.ts";
import { START_ONDERZOEKSDESIGNS } from "#db/beleidsinterventies.ts";
import { SCHEMA_C, uitdagingCode } from "#db/sociale-basis-actoren.ts";
import { seedTags } from "./tags.ts";
import {
  SCHEMA_A_INDICATOREN,
  SCHEMA_B_ALGEMEEN,
  SCHEMA_B_MEETSUGGESTIES,
  SCHEMA_B_PER_VOORWAARDE,
  VOORWAARDEN,
  indicatorCode,
  type BestuursstijlSlug,
} from "#db/sociale-kwaliteit.ts";

/**
 * Loads the social-quality framework (reference data) into a database that has none. Runs at
 * every start, whatever SEED says; does nothing (returns false) once the conditions exist, so a
 * beheerder's later changes to the indicators are never undone.
 */
export function seedFramework(db: Db): boolean {
  seedSchemaC(db);
  seedOnderzoeksdesigns(db);
  seedTags(db);
  const [existing] = db.select({ n: count() }).from(voorwaarden).all();
  if (existing!.n > 0) return false;
  db.transaction((tx) => {
    VOORWAARDEN.forEach((v, position) => {
      const { id } = tx
        .insert(voorwaarden)
        .values({
          slug: v.slug,
          name: v.name,
          waarde: v.waarde,
          domeinen: v.domeinen.join("\n"),
          description: v.description,
          position,
        })
        .returning({ id: voorwaarden.id })
        .get();
      tx.insert(indicatoren)
        .values(
          SCHEMA_A_INDICATOREN[v.slug].map((text, i) => ({
            voorwaardeId: id,
            code: indicatorCode(v.letter, i + 1),
            text,
            origin: "schema-a" as const,
            position: i,
          })),
        )
        .run();
      tx.insert(beleidsfactoren)
        .values(
          SCHEMA_B_PER_VOORWAARDE[v.slug].map((text, i) => ({
            voorwaardeId: id,
            code: indicatorCode(`B${v.letter}`, i + 1),
            text,
            position: i,
          })),
        )
        .run();
      tx.insert(meetsuggesties)
        .values(
          SCHEMA_B_MEETSUGGESTIES[v.slug].map((text, i) => ({
            voorwaardeId: id,
            text,
            position: i,
          })),
        )
        .run();
    });
    tx.insert(beleidsfactoren)
      .values(
        SCHEMA_B_ALGEMEEN.map((text, i) => ({
          voorwaardeId: null,
          code: indicatorCode("A", i + 1),
          text,
          position: i,
        })),
      )
      .run();
  });
  return true;
}

/**
 * Loads Schema C (the actors of the social basis, their tasks and challenges) into a database
 * that has none; a database made before it existed gets it at its next start.
 */
export function seedSchemaC(db: Db): boolean {
  const [existing] = db.select({ n: count() }).from(actoren).all();
  if (existing!.n > 0) return false;
  db.transaction((tx) => {
    SCHEMA_C.forEach((a, position) => {
      const { id } = tx
        .insert(actoren)
        .values({ slug: a.slug, name: a.name, taken: a.taken.join("\n"), position })
        .returning({ id: actoren.id })
        .get();
      tx.insert(uitdagingen)
        .values(
          a.uitdagingen.map((text, i) => ({
            actorId: id,
            code: uitdagingCode(a.letter, i + 1),
            text,
            position: i,
          })),
        )
        .run();
    });
  });
  return true;
}

/** The research designs the catalogue starts with, in a database that has none yet. */
export function seedOnderzoeksdesigns(db: Db): boolean {
  const [existing] = db.select({ n: count() }).from(onderzoeksdesigns).all();
  if (existing!.n > 0) return false;
  db.insert(onderzoeksdesigns)
    .values([...START_ONDERZOEKSDESIGNS])
    .run();
  return true;
}

// ── Demo assessments ──────────────────────────────────────────────────────────────────────────
// Illustrative scores for Hilversum and Haarlem over two periods (both shared with the circle),
// one unshared assessment of Amstelveen (so the circle median visibly leaves it out) and a
// Hilversum concept that is half filled in.

/** A small deterministic generator, so the demo looks the same on every start. */
function random(seed: string) {
  let h = 2166136261;
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    h ^= h >>> 16;
    return (h >>> 0) / 4294967296;
  };
}

type DemoMeting = {
  organisationId: number;
  wijk: string;
  periode: string;
  /** Average level around which the scores fall, per condition letter. */
  level: Record<string, number>;
  by: number;
  status: "concept" | "ingediend";
  shared: boolean;
  stijl: BestuursstijlSlug | null;
  leervraagId?: number | null;
  /** For a concept: the share of indicators already answered. */
  filled?: number;
  submittedAt?: Date;
};

const NOTES: Record<string, { note: string; source: string }> = {
  Z01: {
    note: "Aandeel huishoudens onder de lage-inkomensgrens daalt licht.",
    source: "CBS Kerncijfers wijken en buurten",
  },
  Z10: {
    note: "Meldingen van overlast rond het winkelcentrum blijven hoog.",
    source: "Politie, wijkagent",
  },
  C09: {
    note: "Uit de bewonersavond: buren kennen elkaar beter sinds de buurtkamer.",
    source: "Verslag bewonersavond",
  },
  I11: {
    note: "De bibliotheek en het buurthuis worden goed bezocht, ook door nieuwkomers.",
    source: "Bezoekcijfers welzijnsorganisatie",
  },
  E14: { note: "Kritische geluiden krijgen een plek in het wijkplatform.", source: "" },
};

function insertDemoMeting(
  tx: DbOrTx,
  m: DemoMeting,
  indicators: IndicatorRow[],
  factors: number[],
) {
  const rnd = random(`${m.organisationId}-${m.wijk}-${m.periode}`);
  const meting = tx
    .insert(wijkmetingen)
    .values({
      organisationId: m.organisationId,
      wijkId: demoWijk(tx, m.organisationId, m.wijk),
      periode: m.periode,
      status: m.status,
      bestuursstijl: m.stijl,
      sharedWithCircle: m.shared,
      leervraagId: m.leervraagId ?? null,
      createdById: m.by,
      submittedById: m.status === "ingediend" ? m.by : null,
      submittedAt: m.status === "ingediend" ? (m.submittedAt ?? new Date()) : null,
    })
    .returning({ id: wijkmetingen.id })
    .get();
  const answered =
    m.filled === undefined
      ? indicators
      : indicators.slice(0, Math.round(indicators.length * m.filled));
  tx.insert(wijkmetingScores)
    .values(
      answered.map((ind) => {
        // Some answers are "weet niet", never one the demo explains with a note and a source
        // (and so not C09, which the interventions' e2e walk follows between two measurements).
        const unknown = rnd() < 0.07 && !NOTES[ind.code];
        const level = m.level[ind.code[0]!] ?? 3;
        const score = Math.min(5, Math.max(1, Math.round(level + (rnd() - 0.5) * 2.4)));
        return {
          wijkmetingId: meting.id,
          indicatorId: ind.id,
          score: unknown ? null : score,
          indicatorText: ind.text,
          note: NOTES[ind.code]?.note ?? "",
          source: NOTES[ind.code]?.source ?? "",
          updatedById: m.by,
        };
      }),
    )
    .run();
  if (m.status === "ingediend") {
    tx.insert(wijkmetingBeleidsfactoren)
      .values(
        factors.map((beleidsfactorId) => ({
          wijkmetingId: meting.id,
          beleidsfactorId,
          oordeel: beleidsfactorOordelen[Math.floor(rnd() * 3)] as BeleidsfactorOordeel,
          updatedById: m.by,
        })),
      )
      .run();
  }
}

type IndicatorRow = { id: number; code: string; text: string };

/** The demo neighbourhood's record, made on first use. */
export function demoWijk(tx: DbOrTx, organisationId: number, name: string, parentId?: number) {
  const found = tx
    .select({ id: wijken.id })
    .from(wijken)
    .where(and(eq(wijken.organisationId, organisationId), eq(wijken.name, name)))
    .get();
  if (found) return found.id;
  return tx
    .insert(wijken)
    .values({ organisationId, name, parentId: parentId ?? null })
    .returning({ id: wijken.id })
    .get().id;
}

export function seedDemoWijkmetingen(
  tx: DbOrTx,
  ctx: { orgId: Map<string, number>; userId: Map<string, number>; year: number },
) {
  const indicators = tx
    .select({ id: indicatoren.id, code: indicatoren.code, text: indicatoren.text })
    .from(indicatoren)
    .orderBy(indicatoren.voorwaardeId, indicatoren.position)
    .all();
  const factors = tx
    .select({ id: beleidsfactoren.id })
    .from(beleidsfactoren)
    .all()
    .map((f) => f.id);
  const org = (slug: string) => ctx.orgId.get(slug)!;
  const user = (email: string) => ctx.userId.get(email)!;
  const previous = String(ctx.year - 1);
  const current = String(ctx.year);
  const schalkwijkVraag = tx
    .select({ id: leervragen.id })
    .from(leervragen)
    .where(
      and(
        eq(leervragen.organisationId, org("haarlem")),
        eq(leervragen.title, "Wat levert de sociale basis in Schalkwijk op?"),
      ),
    )
    .get();
  const metingen: DemoMeting[] = [
    {
      organisationId: org("hilversum"),
      wijk: "Hilversum-Oost",
      periode: previous,
      level: { Z: 3.4, C: 2.8, I: 3.0, E: 2.7 },
      by: user("deelnemer@leerkring.test"),
      status: "ingediend",
      shared: true,
      stijl: "participatief",
      submittedAt: new Date(Date.UTC(ctx.year - 1, 10, 14)),
    },
    {
      organisationId: org("hilversum"),
      wijk: "Hilversum-Oost",
      periode: current,
      level: { Z: 3.5, C: 3.3, I: 3.2, E: 3.1 },
      by: user("daan.smit@leerkring.test"),
      status: "ingediend",
      shared: true,
      stijl: "samenwerkend",
    },
    {
      organisationId: org("haarlem"),
      wijk: "Schalkwijk",
      periode: previous,
      level: { Z: 2.6, C: 2.9, I: 2.7, E: 2.5 },
      by: user("fatima.ouali@leerkring.test"),
      status: "ingediend",
      shared: true,
      stijl: "participatief",
      submittedAt: new Date(Date.UTC(ctx.year - 1, 9, 30)),
    },
    {
      organisationId: org("haarlem"),
      wijk: "Schalkwijk",
      periode: current,
      level: { Z: 2.8, C: 3.2, I: 3.0, E: 3.0 },
      by: user("thomas.mulder@leerkring.test"),
      status: "ingediend",
      shared: true,
      stijl: "faciliterend",
      leervraagId: schalkwijkVraag?.id ?? null,
    },
    {
      organisationId: org("amstelveen"),
      wijk: "Amstelveen-Noord",
      periode: current,
      level: { Z: 4.2, C: 3.6, I: 3.8, E: 3.5 },
      by: user("iris.vanleeuwen@leerkring.test"),
      status: "ingediend",
      shared: false,
      stijl: "delegerend",
    },
    {
      organisationId: org("hilversum"),
      wijk: "Kerkelanden",
      periode: current,
      level: { Z: 3.8, C: 3.4, I: 3.3, E: 3.0 },
      by: user("daan.smit@leerkring.test"),
      status: "concept",
      shared: false,
      stijl: null,
      filled: 0.4,
    },
  ];
  for (const m of metingen) insertDemoMeting(tx, m, indicators, factors);
}
