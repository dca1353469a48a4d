import { inArray } from "drizzle-orm";
import { can } from "#app/auth/permissions.ts";
import { canListInterventies, canReadInterventie } from "#app/auth/rules/interventie.ts";
import { canReadLeervraagCasus } from "#app/auth/rules/leervraag.ts";
import { canReadNotities } from "#app/auth/rules/notities.ts";
import type { SessionUser } from "#app/auth/session.server.ts";
import { getDb } from "#db/client.ts";
import { essays, praktijkvoorbeelden } from "#db/schema.ts";
import { backToOwner, getBijlage, mayOpenBijlage } from "#app/bijlagen/bijlagen.server.ts";
import { getInterventie } from "#app/interventies/interventies.server.ts";
import { getLeervraag } from "#app/leervragen/leervragen.server.ts";
import { getMeetingForNotes } from "#app/notities/notities.server.ts";
import { HIT_END, HIT_START, SEARCH_PAGE_SIZE, searchKinds, type SearchKind } from "./results.tsx";

// Search over the `zoekindex` FTS5 table (db/migrations/0002_zoekindex.sql). Results are checked
// against the permission of each kind before anything of them is shown: a search never reveals a
// title or snippet the person may not open. Since that check is made per hit, after the index has
// ranked them, a page is filled by reading the ranked hits in batches until enough of them may be
// opened; the SQL LIMIT alone would give a short or empty page whenever hidden hits rank first.

/** Ranked hits read from the index per query while a page is filled. */
const BATCH_SIZE = 100;
/**
 * At most this many batches for one search (2,000 hits): what ranks below is not reached, so a
 * search full of hits the person may not open costs a bounded amount of work.
 */
const MAX_BATCHES = 20;

export type SearchHit = {
  kind: SearchKind;
  id: number;
  title: string;
  snippet: string;
  href: string;
};

/** Whether this person may search this kind at all. */
const maySearch: Record<SearchKind, (user: SessionUser | null) => boolean> = {
  essay: () => true, // only published essays are in the index
  praktijkvoorbeeld: () => true, // only published snapshots are in the index
  notities: (user) => can(user, "notities:lezen"),
  leervraag: (user) => can(user, "leervraag:bekijken"),
  traject: (user) => can(user, "traject:bekijken"),
  interventie: (user) => canListInterventies(user),
  bijlage: (user) => user !== null, // each hit is checked against its record's rule
};

/** Whether this person may open this particular result (checked before anything is shown). */
const mayOpen: Partial<Record<SearchKind, (user: SessionUser, id: number) => boolean>> = {
  notities: (user, id) => {
    const meeting = getMeetingForNotes(id);
    return !!meeting && canReadNotities(user, meeting);
  },
  // A question's indexed text includes its casus and outcome, confidential for intervision: a
  // hit could come from there, so the whole result is left out.
  leervraag: (user, id) => {
    const leervraag = getLeervraag(id);
    return !!leervraag && canReadLeervraagCasus(user, leervraag);
  },
  // An intervention of another municipality is found only when it is shared with the circle.
  interventie: (user, id) => {
    const interventie = getInterventie(id);
    return !!interventie && canReadInterventie(user, interventie);
  },
  // An attachment follows its record (app/auth/rules/bijlage.ts): its title and text are found
  // only by who may open it there.
  bijlage: (user, id) => mayOpenBijlage(user, id) !== null,
};

const hrefOf: Record<SearchKind, (id: number, slugs: Slugs) => string> = {
  essay: (id, slugs) => `/essays/${slugs.essay.get(id) ?? ""}`,
  praktijkvoorbeeld: (id, slugs) => `/praktijkvoorbeelden/${slugs.praktijkvoorbeeld.get(id) ?? ""}`,
  bijlage: (id) => {
    const row = getBijlage(id);
    return row?.owner ? backToOwner(row.owner) : "/zoeken";
  },
  notities: (id) => `/bijeenkomsten/${id}/notities`,
  leervraag: (id) => `/leervragen/${id}`,
  traject: (id) => `/aan-de-slag/${id}`,
  interventie: (id) => `/interventies/${id}`,
};

/**
 * Turns what someone typed into an FTS5 query: every word must occur, as a prefix. Quotes and
 * operators are dropped, so no input can make the query fail.
 */
export function toFtsQuery(input: string): string | null {
  const words = input
    .normalize("NFKC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12);
  return words.length ? words.map((w) => `"${w}"*`).join(" ") : null;
}

export type SearchPage = {
  hits: SearchHit[];
  page: number;
  /** Whether another page of results the person may open follows this one. */
  more: boolean;
  /** How many results the person may open in all; null when `more` (they were not all counted). */
  total: number | null;
};

type Row = { kind: SearchKind; id: number; title: string; snippet: string };

export function search(
  user: SessionUser | null,
  input: {
    q: string;
    kind?: SearchKind | undefined;
    themaId?: number | undefined;
    organisationId?: number | undefined;
  },
  { page = 1, pageSize = SEARCH_PAGE_SIZE }: { page?: number; pageSize?: number } = {},
): SearchPage {
  const none: SearchPage = { hits: [], page, more: false, total: 0 };
  const query = toFtsQuery(input.q);
  if (!query) return none;
  const kinds = searchKinds.filter((k) => (!input.kind || k === input.kind) && maySearch[k](user));
  if (kinds.length === 0) return none;
  // better-sqlite3 runs no other query while a statement is being iterated, and the permission
  // checks query: so each batch is read whole with .all(), then checked.
  const statement = getDb().$client.prepare(
    `SELECT kind, ref_id AS id, title,
            snippet(zoekindex, 5, ?, ?, '…', 16) AS snippet
       FROM zoekindex
      WHERE zoekindex MATCH ?
        AND kind IN (${kinds.map(() => "?").join(", ")})
        AND (? IS NULL OR thema_id = ?)
        AND (? IS NULL OR organisation_id = ?)
      ORDER BY bm25(zoekindex, 0, 0, 0, 0, 10.0, 1.0), rowid
      LIMIT ? OFFSET ?`,
  );
  const params = [
    HIT_START,
    HIT_END,
    query,
    ...kinds,
    input.themaId ?? null,
    input.themaId ?? null,
    input.organisationId ?? null,
    input.organisationId ?? null,
  ];
  const mayOpenRow = (r: Row) =>
    !mayOpen[r.kind] || (user !== null && mayOpen[r.kind]!(user, r.id));
  // The hits of the earlier pages, this page's, and one more to know whether a next page follows.
  const wanted = page * pageSize + 1;
  const visible: Row[] = [];
  for (let batch = 0; batch < MAX_BATCHES && visible.length < wanted; batch++) {
    const rows = statement.all(...params, BATCH_SIZE, batch * BATCH_SIZE) as Row[];
    for (const row of rows) {
      if (visible.length === wanted) break;
      if (mayOpenRow(row)) visible.push(row);
    }
    if (rows.length < BATCH_SIZE) break;
  }
  const more = visible.length === wanted;
  const onPage = visible.slice((page - 1) * pageSize, page * pageSize);
  const idsOf = (kind: SearchKind) => onPage.filter((r) => r.kind === kind).map((r) => r.id);
  const slugs: Slugs = {
    essay: slugsOf(essays, idsOf("essay")),
    praktijkvoorbeeld: slugsOf(praktijkvoorbeelden, idsOf("praktijkvoorbeeld")),
  };
  return {
    hits: onPage.map((r) => ({ ...r, href: hrefOf[r.kind](r.id, slugs) })),
    page,
    more,
    total: more ? null : visible.length,
  };
}

/** The slugs of the hits that link by slug, by kind. */
type Slugs = Record<"essay" | "praktijkvoorbeeld", Map<number, string>>;

/** The slugs of these essays or practice examples, in one query. */
function slugsOf(table: typeof essays | typeof praktijkvoorbeelden, ids: number[]) {
  if (ids.length === 0) return new Map<number, string>();
  const rows = getDb()
    .select({ id: table.id, slug: table.slug })
    .from(table)
    .where(inArray(table.id, ids))
    .all();
  return new Map(rows.map((r) => [r.id, r.slug]));
}
