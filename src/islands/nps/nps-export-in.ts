// The NPS tool's own rows of the CSV export (the CSAT interval, the sample sizes and the
// comparison) in a language's words (`tools.nps.*`), loaded with the export. The words come from
// the page, so this file holds none; ./nps-export.ts adds the default ones. The unit cells stay
// the shared CSV's (src/lib/browser/csv.ts), like every tool's.
import type { NpsResult } from '../../calculators/nps/calculate.ts';
import type { NpsInput } from '../../calculators/nps/fields.ts';
import type { NpsWords } from '../../calculators/nps/words.ts';
import { figureRow, type CsvCell } from '../../lib/browser/csv.ts';
import type { ViewContext } from '../calculator/types.ts';
import { verdictIn } from './nps-view.ts';

/** Rows after the results, charts and tables: what else the page shows, with units. */
export const npsCsvRowsIn =
  (w: NpsWords) =>
  ({ result, fmt }: ViewContext<NpsInput, NpsResult>): CsvCell[][] => {
    const cur = fmt.style.currency;
    const { csat, sampleSize: plan } = result;
    const rows: CsvCell[][] = [
      [],
      [w.csvAlso, w.csvValue, w.csvUnit],
      figureRow(w.csvNeededShares, plan.npsAtCurrentShares ?? '', { count: 'responses' }, cur),
      figureRow(w.csvNeededCsat, plan.csatWorstCase, { count: 'answers' }, cur),
    ];
    if (csat.status === 'ok')
      rows.push(
        figureRow(w.csvCsatFrom, csat.estimate.low, 'percent', cur),
        figureRow(w.csvCsatTo, csat.estimate.high, 'percent', cur),
        figureRow(w.csvCsatAnswers, csat.estimate.responses, { count: 'answers' }, cur),
      );
    if (result.comparison.status !== 'ok') return rows;
    const c = result.comparison.comparison;
    rows.push(
      [],
      [w.csvComparison, w.csvValue, w.csvUnit],
      figureRow(w.csvDifference, c.difference, 'points', cur),
      figureRow(w.csvAdjusted, c.adjustedDifference, 'points', cur),
      figureRow(w.csvError, c.standardError, 'points', cur),
      figureRow('z', c.z, 'statistic', cur),
      figureRow(w.csvP, c.p, 'statistic', cur),
      figureRow(w.csvLow, c.low, 'points', cur),
      figureRow(w.csvHigh, c.high, 'points', cur),
      figureRow(w.csvVerdict, verdictIn(w, result), 'text', cur),
    );
    return rows;
  };
