import { and, asc, desc, eq, getTableColumns, gt, inArray, isNull, lt, or, sql } from "drizzle-orm";
import { recordAudit } from "#app/audit/audit.server.ts";
import { getDb } from "#db/client.ts";
import {
  interventieIndicatoren,
  indicatoren,
  interventies,
  interventieWijken,
  onderzoeksdesigns,
  organisations,
  users,
  wijken,
  wijkmetingen,
} from "#db/schema.ts";
import type { ActorRollen } from "#db/beleidsinterventies.ts";
import type { BestuursstijlSlug } from "#db/sociale-kwaliteit.ts";
import type { Actor } from "#app/auth/rules/actor.ts";
import {
  canChooseInterventieGemeente,
  canReadInterventie,
  canWriteInterventie,
} from "#app/auth/rules/interventie.ts";
import { canListInterventies } from "#app/auth/rules/interventie.ts";
import { canReadWijkmeting } from "#app/auth/rules/wijkmeting.ts";
import { forbidden, notFound, requirePermission } from "#app/auth/user.server.ts";
import {
  activeIndicators,
  allIndicators,
  listVoorwaarden,
  monitorViewer,
} from "#app/monitor/monitor.server.ts";
import { selectableYears } from "#app/monitor/start-schema.ts";
import { listActoren } from "#app/uitdagingen/uitdagingen.server.ts";
import { parseId } from "#app/utils/fields.ts";
import type { FieldMessage } from "#app/utils/forms.ts";
import { setTags, tagChoices, taggedWith, tagsOf, tagValues } from "#app/tags/tags.server.ts";
import { wijkOptions } from "#app/wijken/wijken.server.ts";
import type { InterventieFormValues, InterventieInput } from "./interventie-schema.ts";

// Policy interventions: the list, one intervention with what it refers to, saving the form, and
// the interventions that ran in a neighbourhood between two of its measurements.

/** The signed-in person who may see interventions (those who use the monitor); else 403. */
export function requireInterventieViewer(request: Request): Actor {
  const viewer = monitorViewer(requirePermission(request, "monitor:bekijken"));
  if (!canListInterventies(viewer)) throw forbidden();
  return viewer;
}

const organisation = {
  organisationId: interventies.organisationId,
  organisationName: organisations.name,
  organisationKind: organisations.kind,
  circle: organisations.circle,
};

/** Interventions on the list, newest first; the caller keeps those the person may read. */
const MAX_INTERVENTIES = 300;

export function listInterventies(
  viewer: Actor,
  filter: {
    organisationId?: number | null;
    wijkId?: number | null;
    stijl?: BestuursstijlSlug | null;
    tagId?: number | null;
  },
) {
  const db = getDb();
  const rows = db
    .select({
      id: interventies.id,
      title: interventies.title,
      bestuursstijl: interventies.bestuursstijl,
      nulmetingPeriode: interventies.nulmetingPeriode,
      vervolgPeriode: interventies.vervolgPeriode,
      sharedWithCircle: interventies.sharedWithCircle,
      ...organisation,
    })
    .from(interventies)
    .innerJoin(organisations, eq(organisations.id, interventies.organisationId))
    .where(
      and(
        filter.organisationId ? eq(interventies.organisationId, filter.organisationId) : undefined,
        filter.stijl ? eq(interventies.bestuursstijl, filter.stijl) : undefined,
        filter.tagId
          ? inArray(interventies.id, taggedWith("interventie", filter.tagId))
          : undefined,
        filter.wijkId
          ? inArray(
              interventies.id,
              db
                .select({ id: interventieWijken.interventieId })
                .from(interventieWijken)
                .where(eq(interventieWijken.wijkId, filter.wijkId)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(interventies.nulmetingPeriode), desc(interventies.id))
    .limit(MAX_INTERVENTIES)
    .all()
    .filter((r) => canReadInterventie(viewer, r));
  const names = wijkNames(rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, wijken: names.get(r.id) ?? [] }));
}

function wijkNames(ids: number[]) {
  const byIntervention = new Map<number, { id: number; name: string }[]>();
  if (ids.length === 0) return byIntervention;
  const rows = getDb()
    .select({ interventieId: interventieWijken.interventieId, id: wijken.id, name: wijken.name })
    .from(interventieWijken)
    .innerJoin(wijken, eq(wijken.id, interventieWijken.wijkId))
    .where(inArray(interventieWijken.interventieId, ids))
    .orderBy(asc(wijken.name))
    .all();
  for (const { interventieId, ...w } of rows) {
    byIntervention.set(interventieId, [...(byIntervention.get(interventieId) ?? []), w]);
  }
  return byIntervention;
}

/** The municipalities and neighbourhoods the filters offer: those of the interventions shown. */
export function filterOptions(rows: ReturnType<typeof listInterventies>) {
  const gemeenten = new Map(rows.map((r) => [r.organisationId, r.organisationName]));
  const wijkenShown = new Map(rows.flatMap((r) => r.wijken.map((w) => [w.id, w.name] as const)));
  const sorted = (m: Map<number, string>) =>
    [...m]
      .map(([id, name]) => ({ value: String(id), label: name }))
      .sort((a, b) => a.label.localeCompare(b.label, "nl"));
  return { gemeenten: sorted(gemeenten), wijken: sorted(wijkenShown) };
}

export function getInterventie(id: number) {
  const db = getDb();
  const row = db
    .select({
      ...getTableColumns(interventies),
      ...organisation,
      onderzoeksdesignName: onderzoeksdesigns.name,
      createdByName: users.name,
    })
    .from(interventies)
    .innerJoin(organisations, eq(organisations.id, interventies.organisationId))
    .leftJoin(onderzoeksdesigns, eq(onderzoeksdesigns.id, interventies.onderzoeksdesignId))
    .leftJoin(users, eq(users.id, interventies.createdById))
    .where(eq(interventies.id, id))
    .get();
  if (!row) return null;
  const linked = new Set(
    db
      .select({ id: interventieIndicatoren.indicatorId })
      .from(interventieIndicatoren)
      .where(eq(interventieIndicatoren.interventieId, id))
      .all()
      .map((i) => i.id),
  );
  return {
    ...row,
    wijken: wijkNames([id]).get(id) ?? [],
    indicatoren: allIndicators().filter((i) => linked.has(i.id)),
  };
}

export type InterventieRow = NonNullable<ReturnType<typeof getInterventie>>;

/** The intervention of a URL: 404 when unknown or not readable, 403 when it may not be changed. */
export function requireInterventie(
  viewer: Actor,
  idParam: string | undefined,
  need: "lezen" | "schrijven" = "lezen",
) {
  const id = parseId(idParam);
  const interventie = id ? getInterventie(id) : null;
  if (!interventie || !canReadInterventie(viewer, interventie)) throw notFound();
  if (need === "schrijven" && !canWriteInterventie(viewer, interventie)) throw forbidden();
  return interventie;
}

/** The assessments of its neighbourhoods in its baseline and follow-up periods that one may see. */
export function linkedWijkmetingen(viewer: Actor, interventie: InterventieRow) {
  const periodes = [interventie.nulmetingPeriode, interventie.vervolgPeriode].filter(
    (p): p is string => p !== null,
  );
  return getDb()
    .select({
      id: wijkmetingen.id,
      wijk: wijken.name,
      periode: wijkmetingen.periode,
      organisationId: wijkmetingen.organisationId,
      status: wijkmetingen.status,
      sharedWithCircle: wijkmetingen.sharedWithCircle,
      circle: organisations.circle,
    })
    .from(wijkmetingen)
    .innerJoin(wijken, eq(wijken.id, wijkmetingen.wijkId))
    .innerJoin(organisations, eq(organisations.id, wijkmetingen.organisationId))
    .where(
      and(
        inArray(
          wijkmetingen.wijkId,
          interventie.wijken.map((w) => w.id),
        ),
        inArray(wijkmetingen.periode, periodes),
      ),
    )
    .orderBy(asc(wijken.name), asc(wijkmetingen.periode))
    .all()
    .filter((m) => canReadWijkmeting(viewer, m))
    .map(({ id, wijk, periode }) => ({ id, wijk, periode }));
}

/** What the form offers: the municipalities this person records for, with their neighbourhoods. */
export function interventieFormOptions(viewer: Actor, current?: InterventieRow) {
  const db = getDb();
  const gemeenten = db
    .select({
      id: organisations.id,
      name: organisations.name,
      slug: organisations.slug,
      kind: organisations.kind,
    })
    .from(organisations)
    .where(
      canChooseInterventieGemeente(viewer)
        ? eq(organisations.kind, "gemeente")
        : eq(organisations.id, viewer.organisationId),
    )
    .orderBy(asc(organisations.name))
    .all()
    .filter((g) => canWriteInterventie(viewer, { organisationId: g.id, organisationKind: g.kind }));
  const chosen = new Set(current?.indicatoren.map((i) => i.id));
  const tags = current ? tagsOf("interventie", current.id) : [];
  return {
    gemeenten: gemeenten.map((g) => ({
      id: g.id,
      name: g.name,
      slug: g.slug,
      wijken: wijkOptions(g.id),
    })),
    voorwaarden: listVoorwaarden(),
    indicatoren: [
      ...activeIndicators(),
      ...(current?.indicatoren.filter((i) => i.retired && chosen.has(i.id)) ?? []),
    ],
    designs: listOnderzoeksdesigns().filter(
      (d) => !d.retired || d.id === current?.onderzoeksdesignId,
    ),
    actoren: listActoren().map((a) => ({ slug: a.slug, name: a.name })),
    years: selectableYears(),
    tags: tagChoices(tags),
  };
}

export type InterventieFormOptions = ReturnType<typeof interventieFormOptions>;

/**
 * Whether what the form refers to exists and fits: the neighbourhoods are the municipality's, the
 * indicators and design are offered (a retired one only when the intervention already had it).
 */
export function checkInterventieReferences(
  input: InterventieInput,
  options: InterventieFormOptions,
): Record<string, FieldMessage> {
  const errors: Record<string, FieldMessage> = {};
  const gemeente = options.gemeenten.find((g) => g.id === input.organisationId);
  if (!gemeente) return { organisationId: { key: "fout.ongeldig" } };
  const own = new Set(gemeente.wijken.map((w) => Number(w.value)));
  if (!input.wijkIds.every((id) => own.has(id))) {
    errors["wijkIds"] = { key: "interventie.fout.wijkNietVanGemeente" };
  }
  const indicators = new Set(options.indicatoren.map((i) => i.id));
  if (!input.indicatorIds.every((id) => indicators.has(id))) {
    errors["indicatorIds"] = { key: "fout.ongeldig" };
  }
  if (
    input.onderzoeksdesignId !== null &&
    !options.designs.some((d) => d.id === input.onderzoeksdesignId)
  ) {
    errors["onderzoeksdesignId"] = { key: "fout.ongeldig" };
  }
  return errors;
}

/** The form's values: those of the intervention, or an empty form for this municipality. */
export function interventieValues(
  current: InterventieRow | null,
  organisationId: number | null,
): InterventieFormValues {
  if (!current) {
    return { organisationId: organisationId ? String(organisationId) : "", rollen: {} };
  }
  const text = (v: string | null) => v ?? "";
  return {
    organisationId: String(current.organisationId),
    title: current.title,
    description: current.description,
    wijkIds: current.wijken.map((w) => String(w.id)),
    voorwaarden: current.voorwaarden,
    indicatorIds: current.indicatoren.map((i) => String(i.id)),
    instrumentAarden: current.instrumentAarden,
    instrumentWerking: text(current.instrumentWerking),
    instrumentReikwijdte: text(current.instrumentReikwijdte),
    instrumentRichting: text(current.instrumentRichting),
    horizontaal: current.horizontaal ? "on" : "",
    bestuursstijl: current.bestuursstijl,
    rollen: current.rollen as Record<string, string>,
    factoren: current.factoren,
    onderzoeksdesignId: current.onderzoeksdesignId ? String(current.onderzoeksdesignId) : "",
    nulmetingPeriode: current.nulmetingPeriode,
    vervolgPeriode: text(current.vervolgPeriode),
    resultaat: current.resultaat,
    sharedWithCircle: current.sharedWithCircle ? "on" : "",
    ...tagValues(tagsOf("interventie", current.id)),
  };
}

export function saveInterventie(input: InterventieInput, byId: number, existingId?: number) {
  const { wijkIds, indicatorIds, rollen, tagsOpgave, tagsBeleidsveld, tagsContext, ...values } =
    input;
  return getDb().transaction((tx) => {
    const row = { ...values, rollen: rollen as ActorRollen };
    const id = existingId
      ? (tx
          .update(interventies)
          .set({ ...row, updatedAt: new Date() })
          .where(eq(interventies.id, existingId))
          .run(),
        existingId)
      : tx
          .insert(interventies)
          .values({ ...row, createdById: byId })
          .returning({ id: interventies.id })
          .get().id;
    tx.delete(interventieWijken).where(eq(interventieWijken.interventieId, id)).run();
    tx.insert(interventieWijken)
      .values(wijkIds.map((wijkId) => ({ interventieId: id, wijkId })))
      .run();
    tx.delete(interventieIndicatoren).where(eq(interventieIndicatoren.interventieId, id)).run();
    if (indicatorIds.length) {
      tx.insert(interventieIndicatoren)
        .values(indicatorIds.map((indicatorId) => ({ interventieId: id, indicatorId })))
        .run();
    }
    recordAudit(tx, {
      action: existingId ? "interventie.gewijzigd" : "interventie.vastgelegd",
      actor: byId,
      subject: { type: "interventie", id },
    });
    setTags(tx, "interventie", id, { tagsOpgave, tagsBeleidsveld, tagsContext });
    return id;
  });
}

/**
 * The interventions in a neighbourhood that ran between two of its measurements: begun before
 * the later one (baseline before `periode`) and not followed up before the earlier one. Without
 * an earlier measurement, every one begun before this one.
 */
function interventiesBetween(
  viewer: Actor,
  wijkId: number,
  previous: string | null,
  periode: string,
) {
  const rows = getDb()
    .select({
      id: interventies.id,
      title: interventies.title,
      bestuursstijl: interventies.bestuursstijl,
      nulmetingPeriode: interventies.nulmetingPeriode,
      vervolgPeriode: interventies.vervolgPeriode,
      sharedWithCircle: interventies.sharedWithCircle,
      ...organisation,
    })
    .from(interventieWijken)
    .innerJoin(interventies, eq(interventies.id, interventieWijken.interventieId))
    .innerJoin(organisations, eq(organisations.id, interventies.organisationId))
    .where(
      and(
        eq(interventieWijken.wijkId, wijkId),
        lt(interventies.nulmetingPeriode, periode),
        previous === null
          ? undefined
          : or(isNull(interventies.vervolgPeriode), gt(interventies.vervolgPeriode, previous)),
      ),
    )
    .orderBy(asc(interventies.nulmetingPeriode), asc(interventies.id))
    .all()
    .filter((r) => canReadInterventie(viewer, r));
  const aims = rows.length
    ? getDb()
        .select({ interventieId: interventieIndicatoren.interventieId, code: indicatoren.code })
        .from(interventieIndicatoren)
        .innerJoin(indicatoren, eq(indicatoren.id, interventieIndicatoren.indicatorId))
        .where(
          inArray(
            interventieIndicatoren.interventieId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(asc(indicatoren.code))
        .all()
    : [];
  return rows.map((r) => ({
    ...r,
    indicatorCodes: aims.filter((a) => a.interventieId === r.id).map((a) => a.code),
  }));
}

// ── The catalogue of research designs ─────────────────────────────────────────────────────────

export function listOnderzoeksdesigns() {
  return getDb()
    .select({
      id: onderzoeksdesigns.id,
      name: onderzoeksdesigns.name,
      description: onderzoeksdesigns.description,
      retiredAt: onderzoeksdesigns.retiredAt,
      uses: sql<number>`(select count(*) from interventies i where i.onderzoeksdesign_id = "onderzoeksdesigns"."id")`,
    })
    .from(onderzoeksdesigns)
    .orderBy(asc(onderzoeksdesigns.name))
    .all()
    .map(({ retiredAt, ...d }) => ({ ...d, retired: retiredAt !== null }));
}

function nameTaken(name: string, exceptId?: number) {
  return listOnderzoeksdesigns().some(
    (d) => d.id !== exceptId && d.name.toLocaleLowerCase("nl") === name.toLocaleLowerCase("nl"),
  );
}

export function addOnderzoeksdesign(input: { name: string; description: string }) {
  if (nameTaken(input.name)) return { error: "dubbel" as const };
  getDb().insert(onderzoeksdesigns).values(input).run();
  return { name: input.name };
}

export function changeOnderzoeksdesign(input: { id: number; name: string; description: string }) {
  if (!listOnderzoeksdesigns().some((d) => d.id === input.id))
    return { error: "onbekend" as const };
  if (nameTaken(input.name, input.id)) return { error: "dubbel" as const };
  getDb()
    .update(onderzoeksdesigns)
    .set({ name: input.name, description: input.description })
    .where(eq(onderzoeksdesigns.id, input.id))
    .run();
  return { name: input.name };
}

export function setOnderzoeksdesignRetired(id: number, retired: boolean) {
  const design = listOnderzoeksdesigns().find((d) => d.id === id);
  if (!design) return { error: "onbekend" as const };
  getDb()
    .update(onderzoeksdesigns)
    .set({ retiredAt: retired ? new Date() : null })
    .where(eq(onderzoeksdesigns.id, id))
    .run();
  return { name: design.name };
}

/** For an assessment's page: the interventions since the previous measurement, and whether one may record one. */
export function interventiesForMeting(
  viewer: Actor,
  meting: { wijkId: number; periode: string; organisationId: number },
  previous: string | null,
) {
  const gemeente = getDb()
    .select({ organisationId: organisations.id, organisationKind: organisations.kind })
    .from(organisations)
    .where(eq(organisations.id, meting.organisationId))
    .get();
  return {
    rows: interventiesBetween(viewer, meting.wijkId, previous, meting.periode),
    canRecord: !!gemeente && canWriteInterventie(viewer, gemeente),
  };
}
