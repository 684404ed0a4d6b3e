// The simulation's summary in words: the P10/P50/P90 table, the two chances and the histogram, as
// the ROI page shows them (./RoiSimulation.tsx, in the page's words: the `…In(w, …)` functions)
// and the business case repeats them (src/islands/business-case/roi-range.ts, in the default
// language's words), so both write the same figures the same way.
import { roiHistogramChartIn } from '../../calculators/roi/chart.ts';
import type { RoiSimulation } from '../../calculators/roi/monte-carlo.ts';
import { ROI_SIMULATION_WORDS, ROI_VIEW_WORDS, type RoiSimulationWords } from '../../calculators/roi/words.ts';
import type { ChartSpec } from '../../calculators/shared/chart-spec.ts';
import { countWords, fillWords } from '../../calculators/shared/words.ts';
import type { Formatters } from '../calculator/formatters.ts';

/** The percentile table's caption and columns, in a language's words. */
export const simulationTableIn = (w: RoiSimulationWords) => ({
  caption: w.simTableCaption,
  columns: [w.simColFigure, w.simColP10, w.simColP50, w.simColP90],
});

/** The percentile table's rows: NPV and payback, each with its P10, P50 and P90 written out. */
export function simulationRowsIn(
  w: RoiSimulationWords,
  sim: RoiSimulation,
  fmt: Formatters,
  horizon: number,
): { key: string; head: string; cells: string[] }[] {
  const years = countWords(horizon, w.year, w.years, fmt.number, 0);
  const months = (v: number | null) => (v === null ? fillWords(w.simNotWithin, { years }) : countWords(v, w.month, w.months, fmt.number));
  return [
    { key: 'npv', head: w.simRowNpv, cells: [fmt.money(sim.npv.p10), fmt.money(sim.npv.p50), fmt.money(sim.npv.p90)] },
    { key: 'payback', head: w.simRowPayback, cells: [months(sim.payback.p10), months(sim.payback.p50), months(sim.payback.p90)] },
  ];
}

/** The two chances, as label and value: NPV above zero, payback within the horizon. */
export function simulationChancesIn(
  w: RoiSimulationWords,
  sim: RoiSimulation,
  fmt: Formatters,
  horizon: number,
): { key: string; label: string; value: string }[] {
  const years = countWords(horizon, w.year, w.years, fmt.number, 0);
  return [
    { key: 'npv-positive', label: w.simChancePositive, value: fmt.share(sim.npvPositive) },
    { key: 'payback-within', label: fillWords(w.simChanceWithin, { years }), value: fmt.share(sim.paybackWithin) },
  ];
}

/** The NPV histogram as a chart, its bands in compact money. */
export const simulationChartIn = (w: RoiSimulationWords, sim: RoiSimulation, fmt: Formatters): ChartSpec =>
  roiHistogramChartIn(w, sim, { money: fmt.money, edge: fmt.moneyCompact, share: (v) => fmt.share(v), count: (v) => fmt.number(v, 0) });

// The same in the default language's words (the business case's worker).

/** The simulation's words in the default language, with the count words of the view's. */
const english = (): RoiSimulationWords => {
  const { year, years, month, months } = ROI_VIEW_WORDS;
  return { ...ROI_SIMULATION_WORDS, year, years, month, months };
};

/** The percentile table's caption and columns. */
export const SIMULATION_TABLE = /* @__PURE__ */ simulationTableIn(/* @__PURE__ */ english());
export const simulationRows = (sim: RoiSimulation, fmt: Formatters, horizon: number) => simulationRowsIn(english(), sim, fmt, horizon);
export const simulationChances = (sim: RoiSimulation, fmt: Formatters, horizon: number) =>
  simulationChancesIn(english(), sim, fmt, horizon);
export const simulationChart = (sim: RoiSimulation, fmt: Formatters): ChartSpec => simulationChartIn(english(), sim, fmt);
