// The ROI export's own rows, loaded with the CSV: the ranges and the simulation's summary, when
// some driver has a range (none otherwise, so a single-value export reads as before). The draws are
// the worker's, repeated here from the same inputs and seed, so the numbers are the page's.
import type { RoiResult } from '../../calculators/roi/calculate.ts';
import { roiRanges, ROI_FIELDS, type RoiInput } from '../../calculators/roi/fields.ts';
import { simulateRoi } from '../../calculators/roi/monte-carlo.ts';
import { fieldSpecs } from '../../calculators/shared/fields.ts';
import { figureRow, figuresRow, type CsvCell, type FigureUnit } from '../../lib/browser/csv.ts';
import type { ViewContext } from '../calculator/types.ts';
import { unitLabel } from '../calculator/NumberField.tsx';

const UNITS = new Map(fieldSpecs(ROI_FIELDS).map((s) => [s.key, s.unit]));

/** The ranges, then the simulation's percentiles, chances and histogram. */
export function roiSimulationRows({ input, labels, fmt }: ViewContext<RoiInput, RoiResult>): CsvCell[][] {
  const ranges = roiRanges(input);
  if (!ranges.length) return [];
  const c = fmt.style.currency;
  const sim = simulateRoi(input);
  const money = (label: string, values: number[]) => figuresRow(label, values, 'money', c);
  const months: FigureUnit = 'months';
  return [
    [],
    ['Ranges'],
    ['Input', 'Low', 'Most likely', 'High', 'Unit'],
    ...ranges.map((r) => [labels[r.key] ?? r.key, r.low, input[r.key], r.high, unitLabel(UNITS.get(r.key) ?? 'count', c)]),
    [],
    ['Simulation'],
    ['Draws', sim.draws, ''],
    ['Seed', sim.seed, ''],
    ['Figure', 'P10', 'P50', 'P90', 'Unit'],
    money('NPV', [sim.npv.p10, sim.npv.p50, sim.npv.p90]),
    figuresRow('Payback (empty: not within the horizon)', [sim.payback.p10 ?? '', sim.payback.p50 ?? '', sim.payback.p90 ?? ''], months, c),
    [],
    figureRow('Mean NPV', sim.npvMean, 'money', c),
    figureRow('Chance the NPV is above zero', sim.npvPositive, 'share', c),
    figureRow('Chance of payback within the horizon', sim.paybackWithin, 'share', c),
    [],
    ['NPV histogram'],
    [`NPV from (${c})`, `NPV to (${c})`, 'Simulated cases'],
    ...sim.histogram.map((b) => [figureRow('', b.from, 'money', c)[1], figureRow('', b.to, 'money', c)[1], b.count]),
  ];
}
