import { formatFigure } from "./csv.ts";

// Hand-written SVG charts, rendered on the server like the rest of the page. Each is one image
// (role="img") named by its <title> and described by its <desc>; a data table beside it carries
// the same numbers. Series differ in line pattern and marker shape as well as colour, and the
// legend shows both, so nothing depends on seeing colour. Every plotted figure carries
// data-reeks / data-waarde attributes: the tests check them against the table and the CSV.

export type SeriesKey = "meting" | "vorige" | "mediaan";

const STYLE: Record<SeriesKey, { stroke: string; dash?: string; width: number }> = {
  meting: { stroke: "#0b5563", width: 3 },
  vorige: { stroke: "#5b2a86", dash: "9 5", width: 2.5 },
  mediaan: { stroke: "#8a4b00", dash: "2 5", width: 3 },
};

const INK = "#1f2d30";
const GRID = "#8c9a9e";

function Marker({
  kind,
  x,
  y,
  size = 6,
}: {
  kind: SeriesKey;
  x: number;
  y: number;
  size?: number;
}) {
  const { stroke } = STYLE[kind];
  if (kind === "meting") return <circle cx={x} cy={y} r={size} fill={stroke} />;
  if (kind === "vorige") {
    return (
      <rect
        x={x - size}
        y={y - size}
        width={size * 2}
        height={size * 2}
        fill="#fff"
        stroke={stroke}
        strokeWidth={2.5}
      />
    );
  }
  const d = size * 1.35;
  return (
    <polygon
      points={`${x},${y - d} ${x + d},${y} ${x},${y + d} ${x - d},${y}`}
      fill={stroke}
      stroke="#fff"
      strokeWidth={1}
    />
  );
}

function LegendRow({
  kind,
  label,
  x,
  y,
  variant = "line",
}: {
  kind: SeriesKey;
  label: string;
  x: number;
  y: number;
  /** line: a line with its marker (radar); bar or marker alone (bar chart). */
  variant?: "line" | "bar" | "marker";
}) {
  const s = STYLE[kind];
  if (variant !== "line") {
    return (
      <g>
        {variant === "bar" ? (
          <rect x={x + 4} y={y - 8} width={36} height={16} fill={s.stroke} />
        ) : (
          <Marker kind={kind} x={x + 22} y={y} size={5} />
        )}
        <text x={x + 56} y={y + 5} fontSize={15} fill={INK}>
          {label}
        </text>
      </g>
    );
  }
  return (
    <g>
      <line
        x1={x}
        y1={y}
        x2={x + 44}
        y2={y}
        stroke={s.stroke}
        strokeWidth={s.width}
        strokeDasharray={s.dash}
        strokeLinecap={kind === "mediaan" ? "round" : "butt"}
      />
      <Marker kind={kind} x={x + 22} y={y} />
      <text x={x + 56} y={y + 5} fontSize={15} fill={INK}>
        {label}
      </text>
    </g>
  );
}

export type RadarSeries = { key: SeriesKey; label: string; values: (number | null)[] };

/** The four conditions as a radar: one axis each, scale 0–5, one polygon per series. */
export function RadarChart({
  id,
  title,
  description,
  axes,
  series,
  max = 5,
}: {
  id: string;
  title: string;
  description: string;
  axes: string[];
  series: RadarSeries[];
  max?: number;
}) {
  const width = 700;
  const cx = 350;
  const cy = 210;
  const radius = 150;
  const legendTop = 420;
  const height = legendTop + series.length * 26 + 10;
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / axes.length;
  const point = (i: number, value: number) => {
    const r = (Math.max(0, Math.min(max, value)) / max) * radius;
    return [cx + r * Math.cos(angle(i)), cy + r * Math.sin(angle(i))] as const;
  };
  const ring = (value: number) =>
    axes
      .map((_, i) =>
        point(i, value)
          .map((c) => c.toFixed(1))
          .join(","),
      )
      .join(" ");
  const rings = Array.from({ length: max }, (_, k) => k + 1);
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-titel`}
      aria-describedby={`${id}-beschrijving`}
      viewBox={`0 0 ${width} ${height}`}
      className="leerkring-chart leerkring-chart--radar"
      data-grafiek="radar"
    >
      <title id={`${id}-titel`}>{title}</title>
      <desc id={`${id}-beschrijving`}>{description}</desc>
      <g aria-hidden="true">
        {rings.map((v) => (
          <polygon
            key={v}
            points={ring(v)}
            fill="none"
            stroke={GRID}
            strokeWidth={v === max ? 1.5 : 0.75}
          />
        ))}
        {axes.map((_, i) => {
          const [x, y] = point(i, max);
          return <line key={i} x1={cx} y1={cy} x2={x} y2={y} stroke={GRID} strokeWidth={0.75} />;
        })}
        {rings.map((v) => {
          const [, y] = point(0, v);
          return (
            <text key={v} x={cx + 6} y={y + 14} fontSize={12} fill={INK}>
              {v}
            </text>
          );
        })}
        {axes.map((label, i) => {
          const [x, y] = point(i, max);
          const cos = Math.cos(angle(i));
          const sin = Math.sin(angle(i));
          const anchor = Math.abs(cos) < 0.3 ? "middle" : cos > 0 ? "start" : "end";
          return (
            <text
              key={label}
              x={x + cos * 12}
              y={y + sin * 16 + (sin > 0.3 ? 10 : sin < -0.3 ? -2 : 5)}
              textAnchor={anchor}
              fontSize={15}
              fontWeight={600}
              fill={INK}
            >
              {label}
            </text>
          );
        })}
        {series.map((s) => {
          const style = STYLE[s.key];
          const points = s.values
            .map((v, i) => (v === null ? null : point(i, v)))
            .filter((p): p is readonly [number, number] => p !== null);
          return (
            <g key={s.key} data-reeks={s.key}>
              <polygon
                points={points.map((p) => p.map((c) => c.toFixed(1)).join(",")).join(" ")}
                fill={s.key === "meting" ? style.stroke : "none"}
                fillOpacity={s.key === "meting" ? 0.12 : undefined}
                stroke={style.stroke}
                strokeWidth={style.width}
                strokeDasharray={style.dash}
                strokeLinecap="round"
                strokeLinejoin="round"
              />
              {s.values.map((v, i) =>
                v === null ? null : (
                  <g key={i} data-reeks={s.key} data-as={axes[i]} data-waarde={formatFigure(v)}>
                    <Marker kind={s.key} x={point(i, v)[0]} y={point(i, v)[1]} />
                  </g>
                ),
              )}
            </g>
          );
        })}
        {series.map((s, k) => (
          <LegendRow key={s.key} kind={s.key} label={s.label} x={40} y={legendTop + k * 26} />
        ))}
      </g>
    </svg>
  );
}

export type BarRow = {
  code: string;
  value: number | null;
  /** Answered with "weet niet / n.v.t." rather than left open. */
  unknown: boolean;
  previous: number | null;
  median: number | null;
};

/** Horizontal bars, one per indicator (scale 0–5), with markers for the previous period and the
 * circle median and the score written at the end of each row. */
export function BarChart({
  id,
  title,
  description,
  rows,
  legend,
  labels,
  max = 5,
  decimals = { meting: 0, vorige: 0, mediaan: 1 },
}: {
  id: string;
  title: string;
  description: string;
  rows: BarRow[];
  /** Indicator scores are whole numbers; a median may fall between two. */
  decimals?: Record<SeriesKey, number>;
  legend: { key: SeriesKey; label: string }[];
  labels: { unknown: string; open: string };
  max?: number;
}) {
  const width = 640;
  const left = 64;
  const right = 560;
  const top = 34;
  const rowHeight = 30;
  const legendTop = top + rows.length * rowHeight + 28;
  const height = legendTop + legend.length * 26 + 6;
  const x = (v: number) => left + (Math.max(0, Math.min(max, v)) / max) * (right - left);
  const ticks = Array.from({ length: max + 1 }, (_, k) => k);
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-titel`}
      aria-describedby={`${id}-beschrijving`}
      viewBox={`0 0 ${width} ${height}`}
      className="leerkring-chart leerkring-chart--bars"
      data-grafiek="staaf"
    >
      <title id={`${id}-titel`}>{title}</title>
      <desc id={`${id}-beschrijving`}>{description}</desc>
      <g aria-hidden="true">
        {ticks.map((v) => (
          <g key={v}>
            <line
              x1={x(v)}
              y1={top - 6}
              x2={x(v)}
              y2={top + rows.length * rowHeight}
              stroke={GRID}
              strokeWidth={v === 0 ? 1.5 : 0.5}
            />
            <text x={x(v)} y={top - 12} fontSize={12} textAnchor="middle" fill={INK}>
              {v}
            </text>
          </g>
        ))}
        {rows.map((r, k) => {
          const cy = top + k * rowHeight + rowHeight / 2;
          return (
            <g key={r.code} data-code={r.code}>
              <text x={left - 10} y={cy + 5} fontSize={14} textAnchor="end" fill={INK}>
                {r.code}
              </text>
              {r.value !== null ? (
                <rect
                  x={left}
                  y={cy - 8}
                  width={x(r.value) - left}
                  height={16}
                  fill={STYLE.meting.stroke}
                  data-reeks="meting"
                  data-code={r.code}
                  data-waarde={formatFigure(r.value, decimals.meting)}
                />
              ) : (
                <text x={left + 8} y={cy + 5} fontSize={13} fontStyle="italic" fill={INK}>
                  {r.unknown ? labels.unknown : labels.open}
                </text>
              )}
              {r.previous !== null && (
                <g
                  data-reeks="vorige"
                  data-code={r.code}
                  data-waarde={formatFigure(r.previous, decimals.vorige)}
                >
                  <Marker kind="vorige" x={x(r.previous)} y={cy} size={5} />
                </g>
              )}
              {r.median !== null && (
                <g
                  data-reeks="mediaan"
                  data-code={r.code}
                  data-waarde={formatFigure(r.median, decimals.mediaan)}
                >
                  <Marker kind="mediaan" x={x(r.median)} y={cy} size={5} />
                </g>
              )}
              <text
                x={width - 12}
                y={cy + 5}
                fontSize={14}
                textAnchor="end"
                fill={INK}
                fontWeight={600}
              >
                {r.value === null ? "–" : formatFigure(r.value, decimals.meting)}
              </text>
            </g>
          );
        })}
        {legend.map((l, k) => (
          <LegendRow
            key={l.key}
            kind={l.key}
            label={l.label}
            x={24}
            y={legendTop + k * 26}
            variant={l.key === "meting" ? "bar" : "marker"}
          />
        ))}
      </g>
    </svg>
  );
}
