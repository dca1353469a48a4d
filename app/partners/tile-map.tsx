import { PROVINCIE_NAMEN, type Provincie } from "#db/provincies.ts";
import { useT } from "#shared/i18n/index.ts";
import type { ProvincieRow } from "./overview.ts";

// A schematic tile map of the twelve provinces: one square each, roughly where it lies, with its
// Werkplaats and the number of activities. It is a picture of the table below it, which is the
// accessible source, so the SVG is hidden from assistive technology.

const TILES: Record<Provincie, [column: number, row: number]> = {
  friesland: [1, 0],
  groningen: [2, 0],
  "noord-holland": [0, 1],
  flevoland: [1, 1],
  drenthe: [2, 1],
  "zuid-holland": [0, 2],
  utrecht: [1, 2],
  overijssel: [2, 2],
  zeeland: [0, 3],
  "noord-brabant": [1, 3],
  gelderland: [2, 3],
  limburg: [2, 4],
};

const W = 200;
const H = 104;
const GAP = 8;
const INK = "#1f2d30";

/** The shading of a tile: darker with more activities (the number is written on it too). */
function fill(activiteiten: number, most: number) {
  if (activiteiten === 0) return "#f1f4f5";
  return ["#d5ebee", "#a9d4da", "#7dbdc6"][Math.min(2, Math.floor((activiteiten / most) * 2.99))];
}

/** A Werkplaats by its region: "Werkplaats Sociaal Domein Utrecht" → "Utrecht". */
const short = (name: string) => name.replace(/^Werkplaats Sociaal Domein /, "");

export function TileMap({ rows }: { rows: ProvincieRow[] }) {
  const t = useT();
  const most = Math.max(1, ...rows.map((r) => r.activiteiten));
  return (
    <svg
      className="leerkring-chart"
      viewBox={`0 0 ${3 * (W + GAP)} ${5 * (H + GAP)}`}
      aria-hidden="true"
      focusable="false"
    >
      {rows.map((r) => {
        const [column, row] = TILES[r.provincie];
        const x = column * (W + GAP);
        const y = row * (H + GAP);
        const werkplaatsen = r.werkplaatsen.map(short).join(", ") || t("partners.geenWerkplaats");
        return (
          <g key={r.provincie} data-provincie={r.provincie} data-activiteiten={r.activiteiten}>
            <rect
              x={x}
              y={y}
              width={W}
              height={H}
              rx={6}
              fill={fill(r.activiteiten, most)}
              stroke={INK}
            />
            <text x={x + 10} y={y + 26} fontSize={17} fontWeight={700} fill={INK}>
              {PROVINCIE_NAMEN[r.provincie]}
            </text>
            <text x={x + 10} y={y + 52} fontSize={13} fill={INK}>
              {werkplaatsen.length > 28 ? `${werkplaatsen.slice(0, 27)}…` : werkplaatsen}
            </text>
            <text x={x + 10} y={y + 82} fontSize={15} fill={INK}>
              {t("partners.kaart.activiteiten", { count: r.activiteiten })}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
