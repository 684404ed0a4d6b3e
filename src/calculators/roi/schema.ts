// The ROI form (./fields.ts) as a zod schema, for build-time code and tests; the browser uses the
// declarations directly.
import { inputSchema } from '../shared/schema.ts';
import { ROI_FORM } from './fields.ts';

export type { RoiInput, RoiInputKey } from './fields.ts';

/** What the content check validates content/tools/roi.mdx's defaults and presets with (the rule between fields included). */
export const RoiInputSchema = inputSchema(ROI_FORM);
