import { eq } from "drizzle-orm";
import { can } from "#app/auth/permissions.ts";
import { canReadLeervraagCasus } from "#app/auth/rules/leervraag.ts";
import { canReadNotities } from "#app/auth/rules/notities.ts";
import type { SessionUser } from "#app/auth/session.server.ts";
import { getDb } from "#db/client.ts";
import { essays } from "#db/schema.ts";
import { getLeervraag } from "#app/leervragen/leervragen.server.ts";
import { getMeetingForNotes } from "#app/notities/notities.server.ts";
import { HIT_END, HIT_START, searchKinds, type SearchKind } from "./results.tsx";

// Search over the `zoekindex` FTS5 table (db/migrations/0002_zoekindex.sql). Results are checked
// against the permission of each kind before anything of them is shown: a search never reveals a
// title or snippet the person may not open.

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
  notities: (user) => can(user, "notities:lezen"),
  leervraag: (user) => can(user, "leervraag:bekijken"),
  traject: (user) => can(user, "traject:bekijken"),
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
};

const hrefOf: Record<SearchKind, (id: number) => string> = {
  essay: (id) => `/essays/${essaySlug(id)}`,
  notities: (id) => `/bijeenkomsten/${id}/notities`,
  leervraag: (id) => `/leervragen/${id}`,
  traject: (id) => `/aan-de-slag/${id}`,
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

export function search(
  user: SessionUser | null,
  input: {
    q: string;
    kind?: SearchKind | undefined;
    themaId?: number | undefined;
    organisationId?: number | undefined;
  },
  limit = 30,
): SearchHit[] {
  const query = toFtsQuery(input.q);
  if (!query) return [];
  const kinds = searchKinds.filter((k) => (!input.kind || k === input.kind) && maySearch[k](user));
  if (kinds.length === 0) return [];
  const rows = getDb()
    .$client.prepare(
      `SELECT kind, ref_id AS id, title,
              snippet(zoekindex, 5, ?, ?, '…', 16) AS snippet
         FROM zoekindex
        WHERE zoekindex MATCH ?
          AND kind IN (${kinds.map(() => "?").join(", ")})
          AND (? IS NULL OR thema_id = ?)
          AND (? IS NULL OR organisation_id = ?)
        ORDER BY bm25(zoekindex, 0, 0, 0, 0, 10.0, 1.0)
        LIMIT ?`,
    )
    .all(
      HIT_START,
      HIT_END,
      query,
      ...kinds,
      input.themaId ?? null,
      input.themaId ?? null,
      input.organisationId ?? null,
      input.organisationId ?? null,
      limit,
    ) as { kind: SearchKind; id: number; title: string; snippet: string }[];
  return rows
    .filter((r) => !mayOpen[r.kind] || (user !== null && mayOpen[r.kind]!(user, r.id)))
    .map((r) => ({ ...r, href: hrefOf[r.kind](r.id) }));
}

function essaySlug(id: number): string {
  return (
    getDb().select({ slug: essays.slug }).from(essays).where(eq(essays.id, id)).get()?.slug ?? ""
  );
}
