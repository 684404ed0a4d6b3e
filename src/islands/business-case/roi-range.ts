// The ROI section's range of outcomes in the business case: the risk adjustment of each benefit
// line, the ranges the scenario gives, and the simulation's summary and histogram. The simulation
// is the ROI page's own (simulateRoi with the scenario's seed and the same number of draws), and its
// figures are written by the same functions as the page's (../roi/roi-simulation-text.ts), in the
// ROI tool's words of the page's language, so they read exactly as the ROI page shows them. Runs in the business case's worker.
import { chartTable, type CaseRange, type CaseTable } from '../../calculators/business-case/document.ts';
import type { CaseWords } from '../../calculators/business-case/words.ts';
import { fillWords } from '../../calculators/shared/words.ts';
import type { RoiResult } from '../../calculators/roi/calculate.ts';
import { roiRanges, ROI_FIELDS, type RoiInput } from '../../calculators/roi/fields.ts';
import { simulateRoi } from '../../calculators/roi/monte-carlo.ts';
import { fieldSpecs } from '../../calculators/shared/fields.ts';
import type { Formatters } from '../calculator/formatters.ts';
import type { RoiSimulationWords } from '../../calculators/roi/words.ts';
import { simulationChancesIn, simulationChartIn, simulationRowsIn, simulationTableIn } from '../roi/roi-simulation-text.ts';

const UNITS = new Map(fieldSpecs(ROI_FIELDS).map((s) => [s.key, s.unit]));
const RISK_LINES = ['riskRetention', 'riskSpend', 'riskDeflection'] as const;

/** What the range is worked out from: a section's recalculated view. */
export interface RoiRangeView {
  input: RoiInput;
  result: RoiResult;
  fmt: Formatters;
  labels: Record<string, string>;
}

/**
 * The range of outcomes of one ROI scenario, in the business case's words (`businessCase.range*`,
 * `ranges*`, `chances*`) and the ROI tool's for the simulation's table, chances and chart (`sw`, its
 * `tools.roi.sim*`, `hist*` and count words), as the ROI page writes them.
 */
export function roiCaseRange({ input, result, fmt, labels }: RoiRangeView, w: CaseWords, sw: RoiSimulationWords): CaseRange {
  const label = (key: string) => labels[key] ?? key;
  const risk: CaseTable = {
    id: 'roi-risk-lines',
    title: w.rangeRiskTable,
    head: [w.rangeBenefitLine, w.rangeTakenOff],
    rows: RISK_LINES.map((key) => [label(key), fmt.unit(input[key] ?? 0, 'percent')]),
  };
  const adjusted = result.riskAdjusted ? w.rangeAdjusted : w.rangeUnadjusted;
  const ranges = roiRanges(input);
  if (!ranges.length) return { title: w.rangeTitle, notes: [adjusted, w.rangeSingle], tables: [risk], charts: [], chartTables: [] };

  const sim = simulateRoi(input);
  const inUnit = (key: (typeof ranges)[number]['key'], v: number) => fmt.unit(v, UNITS.get(key) ?? 'count');
  const chart = simulationChartIn(sw, sim, fmt);
  const rows = simulationRowsIn(sw, sim, fmt, input.horizon);
  const [p10, , p90] = rows[0]!.cells;
  const table = simulationTableIn(sw);
  return {
    title: w.rangeTitle,
    notes: [adjusted, fillWords(w.rangeSimulated, { draws: fmt.number(sim.draws, 0), seed: sim.seed })],
    headline: fillWords(w.rangeHeadline, { p10: p10 ?? '', p90: p90 ?? '' }),
    tables: [
      risk,
      {
        id: 'roi-ranges',
        title: w.rangesTable,
        head: [w.input, w.rangesLow, w.rangesLikely, w.rangesHigh],
        rows: ranges.map((r) => [label(r.key), inUnit(r.key, r.low), inUnit(r.key, input[r.key]), inUnit(r.key, r.high)]),
      },
      {
        id: 'roi-simulation',
        title: table.caption,
        head: [...table.columns],
        rows: rows.map((r) => [r.head, ...r.cells]),
      },
      {
        id: 'roi-chances',
        title: w.chancesTable,
        head: [w.chancesFigure, w.value],
        rows: [
          ...simulationChancesIn(sw, sim, fmt, input.horizon).map((c) => [c.label, c.value]),
          [w.draws, fmt.number(sim.draws, 0)],
          [w.seed, String(sim.seed)],
        ],
      },
    ],
    charts: [chart],
    chartTables: [chartTable(chart, () => (v) => fmt.number(v, 0))],
  };
}
