// "Show the working" for the ROI calculator in the default language's words (the business case's
// worker, tests); the tool page's island loads ./roi-working-in.ts with the page's words instead.
import { joined, ROI_VIEW_WORDS, ROI_WORKING_WORDS } from '../../calculators/roi/words.ts';
import type { RoiResult } from '../../calculators/roi/calculate.ts';
import type { RoiInput } from '../../calculators/roi/fields.ts';
import type { WorkingFn } from '../calculator/types.ts';
import { roiWorkingIn } from './roi-working-in.ts';

export { roiWorkingIn };

/** The working in the default language's words. */
export const roiWorking: WorkingFn<RoiInput, RoiResult> = roiWorkingIn(joined(ROI_VIEW_WORDS, ROI_WORKING_WORDS));
