// The ROI section's range of outcomes in the business case: the risk adjustment of each benefit
// line, the ranges the scenario gives, and the simulation's summary and histogram. The simulation
// is the ROI page's own (simulateRoi with the scenario's seed and the same number of draws), and its
// figures are written by the same functions as the page's (../roi/roi-simulation-text.ts), so they
// read exactly as the ROI page shows them for the same inputs. Runs in the business case's worker.
import { chartTable, type CaseRange, type CaseTable } from '../../calculators/business-case/document.ts';
import type { RoiResult } from '../../calculators/roi/calculate.ts';
import { roiRanges, ROI_FIELDS, type RoiInput } from '../../calculators/roi/fields.ts';
import { simulateRoi } from '../../calculators/roi/monte-carlo.ts';
import { fieldSpecs } from '../../calculators/shared/fields.ts';
import type { Formatters } from '../calculator/formatters.ts';
import { SIMULATION_TABLE, simulationChances, simulationChart, simulationRows } from '../roi/roi-simulation-text.ts';

const UNITS = new Map(fieldSpecs(ROI_FIELDS).map((s) => [s.key, s.unit]));
const RISK_LINES = ['riskRetention', 'riskSpend', 'riskDeflection'] as const;

/** What the range is worked out from: a section's recalculated view. */
export interface RoiRangeView {
  input: RoiInput;
  result: RoiResult;
  fmt: Formatters;
  labels: Record<string, string>;
}

/** The words of the range, kept together so they can move into content/strings/ with the rest. */
export const RANGE_WORDS = {
  title: 'Risk-adjusted range',
  riskTable: 'Risk adjustment per benefit line',
  riskHead: ['Benefit line', 'Taken off'],
  adjusted:
    'The results above are risk-adjusted: each benefit line is cut by its risk adjustment, and the table “Risk-adjusted and unadjusted” sets them beside the figures before it.',
  unadjusted: 'No benefit line has a risk adjustment, so the results above are unadjusted: the risk-adjusted figures are the same.',
  single:
    'This scenario gives single values (no range) for every driver, so there is no range of outcomes to show: the results above are the one case its inputs describe. Give low and high values under “Ranges and risk” on the ROI page to see one.',
  rangesTable: 'Ranges given',
  rangesHead: ['Input', 'Low', 'Most likely', 'High'],
  chancesTable: 'Chances and draws',
  chancesHead: ['Figure', 'Value'],
  draws: 'Simulated cases (draws)',
  seed: 'Seed',
} as const;

/** The range of outcomes of one ROI scenario. */
export function roiCaseRange({ input, result, fmt, labels }: RoiRangeView): CaseRange {
  const label = (key: string) => labels[key] ?? key;
  const risk: CaseTable = {
    id: 'roi-risk-lines',
    title: RANGE_WORDS.riskTable,
    head: [...RANGE_WORDS.riskHead],
    rows: RISK_LINES.map((key) => [label(key), fmt.unit(input[key] ?? 0, 'percent')]),
  };
  const adjusted = result.riskAdjusted ? RANGE_WORDS.adjusted : RANGE_WORDS.unadjusted;
  const ranges = roiRanges(input);
  if (!ranges.length)
    return { title: RANGE_WORDS.title, notes: [adjusted, RANGE_WORDS.single], tables: [risk], charts: [], chartTables: [] };

  const sim = simulateRoi(input);
  const inUnit = (key: (typeof ranges)[number]['key'], v: number) => fmt.unit(v, UNITS.get(key) ?? 'count');
  const chart = simulationChart(sim, fmt);
  const [p10, , p90] = simulationRows(sim, fmt, input.horizon)[0]!.cells;
  return {
    title: RANGE_WORDS.title,
    notes: [
      adjusted,
      `${fmt.number(sim.draws, 0)} simulated cases, each drawing every driver given a range from a triangular distribution (low, most likely, high), with seed ${sim.seed}; every other input as saved, risk adjustments included. P10 is the value one case in ten falls below; P90 the value one in ten rises above. The ROI page gives the same figures for the same inputs and seed.`,
    ],
    headline: `simulated NPV from ${p10} (P10) to ${p90} (P90)`,
    tables: [
      risk,
      {
        id: 'roi-ranges',
        title: RANGE_WORDS.rangesTable,
        head: [...RANGE_WORDS.rangesHead],
        rows: ranges.map((r) => [label(r.key), inUnit(r.key, r.low), inUnit(r.key, input[r.key]), inUnit(r.key, r.high)]),
      },
      {
        id: 'roi-simulation',
        title: SIMULATION_TABLE.caption,
        head: [...SIMULATION_TABLE.columns],
        rows: simulationRows(sim, fmt, input.horizon).map((r) => [r.head, ...r.cells]),
      },
      {
        id: 'roi-chances',
        title: RANGE_WORDS.chancesTable,
        head: [...RANGE_WORDS.chancesHead],
        rows: [
          ...simulationChances(sim, fmt, input.horizon).map((c) => [c.label, c.value]),
          [RANGE_WORDS.draws, fmt.number(sim.draws, 0)],
          [RANGE_WORDS.seed, String(sim.seed)],
        ],
      },
    ],
    charts: [chart],
    chartTables: [chartTable(chart, () => (v) => fmt.number(v, 0))],
  };
}
