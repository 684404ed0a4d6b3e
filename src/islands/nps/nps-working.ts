// "Show the working" for the NPS tool in the default language's words (tests); the tool page's
// island loads ./nps-working-in.ts with the page's words instead.
import type { NpsResult } from '../../calculators/nps/calculate.ts';
import type { NpsInput } from '../../calculators/nps/fields.ts';
import { NPS_WORDS } from '../../calculators/nps/words.ts';
import type { WorkingFn } from '../calculator/types.ts';
import { npsWorkingIn } from './nps-working-in.ts';

export { npsWorkingIn };

/** The working in the default language's words. */
export const npsWorking: WorkingFn<NpsInput, NpsResult> = npsWorkingIn(NPS_WORDS);
