// The twelve provinces of the Netherlands, north to south, by the slug the database stores. Their
// names are proper nouns, the same in both languages.
export const provincieSlugs = [
  "groningen",
  "friesland",
  "drenthe",
  "overijssel",
  "flevoland",
  "gelderland",
  "utrecht",
  "noord-holland",
  "zuid-holland",
  "zeeland",
  "noord-brabant",
  "limburg",
] as const;
export type Provincie = (typeof provincieSlugs)[number];

export const PROVINCIE_NAMEN: Record<Provincie, string> = {
  groningen: "Groningen",
  friesland: "Friesland",
  drenthe: "Drenthe",
  overijssel: "Overijssel",
  flevoland: "Flevoland",
  gelderland: "Gelderland",
  utrecht: "Utrecht",
  "noord-holland": "Noord-Holland",
  "zuid-holland": "Zuid-Holland",
  zeeland: "Zeeland",
  "noord-brabant": "Noord-Brabant",
  limburg: "Limburg",
};

/** The province a municipality's `region` names ("Noord-Holland"), or null. */
export function provincieOf(region: string | null): Provincie | null {
  return provincieSlugs.find((p) => PROVINCIE_NAMEN[p] === region) ?? null;
}
