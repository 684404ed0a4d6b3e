// The ROI export's own rows, loaded with the CSV: the ranges and the simulation's summary, when
// some driver has a range (none otherwise, so a single-value export reads as before). The draws are
// the worker's, repeated here from the same inputs and seed, so the numbers are the page's. The
// words are the page's (`tools.roi.*`, `roiSimulationRowsIn`) or the default language's.
import type { RoiResult } from '../../calculators/roi/calculate.ts';
import { roiRanges, ROI_FIELDS, type RoiInput } from '../../calculators/roi/fields.ts';
import { simulateRoi } from '../../calculators/roi/monte-carlo.ts';
import { ROI_WORDS, type RoiWords } from '../../calculators/roi/words.ts';
import { fieldSpecs } from '../../calculators/shared/fields.ts';
import { fillWords } from '../../calculators/shared/words.ts';
import { figureRow, figuresRow, type CsvCell, type FigureUnit } from '../../lib/browser/csv.ts';
import type { ViewContext } from '../calculator/types.ts';
import { unitLabel } from '../calculator/NumberField.tsx';

const UNITS = new Map(fieldSpecs(ROI_FIELDS).map((s) => [s.key, s.unit]));

/** The ranges, then the simulation's percentiles, chances and histogram, in a language's words. */
export function roiSimulationRowsIn(w: RoiWords, { input, labels, fmt }: ViewContext<RoiInput, RoiResult>): CsvCell[][] {
  const ranges = roiRanges(input);
  if (!ranges.length) return [];
  const c = fmt.style.currency;
  const sim = simulateRoi(input);
  const money = (label: string, values: number[]) => figuresRow(label, values, 'money', c);
  const months: FigureUnit = 'months';
  return [
    [],
    [w.simCsvRanges],
    [w.simCsvInput, w.simCsvLow, w.simCsvMostLikely, w.simCsvHigh, w.simCsvUnit],
    ...ranges.map((r) => [labels[r.key] ?? r.key, r.low, input[r.key], r.high, unitLabel(UNITS.get(r.key) ?? 'count', c, fmt.style.words)]),
    [],
    [w.simCsvTitle],
    [w.simCsvDraws, sim.draws, ''],
    [w.simCsvSeed, sim.seed, ''],
    [w.simCsvFigure, 'P10', 'P50', 'P90', w.simCsvUnit],
    money(w.simCsvNpv, [sim.npv.p10, sim.npv.p50, sim.npv.p90]),
    figuresRow(w.simCsvPayback, [sim.payback.p10 ?? '', sim.payback.p50 ?? '', sim.payback.p90 ?? ''], months, c),
    [],
    figureRow(w.simCsvMean, sim.npvMean, 'money', c),
    figureRow(w.simChancePositive, sim.npvPositive, 'share', c),
    figureRow(w.simCsvWithin, sim.paybackWithin, 'share', c),
    [],
    [w.simCsvHistogram],
    [fillWords(w.simCsvFrom, { currency: c }), fillWords(w.simCsvTo, { currency: c }), w.histSeries],
    ...sim.histogram.map((b) => [figureRow('', b.from, 'money', c)[1], figureRow('', b.to, 'money', c)[1], b.count]),
  ];
}

/** The same rows in the default language's words. */
export const roiSimulationRows = (view: ViewContext<RoiInput, RoiResult>): CsvCell[][] => roiSimulationRowsIn(ROI_WORDS, view);
