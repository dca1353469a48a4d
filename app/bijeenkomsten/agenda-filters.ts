// The agenda's filters, read from the query string of /agenda and of the personal feed
// /agenda.ics alike: ?soort=thema|intervisie, ?kring=1|2 (what that circle takes part in),
// ?thema=<slug>, ?gemeente=<slug> (the host). A value that is not one of these is ignored, as if
// the filter were not set.

export type AgendaFilters = {
  soort?: "thema" | "intervisie";
  kring?: 1 | 2;
  thema?: string;
  gemeente?: string;
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function parseAgendaFilters(params: URLSearchParams): AgendaFilters {
  const filters: AgendaFilters = {};
  const soort = params.get("soort");
  if (soort === "thema" || soort === "intervisie") filters.soort = soort;
  const kring = params.get("kring");
  if (kring === "1" || kring === "2") filters.kring = Number(kring) as 1 | 2;
  const thema = params.get("thema") ?? "";
  if (SLUG.test(thema) && thema.length <= 100) filters.thema = thema;
  const gemeente = params.get("gemeente") ?? "";
  if (SLUG.test(gemeente) && gemeente.length <= 100) filters.gemeente = gemeente;
  return filters;
}

/** The filters as query-string pairs, to carry them over into another view's links. */
export function filterParams(filters: AgendaFilters): [string, string][] {
  return Object.entries(filters)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => [k, String(v)]);
}

/** A query string of the given pairs plus the filters ("?weergave=maand&soort=thema"). */
export function agendaSearch(pairs: [string, string][], filters: AgendaFilters): string {
  const search = new URLSearchParams([...pairs, ...filterParams(filters)]).toString();
  return search ? `?${search}` : "";
}
