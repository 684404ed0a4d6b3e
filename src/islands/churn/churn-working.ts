// "Show the working" for the cost-of-churn calculator in the default language's words (tests); the
// tool page's island loads ./churn-working-in.ts with the page's words instead.
import { CHURN_WORDS } from '../../calculators/churn/words.ts';
import type { ChurnResult } from '../../calculators/churn/calculate.ts';
import type { ChurnInput } from '../../calculators/churn/fields.ts';
import type { WorkingFn } from '../calculator/types.ts';
import { churnWorkingIn } from './churn-working-in.ts';

export { churnWorkingIn };

/** The working in the default language's words. */
export const churnWorking: WorkingFn<ChurnInput, ChurnResult> = churnWorkingIn(CHURN_WORDS);
