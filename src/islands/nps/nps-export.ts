// The NPS tool's own rows of the CSV export (the CSAT interval, the sample sizes and the
// comparison), loaded with the export.
import type { NpsResult } from '../../calculators/nps/calculate.ts';
import type { NpsInput } from '../../calculators/nps/fields.ts';
import { figureRow, type CsvCell } from '../../lib/browser/csv.ts';
import type { ViewContext } from '../calculator/types.ts';
import { verdictWords } from './nps-definition.ts';

/** Rows after the results, charts and tables: what else the page shows, with units. */
export function npsCsvRows({ result, fmt }: ViewContext<NpsInput, NpsResult>): CsvCell[][] {
  const cur = fmt.style.currency;
  const { csat, sampleSize: plan } = result;
  const rows: CsvCell[][] = [
    [],
    ['Also shown', 'Value', 'Unit'],
    figureRow("Responses for the NPS margin at the current survey's shares", plan.npsAtCurrentShares ?? '', { count: 'responses' }, cur),
    figureRow('Responses for the CSAT margin at worst', plan.csatWorstCase, { count: 'answers' }, cur),
  ];
  if (csat.status === 'ok')
    rows.push(
      figureRow('CSAT 95% interval from', csat.estimate.low, 'percent', cur),
      figureRow('CSAT 95% interval to', csat.estimate.high, 'percent', cur),
      figureRow('CSAT answers', csat.estimate.responses, { count: 'answers' }, cur),
    );
  if (result.comparison.status !== 'ok') return rows;
  const c = result.comparison.comparison;
  rows.push(
    [],
    ['Comparison', 'Value', 'Unit'],
    figureRow('Difference', c.difference, 'points', cur),
    figureRow('Difference of the adjusted scores', c.adjustedDifference, 'points', cur),
    figureRow('Standard error of the difference', c.standardError, 'points', cur),
    figureRow('z', c.z, 'statistic', cur),
    figureRow('p (two-sided)', c.p, 'statistic', cur),
    figureRow('True change from', c.low, 'points', cur),
    figureRow('True change to', c.high, 'points', cur),
    figureRow('Verdict', verdictWords(result), 'text', cur),
  );
  return rows;
}
