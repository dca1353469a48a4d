import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { TableRegion } from "#app/components/data-table.tsx";
import { useT, type Translate } from "#shared/i18n/index.ts";
import { BRON } from "#db/sociale-kwaliteit.ts";
import { BarChart, RadarChart, type RadarSeries, type SeriesKey } from "./charts.tsx";
import { formatChange, formatFigure } from "./csv.ts";
import type { ConditionReport, IndicatorReport } from "./monitor.server.ts";
import { parsePeriode } from "./period.ts";

// Pieces the monitor's pages share: period names, the source note, and the two figures (chart
// with its table) that the overview and the detail page show.

export function periodeLabel(t: Translate, periode: string): string {
  const p = parsePeriode(periode);
  if (!p) return periode;
  return t(p.deel ? `monitor.periode.${p.deel}` : "monitor.periode.jaar", { jaar: p.jaar });
}

export function usePeriodeLabel() {
  const t = useT();
  return (periode: string) => periodeLabel(t, periode);
}

/** The citation every page of the monitor carries. */
export function SourceNote({ part }: { part?: keyof typeof BRON }) {
  const t = useT();
  return (
    <Paragraph className="leerkring-muted leerkring-source">
      {t("monitor.bronLabel")}: {BRON.uitgever} ({BRON.jaar}), <cite>{BRON.titel}</cite>.{" "}
      {BRON.auteurs}.{part ? ` ${BRON[part]}.` : ""}
    </Paragraph>
  );
}

/** A change written out with its direction, so the sign is not the only cue. */
export function ChangeText({ value }: { value: number | null }) {
  const t = useT();
  if (value === null) return <>–</>;
  const word =
    value > 0
      ? t("monitor.verschil.hoger")
      : value < 0
        ? t("monitor.verschil.lager")
        : t("monitor.verschil.gelijk");
  return (
    <>
      {formatChange(value)} <span className="leerkring-muted">({word})</span>
    </>
  );
}

const figure = (value: number | null) => (value === null ? "–" : formatFigure(value));

/** The comparison columns both monitor tables have: the previous measurement, and the circle's median. */
function ComparisonHeaders({ previous, median }: { previous: boolean; median: boolean }) {
  const t = useT();
  return (
    <>
      {previous && <TableHeaderCell scope="col">{t("monitor.kolom.vorige")}</TableHeaderCell>}
      {previous && <TableHeaderCell scope="col">{t("monitor.kolom.verschil")}</TableHeaderCell>}
      {median && <TableHeaderCell scope="col">{t("monitor.kolom.mediaan")}</TableHeaderCell>}
      {median && <TableHeaderCell scope="col">{t("monitor.kolom.nLeerkring")}</TableHeaderCell>}
    </>
  );
}

/** A row's cells under ComparisonHeaders; null leaves a pair of columns out. */
function ComparisonCells({
  previous,
  change,
  median,
}: {
  previous: string | null;
  change: number | null;
  median: { value: number | null; n: number } | null;
}) {
  return (
    <>
      {previous !== null && <TableCell data-kolom="vorige">{previous}</TableCell>}
      {previous !== null && (
        <TableCell data-kolom="verschil">
          <ChangeText value={change} />
        </TableCell>
      )}
      {median && <TableCell data-kolom="mediaan">{figure(median.value)}</TableCell>}
      {median && <TableCell data-kolom="n-leerkring">{median.n}</TableCell>}
    </>
  );
}

type SeriesLabels = { current: string; previous: string | null; median: number };

function seriesLabels(t: Translate, labels: SeriesLabels) {
  const out: { key: SeriesKey; label: string }[] = [
    { key: "meting", label: t("monitor.reeks.meting", { periode: labels.current }) },
  ];
  if (labels.previous)
    out.push({ key: "vorige", label: t("monitor.reeks.vorige", { periode: labels.previous }) });
  if (labels.median > 0)
    out.push({ key: "mediaan", label: t("monitor.reeks.mediaan", { n: labels.median }) });
  return out;
}

/** Radar of the four conditions with the table of the same numbers beside it. */
export function ConditionsFigure({
  id,
  title,
  conditions,
  labels,
}: {
  id: string;
  title: string;
  conditions: ConditionReport[];
  labels: SeriesLabels;
}) {
  const t = useT();
  const legend = seriesLabels(t, labels);
  const values: Record<SeriesKey, (number | null)[]> = {
    meting: conditions.map((c) => c.value),
    vorige: conditions.map((c) => c.previous),
    mediaan: conditions.map((c) => c.median.value),
  };
  const series: RadarSeries[] = legend.map((l) => ({ ...l, values: values[l.key] }));
  const description = [
    t("monitor.radar.beschrijving"),
    ...conditions.map((c) =>
      t("monitor.radar.waarde", {
        voorwaarde: c.name,
        waarde: c.value === null ? t("monitor.geenScore") : formatFigure(c.value),
      }),
    ),
  ].join(" ");
  const hasPrevious = labels.previous !== null;
  const hasMedian = labels.median > 0;
  return (
    <div className="leerkring-figure">
      <RadarChart
        id={id}
        title={title}
        description={description}
        axes={conditions.map((c) => c.name)}
        series={series}
      />
      <TableRegion label={t("monitor.tabel.voorwaarden")}>
        <Table data-tabel="voorwaarden">
          <TableCaption>{t("monitor.tabel.voorwaarden")}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t("monitor.kolom.voorwaarde")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("monitor.kolom.gemiddelde")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("monitor.kolom.n")}</TableHeaderCell>
              <ComparisonHeaders previous={hasPrevious} median={hasMedian} />
            </TableRow>
          </TableHeader>
          <TableBody>
            {conditions.map((c) => (
              <TableRow key={c.slug} data-voorwaarde={c.slug}>
                <TableHeaderCell scope="row">
                  {c.name}
                  <span className="leerkring-muted"> · {c.waarde}</span>
                </TableHeaderCell>
                <TableCell data-kolom="meting">{figure(c.value)}</TableCell>
                <TableCell data-kolom="n">{c.n}</TableCell>
                <ComparisonCells
                  previous={hasPrevious ? figure(c.previous) : null}
                  change={c.change}
                  median={hasMedian ? c.median : null}
                />
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableRegion>
    </div>
  );
}

/** One condition's indicators as bars, with the table of scores, notes and comparisons. */
export function IndicatorsFigure({
  id,
  name,
  items,
  labels,
}: {
  id: string;
  name: string;
  items: IndicatorReport[];
  labels: SeriesLabels;
}) {
  const t = useT();
  const hasPrevious = labels.previous !== null;
  const hasMedian = labels.median > 0;
  return (
    <div className="leerkring-figure leerkring-figure--stacked">
      <BarChart
        id={id}
        title={t("monitor.staaf.titel", { voorwaarde: name })}
        description={t("monitor.staaf.beschrijving")}
        rows={items.map((i) => ({
          code: i.code,
          value: i.score,
          unknown: i.answered && i.score === null,
          previous: hasPrevious ? i.previous : null,
          median: hasMedian ? i.median.value : null,
        }))}
        legend={seriesLabels(t, labels)}
        labels={{ unknown: t("monitor.weetNiet"), open: t("monitor.nietIngevuld") }}
      />
      <TableRegion label={t("monitor.tabel.indicatoren", { voorwaarde: name })}>
        <Table data-tabel="indicatoren">
          <TableCaption>{t("monitor.tabel.indicatoren", { voorwaarde: name })}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t("monitor.kolom.code")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("monitor.kolom.indicator")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("monitor.kolom.score")}</TableHeaderCell>
              <ComparisonHeaders previous={hasPrevious} median={hasMedian} />
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((i) => (
              <TableRow key={i.indicatorId} data-code={i.code}>
                <TableHeaderCell scope="row">{i.code}</TableHeaderCell>
                <TableCell>
                  {i.text}
                  {i.retired && (
                    <span className="leerkring-muted"> {t("monitor.ingetrokken")}</span>
                  )}
                  {(i.note || i.source) && (
                    <span className="leerkring-note">
                      {i.note}
                      {i.source && (
                        <span className="leerkring-muted">
                          {" "}
                          {t("monitor.bronLabel")}: {i.source}
                        </span>
                      )}
                    </span>
                  )}
                </TableCell>
                <TableCell data-kolom="meting">
                  {i.score !== null
                    ? formatFigure(i.score, 0)
                    : i.answered
                      ? t("monitor.weetNiet")
                      : t("monitor.nietIngevuld")}
                </TableCell>
                <ComparisonCells
                  previous={
                    hasPrevious ? (i.previous === null ? "–" : formatFigure(i.previous, 0)) : null
                  }
                  change={i.change}
                  median={hasMedian ? i.median : null}
                />
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableRegion>
    </div>
  );
}
