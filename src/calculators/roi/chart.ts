import type { ChartSpec, FormatValue } from '../shared/chart-spec.ts';
import type { RoiResult, RoiSensitivity } from './calculate.ts';
import type { RoiInputKey } from './fields.ts';
import type { RoiSimulation } from './monte-carlo.ts';
import { fillWords } from '../shared/words.ts';
import { ROI_SIMULATION_WORDS, ROI_VIEW_WORDS, type RoiSimulationWords, type RoiViewWords } from './words.ts';

/** Benefits by source per year (stacked bars) and the cumulative net flow (line), money; years 0..T; in a language's words. */
export function roiCashChartIn(w: RoiViewWords, result: RoiResult, money: FormatValue): ChartSpec {
  const values = {
    benefits: money(result.totalBenefits),
    costs: money(result.totalCosts),
    end: money(result.years.at(-1)?.cumulative ?? 0),
  };
  return {
    id: 'roi-cash',
    title: w.cashTitle,
    summary: fillWords(result.paybackMonths === null ? w.cashSummaryNoPayback : w.cashSummary, values),
    kind: 'xy',
    categoryTitle: w.chartYearAxis,
    categories: result.years.map((y) => fillWords(w.chartYear, { year: y.year })),
    unit: 'money',
    series: [
      { label: w.chartRetention, type: 'bar', stack: 'benefit', values: result.years.map((y) => y.retentionBenefit), tone: 0 },
      { label: w.chartSpend, type: 'bar', stack: 'benefit', values: result.years.map((y) => y.spendBenefit), tone: 1 },
      { label: w.chartDeflection, type: 'bar', stack: 'benefit', values: result.years.map((y) => y.deflectionBenefit), tone: 2 },
      { label: w.chartCumulative, type: 'line', values: result.years.map((y) => y.cumulative), tone: 3 },
    ],
  };
}

/** The cash chart in the default language's words. */
export const roiCashChart = (result: RoiResult, money: FormatValue): ChartSpec => roiCashChartIn(ROI_VIEW_WORDS, result, money);

/** Formats a driver's value in its input's unit (e.g. "100%", "€320"). */
export type FormatDriver = (key: RoiInputKey, value: number) => string;

/**
 * Words for a driver whose -20% or +20% value left its valid range and was capped at the edge,
 * e.g. "+20% capped at 100%"; '' when neither side was capped.
 */
export function cappedNote(w: RoiViewWords, s: RoiSensitivity, driver: FormatDriver): string {
  const notes: string[] = [];
  if (s.lowCapped) notes.push(fillWords(w.cappedLow, { value: driver(s.key, s.lowValue) }));
  if (s.highCapped) notes.push(fillWords(w.cappedHigh, { value: driver(s.key, s.highValue) }));
  return notes.join('; ');
}

/** A driver's label, with its cap in brackets when a side was capped: "Margin (+20% capped at 100%)". */
export function driverLabel(w: RoiViewWords, s: RoiSensitivity, labels: Record<RoiInputKey, string>, driver: FormatDriver): string {
  const note = cappedNote(w, s, driver);
  return note ? `${labels[s.key]} (${note})` : labels[s.key];
}

/**
 * The tornado: NPV with each driver at -20% and +20%, as bars from the base NPV, money, in a
 * language's words. A driver capped at its range's edge says so in its label (the axis, the
 * tooltip and the table).
 */
export function roiTornadoChartIn(
  w: RoiViewWords,
  result: RoiResult,
  labels: Record<RoiInputKey, string>,
  money: FormatValue,
  driver: FormatDriver = (_key, value) => String(value),
): ChartSpec {
  const top = result.sensitivity[0];
  const npv = money(result.npv);
  if (top?.source === 'range')
    return {
      id: 'roi-tornado',
      title: w.rangeTitle,
      summary:
        top.swing > 0
          ? fillWords(w.rangeSummary, {
              npv,
              driver: labels[top.key],
              low: money(top.npvLow),
              lowValue: driver(top.key, top.lowValue),
              high: money(top.npvHigh),
              highValue: driver(top.key, top.highValue),
            })
          : fillWords(w.rangeSummaryNone, { npv }),
      kind: 'range',
      categoryTitle: w.chartDriverAxis,
      categories: result.sensitivity.map((s) =>
        fillWords(w.rangeDriver, { driver: labels[s.key], low: driver(s.key, s.lowValue), high: driver(s.key, s.highValue) }),
      ),
      unit: 'money',
      baseline: result.npv,
      series: [
        {
          label: w.rangeLow,
          type: 'bar',
          stack: 'tornado',
          values: result.sensitivity.map((s) => [result.npv, s.npvLow]),
          tone: 1,
        },
        {
          label: w.rangeHigh,
          type: 'bar',
          stack: 'tornado',
          values: result.sensitivity.map((s) => [result.npv, s.npvHigh]),
          tone: 0,
        },
      ],
    };
  const capped = top ? cappedNote(w, top, driver) : '';
  return {
    id: 'roi-tornado',
    title: w.tornadoTitle,
    summary:
      top && top.swing > 0
        ? fillWords(capped ? w.tornadoSummaryCapped : w.tornadoSummary, {
            npv,
            driver: labels[top.key],
            low: money(top.npvLow),
            high: money(top.npvHigh),
            capped,
          })
        : fillWords(w.tornadoSummaryNone, { npv }),
    kind: 'range',
    categoryTitle: w.chartDriverAxis,
    categories: result.sensitivity.map((s) => driverLabel(w, s, labels, driver)),
    unit: 'money',
    baseline: result.npv,
    series: [
      {
        label: w.tornadoLow,
        type: 'bar',
        stack: 'tornado',
        values: result.sensitivity.map((s) => [result.npv, s.npvLow]),
        tone: 1,
      },
      {
        label: w.tornadoHigh,
        type: 'bar',
        stack: 'tornado',
        values: result.sensitivity.map((s) => [result.npv, s.npvHigh]),
        tone: 0,
      },
    ],
  };
}

/** The tornado in the default language's words. */
export const roiTornadoChart = (
  result: RoiResult,
  labels: Record<RoiInputKey, string>,
  money: FormatValue,
  driver?: FormatDriver,
): ChartSpec => roiTornadoChartIn(ROI_VIEW_WORDS, result, labels, money, driver);

/** How the histogram writes its numbers: money in full and as the bands' edges, a share 0-1, a count. */
export interface HistogramFormats {
  money: FormatValue;
  edge: FormatValue;
  share: FormatValue;
  count: FormatValue;
}

/** The simulation's NPV histogram: how many of the draws fall in each band of NPV; in a language's words. */
export function roiHistogramChartIn(
  w: Pick<RoiSimulationWords, 'histTitle' | 'histSummary' | 'histAxis' | 'histBand' | 'histSeries'>,
  sim: RoiSimulation,
  f: HistogramFormats,
): ChartSpec {
  return {
    id: 'roi-histogram',
    title: fillWords(w.histTitle, { count: f.count(sim.draws) }),
    summary: fillWords(w.histSummary, {
      p50: f.money(sim.npv.p50),
      p10: f.money(sim.npv.p10),
      p90: f.money(sim.npv.p90),
      share: f.share(sim.npvPositive),
    }),
    kind: 'xy',
    categoryTitle: w.histAxis,
    categories: sim.histogram.map((b) =>
      b.from === b.to ? f.edge(b.from) : fillWords(w.histBand, { from: f.edge(b.from), to: f.edge(b.to) }),
    ),
    unit: 'count',
    series: [{ label: w.histSeries, type: 'bar', values: sim.histogram.map((b) => b.count), tone: 0 }],
  };
}

/** The histogram in the default language's words. */
export const roiHistogramChart = (sim: RoiSimulation, f: HistogramFormats): ChartSpec => roiHistogramChartIn(ROI_SIMULATION_WORDS, sim, f);
