// "Show the working" for the CLV calculator in the default language's words (the business case's
// worker, tests); the tool page's island loads ./clv-working-in.ts with the page's words instead.
import { CLV_WORDS } from '../../calculators/clv/words.ts';
import type { ClvResult } from '../../calculators/clv/calculate.ts';
import type { ClvInput } from '../../calculators/clv/fields.ts';
import type { WorkingFn } from '../calculator/types.ts';
import { clvWorkingIn } from './clv-working-in.ts';

export { clvWorkingIn };

/** The working in the default language's words. */
export const clvWorking: WorkingFn<ClvInput, ClvResult> = clvWorkingIn(CLV_WORDS);
