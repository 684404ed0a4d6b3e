// "Show the working" for the customer effort tool in the default language's words (tests); the
// tool page's island loads ./effort-working-in.ts with the page's words instead.
import { EFFORT_WORDS } from '../../calculators/effort/words.ts';
import type { EffortResult } from '../../calculators/effort/calculate.ts';
import type { EffortInput } from '../../calculators/effort/fields.ts';
import type { WorkingFn } from '../calculator/types.ts';
import { effortWorkingIn } from './effort-working-in.ts';

export { effortWorkingIn };

/** The working in the default language's words. */
export const effortWorking: WorkingFn<EffortInput, EffortResult> = effortWorkingIn(EFFORT_WORDS);
