// The simulation's summary in words: the P10/P50/P90 table, the two chances and the histogram, as
// the ROI page shows them (./RoiSimulation.tsx) and the business case repeats them
// (src/islands/business-case/roi-range.ts), so both write the same figures the same way.
import { roiHistogramChart } from '../../calculators/roi/chart.ts';
import type { RoiSimulation } from '../../calculators/roi/monte-carlo.ts';
import type { ChartSpec } from '../../calculators/shared/chart-spec.ts';
import type { Formatters } from '../calculator/formatters.ts';

/** The percentile table's caption and columns. */
export const SIMULATION_TABLE = { caption: 'Simulated NPV and payback', columns: ['Figure', 'P10', 'P50 (median)', 'P90'] } as const;

/** The percentile table's rows: NPV and payback, each with its P10, P50 and P90 written out. */
export function simulationRows(sim: RoiSimulation, fmt: Formatters, horizon: number): { key: string; head: string; cells: string[] }[] {
  const months = (v: number | null) => (v === null ? `not within ${fmt.count(horizon, 'year', 0)}` : fmt.count(v, 'month'));
  return [
    { key: 'npv', head: 'NPV', cells: [fmt.money(sim.npv.p10), fmt.money(sim.npv.p50), fmt.money(sim.npv.p90)] },
    { key: 'payback', head: 'Payback', cells: [months(sim.payback.p10), months(sim.payback.p50), months(sim.payback.p90)] },
  ];
}

/** The two chances, as label and value: NPV above zero, payback within the horizon. */
export function simulationChances(sim: RoiSimulation, fmt: Formatters, horizon: number): { key: string; label: string; value: string }[] {
  return [
    { key: 'npv-positive', label: 'Chance the NPV is above zero', value: fmt.share(sim.npvPositive) },
    { key: 'payback-within', label: `Chance of payback within ${fmt.count(horizon, 'year', 0)}`, value: fmt.share(sim.paybackWithin) },
  ];
}

/** The NPV histogram as a chart, its bands in compact money. */
export const simulationChart = (sim: RoiSimulation, fmt: Formatters): ChartSpec =>
  roiHistogramChart(sim, { money: fmt.money, edge: fmt.moneyCompact, share: (v) => fmt.share(v), count: (v) => fmt.number(v, 0) });
