import { provincieOf, provincieSlugs, type Provincie } from "#db/provincies.ts";

// "Wie is waar actief": the figures of /partners, its map, table and CSV, from one season's
// activities. Pure, so the page, the download and the tests count alike.

export type ActivityRow = {
  partnerId: number;
  partnerName: string;
  gemeenteId: number;
  gemeenteName: string;
  /** The municipality's province as its `region` names it. */
  gemeenteRegion: string | null;
};

export type Overlap = { gemeenteId: number; gemeenteName: string; partners: string[] };

/**
 * Municipalities where more than one partner was active (footnote 3 of seed 000: keep each other
 * informed and attune), with the partners in alphabetical order.
 */
export function overlaps(activities: readonly ActivityRow[]): Overlap[] {
  const byGemeente = new Map<number, Overlap>();
  for (const a of activities) {
    const entry = byGemeente.get(a.gemeenteId) ?? {
      gemeenteId: a.gemeenteId,
      gemeenteName: a.gemeenteName,
      partners: [],
    };
    if (!entry.partners.includes(a.partnerName)) entry.partners.push(a.partnerName);
    byGemeente.set(a.gemeenteId, entry);
  }
  return [...byGemeente.values()]
    .filter((o) => o.partners.length > 1)
    .map((o) => ({ ...o, partners: o.partners.sort((x, y) => x.localeCompare(y, "nl")) }))
    .sort((x, y) => x.gemeenteName.localeCompare(y.gemeenteName, "nl"));
}

export type ProvincieRow = { provincie: Provincie; werkplaatsen: string[]; activiteiten: number };

/** Every province, with the Werkplaatsen that cover it and the number of activities in it. */
export function perProvincie(
  activities: readonly ActivityRow[],
  coverage: readonly { provincie: Provincie; name: string }[],
): ProvincieRow[] {
  return provincieSlugs.map((provincie) => ({
    provincie,
    werkplaatsen: coverage
      .filter((c) => c.provincie === provincie)
      .map((c) => c.name)
      .sort((x, y) => x.localeCompare(y, "nl")),
    activiteiten: activities.filter((a) => provincieOf(a.gemeenteRegion) === provincie).length,
  }));
}

export type GemeenteRow = {
  provincie: Provincie | null;
  gemeenteName: string;
  activiteiten: number;
  partners: string[];
};

/** The municipalities with activities, by province (north to south) and name; partners by name. */
export function perGemeente(activities: readonly ActivityRow[]): GemeenteRow[] {
  const rows = new Map<number, GemeenteRow>();
  for (const a of activities) {
    const row = rows.get(a.gemeenteId) ?? {
      provincie: provincieOf(a.gemeenteRegion),
      gemeenteName: a.gemeenteName,
      activiteiten: 0,
      partners: [],
    };
    row.activiteiten++;
    if (!row.partners.includes(a.partnerName)) row.partners.push(a.partnerName);
    rows.set(a.gemeenteId, row);
  }
  const order = (p: Provincie | null) =>
    p === null ? provincieSlugs.length : provincieSlugs.indexOf(p);
  for (const row of rows.values()) row.partners.sort((x, y) => x.localeCompare(y, "nl"));
  return [...rows.values()].sort(
    (x, y) =>
      order(x.provincie) - order(y.provincie) || x.gemeenteName.localeCompare(y.gemeenteName, "nl"),
  );
}
