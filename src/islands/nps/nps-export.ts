// The NPS tool's own rows of the CSV export in the default language's words (tests); the tool
// page's island loads ./nps-export-in.ts with the page's words instead.
import type { NpsResult } from '../../calculators/nps/calculate.ts';
import type { NpsInput } from '../../calculators/nps/fields.ts';
import { NPS_WORDS } from '../../calculators/nps/words.ts';
import type { CsvCell } from '../../lib/browser/csv.ts';
import type { ViewContext } from '../calculator/types.ts';
import { npsCsvRowsIn } from './nps-export-in.ts';

/** Rows after the results, charts and tables, in the default language's words. */
export const npsCsvRows: (view: ViewContext<NpsInput, NpsResult>) => CsvCell[][] = npsCsvRowsIn(NPS_WORDS);
