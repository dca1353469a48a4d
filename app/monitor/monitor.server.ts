import { and, asc, desc, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import { getDb } from "#db/client.ts";
import {
  beleidsfactoren,
  indicatoren,
  leervragen,
  meetsuggesties,
  organisations,
  users,
  voorwaarden,
  wijken,
  wijkmetingBeleidsfactoren,
  wijkmetingen,
  wijkmetingScores,
  type BeleidsfactorOordeel,
} from "#db/schema.ts";
import {
  voorwaardeSlugs,
  type BestuursstijlSlug,
  type VoorwaardeSlug,
} from "#db/sociale-kwaliteit.ts";
import { can } from "#app/auth/permissions.ts";
import type { Actor } from "#app/auth/rules/actor.ts";
import {
  canEditWijkmeting,
  canReadWijkmeting,
  canScoreWijkmeting,
  canUseMonitor,
} from "#app/auth/rules/wijkmeting.ts";
import type { SessionUser } from "#app/auth/session.server.ts";
import { forbidden, notFound, requirePermission } from "#app/auth/user.server.ts";
import { parseId } from "#app/utils/fields.ts";
import {
  change,
  conditionMeans,
  countsInCircleMedian,
  MIN_SHARED_FOR_MEDIAN,
  medianOfMeans,
  medianPerKey,
  round1,
  type Stat,
} from "./aggregate.ts";

// Data access of the social-quality monitor: who is looking, the framework, assessments and their
// answers, and the report that the page, the charts and the CSV all draw from.

// ── Who is looking ───────────────────────────────────────────────────────────────────────────

/** The person as the monitor's rules (app/auth/rules/wijkmeting.ts) and queries see them. */
export type MonitorViewer = Actor;

export function monitorViewer(user: SessionUser): MonitorViewer {
  return {
    id: user.id,
    role: user.role,
    organisationId: user.organisationId,
    organisationKind: user.organisationKind,
    organisationCircle: user.organisationCircle,
  };
}

/** The signed-in person who may use the monitor; anyone else gets 403 (or the login page). */
export function requireMonitorViewer(request: Request): MonitorViewer {
  const viewer = monitorViewer(requirePermission(request, "monitor:bekijken"));
  if (!canUseMonitor(viewer)) throw forbidden();
  return viewer;
}

// ── The framework ────────────────────────────────────────────────────────────────────────────

export type Voorwaarde = {
  id: number;
  slug: VoorwaardeSlug;
  name: string;
  waarde: string;
  domeinen: string[];
  description: string;
};

export function listVoorwaarden(): Voorwaarde[] {
  return getDb()
    .select()
    .from(voorwaarden)
    .orderBy(asc(voorwaarden.position))
    .all()
    .map((v) => ({ ...v, domeinen: v.domeinen ? v.domeinen.split("\n") : [] }));
}

export type Indicator = {
  id: number;
  voorwaardeId: number;
  code: string;
  text: string;
  retired: boolean;
};

function indicatorRows(where?: ReturnType<typeof isNull>): Indicator[] {
  return getDb()
    .select({
      id: indicatoren.id,
      voorwaardeId: indicatoren.voorwaardeId,
      code: indicatoren.code,
      text: indicatoren.text,
      retiredAt: indicatoren.retiredAt,
    })
    .from(indicatoren)
    .innerJoin(voorwaarden, eq(voorwaarden.id, indicatoren.voorwaardeId))
    .where(where)
    .orderBy(asc(voorwaarden.position), asc(indicatoren.position), asc(indicatoren.id))
    .all()
    .map(({ retiredAt, ...i }) => ({ ...i, retired: retiredAt !== null }));
}

/** The indicators an assessment is filled in against today. */
export function activeIndicators(): Indicator[] {
  return indicatorRows(isNull(indicatoren.retiredAt));
}

export function allIndicators(): Indicator[] {
  return indicatorRows();
}

export function listBeleidsfactoren() {
  return (
    getDb()
      .select({
        id: beleidsfactoren.id,
        code: beleidsfactoren.code,
        voorwaardeId: beleidsfactoren.voorwaardeId,
        text: beleidsfactoren.text,
      })
      .from(beleidsfactoren)
      .leftJoin(voorwaarden, eq(voorwaarden.id, beleidsfactoren.voorwaardeId))
      // The general factors first, then those of each condition in the framework's order.
      .orderBy(sql`coalesce(${voorwaarden.position}, -1)`, asc(beleidsfactoren.position))
      .all()
  );
}

export function listMeetsuggesties() {
  return getDb()
    .select({ voorwaardeId: meetsuggesties.voorwaardeId, text: meetsuggesties.text })
    .from(meetsuggesties)
    .orderBy(asc(meetsuggesties.voorwaardeId), asc(meetsuggesties.position))
    .all();
}

// ── Assessments ──────────────────────────────────────────────────────────────────────────────

const submitter = sql<
  string | null
>`(select ${users.name} from ${users} where ${users.id} = ${wijkmetingen.submittedById})`;

const metingColumns = {
  id: wijkmetingen.id,
  organisationId: wijkmetingen.organisationId,
  organisationName: organisations.name,
  circle: organisations.circle,
  wijkId: wijkmetingen.wijkId,
  wijk: wijken.name,
  periode: wijkmetingen.periode,
  status: wijkmetingen.status,
  bestuursstijl: wijkmetingen.bestuursstijl,
  sharedWithCircle: wijkmetingen.sharedWithCircle,
  leervraagId: wijkmetingen.leervraagId,
  leervraagTitle: leervragen.title,
  submittedAt: wijkmetingen.submittedAt,
  submittedByName: submitter,
  createdAt: wijkmetingen.createdAt,
  updatedAt: wijkmetingen.updatedAt,
};

function metingQuery() {
  return getDb()
    .select(metingColumns)
    .from(wijkmetingen)
    .innerJoin(organisations, eq(organisations.id, wijkmetingen.organisationId))
    .innerJoin(wijken, eq(wijken.id, wijkmetingen.wijkId))
    .leftJoin(leervragen, eq(leervragen.id, wijkmetingen.leervraagId));
}

export function getWijkmeting(id: number) {
  return metingQuery().where(eq(wijkmetingen.id, id)).get();
}

export type WijkmetingRow = NonNullable<ReturnType<typeof getWijkmeting>>;

/**
 * The assessment of a URL, if this person may see it. One they may not see answers 404, like one
 * that does not exist: another municipality's unshared work is not even confirmed to exist.
 */
export function requireWijkmeting(
  request: Request,
  idParam: string | undefined,
  need: "bekijken" | "bewerken" = "bekijken",
): { viewer: MonitorViewer; meting: WijkmetingRow } {
  const viewer = requireMonitorViewer(request);
  const id = parseId(idParam);
  const meting = id ? getWijkmeting(id) : undefined;
  if (!meting || !canReadWijkmeting(viewer, meting)) throw notFound();
  if (need === "bewerken" && !canEditWijkmeting(viewer, meting)) throw forbidden();
  return { viewer, meting };
}

/** Answered indicators of an assessment (a concept counts only indicators still in use). */
const answeredCount = sql<number>`(select count(*) from ${wijkmetingScores} s join ${indicatoren} i on i.id = s.indicator_id where s.wijkmeting_id = ${wijkmetingen.id} and (i.retired_at is null or ${wijkmetingen.status} = 'ingediend'))`;
const activeCount = sql<number>`(select count(*) from ${indicatoren} where retired_at is null)`;

export function listVisibleWijkmetingen(
  viewer: MonitorViewer,
  filter: { organisationId?: number } = {},
) {
  const visible = can(viewer, "wijkmeting:alle-bekijken")
    ? undefined
    : or(
        eq(wijkmetingen.organisationId, viewer.organisationId),
        and(
          eq(wijkmetingen.status, "ingediend"),
          eq(wijkmetingen.sharedWithCircle, true),
          viewer.organisationCircle === null
            ? sql`0`
            : eq(organisations.circle, viewer.organisationCircle),
        ),
      );
  const rows = getDb()
    .select({ ...metingColumns, answered: answeredCount, active: activeCount })
    .from(wijkmetingen)
    .innerJoin(organisations, eq(organisations.id, wijkmetingen.organisationId))
    .innerJoin(wijken, eq(wijken.id, wijkmetingen.wijkId))
    .leftJoin(leervragen, eq(leervragen.id, wijkmetingen.leervraagId))
    .where(
      and(
        visible,
        filter.organisationId ? eq(wijkmetingen.organisationId, filter.organisationId) : undefined,
      ),
    )
    .orderBy(asc(organisations.name), asc(wijken.name), desc(wijkmetingen.periode))
    .all();
  // The SQL above narrows; the rule itself (app/auth/rules/wijkmeting.ts) has the last word.
  return rows
    .filter((m) => canReadWijkmeting(viewer, m))
    .map(({ answered, active, ...m }) => ({
      ...m,
      answered,
      total: m.status === "ingediend" ? answered : active,
    }));
}

export function startWijkmeting(
  viewer: MonitorViewer,
  input: { wijkId: number; periode: string },
): { id: number } | { existingId: number } | { error: "wijk" } {
  const db = getDb();
  return db.transaction((tx) => {
    // Only a neighbourhood of the municipality's own list (app/wijken/).
    const wijk = tx
      .select({ id: wijken.id })
      .from(wijken)
      .where(and(eq(wijken.id, input.wijkId), eq(wijken.organisationId, viewer.organisationId)))
      .get();
    if (!wijk) return { error: "wijk" as const };
    const existing = tx
      .select({ id: wijkmetingen.id })
      .from(wijkmetingen)
      .where(and(eq(wijkmetingen.wijkId, wijk.id), eq(wijkmetingen.periode, input.periode)))
      .get();
    if (existing) return { existingId: existing.id };
    return tx
      .insert(wijkmetingen)
      .values({
        organisationId: viewer.organisationId,
        wijkId: wijk.id,
        periode: input.periode,
        createdById: viewer.id,
      })
      .returning({ id: wijkmetingen.id })
      .get();
  });
}

const touch = (id: number) =>
  getDb().update(wijkmetingen).set({ updatedAt: new Date() }).where(eq(wijkmetingen.id, id)).run();

export type ScoreInput = {
  indicatorId: number;
  score: number | null;
  note: string;
  source: string;
};

/** Saves one indicator's answer; several people may do this at once, each for their indicator. */
export function saveScore(
  viewer: MonitorViewer,
  meting: WijkmetingRow,
  input: ScoreInput,
): "opgeslagen" | "onbekende-indicator" {
  if (!canScoreWijkmeting(viewer, meting)) throw forbidden();
  const indicator = getDb()
    .select({ text: indicatoren.text })
    .from(indicatoren)
    .where(and(eq(indicatoren.id, input.indicatorId), isNull(indicatoren.retiredAt)))
    .get();
  if (!indicator) return "onbekende-indicator";
  const values = {
    score: input.score,
    indicatorText: indicator.text,
    note: input.note,
    source: input.source,
    updatedById: viewer.id,
    updatedAt: new Date(),
  };
  getDb()
    .insert(wijkmetingScores)
    .values({ wijkmetingId: meting.id, indicatorId: input.indicatorId, ...values })
    .onConflictDoUpdate({
      target: [wijkmetingScores.wijkmetingId, wijkmetingScores.indicatorId],
      set: values,
    })
    .run();
  touch(meting.id);
  return "opgeslagen";
}

export function saveBeleidsfactoren(
  viewer: MonitorViewer,
  meting: WijkmetingRow,
  entries: { beleidsfactorId: number; oordeel: BeleidsfactorOordeel }[],
): "opgeslagen" | "onbekende-factor" {
  if (!canScoreWijkmeting(viewer, meting)) throw forbidden();
  const known = new Set(listBeleidsfactoren().map((f) => f.id));
  if (entries.some((e) => !known.has(e.beleidsfactorId))) return "onbekende-factor";
  getDb().transaction((tx) => {
    for (const e of entries) {
      const values = { oordeel: e.oordeel, updatedById: viewer.id, updatedAt: new Date() };
      tx.insert(wijkmetingBeleidsfactoren)
        .values({ wijkmetingId: meting.id, beleidsfactorId: e.beleidsfactorId, ...values })
        .onConflictDoUpdate({
          target: [
            wijkmetingBeleidsfactoren.wijkmetingId,
            wijkmetingBeleidsfactoren.beleidsfactorId,
          ],
          set: values,
        })
        .run();
    }
  });
  touch(meting.id);
  return "opgeslagen";
}

export function saveBestuursstijl(
  viewer: MonitorViewer,
  meting: WijkmetingRow,
  bestuursstijl: BestuursstijlSlug,
) {
  if (!canScoreWijkmeting(viewer, meting)) throw forbidden();
  getDb()
    .update(wijkmetingen)
    .set({ bestuursstijl, updatedAt: new Date() })
    .where(eq(wijkmetingen.id, meting.id))
    .run();
}

export type Missing = {
  indicators: { id: number; code: string; text: string }[];
  factors: { id: number; code: string; text: string }[];
  bestuursstijl: boolean;
};

/** What still has to be answered before the assessment can be submitted. */
export function missingAnswers(metingId: number): Missing {
  const db = getDb();
  const scored = new Set(
    db
      .select({ id: wijkmetingScores.indicatorId })
      .from(wijkmetingScores)
      .where(eq(wijkmetingScores.wijkmetingId, metingId))
      .all()
      .map((r) => r.id),
  );
  const marked = new Set(
    db
      .select({ id: wijkmetingBeleidsfactoren.beleidsfactorId })
      .from(wijkmetingBeleidsfactoren)
      .where(eq(wijkmetingBeleidsfactoren.wijkmetingId, metingId))
      .all()
      .map((r) => r.id),
  );
  const meting = db
    .select({ bestuursstijl: wijkmetingen.bestuursstijl })
    .from(wijkmetingen)
    .where(eq(wijkmetingen.id, metingId))
    .get();
  return {
    indicators: activeIndicators()
      .filter((i) => !scored.has(i.id))
      .map(({ id, code, text }) => ({ id, code, text })),
    factors: listBeleidsfactoren()
      .filter((f) => !marked.has(f.id))
      .map(({ id, code, text }) => ({ id, code, text })),
    bestuursstijl: !meting?.bestuursstijl,
  };
}

export const isComplete = (m: Missing) =>
  m.indicators.length === 0 && m.factors.length === 0 && !m.bestuursstijl;

export function submitWijkmeting(
  viewer: MonitorViewer,
  meting: WijkmetingRow,
  sharedWithCircle: boolean,
): { submitted: true } | { submitted: false; missing: Missing } {
  if (!canScoreWijkmeting(viewer, meting)) throw forbidden();
  return getDb().transaction((tx) => {
    const missing = missingAnswers(meting.id);
    if (!isComplete(missing)) return { submitted: false as const, missing };
    // Answers to indicators retired while this was a concept are not part of what is submitted.
    const retired = tx
      .select({ id: indicatoren.id })
      .from(indicatoren)
      .where(sql`${indicatoren.retiredAt} is not null`)
      .all()
      .map((r) => r.id);
    if (retired.length) {
      tx.delete(wijkmetingScores)
        .where(
          and(
            eq(wijkmetingScores.wijkmetingId, meting.id),
            inArray(wijkmetingScores.indicatorId, retired),
          ),
        )
        .run();
    }
    const now = new Date();
    tx.update(wijkmetingen)
      .set({
        status: "ingediend",
        submittedAt: now,
        submittedById: viewer.id,
        sharedWithCircle,
        updatedAt: now,
      })
      .where(eq(wijkmetingen.id, meting.id))
      .run();
    return { submitted: true as const };
  });
}

/** Back to concept, to correct it; it leaves the circle median until it is submitted again. */
export function reopenWijkmeting(viewer: MonitorViewer, meting: WijkmetingRow) {
  if (!canEditWijkmeting(viewer, meting)) throw forbidden();
  getDb()
    .update(wijkmetingen)
    .set({ status: "concept", submittedAt: null, submittedById: null, updatedAt: new Date() })
    .where(eq(wijkmetingen.id, meting.id))
    .run();
}

export function setSharedWithCircle(viewer: MonitorViewer, meting: WijkmetingRow, shared: boolean) {
  if (!canEditWijkmeting(viewer, meting)) throw forbidden();
  getDb()
    .update(wijkmetingen)
    .set({ sharedWithCircle: shared, updatedAt: new Date() })
    .where(eq(wijkmetingen.id, meting.id))
    .run();
}

/** The municipality's learning questions an assessment can be linked to. */
export function leervraagOptions(organisationId: number) {
  return getDb()
    .select({ id: leervragen.id, title: leervragen.title, status: leervragen.status })
    .from(leervragen)
    .where(eq(leervragen.organisationId, organisationId))
    .orderBy(desc(leervragen.createdAt))
    .all();
}

export function linkLeervraag(
  viewer: MonitorViewer,
  meting: WijkmetingRow,
  leervraagId: number | null,
): "gekoppeld" | "onbekende-leervraag" {
  if (!canEditWijkmeting(viewer, meting)) throw forbidden();
  if (
    leervraagId !== null &&
    !leervraagOptions(meting.organisationId).some((l) => l.id === leervraagId)
  ) {
    return "onbekende-leervraag";
  }
  getDb()
    .update(wijkmetingen)
    .set({ leervraagId, updatedAt: new Date() })
    .where(eq(wijkmetingen.id, meting.id))
    .run();
  return "gekoppeld";
}

export function deleteConcept(viewer: MonitorViewer, meting: WijkmetingRow): boolean {
  if (!canEditWijkmeting(viewer, meting)) throw forbidden();
  if (meting.status !== "concept") return false;
  getDb().delete(wijkmetingen).where(eq(wijkmetingen.id, meting.id)).run();
  return true;
}

// ── Answers ──────────────────────────────────────────────────────────────────────────────────

export type ScoreRow = {
  wijkmetingId: number;
  indicatorId: number;
  code: string;
  voorwaardeId: number;
  retired: boolean;
  score: number | null;
  indicatorText: string;
  note: string;
  source: string;
  updatedAt: Date;
  updatedByName: string | null;
};

export function scoreRows(metingIds: number[]): ScoreRow[] {
  if (metingIds.length === 0) return [];
  return getDb()
    .select({
      wijkmetingId: wijkmetingScores.wijkmetingId,
      indicatorId: wijkmetingScores.indicatorId,
      code: indicatoren.code,
      voorwaardeId: indicatoren.voorwaardeId,
      retiredAt: indicatoren.retiredAt,
      score: wijkmetingScores.score,
      indicatorText: wijkmetingScores.indicatorText,
      note: wijkmetingScores.note,
      source: wijkmetingScores.source,
      updatedAt: wijkmetingScores.updatedAt,
      updatedByName: users.name,
    })
    .from(wijkmetingScores)
    .innerJoin(indicatoren, eq(indicatoren.id, wijkmetingScores.indicatorId))
    .leftJoin(users, eq(users.id, wijkmetingScores.updatedById))
    .where(inArray(wijkmetingScores.wijkmetingId, metingIds))
    .orderBy(asc(indicatoren.position))
    .all()
    .map(({ retiredAt, ...r }) => ({ ...r, retired: retiredAt !== null }));
}

export function factorAnswers(metingId: number) {
  return new Map(
    getDb()
      .select({
        beleidsfactorId: wijkmetingBeleidsfactoren.beleidsfactorId,
        oordeel: wijkmetingBeleidsfactoren.oordeel,
      })
      .from(wijkmetingBeleidsfactoren)
      .where(eq(wijkmetingBeleidsfactoren.wijkmetingId, metingId))
      .all()
      .map((r) => [r.beleidsfactorId, r.oordeel]),
  );
}

// ── The report ───────────────────────────────────────────────────────────────────────────────

export type ReportFigure = { value: number | null; n: number };

export type ConditionReport = {
  slug: VoorwaardeSlug;
  name: string;
  waarde: string;
  /** Mean score of this assessment, rounded to one decimal; n = indicators with a score. */
  value: number | null;
  n: number;
  unknown: number;
  previous: number | null;
  change: number | null;
  median: ReportFigure;
};

export type IndicatorReport = {
  indicatorId: number;
  code: string;
  text: string;
  retired: boolean;
  /** Whether the indicator has an answer (a score or "weet niet / n.v.t."). */
  answered: boolean;
  score: number | null;
  note: string;
  source: string;
  previous: number | null;
  change: number | null;
  median: ReportFigure;
};

export type FactorReport = {
  code: string;
  /** The condition's name, or null for the general factors. */
  voorwaarde: string | null;
  text: string;
  oordeel: BeleidsfactorOordeel | null;
};

export type Report = {
  meting: WijkmetingRow;
  previous: { id: number; periode: string } | null;
  circle: {
    circle: number | null;
    assessments: number;
    municipalities: number;
    /** Whether there are enough shared assessments to show a median at all (aggregate.ts). */
    medianShown: boolean;
  };
  conditions: ConditionReport[];
  indicators: (Voorwaarde & { items: IndicatorReport[] })[];
  /** Schema B: the policy factors and how this assessment judged them. */
  factors: FactorReport[];
};

const bySlug = (list: Voorwaarde[]) => new Map(list.map((v) => [v.id, v.slug]));

/** The answers that count: a concept counts only indicators still in use. */
function countedScores(rows: ScoreRow[], status: "concept" | "ingediend") {
  return status === "concept" ? rows.filter((r) => !r.retired) : rows;
}

/** The most recent submitted assessment of the same neighbourhood before this one's period. */
export function previousWijkmeting(meting: WijkmetingRow) {
  return (
    getDb()
      .select({ id: wijkmetingen.id, periode: wijkmetingen.periode })
      .from(wijkmetingen)
      .where(
        and(
          eq(wijkmetingen.wijkId, meting.wijkId),
          eq(wijkmetingen.status, "ingediend"),
          lt(wijkmetingen.periode, meting.periode),
        ),
      )
      .orderBy(desc(wijkmetingen.periode))
      .get() ?? null
  );
}

/** The submitted assessments of a period whose municipality shared them with its circle. */
export function circleWijkmetingen(circle: number | null, periode: string) {
  if (circle === null) return [];
  return getDb()
    .select({
      id: wijkmetingen.id,
      organisationId: wijkmetingen.organisationId,
      status: wijkmetingen.status,
      sharedWithCircle: wijkmetingen.sharedWithCircle,
    })
    .from(wijkmetingen)
    .innerJoin(organisations, eq(organisations.id, wijkmetingen.organisationId))
    .where(
      and(
        eq(organisations.circle, circle),
        eq(wijkmetingen.periode, periode),
        eq(wijkmetingen.status, "ingediend"),
        eq(wijkmetingen.sharedWithCircle, true),
      ),
    )
    .all()
    .filter(countsInCircleMedian);
}

/** The circle's shared assessments of one period and their scores, read once per period. */
type CircleScores = Map<
  string,
  { circle: ReturnType<typeof circleWijkmetingen>; scores: ScoreRow[] }
>;

function circleOf(meting: WijkmetingRow, read: CircleScores) {
  const key = `${meting.circle}|${meting.periode}`;
  let found = read.get(key);
  if (!found) {
    const circle = circleWijkmetingen(meting.circle, meting.periode);
    found = { circle, scores: scoreRows(circle.map((c) => c.id)) };
    read.set(key, found);
  }
  return found;
}

/** The reports of several assessments (the overview), the circle of each period read once. */
export function buildReports(metingen: WijkmetingRow[]): Report[] {
  const circles: CircleScores = new Map();
  return metingen.map((m) => buildReport(m, circles));
}

export function buildReport(meting: WijkmetingRow, circles: CircleScores = new Map()): Report {
  const conditions = listVoorwaarden();
  const slugOf = bySlug(conditions);
  const slugs = conditions.map((c) => c.slug);
  const answersOf = (rows: ScoreRow[]) =>
    rows.map((r) => ({ condition: slugOf.get(r.voorwaardeId)!, score: r.score }));

  const own = countedScores(scoreRows([meting.id]), meting.status);
  const previous = previousWijkmeting(meting);
  const previousScores = previous ? scoreRows([previous.id]) : [];
  const { circle, scores: circleScores } = circleOf(meting, circles);

  const ownMeans = conditionMeans(answersOf(own), slugs);
  const previousMeans = previous ? conditionMeans(answersOf(previousScores), slugs) : null;
  const perCircleMeting = circle.map((c) => circleScores.filter((s) => s.wijkmetingId === c.id));
  const circleMedians = medianOfMeans(
    perCircleMeting.map((rows) => conditionMeans(answersOf(rows), slugs)),
    slugs,
  );
  const indicatorMedians = medianPerKey(
    perCircleMeting.map((rows) => new Map(rows.map((r) => [r.indicatorId, r.score]))),
  );
  const previousByIndicator = new Map(previousScores.map((r) => [r.indicatorId, r.score]));
  const ownByIndicator = new Map(own.map((r) => [r.indicatorId, r]));

  const figure = (s: Stat | undefined): ReportFigure => ({
    value: round1(s?.value ?? null),
    n: s?.n ?? 0,
  });

  // A concept is shown against today's framework; a submitted assessment against what it scored.
  const indicatorList: Indicator[] =
    meting.status === "concept"
      ? activeIndicators()
      : own.map((r) => ({
          id: r.indicatorId,
          voorwaardeId: r.voorwaardeId,
          code: r.code,
          text: r.indicatorText,
          retired: r.retired,
        }));

  return {
    meting,
    previous,
    circle: {
      circle: meting.circle,
      assessments: circle.length,
      municipalities: new Set(circle.map((c) => c.organisationId)).size,
      medianShown: circle.length >= MIN_SHARED_FOR_MEDIAN,
    },
    conditions: conditions.map((c) => {
      const value = round1(ownMeans[c.slug].value);
      const prev = previousMeans ? round1(previousMeans[c.slug].value) : null;
      return {
        slug: c.slug,
        name: c.name,
        waarde: c.waarde,
        value,
        n: ownMeans[c.slug].n,
        unknown: ownMeans[c.slug].unknown,
        previous: prev,
        change: change(value, prev),
        median: figure(circleMedians[c.slug]),
      };
    }),
    indicators: conditions.map((c) => ({
      ...c,
      items: indicatorList
        .filter((i) => i.voorwaardeId === c.id)
        .map((i) => {
          const answer = ownByIndicator.get(i.id);
          const score = answer?.score ?? null;
          const prev = previousByIndicator.get(i.id) ?? null;
          return {
            indicatorId: i.id,
            code: i.code,
            text: answer?.indicatorText ?? i.text,
            retired: i.retired,
            answered: !!answer,
            score,
            note: answer?.note ?? "",
            source: answer?.source ?? "",
            previous: prev,
            change: change(score, prev),
            median: figure(indicatorMedians.get(i.id)),
          };
        }),
    })),
    factors: (() => {
      const answers = factorAnswers(meting.id);
      const names = new Map(conditions.map((c) => [c.id, c.name]));
      return listBeleidsfactoren().map((f) => ({
        code: f.code,
        voorwaarde: f.voorwaardeId === null ? null : (names.get(f.voorwaardeId) ?? null),
        text: f.text,
        oordeel: answers.get(f.id) ?? null,
      }));
    })(),
  };
}

// ── For the learning-question page ───────────────────────────────────────────────────────────

export type LinkedWijkmeting = {
  id: number;
  href: string;
  organisationName: string;
  wijk: string;
  periode: string;
  status: "concept" | "ingediend";
  conditions: { slug: VoorwaardeSlug; name: string; value: number | null; n: number }[];
};

/**
 * The assessments linked to a learning question that this person may see, newest period first,
 * each with its mean per condition. For the learning-question page (render them with
 * <LinkedWijkmetingen> from app/monitor/linked-wijkmetingen.tsx).
 */
export function assessmentsForLeervraag(
  leervraagId: number,
  user: SessionUser,
): LinkedWijkmeting[] {
  const viewer = monitorViewer(user);
  if (!canUseMonitor(viewer)) return [];
  const conditions = listVoorwaarden();
  const slugOf = bySlug(conditions);
  const linked = metingQuery()
    .where(eq(wijkmetingen.leervraagId, leervraagId))
    .orderBy(desc(wijkmetingen.periode), asc(wijken.name))
    .all()
    .filter((m) => canReadWijkmeting(viewer, m));
  const scores = scoreRows(linked.map((m) => m.id));
  return linked.map((m) => {
    const rows = countedScores(
      scores.filter((s) => s.wijkmetingId === m.id),
      m.status,
    );
    const means = conditionMeans(
      rows.map((r) => ({ condition: slugOf.get(r.voorwaardeId)!, score: r.score })),
      voorwaardeSlugs,
    );
    return {
      id: m.id,
      href: `/monitor/${m.id}`,
      organisationName: m.organisationName,
      wijk: m.wijk,
      periode: m.periode,
      status: m.status,
      conditions: conditions.map((c) => ({
        slug: c.slug,
        name: c.name,
        value: round1(means[c.slug].value),
        n: means[c.slug].n,
      })),
    };
  });
}
